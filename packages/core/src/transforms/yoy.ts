/**
 * Year-over-year growth from levels, in percent: 100 · (x_t / x_{t−period} − 1) (methods.md §1).
 * The one definition of YoY: every other (the datasets' derived series, `kitchin data import`,
 * `CYCLE.YOY`) calls `yoyPercent`. A missing, zero or negative base gives `NaN` — a growth rate
 * against a non-positive level (a sign change) is not meaningful, so the month is missing.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

/** YoY of one month: `x` against the level `base` a year (one `period`) earlier; NaN unless base > 0. */
export function yoyPercent(x: number, base: number): number {
  return base > 0 && base < Infinity && Number.isFinite(x) ? 100 * (x / base - 1) : NaN;
}

/**
 * YoY of a whole series. `yoyPeriod` is the distance in observations (12 for monthly YoY, 4 for
 * quarterly, 1 for month-on-month).
 */
export function yoy(levels: ArrayLike<number>, yoyPeriod = 12): Float64Array {
  if (!Number.isInteger(yoyPeriod) || yoyPeriod < 1)
    throw new KitchinError("bad-option", say("optionBound", { name: "lag", kind: "whole", min: 1, got: yoyPeriod }));
  const n = levels.length;
  const out = new Float64Array(n).fill(NaN);
  for (let t = yoyPeriod; t < n; t++) out[t] = yoyPercent(levels[t], levels[t - yoyPeriod]);
  return out;
}
