/**
 * Month-end prices from dated observations (daily or weekly prices, long tables): for each asset and
 * calendar month the last observation of the month is kept. A plain loop over a map keyed by asset
 * and month — no DataFrame, no per-row sorting beyond the caller's order.
 */
export interface Observation {
  asset: string;
  month: number;
  /** Order of the observation in time (row order after sorting by date). */
  order: number;
  price: number;
}

export function lastPerMonth<T extends Observation>(obs: readonly T[]): T[] {
  const last = new Map<string, Map<number, T>>();
  for (const o of obs) {
    let byMonth = last.get(o.asset);
    if (!byMonth) last.set(o.asset, (byMonth = new Map()));
    const prev = byMonth.get(o.month);
    if (!prev || o.order > prev.order) byMonth.set(o.month, o);
  }
  const out: T[] = [];
  for (const byMonth of last.values()) for (const o of byMonth.values()) out.push(o);
  return out;
}
