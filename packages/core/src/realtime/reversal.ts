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
  if (!(Number.isFinite(o.reversal) && o.reversal > 0)) throw new KitchinError("bad-option", `reversal must be a number > 0, got ${o.reversal}`);
  if (!(Number.isInteger(o.confirm) && o.confirm >= 1)) throw new KitchinError("bad-option", `confirm must be a whole number ≥ 1, got ${o.confirm}`);
  return o;
}

/** +1 rising, −1 falling, 0 unknown; one per observation, causal. */
export function realtimeStates(values: ArrayLike<number>, options: Partial<ReversalOptions> = {}): Int8Array {
  const { reversal, confirm } = resolveReversal(options);
  const n = values.length;
  const out = new Int8Array(n);
  let state = 0;
  let hi = NaN, lo = NaN; // extremes since the last switch (both tracked while unknown)
  let runUp = 0, runDown = 0;
  for (let t = 0; t < n; t++) {
    const x = values[t];
    if (Number.isFinite(x)) {
      if (Number.isNaN(hi)) { hi = x; lo = x; }
      if (state >= 0) {
        if (x > hi) hi = x;
        runDown = x <= hi - reversal ? runDown + 1 : 0;
      }
      if (state <= 0) {
        if (x < lo) lo = x;
        runUp = x >= lo + reversal ? runUp + 1 : 0;
      }
      if (state >= 0 && runDown >= confirm) {
        state = -1; lo = x; runDown = 0; runUp = 0;
      } else if (state <= 0 && runUp >= confirm) {
        state = 1; hi = x; runUp = 0; runDown = 0;
      }
    }
    out[t] = state;
  }
  return out;
}
