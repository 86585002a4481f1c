/**
 * Guard against a series of another frequency placed on the month axis (a quarterly series
 * read as monthly has a value every third month and nothing between): lead/lag and
 * synchronisation compare months, so such input must be converted first.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

/** Throws `bad-option` when at least four values are observed and no two of them are adjacent months. */
export function assertMonthly(values: ArrayLike<number>, name: string): void {
  let count = 0,
    adjacent = 0,
    prev = false;
  let firstGap = 0,
    last = -1;
  for (let i = 0; i < values.length; i++) {
    const ok = Number.isFinite(values[i]);
    if (ok) {
      count++;
      if (prev) adjacent++;
      else if (last >= 0 && firstGap === 0) firstGap = i - last;
      last = i;
    }
    prev = ok;
  }
  if (count >= 4 && adjacent === 0) {
    throw new KitchinError("bad-option", say("notMonthly", { name, every: firstGap }));
  }
}
