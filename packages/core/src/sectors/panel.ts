/**
 * Sector panel (methods.md §7; note 000 §2 "制造业 21 个细分行业中，7 个行业进入补库状态，占比约
 * 33%" and "批发环节…5 个行业进入主动补库阶段，规模占比约 19%"): for N industries, each with an
 * inventory series, optionally a sales (revenue) series and a weight, the phase of each
 * industry per month, its latest phase and how long it has lasted, and per month the count
 * and the weighted share of industries in each phase and restocking.
 *
 * Without sales the phase is unknown but the inventory state (restocking/destocking) is
 * still known, so the panel can say which industries restock, not whether actively or
 * passively.
 *
 * Modes: `as-of` (default) uses only data up to each month (the real-time reversal rule of
 * `realtimeStates`), which is what "which industries are restocking now" asks; `ex-post`
 * dates turns on the whole history (states after the last turn carried to the end when
 * `extend` is set, the default here, so that the latest months have a phase).
 * Shares are of the industries (or weights) whose state is known that month.
 */
import { KitchinError } from "../errors.ts";
import { about, say } from "../phases/messages.ts";
import { sectorInputsAt, type SectorInput } from "./at.ts";

export type { SectorInput };
import { phaseCodeOf } from "../phases/phase.ts";
import { statesFromTurns } from "../phases/states.ts";
import { realtimeStates, type ReversalOptions } from "../realtime/reversal.ts";
import { align } from "../series/panel.ts";
import { observedSpan, sliceMonths, valueAt, type Series } from "../series/series.ts";
import { yoy } from "../transforms/yoy.ts";
import { movingAverage } from "../transforms/movingAverage.ts";
import { turns } from "../turns/turns.ts";
import { PHASE_PRESETS, type TurnOptions, type TurnPreset } from "../turns/types.ts";

export interface SectorOptions {
  /** Inputs are levels (YoY computed here, 12 months) or already YoY in percent. */
  kind?: "level" | "yoy";
  mode?: "as-of" | "ex-post";
  /** Trailing moving average of the YoY before dating (1 = none). */
  smooth?: number;
  turns?: Partial<TurnOptions>;
  /** Ex-post: preset for inventories (default `inventory`) and for sales (default `monthly`, as in docs/phases.md). */
  preset?: TurnPreset;
  demandPreset?: TurnPreset;
  extend?: boolean;
  reversal?: Partial<ReversalOptions>;
  /**
   * Read the panel as of this month (a month index, e.g. `parseMonth("2009-06")`): only data up to
   * and including it is used (`sectorInputsAt`), so the latest phases are those of that month.
   */
  at?: number;
}

export interface SectorLatest {
  name: string;
  /** Last month with a known inventory state, or NaN. */
  month: number;
  /** Phase code (−1 unknown, e.g. without sales). */
  code: number;
  monthsInPhase: number;
  /** +1 restocking, −1 destocking, 0 unknown. */
  inventoryState: number;
  monthsInState: number;
  /**
   * The industry's weight as a share of all industries' weights in the panel's last month — the
   * weights the phase shares use (note 000's "规模占比") — counting every industry whose weight
   * that month is known, whatever its state. NaN when its own weight is unknown then, or all are 0.
   */
  weightShare: number;
}

export interface SectorPanel {
  mode: "as-of" | "ex-post";
  start: number;
  length: number;
  names: string[];
  /** Industries with a sales series (after the `at` cut); the others have no known phase. */
  withSales: number;
  /** Per sector, phase code per month on the panel axis. */
  phases: Int8Array[];
  /** Per sector, inventory state per month (+1 restocking, −1 destocking, 0 unknown). */
  inventoryStates: Int8Array[];
  latest: SectorLatest[];
  /** Per month: counts[code][t] for codes 0..3, `unknownPhase[t]`. */
  counts: Int32Array[];
  unknownPhase: Int32Array;
  /** Per month: weight share of each phase among industries with a known phase. */
  weightShares: Float64Array[];
  /** Per month: industries restocking / with a known inventory state, and the weight share restocking. */
  restocking: Int32Array;
  knownState: Int32Array;
  restockingWeightShare: Float64Array;
}

