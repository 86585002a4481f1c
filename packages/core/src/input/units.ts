/**
 * Units: the turning-point and as-of thresholds (`minAmplitude` 2 of the inventory preset, the
 * as-of `reversal` 1) are in the series' own unit, percentage points for a YoY in percent. A YoY
 * stored as a fraction (0.032 for 3.2 %, what an Excel cell formatted `0.00%` holds) moves by less
 * than those thresholds over its whole history, so no turn and no reversal is ever found: every
 * month would be "unknown". `scaleProblem` says so instead, naming the range and the fix.
 */
import type { Series } from "../series/series.ts";

/** Smallest and largest finite value, or null when there is none. */
export function valueRange(values: ArrayLike<number>): { min: number; max: number } | null {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return min <= max ? { min, max } : null;
}

/**
 * Why the thresholds cannot fire on this series (its whole range is below every one of them), or
 * `null`. `thresholds` are named values in the series' unit, e.g. `[["minAmplitude", 2], ["reversal", 1]]`.
 */
export function scaleProblem(s: Series | ArrayLike<number>, name: string, thresholds: readonly (readonly [string, number])[]): string | null {
  const r = valueRange("values" in s ? s.values : s);
  const active = thresholds.filter(([, v]) => v > 0);
  if (!r || active.length === 0) return null;
  const span = r.max - r.min;
  if (active.some(([, v]) => span >= v)) return null;
  const fraction = Math.max(Math.abs(r.min), Math.abs(r.max)) <= 1.5;
  const fmt = (x: number) => String(Number(x.toPrecision(3)));
  return `${name} moves only ${fmt(span)} from its lowest to its highest value, less than ${active.map(([k, v]) => `${k} ${v}`).join(" and ")} (in the series' unit), so every month would be unknown`
    + (fraction ? `; it looks like a YoY stored as fractions (0.032 for 3.2 %): multiply it by 100` : "")
    + `, or lower ${active.map(([k]) => k).join("/")}`;
}
