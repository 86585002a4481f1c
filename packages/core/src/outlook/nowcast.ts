/**
 * A nowcast of an input's next print from indicators released before it.
 *
 * At the end of month t the input y is known through t − L (release lag L). An indicator x with a
 * shorter lag (China's PMI and its sub-indices: lag 0 against industrial profits' 1; US PPI: 1 against
 * business inventories' 2) is already known for the input's next month m = t − L + 1. The model is a
 * ridge regression on changes:
 *
 *   y(m) − y(p) = a + Σ_k b_k · (x_k(m) − x_k(p)),   p = y's last month with a value before m
 *
 * fitted on every earlier month whose print is known at t (expanding window), with the indicators that
 * have a value at m. The naive forecast is y(p) (last value). Out of sample: for each month m in the
 * history, the same fit on the months before it; both root-mean-square errors are reported, and a face
 * shows the nowcast only where the model's error is below the naive one.
 *
 * Only the indicators passed in are used; which ones lead is the caller's choice (their lags decide
 * whether they are known in time: an indicator with lag ≥ L is left out).
 */
import type { Series } from "../series/series.ts";

export interface Indicator {
  id: string;
  series: Series;
  /** Release lag in months (known before the inputs when smaller than theirs). */
  releaseLag: number;
}

export const NOWCAST_MIN_FIT = 36;
/** Ridge penalty on the slopes (indicator changes are in points of an index or percent). */
export const NOWCAST_RIDGE = 1;

export interface NowcastPoint {
  month: number;
  /** Last value before `month` (the naive forecast) and its month. */
  last: number;
  lastMonth: number;
  forecast: number;
  indicators: string[];
}

export interface NowcastResult {
  /** The nowcast of the next print (null where no indicator is known for it or too few examples). */
  next: NowcastPoint | null;
  /** Out-of-sample path: forecasts of past prints with their actual values. */
  history: (NowcastPoint & { actual: number })[];
  rmse: number;
  rmseNaive: number;
  /** Whether the model beats the last value out of sample (`rmse < rmseNaive`). */
  beatsNaive: boolean;
}

function valueAt(s: Series, m: number): number {
  const i = m - s.start;
  return i >= 0 && i < s.values.length ? s.values[i] : NaN;
}

/** y's last month with a value before m (within 12 months), or −1. */
function previous(y: Series, m: number): number {
  for (let p = m - 1; p >= m - 12; p--) if (Number.isFinite(valueAt(y, p))) return p;
  return -1;
}

/** Forecast of y at month m from the months before it, with the indicators that have values at m and p. */
function forecastAt(y: Series, xs: readonly Indicator[], m: number): NowcastPoint | null {
  const p = previous(y, m);
  if (p < 0) return null;
  const use = xs.filter((x) => Number.isFinite(valueAt(x.series, m)) && Number.isFinite(valueAt(x.series, p)));
  if (use.length === 0) return null;
  // Training rows: months q < m with y(q), its previous print and the indicators at both.
  const k = use.length + 1;
  const xtx = new Float64Array(k * k),
    xty = new Float64Array(k);
  let rows = 0;
  const row = new Float64Array(k);
  for (let q = y.start + 1; q < m; q++) {
    const yq = valueAt(y, q);
    if (!Number.isFinite(yq)) continue;
    const pq = previous(y, q);
    if (pq < 0) continue;
    row[0] = 1;
    let ok = true;
    for (let j = 0; j < use.length; j++) {
      const d = valueAt(use[j].series, q) - valueAt(use[j].series, pq);
      if (!Number.isFinite(d)) {
        ok = false;
        break;
      }
      row[j + 1] = d;
    }
    if (!ok) continue;
    const dy = yq - valueAt(y, pq);
    for (let a = 0; a < k; a++) {
      xty[a] += row[a] * dy;
      for (let b = 0; b < k; b++) xtx[a * k + b] += row[a] * row[b];
    }
    rows++;
  }
  if (rows < NOWCAST_MIN_FIT) return null;
  for (let a = 1; a < k; a++) xtx[a * k + a] += NOWCAST_RIDGE;
  const beta = solve(xtx, xty, k);
  if (!beta) return null;
  let f = valueAt(y, p) + beta[0];
  for (let j = 0; j < use.length; j++) f += beta[j + 1] * (valueAt(use[j].series, m) - valueAt(use[j].series, p));
  return { month: m, last: valueAt(y, p), lastMonth: p, forecast: f, indicators: use.map((x) => x.id) };
}

/** Gaussian elimination with partial pivoting on a small k×k system; null when singular. */
function solve(a: Float64Array, b: Float64Array, k: number): Float64Array | null {
  const m = Float64Array.from(a),
    v = Float64Array.from(b);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r * k + c]) > Math.abs(m[piv * k + c])) piv = r;
    if (Math.abs(m[piv * k + c]) < 1e-12) return null;
    if (piv !== c) {
      for (let j = 0; j < k; j++) [m[c * k + j], m[piv * k + j]] = [m[piv * k + j], m[c * k + j]];
      [v[c], v[piv]] = [v[piv], v[c]];
    }
    for (let r = c + 1; r < k; r++) {
      const f = m[r * k + c] / m[c * k + c];
      for (let j = c; j < k; j++) m[r * k + j] -= f * m[c * k + j];
      v[r] -= f * v[c];
    }
  }
  const x = new Float64Array(k);
  for (let r = k - 1; r >= 0; r--) {
    let s = v[r];
    for (let j = r + 1; j < k; j++) s -= m[r * k + j] * x[j];
    x[r] = s / m[r * k + r];
  }
  return x;
}

/**
 * The nowcast of `y`'s next print at the end of month `t` (inputs already cut to what is known at t,
 * or whole: then t is where y and the indicators end) and the out-of-sample path before it.
 * Indicators whose lag is not shorter than y's are left out: they are not known before y's print.
 */
export function nowcast(y: Series, yLag: number, indicators: readonly Indicator[]): NowcastResult {
  const xs = indicators.filter((x) => x.releaseLag < yLag);
  let last = -1;
  for (let i = y.values.length - 1; i >= 0; i--)
    if (Number.isFinite(y.values[i])) {
      last = y.start + i;
      break;
    }
  const history: NowcastResult["history"] = [];
  let se = 0,
    seNaive = 0;
  if (last >= 0 && xs.length) {
    for (let m = y.start + 1; m <= last; m++) {
      const actual = valueAt(y, m);
      if (!Number.isFinite(actual)) continue;
      const f = forecastAt(y, xs, m);
      if (!f) continue;
      history.push({ ...f, actual });
      se += (f.forecast - actual) ** 2;
      seNaive += (f.last - actual) ** 2;
    }
  }
  const n = history.length;
  const rmse = n ? Math.sqrt(se / n) : NaN;
  const rmseNaive = n ? Math.sqrt(seNaive / n) : NaN;
  return {
    next: last >= 0 && xs.length ? forecastAt(y, xs, last + 1) : null,
    history,
    rmse,
    rmseNaive,
    beatsNaive: n > 0 && rmse < rmseNaive,
  };
}
