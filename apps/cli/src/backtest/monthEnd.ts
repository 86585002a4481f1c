/**
 * Month-end prices from dated observations with danfojs-node (loaded lazily: importing it costs
 * about a second, so only files that need reshaping — long tables and daily or weekly prices —
 * pay for it). For each asset and calendar month the last observation of the month is kept.
 */
export interface Observation {
  asset: string;
  month: number;
  /** Order of the observation in time (row order after sorting by date). */
  order: number;
  price: number;
}

export async function lastPerMonth(obs: readonly Observation[]): Promise<Observation[]> {
  if (obs.length === 0) return [];
  const dfd = await import("danfojs-node");
  const df = new dfd.DataFrame({
    asset: obs.map((o) => o.asset),
    month: obs.map((o) => o.month),
    order: obs.map((o) => o.order),
  });
  const last = df.groupby(["asset", "month"]).col(["order"]).max();
  const json = dfd.toJSON(last, { format: "row" }) as unknown as { order_max: number[] };
  const byOrder = new Map<number, Observation>();
  for (const o of obs) byOrder.set(o.order, o);
  return json.order_max.map((k) => byOrder.get(k)!);
}
