/**
 * Year-over-year growth from levels, in percent: 100 · (x_t / x_{t−lag} − 1).
 * `lag` is in observations (12 for monthly YoY, 4 for quarterly, 1 for month-on-month).
 * Missing or non-positive bases give `NaN` (a growth rate of a sign change is meaningless).
 */
import { KitchinError } from "../errors.ts";

export function yoy(levels: ArrayLike<number>, lag = 12): Float64Array {
  if (!Number.isInteger(lag) || lag < 1) throw new KitchinError("bad-option", `lag must be a whole number ≥ 1, got ${lag}`);
  const n = levels.length;
  const out = new Float64Array(n).fill(NaN);
  for (let t = lag; t < n; t++) {
    const base = levels[t - lag];
    const x = levels[t];
    if (base > 0 && Number.isFinite(x)) out[t] = 100 * (x / base - 1);
  }
  return out;
}
