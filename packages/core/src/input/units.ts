/**
 * Units: the turning-point and as-of thresholds (`minAmplitude` 2 of the inventory preset, the
 * as-of `reversal` 1) are in the series' own unit, percentage points for a YoY in percent. A YoY
 * stored as a fraction (0.032 for 3.2 %, what an Excel cell formatted `0.00%` holds) moves by less
 * than those thresholds over its whole history, so no turn and no reversal is ever found: every
 * month would be "unknown". `scaleProblem` says so instead, naming the range and the fix.
 */
import { say, type Message } from "../phases/messages.ts";

/** Smallest and largest finite value, or null when there is none. */
export function valueRange(values: ArrayLike<number>): { min: number; max: number } | null {
  let min = Infinity,
    max = -Infinity;
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
export function scaleProblem(
  values: ArrayLike<number>,
  name: string,
  thresholds: readonly (readonly [string, number])[],
  effect: "unknown" | "turns" = "unknown",
): Message | null {
  const r = valueRange(values);
  const active = thresholds.filter(([, v]) => v > 0);
  if (!r || active.length === 0) return null;
  const span = r.max - r.min;
  if (active.some(([, v]) => span >= v)) return null;
  const fraction = Math.max(Math.abs(r.min), Math.abs(r.max)) <= 1.5;
  return say("scaleProblem", {
    subject: name,
    span: String(Number(span.toPrecision(3))),
    thresholds: active,
    fraction,
    effect,
  });
}
