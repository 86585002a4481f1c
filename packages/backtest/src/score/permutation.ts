/**
 * Permutation p-value that says whether a phase matters at all (methods.md §8). Null hypothesis:
 * the phase labels are unrelated to returns. Each permutation shuffles the order of the runs of the
 * phase timeline (every episode keeps its length and label) and lays them out again over the same
 * months; the statistic is the distance between the asset's mean monthly log return in the phase and
 * its mean over all months. p = (1 + #{|perm| ≥ |observed|}) / (1 + permutations) (Phipson & Smyth
 * 2010). Layouts are drawn once and shared by all assets; the seed makes p-values reproducible.
 *
 * Work shared by every asset is done once: for each layout and phase, the runs' cells in
 * a table of run differences are listed contiguously (in the original run order, the order the
 * sums have always been taken in, so p-values are bit-identical to the asset-by-asset kernel); per
 * asset, the table holds `sum[start + length] − sum[start]` for each distinct run length and start
 * (one read per term instead of two and a subtraction); for assets with a return in every month
 * the month counts are computed once per layout. `from`/`to` restrict the work to a range of
 * assets, so that worker threads can share a panel (node/parallelScore.ts).
 */
import type { PanelSlice } from "./logPrefix.ts";
import { rng, shuffle } from "../stats/rng.ts";

export function permutationPValues(slice: PanelSlice, nPerm: number, seed: number, out: Float64Array): void {
  const { logs, T, runs, from, to } = slice;
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
  // (`byPhase[p]`). A run's term in a sum is `sum[start + length] − sum[start]` of the asset's
  // prefix sums; runs share a handful of lengths, so per asset (or group of four) a table of those
  // differences, `diff[L·(T+1) + start]` for each distinct length L, is built once (a few thousand
  // subtractions instead of two reads and one subtraction per term of every layout). For phase p
  // and layout b, `cells[base[p] + b·m_p ..]` holds each run's table cell (in original run order:
  // the sums are taken in the order they always were, with the same differences, so p-values are
  // bit-identical); `fullCount[4b+p]` is the phase's months with a return for an asset that has
  // one in every month (month 0 has none).
  const byPhase: number[][] = [[], [], [], []];
  for (let k = 0; k < K; k++) if (runs[k].code >= 0) byPhase[runs[k].code].push(k);
  const lengths: number[] = [];
  const lengthOf = new Int32Array(K);
  for (let k = 0; k < K; k++) {
    if (runs[k].code < 0) continue;
    let li = lengths.indexOf(runs[k].length);
    if (li < 0) li = lengths.push(runs[k].length) - 1;
    lengthOf[k] = li;
  }
  const base = new Int32Array(5);
  for (let p = 0; p < 4; p++) base[p + 1] = base[p] + nPerm * byPhase[p].length;
  const cells = new Int32Array(base[4]);
  const fullCount = new Int32Array(nPerm * 4);
  for (let p = 0; p < 4; p++) {
    let w = base[p];
    for (let b = 0; b < nPerm; b++) {
      let c = 0;
      for (const k of byPhase[p]) {
        const st = starts[b * K + k];
        const len = runs[k].length;
        cells[w++] = lengthOf[k] * (T + 1) + st;
        c += st === 0 ? len - 1 : len;
      }
      fullCount[b * 4 + p] = c;
    }
  }
  const sum = logs.sum;
  const count = logs.count;
  const lay: Layouts = { nPerm, base, width: Int32Array.from(byPhase, (l) => l.length), cells, fullCount };
  const cellsPerAsset = lengths.length * (T + 1);
  const diff4 = new Float64Array(4 * cellsPerAsset);
  const diff1 = new Float64Array(cellsPerAsset);
  const count1 = new Int32Array(cellsPerAsset);
  const count4 = new Int32Array(4 * cellsPerAsset);
  // Per asset: the mean over all months and the observed distance per phase.
  const allMean = new Float64Array(to - from);
  const obs = new Float64Array((to - from) * 4).fill(NaN);
  const fourFull: number[] = []; // assets with a return in every month, in groups of four
  const fourPartial: number[] = []; // the others (listed late, delisted, with holes), in groups of four
  const single: number[] = []; // what is left over, one at a time
  for (let a = from; a < to; a++) {
    const o = a * (T + 1);
    const allC = count[o + T];
    if (allC === 0) continue;
    const mean = sum[o + T] / allC;
    allMean[a - from] = mean;
    for (let p = 0; p < 4; p++) {
      let s = 0;
      let c = 0;
      for (const k of byPhase[p]) {
        const st = runs[k].start;
        const e = st + runs[k].length;
        s += sum[o + e] - sum[o + st];
        c += count[o + e] - count[o + st];
      }
      obs[(a - from) * 4 + p] = c > 0 ? Math.abs(s / c - mean) - 1e-12 : NaN;
    }
    // An asset with a return in every month of the window: counts are the run lengths.
    if (allC === T - 1 && count[o + 1] === 0) fourFull.push(a);
    else fourPartial.push(a);
  }
  while (fourFull.length % 4) single.push(fourFull.pop()!);
  while (fourPartial.length % 4) single.push(fourPartial.pop()!);
  // The hot loops live in small functions called once per group or asset, so that the engine
  // optimises each with the feedback of earlier calls (one long function was deoptimised several
  // times on its first run, each time it reached code it had not run yet).
  const extreme = new Int32Array((to - from) * 4);
  const offsets = new Int32Array(4);
  const means = new Float64Array(4);
  const obs4 = new Float64Array(16);
  const ex4 = new Int32Array(16);
  for (const [group, full] of [
    [fourFull, true],
    [fourPartial, false],
  ] as const) {
    for (let g = 0; g < group.length; g += 4) {
      for (let i = 0; i < 4; i++) {
        const r = group[g + i] - from;
        offsets[i] = (r + from) * (T + 1);
        means[i] = allMean[r];
        for (let p = 0; p < 4; p++) obs4[i * 4 + p] = obs[r * 4 + p];
        fillDiffs(sum, offsets[i], T, lengths, diff4, 4, i);
        if (!full) fillCounts(count, offsets[i], T, lengths, count4, 4, i);
      }
      for (let p = 0; p < 4; p++) {
        if (full) extremeFour(lay, p, diff4, means, obs4, ex4);
        else extremeFourCounted(lay, p, diff4, count4, means, obs4, ex4);
      }
      for (let i = 0; i < 4; i++) for (let p = 0; p < 4; p++) extreme[(group[g + i] - from) * 4 + p] = ex4[i * 4 + p];
    }
  }
  for (const a of single) {
    const r = a - from;
    fillDiffs(sum, a * (T + 1), T, lengths, diff1, 1, 0);
    fillCounts(count, a * (T + 1), T, lengths, count1, 1, 0);
    for (let p = 0; p < 4; p++) extreme[r * 4 + p] = extremeOne(lay, p, diff1, count1, allMean[r], obs[r * 4 + p]);
  }
  for (let r = 0; r < to - from; r++) {
    for (let p = 0; p < 4; p++)
      if (obs[r * 4 + p] === obs[r * 4 + p]) out[(r + from) * 4 + p] = (1 + extreme[r * 4 + p]) / (1 + nPerm);
  }
}

