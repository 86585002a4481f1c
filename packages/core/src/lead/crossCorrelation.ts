/**
 * Cross-correlation of an indicator with a target at lags −K…K (methods.md §4): at lag k the
 * Pearson correlation of indicator_{t−k} with target_t over the months where both are
 * observed (pairwise-complete, each lag with its own means — the sample cross-correlation of
 * e.g. R's `ccf` uses the full-sample means instead; with long monthly series the two agree
 * closely). Positive k = the indicator leads by k months.
 *
 * The best lag is the k with the highest correlation, or the lowest for an inverted
 * indicator; on a tie the smaller |k| wins. A lag with fewer than `minPairs` pairs or no
 * variance gives `NaN`, and when every lag is `NaN` the best lag is `NaN`.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { LEAD_DEFAULTS } from "./defaults.ts";

export interface CrossCorrelation {
  /** lags[i] = −K + i. */
  lags: Int32Array;
  corr: Float64Array;
  /** Pairs used at each lag. */
  pairs: Int32Array;
  bestLag: number;
  bestCorr: number;
}

export function crossCorrelation(
  indicator: ArrayLike<number>,
  target: ArrayLike<number>,
  maxLag = LEAD_DEFAULTS.maxCorrLag,
  inverted = false,
  minPairs = 12,
): CrossCorrelation {
  if (indicator.length !== target.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "indicator and target", a: indicator.length, b: target.length, axis: true }),
    );
  }
  if (!Number.isInteger(maxLag) || maxLag < 0)
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "maximum lag", kind: "whole", min: 0, got: maxLag }),
    );
  const m = 2 * maxLag + 1;
  const lags = new Int32Array(m);
  const corr = new Float64Array(m).fill(NaN);
  const pairs = new Int32Array(m);
  let bestLag = NaN,
    bestCorr = NaN;
  for (let i = 0; i < m; i++) {
    const k = i - maxLag;
    lags[i] = k;
    const r = laggedCorrelation(indicator, target, k, minPairs);
    corr[i] = r.corr;
    pairs[i] = r.pairs;
    if (Number.isNaN(r.corr)) continue;
    const better =
      Number.isNaN(bestCorr) ||
      (inverted ? r.corr < bestCorr : r.corr > bestCorr) ||
      (r.corr === bestCorr && Math.abs(k) < Math.abs(bestLag));
    if (better) {
      bestCorr = r.corr;
      bestLag = k;
    }
  }
  return { lags, corr, pairs, bestLag, bestCorr };
}

/** corr(indicator_{t−k}, target_t) over pairwise-complete months. */
export function laggedCorrelation(
  indicator: ArrayLike<number>,
  target: ArrayLike<number>,
  k: number,
  minPairs = 12,
): { corr: number; pairs: number } {
  const n = target.length;
  let cnt = 0,
    sx = 0,
    sy = 0;
  const from = Math.max(0, k),
    to = Math.min(n, indicator.length + k);
  for (let t = from; t < to; t++) {
    const x = indicator[t - k],
      y = target[t];
    if (Number.isFinite(x) && Number.isFinite(y)) {
      cnt++;
      sx += x;
      sy += y;
    }
  }
  if (cnt < Math.max(2, minPairs)) return { corr: NaN, pairs: cnt };
  const mx = sx / cnt,
    my = sy / cnt;
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let t = from; t < to; t++) {
    const x = indicator[t - k],
      y = target[t];
    if (Number.isFinite(x) && Number.isFinite(y)) {
      const dx = x - mx,
        dy = y - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
  }
  const den = Math.sqrt(sxx * syy);
  return { corr: den > 0 ? sxy / den : NaN, pairs: cnt };
}
