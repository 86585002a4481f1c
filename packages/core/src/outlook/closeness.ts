/**
 * How close the as-of phase is to changing at each month: the nearer of the two inputs to its
 * reversal threshold (realtime/reversal.ts `reversalMargins`), as a bucket for the odds model
 * (odds.ts). Month a of the as-of timeline sees demand observation a − demand lag and inventory
 * observation a − inventory lag, as the timeline does, so the key at a uses only what was known at a.
 *
 * Buckets: 0 a run against the state has begun (one print more may switch it), 1 within half a
 * `reversal` of the threshold, 2 within one, 3 within two, 4 further, 5 a state still unknown.
 */
import { reversalMargins, type ReversalOptions } from "../realtime/reversal.ts";
import type { Series } from "../series/series.ts";

export const CLOSENESS_BUCKETS = 6;

function bucket(margin: number, run: number): number {
  if (!Number.isFinite(margin)) return 5;
  if (run > 0 || margin <= 0) return 0;
  return margin < 0.5 ? 1 : margin < 1 ? 2 : margin < 2 ? 3 : 4;
}

export function closenessKeys(
  start: number,
  months: number,
  inputs: readonly { series: Series; releaseLag: number }[],
  reversal?: Partial<ReversalOptions>,
): Int32Array {
  const keys = new Int32Array(months).fill(0);
  const per = inputs.map(({ series, releaseLag }) => ({
    series,
    lag: releaseLag,
    ...reversalMargins(series.values, reversal),
  }));
  for (let k = 0; k < months; k++) {
    let key = 5;
    let nearest = Infinity;
    for (const x of per) {
      const j = start + k - x.lag - x.series.start;
      const b = j >= 0 && j < x.margin.length ? bucket(x.margin[j], x.run[j]) : 5;
      if (b < nearest) nearest = b;
    }
    key = Math.min(key, nearest);
    keys[k] = key;
  }
  return keys;
}
