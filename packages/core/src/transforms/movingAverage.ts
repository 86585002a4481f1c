/**
 * Trailing moving average over the past `k` observations, t−k+1 … t (methods.md §1: anything
 * a backtest can see is smoothed with past data only). A window with a missing value gives `NaN`.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

export function movingAverage(values: ArrayLike<number>, k: number): Float64Array {
  if (!Number.isInteger(k) || k < 1)
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "moving-average window", kind: "whole", min: 1, got: k }),
    );
  const n = values.length;
  const out = new Float64Array(n).fill(NaN);
  let sum = 0;
  let missing = 0;
  for (let t = 0; t < n; t++) {
    const x = values[t];
    if (Number.isFinite(x)) sum += x;
    else missing++;
    if (t >= k) {
      const y = values[t - k];
      if (Number.isFinite(y)) sum -= y;
      else missing--;
    }
    if (t >= k - 1 && missing === 0) out[t] = sum / k;
  }
  return out;
}

/**
 * Centred moving average of odd length k. It looks into the future, so it is for ex-post
 * charts and for the Bry–Boschan dating passes only — never for anything a backtest sees.
 */
export function centredMovingAverage(values: ArrayLike<number>, k: number): Float64Array {
  const h = (k - 1) >> 1;
  const n = values.length;
  const out = new Float64Array(n).fill(NaN);
  for (let t = h; t < n - h; t++) {
    let s = 0;
    let ok = true;
    for (let j = -h; j <= h; j++) {
      const x = values[t + j];
      if (!Number.isFinite(x)) {
        ok = false;
        break;
      }
      s += x;
    }
    if (ok) out[t] = s / k;
  }
  return out;
}
