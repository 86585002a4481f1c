/**
 * Bootstrap confidence interval (Efron 1979, percentile method) of an asset's annualised mean return
 * in a phase. The resampling unit is the *episode* of the phase (all its runs in the window,
 * drawn with replacement), not the month: months inside an episode are not independent, and with
 * two or three episodes the interval is honestly wide; with fewer than two episodes with data there is
 * no interval (`NaN`). Draws are shared across assets and seeded.
 */
import type { Episode } from "@kitchin/core";
import type { LogPrefix } from "./phaseScores.ts";
import { rng } from "../stats/rng.ts";
import { quantileSelect } from "../stats/describe.ts";

export function bootstrapPhaseCi(
  logs: LogPrefix,
  n: number,
  T: number,
  runs: readonly Episode[],
  B: number,
  confidence: number,
  ppy: number,
  seed: number,
  low: Float64Array,
  high: Float64Array,
): void {
  const rand = rng(seed);
  const alpha = (1 - confidence) / 2;
  const stats = new Float64Array(B);
  for (let p = 0; p < 4; p++) {
    const eps = runs.filter((e) => e.code === p);
    const k = eps.length;
    if (k === 0) continue;
    const draws = new Int32Array(B * k);
    for (let i = 0; i < draws.length; i++) draws[i] = Math.floor(rand() * k);
    const es = new Float64Array(k);
    const ec = new Int32Array(k);
    for (let a = 0; a < n; a++) {
      const o = a * (T + 1);
      let withData = 0;
      for (let j = 0; j < k; j++) {
        es[j] = logs.sum[o + eps[j].end + 1] - logs.sum[o + eps[j].start];
        ec[j] = logs.count[o + eps[j].end + 1] - logs.count[o + eps[j].start];
        if (ec[j] > 0) withData++;
      }
      if (withData < 2) continue; // one episode cannot show its own variability: no interval
      let m = 0;
      for (let b = 0; b < B; b++) {
        let s = 0;
        let c = 0;
        for (let j = b * k, e = j + k; j < e; j++) (s += es[draws[j]], (c += ec[draws[j]]));
        if (c > 0) stats[m++] = s / c;
      }
      if (m === 0) continue;
      // Percentiles of the mean log return, then annualised: a percentile interval respects
      // monotone transformations, and this saves an exp per resample.
      low[a * 4 + p] = Math.expm1(quantileSelect(stats, m, alpha) * ppy);
      high[a * 4 + p] = Math.expm1(quantileSelect(stats, m, 1 - alpha) * ppy);
    }
  }
}
