/**
 * What the next prints must be for an input's as-of state to switch, read exactly from
 * the reversal rule (realtime/reversal.ts; methods.md §3): a rising state turns falling when `confirm`
 * consecutive observations stay at least `reversal` below the highest value since the last switch;
 * falling turns rising likewise above the lowest value. After observation `end`:
 *
 * - rising: each of the next `confirm − runDown` prints at or below `hi − reversal` switches it;
 *   a print above that resets the run (and the threshold only rises with a new high);
 * - falling: each of the next `confirm − runUp` prints at or above `lo + reversal`;
 * - unknown (no confirmed move yet): either, whichever comes first.
 *
 * Exact by construction; a test appends the threshold for `months` prints (the state switches) and a
 * value just on the other side (it does not).
 */
import { reversalMemory, resolveReversal, type ReversalOptions } from "../realtime/reversal.ts";

export interface Flip {
  /** The state now. */
  state: "rising" | "falling" | "unknown";
  /** The state the prints would switch it to. */
  to: "rising" | "falling";
  /** Each of the next `months` prints at or beyond this value (≤ for a fall, ≥ for a rise). */
  threshold: number;
  months: number;
}

export function flipsOf(values: ArrayLike<number>, end: number, options: Partial<ReversalOptions> = {}): Flip[] {
  const { reversal, confirm } = resolveReversal(options);
  const m = reversalMemory(values, end, options);
  if (Number.isNaN(m.hi)) return []; // nothing observed yet
  const out: Flip[] = [];
  const state = m.state > 0 ? "rising" : m.state < 0 ? "falling" : "unknown";
  if (m.state >= 0) out.push({ state, to: "falling", threshold: m.hi - reversal, months: confirm - m.runDown });
  if (m.state <= 0) out.push({ state, to: "rising", threshold: m.lo + reversal, months: confirm - m.runUp });
  return out;
}
