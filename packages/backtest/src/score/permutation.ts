/**
 * Permutation p-value that says whether a phase matters at all (methods.md §8). Null hypothesis:
 * the phase labels are unrelated to returns. Each permutation shuffles the order of the runs of the
 * phase timeline (every episode keeps its length and label) and lays them out again over the same
 * months; the statistic is the distance between the asset's mean monthly log return in the phase and
 * its mean over all months. p = (1 + #{|perm| ≥ |observed|}) / (1 + permutations) (Phipson & Smyth
 * 2010). Layouts are drawn once and shared by all assets; the seed makes p-values reproducible.
 *
 * Work shared by every asset is done once (issue 13): for each layout and phase, the month bounds of
 * the phase's runs are listed contiguously (in the original run order, the order the sums have
 * always been taken in, so p-values are bit-identical to the asset-by-asset kernel), and for assets
 * with a return in every month the month counts are computed once per layout. `from`/`to` restrict
 * the work to a range of assets, so that worker threads can share a panel (node/parallelScore.ts).
 */
import type { Episode } from "@kitchin/core";
import type { LogPrefix } from "./phaseScores.ts";
import { rng, shuffle } from "../stats/rng.ts";

export function permutationPValues(
  logs: LogPrefix,
  n: number,
  T: number,
  runs: readonly Episode[],
  nPerm: number,
  seed: number,
  out: Float64Array,
  from = 0,
  to = n,
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
  // Only runs of a known phase contribute. Every layout has the same number of runs of phase p
  // (`byPhase[p]`), so for phase p and layout b, `bounds[base[p] + b * 2 * m_p ..]` holds the
  // (start, end) months of its runs, in original run order; `fullCount[4b+p]` is the phase's months
  // with a return for an asset that has one in every month (month 0 has none).
  const byPhase: number[][] = [[], [], [], []];
  for (let k = 0; k < K; k++) if (runs[k].code >= 0) byPhase[runs[k].code].push(k);
  const base = new Int32Array(5);
  for (let p = 0; p < 4; p++) base[p + 1] = base[p] + nPerm * 2 * byPhase[p].length;
  const bounds = new Int32Array(base[4]);
  const fullCount = new Int32Array(nPerm * 4);
  for (let p = 0; p < 4; p++) {
    let w = base[p];
    for (let b = 0; b < nPerm; b++) {
      let c = 0;
      for (const k of byPhase[p]) {
        const st = starts[b * K + k];
        const len = runs[k].length;
        bounds[w++] = st;
        bounds[w++] = st + len;
        c += st === 0 ? len - 1 : len;
      }
      fullCount[b * 4 + p] = c;
    }
  }
  const sum = logs.sum;
  const count = logs.count;
  const obs = new Float64Array(4);
  const extreme = new Int32Array(4);
  for (let a = from; a < to; a++) {
    const o = a * (T + 1);
    const allC = count[o + T];
    if (allC === 0) continue;
    const allMean = sum[o + T] / allC;
    // An asset with a return in every month of the window: counts are the run lengths.
    const full = allC === T - 1 && count[o + 1] === 0;
    for (let p = 0; p < 4; p++) {
      let s = 0;
      let c = 0;
      for (const k of byPhase[p]) {
        const st = runs[k].start;
        const e = st + runs[k].length;
        s += sum[o + e] - sum[o + st];
        c += count[o + e] - count[o + st];
      }
      obs[p] = c > 0 ? Math.abs(s / c - allMean) - 1e-12 : NaN;
    }
    extreme.fill(0);
    for (let p = 0; p < 4; p++) {
      const w = 2 * byPhase[p].length;
      const ob = obs[p];
      let ex = 0;
      let b = 0;
      if (full) {
        // Four layouts side by side: four independent sums keep the floating-point adder busy, and
        // each is still taken in its own run order.
        for (; b + 4 <= nPerm; b += 4) {
          let s0 = 0;
          let s1 = 0;
          let s2 = 0;
          let s3 = 0;
          for (let i = base[p] + b * w, e = i + w; i < e; i += 2) {
            s0 += sum[o + bounds[i + 1]] - sum[o + bounds[i]];
            s1 += sum[o + bounds[i + w + 1]] - sum[o + bounds[i + w]];
            s2 += sum[o + bounds[i + 2 * w + 1]] - sum[o + bounds[i + 2 * w]];
            s3 += sum[o + bounds[i + 3 * w + 1]] - sum[o + bounds[i + 3 * w]];
          }
          const q = b * 4 + p;
          if (fullCount[q] > 0 && Math.abs(s0 / fullCount[q] - allMean) >= ob) ex++;
          if (fullCount[q + 4] > 0 && Math.abs(s1 / fullCount[q + 4] - allMean) >= ob) ex++;
          if (fullCount[q + 8] > 0 && Math.abs(s2 / fullCount[q + 8] - allMean) >= ob) ex++;
          if (fullCount[q + 12] > 0 && Math.abs(s3 / fullCount[q + 12] - allMean) >= ob) ex++;
        }
        for (; b < nPerm; b++) {
          let s = 0;
          for (let i = base[p] + b * w, e = i + w; i < e; i += 2) s += sum[o + bounds[i + 1]] - sum[o + bounds[i]];
          const c = fullCount[b * 4 + p];
          if (c > 0 && Math.abs(s / c - allMean) >= ob) ex++;
        }
      } else {
        for (; b + 2 <= nPerm; b += 2) {
          let s0 = 0;
          let s1 = 0;
          let c0 = 0;
          let c1 = 0;
          for (let i = base[p] + b * w, e = i + w; i < e; i += 2) {
            const st0 = o + bounds[i];
            const en0 = o + bounds[i + 1];
            const st1 = o + bounds[i + w];
            const en1 = o + bounds[i + w + 1];
            s0 += sum[en0] - sum[st0];
            c0 += count[en0] - count[st0];
            s1 += sum[en1] - sum[st1];
            c1 += count[en1] - count[st1];
          }
          if (c0 > 0 && Math.abs(s0 / c0 - allMean) >= ob) ex++;
          if (c1 > 0 && Math.abs(s1 / c1 - allMean) >= ob) ex++;
        }
        for (; b < nPerm; b++) {
          let s = 0;
          let c = 0;
          for (let i = base[p] + b * w, e = i + w; i < e; i += 2) {
            const st = o + bounds[i];
            const en = o + bounds[i + 1];
            s += sum[en] - sum[st];
            c += count[en] - count[st];
          }
          if (c > 0 && Math.abs(s / c - allMean) >= ob) ex++;
        }
      }
      extreme[p] = ex;
    }
    for (let p = 0; p < 4; p++) if (obs[p] === obs[p]) out[a * 4 + p] = (1 + extreme[p]) / (1 + nPerm);
  }
}
