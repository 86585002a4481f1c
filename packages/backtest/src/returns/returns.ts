/**
 * Simple monthly returns from month-end prices: `r[a,t] = p[a,t] / p[a,t-1] − 1`. The first month
 * of the panel and every month before an asset's first price are `NaN` (out of the universe),
 * never 0.
 */
import type { PricePanel } from "../panel/panel.ts";

export function monthlyReturns(panel: PricePanel): Float64Array {
  const { prices, months } = panel;
  const n = panel.assets.length;
  const out = new Float64Array(n * months);
  for (let a = 0; a < n; a++) {
    const o = a * months;
    out[o] = NaN;
    for (let t = 1; t < months; t++) out[o + t] = prices[o + t] / prices[o + t - 1] - 1; // NaN propagates
  }
  return out;
}
