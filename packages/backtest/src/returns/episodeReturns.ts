/**
 * Episode returns (note 004, methods.md §8): an asset's return over an episode runs from its price
 * at the month-end *before* the episode starts to its price at the episode's last month-end. An
 * asset without both prices has no data for that episode (`NaN`).
 */
import type { PricePanel } from "../panel/panel.ts";
import type { Episode } from "@kitchin/core";

/** `assets × episodes` matrix (row-major) of episode returns; episode indices are panel columns. */
export function episodeReturns(panel: PricePanel, eps: readonly Episode[]): Float64Array {
  const n = panel.assets.length;
  const k = eps.length;
  const out = new Float64Array(n * k);
  const { prices, months } = panel;
  for (let a = 0; a < n; a++) {
    const o = a * months;
    for (let e = 0; e < k; e++) {
      const s = eps[e].start - 1;
      out[a * k + e] = s >= 0 ? prices[o + eps[e].end] / prices[o + s] - 1 : NaN;
    }
  }
  return out;
}
