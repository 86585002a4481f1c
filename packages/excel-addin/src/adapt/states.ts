/**
 * CYCLE.STATE and CYCLE.PHASE: rows in, the core's ex-post or as-of path out, one label per row.
 * The first argument is the dates of the rows (oldest or newest first); as-of rows are stamped by the month at whose
 * end the state is known (methods.md §3), so with a release lag the first rows are unknown.
 */
import {
  KitchinError,
  codesOnAxis,
  phasePath,
  phaseIdOf,
  phaseLabel,
  realtimeStates,
  resolveReversal,
  resolveTurnOptions,
  scaleProblem,
  stateName,
  statesFromTurns,
  turns,
  say,
  STATE_LABELS,
} from "@kitchin/core";
import { axisOf, backToRows, onAxis, type Out, type Range } from "../cells.ts";
import {
  PHASE_OPTIONS,
  STATE_OPTIONS,
  cycleAnalysisOf,
  isAsOf,
  langOf,
  parseOptions,
  reversalOf,
  turnOptionsOf,
} from "../options.ts";
import { ASOF_KEYS, TURN_KEYS, notWith } from "./only.ts";

/**
 * A single series' state per row of the dates; turning points default to Bry–Boschan's monthly
 * rules, as `kitchin turns`. Newest-first rows get their states in the same order.
 */
export function stateOf(dates: Range, values: Range, options?: string | null): Out {
  const o = parseOptions(options, STATE_OPTIONS);
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const y = onAxis(ax, values, "values");
  let s: Int8Array;
  let threshold: [string, number];
  if (isAsOf(o)) {
    notWith(o, TURN_KEYS, "ex-post");
    s = realtimeStates(y.values, reversalOf(o));
    threshold = ["reversal", resolveReversal(reversalOf(o)).reversal];
  } else {
    notWith(o, ASOF_KEYS, "as-of");
    const t = turnOptionsOf(o, "monthly");
    s = statesFromTurns(y.values.length, turns(y.values, t.turns, t.preset), o.extend === true);
    threshold = ["minAmplitude", resolveTurnOptions(t.turns, t.preset).minAmplitude];
  }
  // A threshold in the series' unit that the whole series never reaches (a YoY stored as
  // fractions under reversal=1): every row would be unknown; say why instead (core input/units.ts).
  if (!s.some((x) => x !== 0)) {
    const why = scaleProblem(y.values, "the series", [threshold]);
    if (why) throw new KitchinError("bad-option", why);
  }
  if (o.format === "code") return backToRows(ax, y.start, s);
  const lang = langOf(o);
  return backToRows(
    ax,
    y.start,
    Array.from(s, (x) => STATE_LABELS[stateName(x) ?? "unknown"][lang]),
  );
}

/**
 * Phases as `kitchin phase` computes them (the core's `phasePath`, the same path as `analyseCycle`'s), one per row of
 * the dates.
 */
export function phaseOf(dates: Range, demand: Range, inventory: Range, options?: string | null): Out {
  const o = parseOptions(options, PHASE_OPTIONS);
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const dem = onAxis(ax, demand, "demand");
  const inv = onAxis(ax, inventory, "inventory");
  if (isAsOf(o)) notWith(o, TURN_KEYS, "ex-post");
  else notWith(o, ASOF_KEYS, "as-of");
  const opts = cycleAnalysisOf(o);
  // Release lags come only from the options (lag, demandLag, inventoryLag or their …Of=<series id>).
  for (const what of ["demand", "inventory"] as const) {
    const id =
      o[`${what}Lag`] !== undefined ? undefined : (o[`${what}LagOf`] ?? (o.lag === undefined ? o.lagOf : undefined));
    const lag = what === "demand" ? opts.demandLag : opts.inventoryLag;
    if (id !== undefined) ax.notes.push(say("releaseLagOf", { what, lag: lag ?? 0, id: String(id) }));
  }
  // The core's phase path in the mode, as `kitchin phase` shows it (as-of: up to "now"), computing
  // only that mode (no cycles or "now" table: CYCLE.PHASE returns nothing else), on the rows' axis.
  const path = phasePath(dem, inv, isAsOf(o) ? "as-of" : "ex-post", opts);
  ax.notes.push(...path.notes);
  const codes = codesOnAxis(path.timeline, inv.start, inv.values.length);
  if (o.format === "code") return backToRows(ax, inv.start, codes);
  if (o.format === "id")
    return backToRows(
      ax,
      inv.start,
      Array.from(codes, (c) => phaseIdOf(c) ?? "unknown"),
    );
  const lang = langOf(o);
  return backToRows(
    ax,
    inv.start,
    Array.from(codes, (c) => phaseLabel(c, lang)),
  );
}
