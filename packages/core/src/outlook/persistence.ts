/**
 * How long the current phase tends to last, on two bases:
 *
 * - real-time: the episodes of the as-of timeline itself (the phase path a user would have seen
 *   month by month) — the basis the current run belongs to, so the call's headline uses it;
 * - hindsight: the episodes of the ex-post history (turns dated with later data).
 *
 * Only completed episodes count: the first run of a timeline is cut by the start of the data and the
 * last is still running (for the real-time basis it is the current run itself). `shareLonger` is the
 * share of those past episodes that lasted longer than the current run has so far — a rough chance
 * that the phase goes on; NaN without a past episode.
 */
import { episodes } from "../phases/episodes.ts";
import { median } from "../stats/quantile.ts";

export interface Persistence {
  episodes: number;
  medianMonths: number;
  shareLonger: number;
  /** Lengths of the completed past episodes of the phase, oldest first. */
  lengths: number[];
}

export function persistence(codes: ArrayLike<number>, code: number, monthsInPhase: number): Persistence {
  const lengths =
    code < 0
      ? []
      : episodes(codes)
          .slice(1, -1)
          .filter((e) => e.code === code)
          .map((e) => e.length);
  let longer = 0;
  for (const l of lengths) if (l > monthsInPhase) longer++;
  return {
    episodes: lengths.length,
    medianMonths: lengths.length ? median(lengths) : NaN,
    shareLonger: lengths.length ? longer / lengths.length : NaN,
    lengths,
  };
}

/** Months the last run of `codes` (up to and including `end`) has lasted. */
export function runLength(codes: ArrayLike<number>, end = codes.length - 1): number {
  if (end < 0) return 0;
  let k = end;
  while (k > 0 && codes[k - 1] === codes[end]) k--;
  return end - k + 1;
}
