/**
 * One call for the faces (CLI, Excel, reports): from demand and inventory series to the
 * ex-post phase history, the as-of (real-time) path, the cycle table and where we are now.
 * `asOf` first cuts both series to what was known at the end of that month (release lags),
 * so every answer is the one an analyst could have given then.
 */
import { KitchinError } from "../errors.ts";
import { knownAsOf, observedSpan, type Series } from "../series/series.ts";
import { expostPhases, asOfPhases, type PhaseTimeline } from "../phases/timeline.ts";
import { episodes, type Episode } from "../phases/episodes.ts";
import { whereNow, type WhereNow } from "../realtime/current.ts";
import { commonNow, type InputNow } from "../realtime/now.ts";
import { resolveReversal, type ReversalOptions } from "../realtime/reversal.ts";
import { scaleProblem } from "../input/units.ts";
import { say, type Note } from "../phases/messages.ts";
import { PHASE_PRESETS, resolveTurnOptions, type Turn, type TurnOptions, type TurnPreset } from "../turns/types.ts";
import { cycles, currentCycle, type Cycle, type CurrentCycle } from "./cycles.ts";
import { summarizeCycles, type CycleSummary } from "./summary.ts";
import { formatMonth } from "../time/month.ts";

export interface CycleAnalysisOptions {
  /** Overrides for both series' turning-point parameters (on top of their presets). */
  turns?: Partial<TurnOptions>;
  /** Preset for the inventory series (default `inventory`). */
  preset?: TurnPreset;
  /**
   * Preset for the demand series (default `monthly`, Bry–Boschan's business-cycle rules):
   * demand swings faster than inventory, and note 004's phase episodes need its shorter
   * turns (docs/phases.md).
   */
  demandPreset?: TurnPreset;
  reversal?: Partial<ReversalOptions>;
  demandLag?: number;
  inventoryLag?: number;
  /**
   * The cut-off (month index): use only what was known at the end of this month (`--as-of`,
   * `asOf=`). "Now" of the answer (`CycleAnalysis.asOf`) is at or before it.
   */
  cutoff?: number;
}

export interface CycleAnalysis {
  /** Inventory turning-point parameters. */
  params: TurnOptions & { preset: TurnPreset };
  /** Demand turning-point parameters. */
  demandParams: TurnOptions & { preset: TurnPreset };
  /** Ex-post history on the data months. */
  history: PhaseTimeline;
  /** As-of path, stamped by the month each phase is known. */
  realtime: PhaseTimeline;
  revenueTurns: Turn[];
  inventoryTurns: Turn[];
  /** Cycles with indices on the history's axis. */
  cycles: Cycle[];
  current: CurrentCycle | null;
  now: WhereNow | null;
  summary: CycleSummary;
  episodes: Episode[];
  /** Last month with data, per input (after any as-of cut). */
  dataThrough: { revenue: number; inventory: number };
  /**
   * "Now" (realtime/now.ts): the last month at which both inputs are known given their release
   * lags — the month of `now` — and, per input, how far it reaches and its state at its own last
   * value (what is known beyond the common month).
   */
  asOf: number;
  inputsNow: { revenue: InputNow; inventory: InputNow };
  /**
   * What the thresholds did, when they leave one mode with no known month (the series moves less
   * than `minAmplitude` ex-post or `reversal` as-of, in its own unit): one sentence each.
   */
  notes: Note[];
}

/** What both modes start from: the resolved rules, the lags, and the inputs cut to `asOf`. */
interface Prepared {
  params: TurnOptions & { preset: TurnPreset };
  demandParams: TurnOptions & { preset: TurnPreset };
  rl: number;
  il: number;
  rev: Series;
  inv: Series;
  revLast: number;
  invLast: number;
}

function prepare(revenue: Series, inventory: Series, o: CycleAnalysisOptions): Prepared {
  const preset = o.preset ?? PHASE_PRESETS.inventory;
  const params = { ...resolveTurnOptions(o.turns, preset), preset };
  const demandPreset = o.demandPreset ?? PHASE_PRESETS.demand;
  const demandParams = { ...resolveTurnOptions(o.turns, demandPreset), preset: demandPreset };
  const rl = o.demandLag ?? 0;
  const il = o.inventoryLag ?? 0;
  let rev = revenue,
    inv = inventory;
  if (o.cutoff !== undefined) {
    rev = knownAsOf(revenue, o.cutoff, rl);
    inv = knownAsOf(inventory, o.cutoff, il);
    if (rev.values.length === 0 || inv.values.length === 0) {
      throw new KitchinError(
        "too-short",
        say("nothingKnownAt", { cutoff: formatMonth(o.cutoff), demandLag: rl, inventoryLag: il }),
      );
    }
  }
  const revSpan = observedSpan(rev);
  const invSpan = observedSpan(inv);
  if (!revSpan) throw new KitchinError("empty", say("noNumericValues", { name: "demand (revenue) series" }));
  if (!invSpan) throw new KitchinError("empty", say("noNumericValues", { name: "inventory series" }));
  return { params, demandParams, rl, il, rev, inv, revLast: revSpan.last, invLast: invSpan.last };
}

function expostOf(p: Prepared): ReturnType<typeof expostPhases> {
  return expostPhases(p.rev, p.inv, {
    turns: p.params,
    preset: p.params.preset,
    demandTurns: p.demandParams,
    demandPreset: p.demandParams.preset,
  });
}

