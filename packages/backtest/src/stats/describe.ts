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

/**
 * Median of `x[0..n)` (no `NaN`s), reordering `x` in place: insertion sort, as the inputs are a
 * phase's few episode returns. Empty input gives `NaN`.
 */
export function medianInPlace(x: Float64Array, n: number): number {
  if (n === 0) return NaN;
  for (let i = 1; i < n; i++) {
    const v = x[i];
    let j = i - 1;
    while (j >= 0 && x[j] > v) (x[j + 1] = x[j]), j--;
    x[j + 1] = v;
  }
  return n % 2 ? x[(n - 1) >> 1] : (x[n / 2 - 1] + x[n / 2]) / 2;
}