/** The permuted layouts: for phase p and layout b, the runs' table cells at `cells[base[p] + b * width[p] ..]`. */
interface Layouts {
  nPerm: number;
  base: Int32Array;
  /** The number of runs of each phase (the same in every layout). */
  width: Int32Array;
  /** `L·(T+1) + start` of each run: L is the index of its length in the distinct lengths. */
  cells: Int32Array;
  /** Months of phase p with a return in layout b (`4b + p`), for an asset with one in every month. */
  fullCount: Int32Array;
}

/**
 * The table of run differences of one asset: for each distinct length L (index `li`) and start
 * month `st` with `st + L ≤ T`, `sum[o + st + L] − sum[o + st]` at `out[(li·(T+1) + st)·stride + lane]`
 * — the very subtraction the sums have always used, so each term is the same double.
 */
function fillDiffs(
  sum: Float64Array,
  o: number,
  T: number,
  lengths: readonly number[],
  out: Float64Array,
  stride: number,
  lane: number,
): void {
  for (let li = 0; li < lengths.length; li++) {
    const L = lengths[li];
    let w = li * (T + 1) * stride + lane;
    for (let st = 0; st + L <= T; st++, w += stride) out[w] = sum[o + st + L] - sum[o + st];
  }
}

/** The same table for the asset's months with a return. */
function fillCounts(
  count: Int32Array,
  o: number,
  T: number,
  lengths: readonly number[],
  out: Int32Array,
  stride: number,
  lane: number,
): void {
  for (let li = 0; li < lengths.length; li++) {
    const L = lengths[li];
    let w = li * (T + 1) * stride + lane;
    for (let st = 0; st + L <= T; st++, w += stride) out[w] = count[o + st + L] - count[o + st];
  }
}

/**
 * Four full-history assets side by side over every layout of phase `p`: each run's cell is read
 * once for four sums (the four tables are interleaved, `diff[4·cell + i]`), and four independent
 * sums keep the floating-point adder busy; each is still its own asset's sum in run order. Counts
 * of `|perm| ≥ |observed|` go to `ex[4i + p]`.
 */
