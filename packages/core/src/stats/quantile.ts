/**
 * Median and quantiles (linear interpolation between order statistics, "type 7" in
 * Hyndman & Fan 1996, the default of R and NumPy). `NaN` values are ignored; empty input gives `NaN`.
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) xs.push(values[i]);
  if (xs.length === 0) return NaN;
  xs.sort((a, b) => a - b);
  const h = (xs.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(xs.length - 1, lo + 1);
  return xs[lo] + (h - lo) * (xs[hi] - xs[lo]);
}

export function median(values: ArrayLike<number>): number {
  return quantile(values, 0.5);
}

export function mean(values: ArrayLike<number>): number {
  let s = 0, n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) { s += values[i]; n++; }
  return n ? s / n : NaN;
}
