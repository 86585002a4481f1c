/**
 * Price panels from monthly series (the shipped data, or any `{start, values}` series): each series
 * placed on the union of their months. Gaps stay missing — a month without a price is never an
 * invented zero return — and are counted for a note.
 */
import { say, type Series, type Note } from "@kitchin/core";
import { pricePanel, type PricePanel } from "./panel.ts";

export interface AlignedPanel {
  panel: PricePanel;
  /** One note per asset with missing months inside its history. */
  notes: Note[];
}

export function alignedPanel(ids: readonly string[], series: readonly Series[]): AlignedPanel {
  let start = Infinity,
    end = -Infinity;
  for (const s of series) {
    if (s.start < start) start = s.start;
    if (s.start + s.values.length - 1 > end) end = s.start + s.values.length - 1;
  }
  const T = end - start + 1;
  const prices = new Float64Array(ids.length * T).fill(NaN);
  const notes: Note[] = [];
  series.forEach((s, a) => {
    let last = -1;
    for (let i = s.values.length - 1; i >= 0 && last < 0; i--) if (Number.isFinite(s.values[i])) last = i;
    let gaps = 0;
    let seen = false;
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i];
      prices[a * T + s.start - start + i] = v;
      if (Number.isFinite(v)) seen = true;
      else if (seen && i < last) gaps++;
    }
    if (gaps) notes.push(say("priceGaps", { id: ids[a], n: gaps }));
  });
  return { panel: pricePanel(ids, start, T, prices, { gaps: "keep" }), notes };
}

/** Monthly returns of a total-return index on a panel's axis (`NaN` where the index has no pair of months). */
export function indexReturns(index: Series, start: number, months: number): Float64Array {
  const out = new Float64Array(months).fill(NaN);
  for (let t = 1; t < months; t++) {
    const i = start + t - index.start;
    if (i >= 1 && i < index.values.length) out[t] = index.values[i] / index.values[i - 1] - 1;
  }
  return out;
}

/**
 * Monthly cash returns of a yield in % p.a. on a panel's axis: month t earns the yield at t − 1 over 12
 * (the rate is known when the month starts; the datasets build compounds its cash indices by the same rule).
 */
export function yieldReturns(y: Series, start: number, months: number): Float64Array {
  const out = new Float64Array(months).fill(NaN);
  for (let t = 1; t < months; t++) {
    const i = start + t - 1 - y.start;
    if (i >= 0 && i < y.values.length) out[t] = y.values[i] / 1200;
  }
  return out;
}
