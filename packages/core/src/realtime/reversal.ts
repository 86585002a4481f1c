/**
 * Real-time (as-of) direction of a series (methods.md §3). Turns near the end of the data
 * are not yet confirmed, so the state at observation t is the direction since the last
 * confirmed reversal, using only observations ≤ t:
 *
 *   a rising state switches to falling when the value has stayed at least `reversal`
 *   below the highest value since the last switch for `confirm` consecutive observations
 *   (falling → rising likewise, above the lowest value). Before the first confirmed move
 *   the state is unknown (0). Missing observations carry the state and do not count.
 *
 * Every output depends only on the inputs up to its own index, so appending later data
 * never changes an earlier answer (tested as a property).
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

export interface ReversalOptions {
  /** Size of a confirmed move against the current direction, in the series' own unit. */
  reversal: number;
  /** Consecutive observations the move must hold. */
  confirm: number;
}

/**
 * Defaults for YoY growth rates in percent; chosen on China's and the US inventory and demand
 * series (docs/phases.md has the agreement with the ex-post path for other settings).
 */
export const DEFAULT_REVERSAL: ReversalOptions = { reversal: 1, confirm: 2 };

export function resolveReversal(partial: Partial<ReversalOptions> = {}): ReversalOptions {
  const o = { ...DEFAULT_REVERSAL };
  if (partial.reversal !== undefined) o.reversal = partial.reversal;
  if (partial.confirm !== undefined) o.confirm = partial.confirm;
  if (!(Number.isFinite(o.reversal) && o.reversal > 0))
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "reversal", kind: "number", op: ">", min: 0, got: o.reversal }),
    );
  if (!(Number.isInteger(o.confirm) && o.confirm >= 1))
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "confirm", kind: "whole", min: 1, got: o.confirm }),
    );
  return o;
}

/**
 * What the reversal rule remembers after an observation: the state, the extremes since the last
 * switch and the runs of observations beyond `reversal` from them. `flips` (outlook/flips.ts)
 * reads it to say exactly what the next prints must be for the state to switch.
 */
export interface ReversalMemory {
  state: number;
  hi: number;
  lo: number;
  runUp: number;
  runDown: number;
}

/** One observation through the rule (missing values leave the memory as it is). */
function step(m: ReversalMemory, x: number, reversal: number, confirm: number): void {
  if (!Number.isFinite(x)) return;
  if (Number.isNaN(m.hi)) {
    m.hi = x;
    m.lo = x;
  }
  if (m.state >= 0) {
    if (x > m.hi) m.hi = x;
    m.runDown = x <= m.hi - reversal ? m.runDown + 1 : 0;
  }
  if (m.state <= 0) {
    if (x < m.lo) m.lo = x;
    m.runUp = x >= m.lo + reversal ? m.runUp + 1 : 0;
  }
  if (m.state >= 0 && m.runDown >= confirm) {
    m.state = -1;
    m.lo = x;
    m.runDown = 0;
    m.runUp = 0;
  } else if (m.state <= 0 && m.runUp >= confirm) {
    m.state = 1;
    m.hi = x;
    m.runUp = 0;
    m.runDown = 0;
  }
}

function fresh(): ReversalMemory {
  return { state: 0, hi: NaN, lo: NaN, runUp: 0, runDown: 0 }; // extremes tracked both ways while unknown
}

/** +1 rising, −1 falling, 0 unknown; one per observation, causal. */
export function realtimeStates(values: ArrayLike<number>, options: Partial<ReversalOptions> = {}): Int8Array {
  const { reversal, confirm } = resolveReversal(options);
  const n = values.length;
  const out = new Int8Array(n);
  const m = fresh();
  for (let t = 0; t < n; t++) {
    step(m, values[t], reversal, confirm);
    out[t] = m.state;
  }
  return out;
}

/** The rule's memory after observations `0..end` (inclusive) of `values`. */
export function reversalMemory(
  values: ArrayLike<number>,
  end: number,
  options: Partial<ReversalOptions> = {},
): ReversalMemory {
  const { reversal, confirm } = resolveReversal(options);
  const m = fresh();
  for (let t = 0; t <= end && t < values.length; t++) step(m, values[t], reversal, confirm);
  return m;
}

/**
 * How close the state is to switching after each observation: `margin` is the distance of the last
 * value from the switching threshold in units of `reversal` (0 or less once a run against the state
 * has begun; the nearer side while unknown), `run` the observations already counted against the
 * state. NaN before the first value. Causal like `realtimeStates`.
 */
export function reversalMargins(
  values: ArrayLike<number>,
  options: Partial<ReversalOptions> = {},
): { margin: Float64Array; run: Int32Array } {
  const { reversal, confirm } = resolveReversal(options);
  const n = values.length;
  const margin = new Float64Array(n).fill(NaN);
  const run = new Int32Array(n);
  const m = fresh();
  let last = NaN;
  for (let t = 0; t < n; t++) {
    step(m, values[t], reversal, confirm);
    if (Number.isFinite(values[t])) last = values[t];
    if (Number.isNaN(m.hi)) continue;
    const down = (last - (m.hi - reversal)) / reversal; // > 0: above the falling threshold
    const up = (m.lo + reversal - last) / reversal; // > 0: below the rising threshold
    margin[t] = m.state > 0 ? down : m.state < 0 ? up : Math.min(down, up);
    run[t] = m.state > 0 ? m.runDown : m.state < 0 ? m.runUp : Math.max(m.runDown, m.runUp);
  }
  return { margin, run };
}
