/** Prefix sums shared by the score, its bootstrap and its permutations (one module, no import loop). */
import type { Episode } from "@kitchin/core";

/** Prefix sums of monthly log returns and of valid-month counts, `assets × (months + 1)`. */
export interface LogPrefix {
  sum: Float64Array;
  count: Int32Array;
}

export function logPrefix(ret: Float64Array, n: number, T: number): LogPrefix {
  const sum = new Float64Array(n * (T + 1));
  const count = new Int32Array(n * (T + 1));
  for (let a = 0; a < n; a++) {
    const o = a * (T + 1);
    for (let t = 0; t < T; t++) {
      const r = ret[a * T + t];
      const ok = r === r;
      sum[o + t + 1] = sum[o + t] + (ok ? Math.log1p(r) : 0);
      count[o + t + 1] = count[o + t] + (ok ? 1 : 0);
    }
  }
  return { sum, count };
}

/**
 * `logPrefix(monthlyReturns(panel))` straight from the prices (`assets × months`), without the
 * returns array in between: the same return `p[t] / p[t−1] − 1` (none in month 0), the same sums.
 */
export function logPrefixOfPrices(prices: Float64Array, n: number, T: number): LogPrefix {
  const sum = new Float64Array(n * (T + 1));
  const count = new Int32Array(n * (T + 1));
  for (let a = 0; a < n; a++) {
    const o = a * (T + 1);
    const q = a * T;
    for (let t = 1; t < T; t++) {
      const r = prices[q + t] / prices[q + t - 1] - 1; // NaN when either price is missing
      const ok = r === r;
      sum[o + t + 1] = sum[o + t] + (ok ? Math.log1p(r) : 0);
      count[o + t + 1] = count[o + t] + (ok ? 1 : 0);
    }
  }
  return { sum, count };
}

/**
 * What a resampling kernel (bootstrap, permutations) reads: the panel's prefix sums (`n` assets ×
 * `T` months), the phase runs, and the assets `from..to` it fills — all of them in one pass, or a
 * worker thread's share (node/parallelScore.ts).
 */
export interface PanelSlice {
  logs: LogPrefix;
  n: number;
  T: number;
  runs: readonly Episode[];
  from: number;
  to: number;
}

/** The slice of assets `from..to` (default: all `n`). */
export function panelSlice(
  logs: LogPrefix,
  n: number,
  T: number,
  runs: readonly Episode[],
  from = 0,
  to = n,
): PanelSlice {
  return { logs, n, T, runs, from, to };
}
