/**
 * Ex-post states of a series from its turns (methods.md §3): rising in the months after a
 * trough up to and including the next peak, falling after a peak up to and including the
 * next trough. Before the first and after the last turn the state is unknown (0) unless
 * `extend` is set, which carries the direction implied by the nearest turn to the ends.
 */
import type { Turn } from "../turns/types.ts";

/** +1 rising, −1 falling, 0 unknown, one per observation. */
export function statesFromTurns(length: number, turnList: readonly Turn[], extend = false): Int8Array {
  const s = new Int8Array(length);
  if (turnList.length === 0) return s;
  for (let k = 0; k + 1 < turnList.length; k++) {
    const dir = turnList[k].type === "trough" ? 1 : -1;
    const to = Math.min(length - 1, turnList[k + 1].index);
    for (let i = turnList[k].index + 1; i <= to; i++) s[i] = dir;
  }
  if (extend) {
    const first = turnList[0];
    const before = first.type === "peak" ? 1 : -1; // rising into a peak
    for (let i = 0; i <= Math.min(first.index, length - 1); i++) s[i] = before;
    const last = turnList[turnList.length - 1];
    const after = last.type === "trough" ? 1 : -1;
    for (let i = last.index + 1; i < length; i++) s[i] = after;
  }
  return s;
}
