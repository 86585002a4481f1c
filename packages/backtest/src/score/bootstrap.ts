/**
 * Bootstrap confidence interval (Efron 1979, percentile method) of an asset's annualised mean return
 * in a phase. The resampling unit is the *episode* of the phase (all its runs in the window,
 * drawn with replacement), not the month: months inside an episode are not independent, and with
 * two or three episodes the interval is honestly wide; with fewer than two episodes with data there is
 * no interval (`NaN`). Draws are shared across assets and seeded.
 *
 * Work shared by every asset is done once: the resampled month counts of an asset with a
 * return in every month are summed once per resample, such assets are resampled four at a time
 * (each draw read once for four sums), and both percentiles come from one bracketed pass over the
 * resampled means (`quantilePair`). Each sum is taken in the same order as before, so intervals are
 * bit-identical. `from`/`to` restrict the work to a range of assets (worker threads,
 * node/parallelScore.ts).
 */
import type { PanelSlice } from "./logPrefix.ts";
import { rng } from "../stats/rng.ts";
import { quantilePair } from "../stats/describe.ts";

export function bootstrapPhaseCi(
  slice: PanelSlice,
  B: number,
  confidence: number,
  ppy: number,
  seed: number,
  low: Float64Array,
  high: Float64Array,
): void {
  const { logs, T, runs, from, to } = slice;
  const rand = rng(seed);
  const alpha = (1 - confidence) / 2;
  const stats = new Float64Array(B);
  const stats4 = new Float64Array(4 * B);
  const lanes = [0, 1, 2, 3].map((i) => stats4.subarray(i * B, (i + 1) * B));
  const q = new Float64Array(2);
  const sum = logs.sum;
  const count = logs.count;
  /** The interval of cell `at` (asset × 4 + phase) from the `m` resampled means in `x`. */
  const interval = (x: Float64Array, m: number, at: number) => {
    if (m === 0) return;
    // Percentiles of the mean log return, then annualised: a percentile interval respects
    // monotone transformations, and this saves an exp per resample.
    quantilePair(x, m, alpha, 1 - alpha, q);
    low[at] = Math.expm1(q[0] * ppy);
    high[at] = Math.expm1(q[1] * ppy);
  };
  for (let p = 0; p < 4; p++) {
    const eps = runs.filter((e) => e.code === p);
    const k = eps.length;
    if (k === 0) continue;
    const draws = new Int32Array(B * k);
    for (let i = 0; i < draws.length; i++) draws[i] = Math.floor(rand() * k);
    // Months with a return in each resample, for an asset with one in every month (month 0 has none).
    const fullEc = new Int32Array(k);
    for (let j = 0; j < k; j++) fullEc[j] = eps[j].end - eps[j].start + 1 - (eps[j].start === 0 ? 1 : 0);
    const fullC = new Int32Array(B);
    const es4 = new Float64Array(4 * k);
    for (let b = 0; b < B; b++) {
      let c = 0;
      for (let j = b * k, e = j + k; j < e; j++) c += fullEc[draws[j]];
      fullC[b] = c;
    }
    const es = new Float64Array(k);
    const ec = new Int32Array(k);
    // Full-history assets go four at a time (their episode sums interleaved, `es4[4j + i]`), each
    // draw read once for four sums; the others, and the last few full ones, one at a time.
    const group = new Int32Array(4);
    let g = 0;
    for (let a = from; a < to; a++) {
      const o = a * (T + 1);
      let withData = 0;
      for (let j = 0; j < k; j++) {
        es[j] = sum[o + eps[j].end + 1] - sum[o + eps[j].start];
        ec[j] = count[o + eps[j].end + 1] - count[o + eps[j].start];
        if (ec[j] > 0) withData++;
      }
      if (withData < 2) continue; // one episode cannot show its own variability: no interval
      const full = count[o + T] === T - 1 && count[o + 1] === 0;
      if (full) {
        for (let j = 0; j < k; j++) es4[4 * j + g] = es[j];
        group[g++] = a;
        if (g < 4) continue;
        g = 0;
        const m = resampleFour(es4, draws, k, B, fullC, stats4);
        for (let i = 0; i < 4; i++) interval(lanes[i], m, group[i] * 4 + p);
        continue;
      }
      // The loops live in small functions called once per asset and phase, so that the engine
      // optimises them with the feedback of earlier calls.
      interval(stats, resamplePartial(es, ec, draws, k, B, stats), a * 4 + p);
    }
    for (let i = 0; i < g; i++) {
      for (let j = 0; j < k; j++) es[j] = es4[4 * j + i];
      interval(stats, resampleFull(es, draws, k, B, fullC, stats), group[i] * 4 + p);
    }
  }
}