function asOfOf(p: Prepared, o: CycleAnalysisOptions): PhaseTimeline {
  return asOfPhases(p.rev, p.inv, { demandLag: p.rl, inventoryLag: p.il, reversal: o.reversal });
}

/** Whether a mode has a known month: known already, or a question asked only when an answer depends on it. */
type Known = boolean | (() => boolean);

/**
 * Thresholds are in the series' unit: a YoY stored as fractions never reaches them, and every month
 * would be unknown in both modes. Say why instead of answering "unknown" (input/units.ts): an error
 * when neither mode has a known month, else a note per mode left with none (the other mode still
 * answers). A mode's `Known` that is a function is called only when the answer depends on it.
 */
function thresholdNotes(p: Prepared, o: CycleAnalysisOptions, exPost: Known, asOf: Known): Note[] {
  const unknown = (k: Known) => k === false || (typeof k === "function" && !k());
  const reversal = () => resolveReversal(o.reversal).reversal;
  const why = (limits: (d: Prepared["params"]) => [string, number][]) =>
    scaleProblem(p.inv.values, "the inventory series", limits(p.params)) ??
    scaleProblem(p.rev.values, "the demand (revenue) series", limits(p.demandParams));
  if (exPost !== true && asOf !== true && unknown(exPost) && unknown(asOf)) {
    const both = why((d) => [
      ["minAmplitude", d.minAmplitude],
      ["reversal", reversal()],
    ]);
    if (both) throw new KitchinError("bad-option", both);
  }
  const notes: Note[] = [];
  const exWhy = exPost === true ? null : why((d) => [["minAmplitude", d.minAmplitude]]);
  if (exWhy && unknown(exPost)) notes.push(say("modeNote", { mode: "ex-post", why: exWhy }));
  const asOfWhy = asOf === true ? null : why(() => [["reversal", reversal()]]);
  if (asOfWhy && unknown(asOf)) notes.push(say("modeNote", { mode: "as-of", why: asOfWhy }));
  return notes;
}

/** `f` computed at most once. */
function once<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => (done ? v : ((done = true), (v = f())));
}

export function analyseCycle(revenue: Series, inventory: Series, o: CycleAnalysisOptions = {}): CycleAnalysis {
  const p = prepare(revenue, inventory, o);
  const { rev, inv, rl, il } = p;
  const ex = expostOf(p);
  const realtime = asOfOf(p, o);
  const known = commonNow(
    [
      { series: rev, releaseLag: rl },
      { series: inv, releaseLag: il },
    ],
    o.reversal,
  );
  // Inventory turns on the history axis (expostPhases aligns on the union of months).
  const shift = inv.start - ex.timeline.start;
  const invTurns = ex.inventoryTurns.map((t) => ({ ...t, index: t.index + shift }));
  const revShift = rev.start - ex.timeline.start;
  const revTurns = ex.revenueTurns.map((t) => ({ ...t, index: t.index + revShift }));
  const notes = thresholdNotes(p, o, anyKnown(ex.timeline.codes), anyKnown(realtime.codes));
  const list = cycles(invTurns, ex.timeline.codes);
  const eps = episodes(ex.timeline.codes);
  return {
    params: p.params,
    demandParams: p.demandParams,
    history: ex.timeline,
    realtime,
    revenueTurns: revTurns,
    inventoryTurns: invTurns,
    cycles: list,
    current: currentCycle(invTurns, p.invLast - ex.timeline.start + 1, ex.timeline.codes),
    now: whereNow(realtime, ex.timeline),
    summary: summarizeCycles(list, eps),
    episodes: eps,
    dataThrough: { revenue: p.revLast, inventory: p.invLast },
    asOf: known.asOf,
    inputsNow: { revenue: known.inputs[0], inventory: known.inputs[1] },
    notes,
  };
}

/**
 * The phase path of an analysis in `mode`, as every face shows it: the ex-post history (every month),
 * or the as-of path up to "now" (`asOf`, the core's one definition; nothing is known after it).
 */
export function phaseTimelineOf(a: CycleAnalysis, mode: "ex-post" | "as-of"): PhaseTimeline {
  return mode === "ex-post" ? a.history : a.realtime;
}

/**
 * The same path as `phaseTimelineOf(analyseCycle(revenue, inventory, o), mode)` with the same notes,
 * computing only that mode (for a face that returns nothing else, as CYCLE.PHASE): no cycles, no
 * "now" beyond the as-of cut, and the other mode only when a threshold note depends on it. Unlike
 * `analyseCycle`, as-of does not date turning points, so it does not refuse a range too short for them.
 */
export function phasePath(
  revenue: Series,
  inventory: Series,
  mode: "ex-post" | "as-of",
  o: CycleAnalysisOptions = {},
): { timeline: PhaseTimeline; notes: Note[] } {
  const p = prepare(revenue, inventory, o);
  if (mode === "ex-post") {
    const timeline = expostOf(p).timeline;
    return {
      timeline,
      notes: thresholdNotes(
        p,
        o,
        anyKnown(timeline.codes),
        once(() => anyKnown(asOfOf(p, o).codes)),
      ),
    };
  }
  const realtime = asOfOf(p, o);
  const notes = thresholdNotes(
    p,
    o,
    once(() => anyKnown(expostOf(p).timeline.codes)),
    anyKnown(realtime.codes),
  );
  return { timeline: realtime, notes };
}

function anyKnown(codes: ArrayLike<number>): boolean {
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) return true;
  return false;
}
