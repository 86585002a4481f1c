/**
 * Quantile of values already sorted ascending, by linear interpolation between order statistics
 * (Hyndman & Fan 1996 type 7, like the core's `quantile`), without copying: the bootstrap calls it
 * on a sorted `Float64Array` of resampled statistics. Empty input gives `NaN`.
 */
export function quantileSorted(s: ArrayLike<number>, p: number, n = s.length): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}
