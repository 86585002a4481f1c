/**
 * The resampling kernels as they were before the shared-work restructuring (permutation p-values and bootstrap
 * intervals, asset by asset), kept only as the reference the restructured kernels must match bit
 * for bit (test/resampling.test.ts). Not used by the package.
 */
import type { Episode } from "@kitchin/core";
import type { LogPrefix } from "../../src/score/phaseScores.ts";
import { rng, shuffle } from "../../src/stats/rng.ts";
import { quantileSelect } from "../../src/stats/describe.ts";

export function permutationPValuesReference(
  logs: LogPrefix,
  n: number,
  T: number,
  runs: readonly Episode[],
  nPerm: number,
  seed: number,
  out: Float64Array,
): void {
  const K = runs.length;
  if (K < 2) return;
  const rand = rng(seed);
  // Layout b: for every run k in its shuffled position, its new start month.
  const starts = new Int32Array(nPerm * K);
  const order = new Int32Array(K);
  for (let b = 0; b < nPerm; b++) {
    for (let k = 0; k < K; k++) order[k] = k;
    shuffle(order, rand);
    let pos = runs[0].start;
    for (let j = 0; j < K; j++) {
      const k = order[j];
      starts[b * K + k] = pos;
      pos += runs[k].length;
    }
  }
  // Only runs of a known phase contribute; list them once.
  let nk = 0;
  for (let k = 0; k < K; k++) if (runs[k].code >= 0) nk++;
  const idx = new Int32Array(nk);
  const len = new Int32Array(nk);
  const code = new Int8Array(nk);
  for (let k = 0, j = 0; k < K; k++)
    if (runs[k].code >= 0) (idx[j] = k), (len[j] = runs[k].length), (code[j++] = runs[k].code);
  const pStarts = new Int32Array(nPerm * nk);
  for (let b = 0; b < nPerm; b++) for (let j = 0; j < nk; j++) pStarts[b * nk + j] = starts[b * K + idx[j]];
  const s = new Float64Array(4);
  const c = new Float64Array(4);
  const obs = new Float64Array(4);
  const extreme = new Int32Array(4);
  for (let a = 0; a < n; a++) {
    const o = a * (T + 1);
    const allC = logs.count[o + T];
    if (allC === 0) continue;
    const allMean = logs.sum[o + T] / allC;
    // An asset with a return in every month of the window: counts are the run lengths.
    const full = allC === T - 1 && logs.count[o + 1] === 0;
    s.fill(0);
    c.fill(0);
    for (let j = 0; j < nk; j++) {
      const st = runs[idx[j]].start;
      s[code[j]] += logs.sum[o + st + len[j]] - logs.sum[o + st];
      c[code[j]] += logs.count[o + st + len[j]] - logs.count[o + st];
    }
    for (let p = 0; p < 4; p++) obs[p] = c[p] > 0 ? Math.abs(s[p] / c[p] - allMean) - 1e-12 : NaN;
    extreme.fill(0);
    for (let b = 0; b < nPerm; b++) {
      s.fill(0);
      c.fill(0);
      const base = b * nk;
      if (full) {
        for (let j = 0; j < nk; j++) {
          const st = pStarts[base + j];
          const e = st + len[j];
          s[code[j]] += logs.sum[o + e] - logs.sum[o + st];
          // month 0 has no return: a run laid out over it has one fewer month
          c[code[j]] += st === 0 ? len[j] - 1 : len[j];
        }
      } else {
        for (let j = 0; j < nk; j++) {
          const st = pStarts[base + j];
          s[code[j]] += logs.sum[o + st + len[j]] - logs.sum[o + st];
          c[code[j]] += logs.count[o + st + len[j]] - logs.count[o + st];
        }
      }
      for (let p = 0; p < 4; p++) if (c[p] > 0 && Math.abs(s[p] / c[p] - allMean) >= obs[p]) extreme[p]++;
    }
    for (let p = 0; p < 4; p++) if (obs[p] === obs[p]) out[a * 4 + p] = (1 + extreme[p]) / (1 + nPerm);
  }
}

export function bootstrapPhaseCiReference(
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
        for (let j = b * k, e = j + k; j < e; j++) (s += es[draws[j]]), (c += ec[draws[j]]);
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
