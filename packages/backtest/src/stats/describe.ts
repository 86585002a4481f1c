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
 * does not depend on how it is found), for about half the work. From 256 values on, both come from
 * one bracketed pass first (`bracketedPair`, which leaves `x` as it was when its guess misses).
 */
export function quantilePair(x: Float64Array, n: number, pLow: number, pHigh: number, out: Float64Array): void {
  if (n >= 256 && bracketedPair(x, n, pLow, pHigh, out)) return;
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

/** Scratch space of `bracketedPair` (grown on demand, reused across calls). */
let below = new Float64Array(0);
let above = new Float64Array(0);
const sample = new Float64Array(64);

/**
 * `quantilePair` in one read of `x` for a large `n` (bootstrap percentiles), or `false` when the
 * guess below misses: a sorted sample of 64 values brackets each quantile's two order statistics
 * with a margin of 2.5 binomial standard deviations; one pass counts the values under each bracket
 * and copies the values inside it (a few percent of `n`) aside, and each order statistic is
 * selected among those few. The bracket holds every value between its bounds, so the order
 * statistics found there are the exact ones (the same values as selection over all of `x`); when
 * a count shows the rank fell outside a bracket, the caller selects over all of `x` instead.
 * Leaves `x` as it was.
 */
function bracketedPair(x: Float64Array, n: number, pLow: number, pHigh: number, out: Float64Array): boolean {
  const hL = (n - 1) * pLow;
  const hH = (n - 1) * pHigh;
  const kL = Math.floor(hL);
  const kH = Math.floor(hH);
  const smp = sample;
  const S = smp.length;
  for (let i = 0; i < S; i++) {
    // Insertion sort as the sample is drawn (faster than the built-in sort on so few values).
    const v = x[Math.floor(((2 * i + 1) * n) / (2 * S))];
    let j = i - 1;
    while (j >= 0 && smp[j] > v) (smp[j + 1] = smp[j]), j--;
    smp[j + 1] = v;
  }
  const lo1 = lowPos(kL, n, S);
  const hi1 = highPos(kL, n, S);
  const lo2 = lowPos(kH, n, S);
  const hi2 = highPos(kH, n, S);
  if (hi1 >= lo2) return false; // the brackets would overlap: one selection over `x` is as good
  const a1 = lo1 < 0 ? -Infinity : smp[lo1];
  const b1 = smp[hi1];
  const a2 = smp[lo2];
  const b2 = hi2 >= S ? Infinity : smp[hi2];
  if (below.length < n) (below = new Float64Array(n)), (above = new Float64Array(n));
  const lower = below;
  const upper = above;
  let under1 = 0;
  let under2 = 0;
  let m1 = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const v = x[i];
    if (v < a1) under1++;
    else if (v <= b1) lower[m1++] = v;
    else if (v < a2) under2++;
    else if (v <= b2) upper[m2++] = v;
  }
  under2 += under1 + m1;
  // The highest rank each quantile reads: k + 1 when it interpolates.
  const topL = kL + 1 < n && hL !== kL ? kL + 1 : kL;
  const topH = kH + 1 < n && hH !== kH ? kH + 1 : kH;
  if (under1 > kL || topL >= under1 + m1 || under2 > kH || topH >= under2 + m2) return false;
  out[0] = orderPair(lower, m1, kL - under1, hL - kL);
  out[1] = orderPair(upper, m2, kH - under2, hH - kH);
  return true;
}

/** Sample positions bracketing ranks k and k + 1 of n: 2.5 binomial standard deviations and one position beyond. */
function lowPos(k: number, n: number, S: number): number {
  const q = k / n;
  return Math.floor(q * S - 2.5 * Math.sqrt(S * q * (1 - q)) - 1);
}
function highPos(k: number, n: number, S: number): number {
  const q = Math.min(1, (k + 2) / n);
  return Math.ceil(q * S + 2.5 * Math.sqrt(S * q * (1 - q)) + 1);
}

/** The type-7 value at rank `r + f` (0 ≤ f < 1) of `x[0..m)`, where rank `r + 1` exists when `f > 0`. */
function orderPair(x: Float64Array, m: number, r: number, f: number): number {
  const a = selectRange(x, 0, m - 1, r);
  if (f === 0 || r + 1 >= m) return a;
  let b = Infinity;
  for (let i = r + 1; i < m; i++) if (x[i] < b) b = x[i];
  return a + f * (b - a);
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
