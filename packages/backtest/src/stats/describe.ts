/** Type-7 quantile of sorted values: the core's one definition (re-exported for the kernels' callers and tests). */
export { quantileSorted } from "@kitchin/core";

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

/**
 * Type-7 quantile of `x[0..n)` (no `NaN`s) by selection instead of a full sort (Hoare's
 * quickselect, average O(n)); reorders `x`. Used for bootstrap percentiles.
 */
export function quantileSelect(x: Float64Array, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = select(x, n, lo);
  if (lo + 1 >= n || h === lo) return a;
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (x[i] < b) b = x[i];
  return a + (h - lo) * (b - a);
}

/**
 * Two type-7 quantiles `pLow ≤ pHigh` of `x[0..n)` (no `NaN`s) into `out[0]`, `out[1]`, reordering
 * `x`: the upper order statistic is selected among the values above the lower one, which the first
 * selection already set apart. The same values as two `quantileSelect` calls (an order statistic
 * does not depend on how it is found), for about half the work.
 */
export function quantilePair(x: Float64Array, n: number, pLow: number, pHigh: number, out: Float64Array): void {
  out[0] = quantileSelect(x, n, pLow);
  if (n === 0) return void (out[1] = NaN);
  const lo = Math.floor((n - 1) * pLow);
  const h = (n - 1) * pHigh;
  const k = Math.floor(h);
  if (k <= lo) return void (out[1] = quantileSelect(x, n, pHigh));
  // x[lo+1..n) holds exactly the values ranked above lo: the k-th smallest overall is there.
  const a = selectRange(x, lo + 1, n - 1, k);
  if (k + 1 >= n || h === k) return void (out[1] = a);
  let b = Infinity;
  for (let i = k + 1; i < n; i++) if (x[i] < b) b = x[i];
  out[1] = a + (h - k) * (b - a);
}

/** Places the k-th smallest of `x[0..n)` at `x[k]`, smaller ones before it and larger ones after. */
function select(x: Float64Array, n: number, k: number): number {
  return selectRange(x, 0, n - 1, k);
}

/**
 * `select` within `x[l..r]`, where every value outside is ordered relative to the range: Floyd &
 * Rivest's SELECT (CACM algorithm 489, 1975). On a large range it first selects within a small
 * sample-sized window around k, so the pivot for the whole range lands next to the k-th value and
 * one partition leaves only a small range — about n + O(n^⅔) comparisons against Hoare's ~2n–3n
 * for a rank in the tails (bootstrap percentiles). An order statistic has one value, so results
 * do not depend on the method.
 */
function selectRange(x: Float64Array, l: number, r: number, k: number): number {
  while (r > l) {
    if (r - l > 600) {
      const n = r - l + 1;
      const i = k - l + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      const nl = Math.max(l, Math.floor(k - (i * s) / n + sd));
      const nr = Math.min(r, Math.floor(k + ((n - i) * s) / n + sd));
      selectRange(x, nl, nr, k);
    }
    const t = x[k];
    let i = l;
    let j = r;
    swap(x, l, k);
    if (x[r] > t) swap(x, r, l);
    while (i < j) {
      swap(x, i, j);
      i++;
      j--;
      while (x[i] < t) i++;
      while (x[j] > t) j--;
    }
    if (x[l] === t) swap(x, l, j);
    else {
      j++;
      swap(x, j, r);
    }
    if (j <= k) l = j + 1;
    if (k <= j) r = j - 1;
  }
  return x[k];
}

function swap(x: Float64Array, i: number, j: number): void {
  const t = x[i];
  x[i] = x[j];
  x[j] = t;
}