export function sectorPanel(inputs: readonly SectorInput[], options: SectorOptions = {}): SectorPanel {
  if (inputs.length === 0) throw new KitchinError("empty", say("noIndustries"));
  if (options.at !== undefined) inputs = sectorInputsAt(inputs, options.at);
  const kind = options.kind ?? "level";
  const mode = options.mode ?? "as-of";
  const smooth = options.smooth ?? 1;
  if (kind !== "level" && kind !== "yoy")
    throw new KitchinError("bad-option", say("sectorKind", { got: String(kind) }));
  if (mode !== "as-of" && mode !== "ex-post")
    throw new KitchinError("bad-option", say("sectorMode", { got: String(mode) }));
  const seen = new Set<string>();
  for (const s of inputs) {
    if (seen.has(s.name)) throw new KitchinError("duplicate", say("industryTwice", { name: s.name }));
    seen.add(s.name);
    if (typeof s.weight === "number" && !(Number.isFinite(s.weight) && s.weight >= 0)) {
      throw new KitchinError(
        "bad-option",
        about(s.name, say("optionBound", { name: "weight", kind: "number", min: 0, got: s.weight })),
      );
    }
    if (!observedSpan(s.inventory))
      throw new KitchinError("empty", about(s.name, say("noNumericValues", { name: "the inventory series" })));
  }
  const all: Series[] = [];
  for (const s of inputs) {
    all.push(s.inventory);
    if (s.sales) all.push(s.sales);
  }
  const axis = align(all, "outer");
  const n = axis.length,
    start = axis.start;
  const growth = (s: Series) => {
    let v = sliceMonths(s, start, start + n - 1).values;
    if (kind === "level") v = yoy(v, 12);
    return smooth > 1 ? movingAverage(v, smooth) : v;
  };
  const phases: Int8Array[] = [],
    inventoryStates: Int8Array[] = [];
  for (const s of inputs) {
    try {
      const inv = stateOf(growth(s.inventory), mode, options, options.preset ?? PHASE_PRESETS.inventory);
      const rev = s.sales
        ? stateOf(growth(s.sales), mode, options, options.demandPreset ?? PHASE_PRESETS.demand)
        : new Int8Array(n);
      const ph = new Int8Array(n);
      for (let t = 0; t < n; t++) ph[t] = phaseCodeOf(rev[t], inv[t]);
      phases.push(ph);
      inventoryStates.push(inv);
    } catch (e) {
      if (e instanceof KitchinError) throw new KitchinError(e.code, about(s.name, e.said), e.place);
      throw e;
    }
  }
  const weights = inputs.map((s) => weightPath(s, kind, start, n));
  const counts = [0, 1, 2, 3].map(() => new Int32Array(n));
  const weightShares = [0, 1, 2, 3].map(() => new Float64Array(n).fill(NaN));
  const unknownPhase = new Int32Array(n),
    restocking = new Int32Array(n),
    knownState = new Int32Array(n);
  const restockingWeightShare = new Float64Array(n).fill(NaN);
  for (let t = 0; t < n; t++) {
    const w = [0, 0, 0, 0];
    let wPhase = 0,
      wState = 0,
      wRestock = 0;
    for (let k = 0; k < inputs.length; k++) {
      const c = phases[k][t],
        st = inventoryStates[k][t],
        wk = weights[k][t];
      if (c >= 0) {
        counts[c][t]++;
        if (Number.isFinite(wk)) {
          w[c] += wk;
          wPhase += wk;
        }
      } else unknownPhase[t]++;
      if (st !== 0) {
        knownState[t]++;
        if (st > 0) restocking[t]++;
        if (Number.isFinite(wk)) {
          wState += wk;
          if (st > 0) wRestock += wk;
        }
      }
    }
    if (wPhase > 0) for (let c = 0; c < 4; c++) weightShares[c][t] = w[c] / wPhase;
    if (wState > 0) restockingWeightShare[t] = wRestock / wState;
  }
  const last = weights.map((w) => w[n - 1]);
  let total = 0;
  for (const w of last) if (Number.isFinite(w)) total += w;
  const latest = inputs.map((s, k) =>
    latestOf(s.name, phases[k], inventoryStates[k], start, total > 0 ? last[k] / total : NaN),
  );
  return {
    mode,
    start,
    length: n,
    names: inputs.map((s) => s.name),
    withSales: inputs.filter((s) => s.sales).length,
    phases,
    inventoryStates,
    latest,
    counts,
    unknownPhase,
    weightShares,
    restocking,
    knownState,
    restockingWeightShare,
  };
}

function stateOf(v: Float64Array, mode: "as-of" | "ex-post", o: SectorOptions, preset: TurnPreset): Int8Array {
  if (mode === "as-of") return realtimeStates(v, o.reversal);
  const s = statesFromTurns(v.length, turns(v, o.turns, preset), o.extend ?? true);
  // Never a state where the series itself has no data.
  let a = 0;
  while (a < v.length && !Number.isFinite(v[a])) s[a++] = 0;
  let b = v.length - 1;
  while (b >= 0 && !Number.isFinite(v[b])) s[b--] = 0;
  return s;
}

function weightPath(s: SectorInput, kind: "level" | "yoy", start: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (typeof s.weight === "number") return out.fill(s.weight);
  const src = s.weight ?? (kind === "level" ? s.inventory : undefined);
  if (!src) return out.fill(1);
  for (let t = 0; t < n; t++) {
    const x = valueAt(src, start + t);
    out[t] = Number.isFinite(x) && x >= 0 ? x : NaN;
  }
  return out;
}

function latestOf(name: string, phase: Int8Array, state: Int8Array, start: number, weightShare: number): SectorLatest {
  let t = state.length - 1;
  while (t >= 0 && state[t] === 0) t--;
  if (t < 0) return { name, month: NaN, code: -1, monthsInPhase: 0, inventoryState: 0, monthsInState: 0, weightShare };
  const run = (x: Int8Array) => {
    let k = t;
    while (k > 0 && x[k - 1] === x[t]) k--;
    return t - k + 1;
  };
  const code = phase[t];
  return {
    name,
    month: start + t,
    code,
    monthsInPhase: code >= 0 ? run(phase) : 0,
    inventoryState: state[t],
    monthsInState: run(state),
    weightShare,
  };
}