/**
 * Mean log return of each resample for an asset with a return in every month (the counts are
 * `fullC`): four resamples side by side — four independent sums keep the floating-point adder busy
 * (one sum alone waits on each add), and each is still taken in its own draw order.
 */
function resampleFull(
  es: Float64Array,
  draws: Int32Array,
  k: number,
  B: number,
  fullC: Int32Array,
  stats: Float64Array,
): number {
  let m = 0;
  // The B mod 4 odd resamples first, so that the loop below is the function's last code (the
  // engine optimises a running loop on the fly; code after it that has never run would be thrown
  // away). Their order in `stats` does not matter: only order statistics are read.
  let b = B - (B % 4);
  for (let r = b; r < B; r++) {
    let s = 0;
    for (let j = r * k, e = j + k; j < e; j++) s += es[draws[j]];
    if (fullC[r] > 0) stats[m++] = s / fullC[r];
  }
  for (b = 0; b + 4 <= B; b += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = b * k, e = j + k; j < e; j++) {
      s0 += es[draws[j]];
      s1 += es[draws[j + k]];
      s2 += es[draws[j + 2 * k]];
      s3 += es[draws[j + 3 * k]];
    }
    if (fullC[b] > 0) stats[m++] = s0 / fullC[b];
    if (fullC[b + 1] > 0) stats[m++] = s1 / fullC[b + 1];
    if (fullC[b + 2] > 0) stats[m++] = s2 / fullC[b + 2];
    if (fullC[b + 3] > 0) stats[m++] = s3 / fullC[b + 3];
  }
  return m;
}

/**
 * `resampleFull` for four assets side by side (episode sums interleaved, `es4[4j + i]`): each draw
 * is read once for four sums, each still taken in its own draw order. Resample means of asset i go
 * to `stats[i·B ..]`; all four keep the same resamples (the counts are shared), so one count.
 */
function resampleFour(
  es4: Float64Array,
  draws: Int32Array,
  k: number,
  B: number,
  fullC: Int32Array,
  stats: Float64Array,
): number {
  let m = 0;
  for (let b = 0; b < B; b++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = b * k, e = j + k; j < e; j++) {
      const x = draws[j] << 2;
      s0 += es4[x];
      s1 += es4[x + 1];
      s2 += es4[x + 2];
      s3 += es4[x + 3];
    }
    const c = fullC[b];
    if (c > 0) {
      stats[m] = s0 / c;
      stats[B + m] = s1 / c;
      stats[2 * B + m] = s2 / c;
      stats[3 * B + m] = s3 / c;
      m++;
    }
  }
  return m;
}

/** The same for an asset with months missing: counts per resample (`ec`), two resamples side by side. */
function resamplePartial(
  es: Float64Array,
  ec: Int32Array,
  draws: Int32Array,
  k: number,
  B: number,
  stats: Float64Array,
): number {
  let m = 0;
  let b = 0;
  if (B % 2) {
    // The odd resample first (see resampleFull).
    const r = B - 1;
    let s = 0;
    let c = 0;
    for (let j = r * k, e = j + k; j < e; j++) (s += es[draws[j]]), (c += ec[draws[j]]);
    if (c > 0) stats[m++] = s / c;
  }
  for (; b + 2 <= B; b += 2) {
    let s0 = 0;
    let s1 = 0;
    let c0 = 0;
    let c1 = 0;
    for (let j = b * k, e = j + k; j < e; j++) {
      const d0 = draws[j];
      const d1 = draws[j + k];
      s0 += es[d0];
      c0 += ec[d0];
      s1 += es[d1];
      c1 += ec[d1];
    }
    if (c0 > 0) stats[m++] = s0 / c0;
    if (c1 > 0) stats[m++] = s1 / c1;
  }
  return m;
}
