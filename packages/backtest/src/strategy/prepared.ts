/**
 * Shared intermediate results of the rotation strategies, computed once per (timeline, lag) and
 * reused by every run and every sweep configuration: the phase known at each month-end, and the
 * note-004 scores of every asset estimated only from episodes that ended before that month-end.
 */
import type { Market } from "./types.ts";
import { codesOnAxis, type PhaseTimeline } from "../timeline/timeline.ts";
import { note004Score } from "../score/note004.ts";

export interface ScoreHistory {
  /** Phase known at each month-end (after the release lag). */
  readonly signal: Int8Array;
  /** Snapshots of scores per phase; `snapshotAt[t * 4 + p]` indexes `score`/`mean` (−1 = none yet). */
  readonly snapshotAt: Int32Array;
  /** Snapshot k occupies `[k * assets, (k + 1) * assets)`. */
  readonly score: Float64Array;
  readonly mean: Float64Array;
  /** Episodes ended before `t` per phase (`endedBefore[t * 4 + p]`). */
  readonly endedBefore: Int32Array;
}

export function prepared(market: Market, timeline: PhaseTimeline, lag: number): ScoreHistory {
  let byLag = market.memo.get(timeline) as Map<number, ScoreHistory> | undefined;
  if (!byLag) market.memo.set(timeline, (byLag = new Map()));
  let h = byLag.get(lag);
  if (!h)
    byLag.set(lag, (h = scoreHistory(market, codesOnAxis(timeline, market.panel.start, market.panel.months, lag))));
  return h;
}

/**
 * Walks the signal forward: when the phase changes at `t`, the episode that ended at `t − 1` is now
 * known, its returns (price before its start → price at its end) enter the asset's record for that
 * phase, and that phase's scores are recomputed (note 004: positives + all-positive bonus + beats
 * the cross-asset mean).
 */
export function scoreHistory(market: Market, signal: Int8Array): ScoreHistory {
  const { panel } = market;
  const n = panel.assets.length;
  const T = panel.months;
  const P = 4;
  const cnt = new Int32Array(n * P);
  const pos = new Int32Array(n * P);
  const sum = new Float64Array(n * P);
  const snapshotAt = new Int32Array(T * P).fill(-1);
  const endedBefore = new Int32Array(T * P);
  const scores: Float64Array[] = [];
  const means: Float64Array[] = [];
  const latest = new Int32Array(P).fill(-1);
  const ended = new Int32Array(P);
  let runStart = 0;
  for (let t = 0; t < T; t++) {
    if (t > 0 && signal[t] !== signal[t - 1]) {
      const c = signal[t - 1];
      const s = runStart - 1;
      const e = t - 1;
      if (c >= 0 && s >= 0) {
        ended[c]++;
        for (let a = 0; a < n; a++) {
          const r = panel.prices[a * T + e] / panel.prices[a * T + s] - 1;
          if (r !== r) continue;
          const i = a * P + c;
          cnt[i]++;
          sum[i] += r;
          if (r > 0) pos[i]++;
        }
        let cross = 0;
        let m = 0;
        for (let a = 0; a < n; a++) if (cnt[a * P + c]) (cross += sum[a * P + c] / cnt[a * P + c]), m++;
        cross = m ? cross / m : NaN;
        const sc = new Float64Array(n);
        const mn = new Float64Array(n);
        for (let a = 0; a < n; a++) {
          const i = a * P + c;
          const k = cnt[i];
          mn[a] = k ? sum[i] / k : NaN;
          sc[a] = k ? note004Score(pos[i], k, mn[a], cross) : NaN;
        }
        latest[c] = scores.length;
        scores.push(sc);
        means.push(mn);
      }
      runStart = t;
    }
    for (let p = 0; p < P; p++) {
      snapshotAt[t * P + p] = latest[p];
      endedBefore[t * P + p] = ended[p];
    }
  }
  const score = new Float64Array(scores.length * n);
  const mean = new Float64Array(scores.length * n);
  for (let k = 0; k < scores.length; k++) score.set(scores[k], k * n), mean.set(means[k], k * n);
  return { signal, snapshotAt, score, mean, endedBefore };
}