function extremeFour(
  lay: Layouts,
  p: number,
  diff: Float64Array,
  mean: Float64Array,
  obs: Float64Array,
  ex: Int32Array,
): void {
  const { nPerm, cells, fullCount } = lay;
  const w = lay.width[p];
  const start = lay.base[p];
  const m0 = mean[0];
  const m1 = mean[1];
  const m2 = mean[2];
  const m3 = mean[3];
  const ob0 = obs[p];
  const ob1 = obs[4 + p];
  const ob2 = obs[8 + p];
  const ob3 = obs[12 + p];
  // Counts go straight into `ex` inside the loop: the loop is the function's last code, because
  // the engine optimises a running loop on the fly and would throw that code away at every exit
  // if code after it had never run.
  ex[p] = 0;
  ex[4 + p] = 0;
  ex[8 + p] = 0;
  ex[12 + p] = 0;
  for (let b = 0; b < nPerm; b++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = start + b * w, e = i + w; i < e; i++) {
      const x = cells[i] << 2;
      s0 += diff[x];
      s1 += diff[x + 1];
      s2 += diff[x + 2];
      s3 += diff[x + 3];
    }
    const c = fullCount[b * 4 + p];
    if (c > 0) {
      if (Math.abs(s0 / c - m0) >= ob0) ex[p]++;
      if (Math.abs(s1 / c - m1) >= ob1) ex[4 + p]++;
      if (Math.abs(s2 / c - m2) >= ob2) ex[8 + p]++;
      if (Math.abs(s3 / c - m3) >= ob3) ex[12 + p]++;
    }
  }
}

/** `extremeFour` for four assets with months missing: their counts too come from their tables. */
function extremeFourCounted(
  lay: Layouts,
  p: number,
  diff: Float64Array,
  count: Int32Array,
  mean: Float64Array,
  obs: Float64Array,
  ex: Int32Array,
): void {
  const { nPerm, cells } = lay;
  const w = lay.width[p];
  const start = lay.base[p];
  const m0 = mean[0];
  const m1 = mean[1];
  const m2 = mean[2];
  const m3 = mean[3];
  const ob0 = obs[p];
  const ob1 = obs[4 + p];
  const ob2 = obs[8 + p];
  const ob3 = obs[12 + p];
  ex[p] = 0;
  ex[4 + p] = 0;
  ex[8 + p] = 0;
  ex[12 + p] = 0;
  for (let b = 0; b < nPerm; b++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let c0 = 0;
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    for (let i = start + b * w, e = i + w; i < e; i++) {
      const x = cells[i] << 2;
      s0 += diff[x];
      s1 += diff[x + 1];
      s2 += diff[x + 2];
      s3 += diff[x + 3];
      c0 += count[x];
      c1 += count[x + 1];
      c2 += count[x + 2];
      c3 += count[x + 3];
    }
    if (c0 > 0 && Math.abs(s0 / c0 - m0) >= ob0) ex[p]++;
    if (c1 > 0 && Math.abs(s1 / c1 - m1) >= ob1) ex[4 + p]++;
    if (c2 > 0 && Math.abs(s2 / c2 - m2) >= ob2) ex[8 + p]++;
    if (c3 > 0 && Math.abs(s3 / c3 - m3) >= ob3) ex[12 + p]++;
  }
}

/** One asset (listed late, delisted, with holes …; counts per asset from its own table), two layouts side by side. */
function extremeOne(lay: Layouts, p: number, diff: Float64Array, count: Int32Array, mean: number, ob: number): number {
  const { nPerm, cells } = lay;
  const w = lay.width[p];
  const start = lay.base[p];
  let ex = 0;
  let b = 0;
  // An odd layout first, so that the loop below is the function's last code (the engine optimises
  // a running loop on the fly, and code after it that has never run would be thrown away).
  if (nPerm % 2) {
    let s = 0;
    let c = 0;
    for (let i = start, e = i + w; i < e; i++) {
      const x = cells[i];
      s += diff[x];
      c += count[x];
    }
    if (c > 0 && Math.abs(s / c - mean) >= ob) ex++;
    b = 1;
  }
  for (; b < nPerm; b += 2) {
    let s0 = 0;
    let s1 = 0;
    let c0 = 0;
    let c1 = 0;
    for (let i = start + b * w, e = i + w; i < e; i++) {
      const x0 = cells[i];
      const x1 = cells[i + w];
      s0 += diff[x0];
      c0 += count[x0];
      s1 += diff[x1];
      c1 += count[x1];
    }
    if (c0 > 0 && Math.abs(s0 / c0 - mean) >= ob) ex++;
    if (c1 > 0 && Math.abs(s1 / c1 - mean) >= ob) ex++;
  }
  return ex;
}
