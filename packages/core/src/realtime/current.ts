/**
 * Where we are now: the current as-of phase, how many months it has lasted, and how long
 * past episodes of the same phase lasted (ex-post history, complete episodes only: the
 * first and last runs are cut by the data and left out). `shareLonger` is the share of those
 * past episodes that lasted longer than the current one has so far — a rough chance that
 * the phase goes on.
 */
import { episodes } from "../phases/episodes.ts";
import type { PhaseTimeline } from "../phases/timeline.ts";
import { median } from "../stats/quantile.ts";
import { persistence, type Persistence } from "../outlook/persistence.ts";

export interface WhereNow {
  /** As-of month of the reading. */
  month: number;
  code: number;
  monthsInPhase: number;
  pastEpisodes: number;
  medianLength: number;
  shareLonger: number;
  /**
   * The same on the real-time basis: completed episodes of the as-of timeline itself,
   * the basis the current run belongs to; the call's headline uses it.
   */
  realTime: Persistence;
}

export function whereNow(asOf: PhaseTimeline, history: PhaseTimeline): WhereNow | null {
  const n = asOf.codes.length;
  if (n === 0) return null;
  const code = asOf.codes[n - 1];
  let k = n - 1;
  while (k > 0 && asOf.codes[k - 1] === code) k--;
  const monthsInPhase = n - k;
  const past = episodes(history.codes)
    .slice(1, -1)
    .filter((e) => e.code === code && code >= 0);
  const lengths = past.map((e) => e.length);
  return {
    month: asOf.start + n - 1,
    code,
    monthsInPhase,
    pastEpisodes: past.length,
    medianLength: median(lengths),
    shareLonger: lengths.length ? lengths.filter((l) => l > monthsInPhase).length / lengths.length : NaN,
    realTime: persistence(asOf.codes, code, monthsInPhase),
  };
}
