import { monthIndex } from "@kitchin/core";
import { pricePanel, type PricePanel } from "../src/panel/panel.ts";
import type { PhaseTimeline } from "../src/timeline/timeline.ts";

export const JAN2011 = monthIndex(2011, 1);

/** Panel from rows of prices (NaN allowed before the first price). */
export function panelOf(rows: Record<string, number[]>, start = JAN2011): PricePanel {
  const assets = Object.keys(rows);
  const months = rows[assets[0]].length;
  const prices = new Float64Array(assets.length * months);
  assets.forEach((a, i) => prices.set(rows[a], i * months));
  return pricePanel(assets, start, months, prices);
}

export function timelineOf(codes: number[], start = JAN2011, exPost = false): PhaseTimeline {
  return { start, codes: Int8Array.from(codes), mode: exPost ? "ex-post" : "as-of" };
}

/** Prices from monthly returns, starting at 100. */
export function pricesFromReturns(r: number[]): number[] {
  const out = [100];
  for (const x of r) out.push(out[out.length - 1] * (1 + x));
  return out;
}
