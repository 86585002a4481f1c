/**
 * Small descriptive statistics over typed arrays, skipping `NaN` in the loop (d3-array style).
 * Empty input gives `NaN`.
 */

/** Median of the finite values in `x[0..n)`; sorts a copy. */
export function median(x: ArrayLike<number>, n = x.length): number {
  const v = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) if (x[i] === x[i]) v[m++] = x[i];
  if (m === 0) return NaN;
  const s = v.subarray(0, m).sort();
  return m % 2 ? s[(m - 1) >> 1] : (s[m / 2 - 1] + s[m / 2]) / 2;
}

/**
 * Quantile of sorted values by linear interpolation between order statistics (Hyndman & Fan 1996
 * type 7, the default of R and NumPy).
 */
export function quantileSorted(s: ArrayLike<number>, p: number, n = s.length): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/** Mean and sample standard deviation of the finite values. */
export function meanSd(x: ArrayLike<number>, from = 0, to = x.length): { mean: number; sd: number; n: number } {
  let n = 0;
  let sum = 0;
  for (let i = from; i < to; i++) if (x[i] === x[i]) (n++, (sum += x[i]));
  const mean = n ? sum / n : NaN;
  let ss = 0;
  for (let i = from; i < to; i++) if (x[i] === x[i]) ss += (x[i] - mean) * (x[i] - mean);
  return { mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : NaN, n };
}
