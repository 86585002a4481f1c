/**
 * Median and quantiles (linear interpolation between order statistics, "type 7" in
 * Hyndman & Fan 1996, the default of R and NumPy). `NaN` values are ignored; empty input gives `NaN`.
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) xs.push(values[i]);
  xs.sort((a, b) => a - b);
  return quantileSorted(xs, p);
}

/**
 * The type-7 quantile of the first `n` values of `s`, already sorted ascending (no copy, no `NaN`
 * check): the one definition of the interpolation, also for the backtest's resampled statistics
 * (its selection kernels return the same order statistics without a full sort). Empty gives `NaN`.
 */
export function quantileSorted(s: ArrayLike<number>, p: number, n = s.length): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export function mean(values: ArrayLike<number>): number {
  let s = 0,
    n = 0;
  for (let i = 0; i < values.length; i++)
    if (Number.isFinite(values[i])) {
      s += values[i];
      n++;
    }
  return n ? s / n : NaN;
}
