/**
 * Divergence of two growth series (note 001: US imports up 8.1 % while inventories rose only
 * 1.9 % — "进口与库存背离" read as a signal that stock-building is not what drives imports):
 *
 *   gap_t = a_t − b_t                                   (pp)
 *   z_t   = (gap_t − mean(H_t)) / sd(H_t)               (H_t: the gaps before month t)
 *
 * The z-score compares each month's gap with its own history up to the month before — never
 * with later months — so it can be read in real time and backtested without look-ahead.
 * `lookback` limits H_t to the last N months (default: the whole history); `minHistory`
 * (default 36) is the number of known past gaps needed before a z-score is given. sd is the
 * sample standard deviation (n − 1). Inputs are on one month axis (e.g. two rolling window
 * growths from `rollingWindowGrowth`); missing months give `NaN` and do not enter H.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

export interface DivergenceOptions {
  lookback?: number;
  minHistory?: number;
}

export interface Divergence {
  gap: Float64Array;
  z: Float64Array;
  /** Mean and sd of the history each z used. */
  historyMean: Float64Array;
  historySd: Float64Array;
}

export function divergence(a: ArrayLike<number>, b: ArrayLike<number>, options: DivergenceOptions = {}): Divergence {
  if (a.length !== b.length)
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "the two growth series", a: a.length, b: b.length, axis: true }),
    );
  const lookback = options.lookback ?? Infinity;
  const minHistory = options.minHistory ?? 36;
  if (!(lookback === Infinity || (Number.isInteger(lookback) && lookback >= 2)))
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "lookback", kind: "months", min: 2, got: lookback }),
    );
  if (!Number.isInteger(minHistory) || minHistory < 2)
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "minHistory", kind: "whole", min: 2, got: minHistory }),
    );
  const n = a.length;
  const gap = new Float64Array(n).fill(NaN);
  for (let t = 0; t < n; t++) if (Number.isFinite(a[t]) && Number.isFinite(b[t])) gap[t] = a[t] - b[t];
  const z = new Float64Array(n).fill(NaN);
  const hm = new Float64Array(n).fill(NaN);
  const hs = new Float64Array(n).fill(NaN);
  for (let t = 0; t < n; t++) {
    const lo = lookback === Infinity ? 0 : Math.max(0, t - lookback);
    // Two passes over the history (mean, then squared deviations): exact enough and no drift.
    let s = 0,
      c = 0;
    for (let u = lo; u < t; u++)
      if (Number.isFinite(gap[u])) {
        s += gap[u];
        c++;
      }
    if (c < minHistory) continue;
    const m = s / c;
    let ss = 0;
    for (let u = lo; u < t; u++) if (Number.isFinite(gap[u])) ss += (gap[u] - m) ** 2;
    const sd = Math.sqrt(ss / (c - 1));
    hm[t] = m;
    hs[t] = sd;
    if (Number.isFinite(gap[t]) && sd > 0) z[t] = (gap[t] - m) / sd;
  }
  return { gap, z, historyMean: hm, historySd: hs };
}
