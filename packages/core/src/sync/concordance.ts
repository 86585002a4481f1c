/**
 * Harding & Pagan (2002) concordance index, "Dissecting the cycle: a methodological
 * investigation", J. Monetary Economics 49(2), eq. (5):
 *
 *   I = (1/T) Σ [ S_x,t · S_y,t + (1 − S_x,t)(1 − S_y,t) ]
 *
 * the share of months in which two binary state series (1 = expansion / restocking,
 * 0 = contraction / destocking) are in the same state. States may be given as 1/0 or as the
 * core's +1/−1; a 0 in a ±1 path, or `NaN`, is unknown and the month is left out.
 * `expected` is the value under independence, p_x p_y + (1 − p_x)(1 − p_y), the benchmark
 * Harding and Pagan compare I with. Throws `length-mismatch` for paths of different length
 * and `no-overlap` when no month has both states known.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

export interface Concordance {
  /** Months with both states known. */
  months: number;
  index: number;
  /** I under independence of the two state paths, from their own restocking shares. */
  expected: number;
}

export function concordance(
  sx: ArrayLike<number>,
  sy: ArrayLike<number>,
  encoding: "signed" | "binary" = "signed",
): Concordance {
  if (sx.length !== sy.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "the two state paths", a: sx.length, b: sy.length, axis: true }),
    );
  }
  let n = 0,
    same = 0,
    px = 0,
    py = 0;
  for (let t = 0; t < sx.length; t++) {
    const x = bit(sx[t], encoding),
      y = bit(sy[t], encoding);
    if (x < 0 || y < 0) continue;
    n++;
    same += x * y + (1 - x) * (1 - y);
    px += x;
    py += y;
  }
  if (n === 0) throw new KitchinError("no-overlap", say("statesNeverBothKnown"));
  px /= n;
  py /= n;
  return { months: n, index: same / n, expected: px * py + (1 - px) * (1 - py) };
}

/** 1 up, 0 down, −1 unknown. */
export function bit(s: number, encoding: "signed" | "binary"): number {
  if (!Number.isFinite(s)) return -1;
  if (encoding === "binary") return s === 1 ? 1 : s === 0 ? 0 : -1;
  return s > 0 ? 1 : s < 0 ? 0 : -1;
}
