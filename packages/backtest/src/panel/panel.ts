/**
 * Price panels (vectorbt style): one `Float64Array` of month-end prices, assets × months,
 * row-major (`prices[a * months + t]`). `NaN` before an asset's first price means "not yet in the
 * universe" — never a zero return. A gap after the first price is a missing price and an error,
 * because silently carrying a price forward would invent a zero return (methods.md §8–9).
 */
import { formatMonth, KitchinError, say, type ErrorPlace } from "@kitchin/core";

export interface PricePanel {
  /** Asset ids, one per row. */
  readonly assets: readonly string[];
  /** Month index (`12*year + month-1`) of column 0. */
  readonly start: number;
  /** Number of months (columns). */
  readonly months: number;
  /** Month-end prices, `assets.length × months`, row-major; `NaN` = no price. */
  readonly prices: Float64Array;
}

export interface PanelOptions {
  /** Where the prices came from, for error messages. */
  file?: string;
  /**
   * What to do with a missing price after an asset's first price and before its last:
   * `"error"` (default), `"carry"` (carry the last price forward, i.e. a zero return — only when
   * the user says the market was closed) or `"keep"` (leave it missing: the returns into and out of
   * the gap and every episode that needs that price have no data).
   */
  gaps?: "error" | "carry" | "keep";
}

/**
 * Checks and wraps a price panel. Throws `KitchinError` for zero or negative prices, for a missing
 * price inside an asset's history, for duplicate asset ids and for a shape mismatch.
 */
export function pricePanel(
  assets: readonly string[],
  start: number,
  months: number,
  prices: Float64Array,
  opts: PanelOptions = {},
): PricePanel {
  const place: ErrorPlace = opts.file ? { file: opts.file } : {};
  if (!Number.isInteger(start)) throw new KitchinError("bad-date", `panel start ${start} is not a month index`, place);
  if (assets.length === 0) throw new KitchinError("empty", "the price panel has no assets", place);
  if (months <= 0) throw new KitchinError("empty", "the price panel has no months", place);
  if (prices.length !== assets.length * months) {
    throw new KitchinError(
      "length-mismatch",
      `price panel holds ${prices.length} values, expected ${assets.length} assets × ${months} months = ${assets.length * months}`,
      place,
    );
  }
  const seen = new Set<string>();
  for (const id of assets) {
    if (seen.has(id)) throw new KitchinError("duplicate", say("panelAssetTwice", { id }), { ...place, column: id });
    seen.add(id);
  }
  const carry = opts.gaps === "carry";
  const keep = opts.gaps === "keep";
  for (let a = 0; a < assets.length; a++) {
    const o = a * months;
    let first = -1;
    let last = -1;
    for (let t = 0; t < months; t++) {
      const p = prices[o + t];
      if (p !== p) continue;
      if (!(p > 0) || p === Infinity) {
        throw new KitchinError(
          "not-numeric",
          say("panelPriceNotPositive", { id: assets[a], month: formatMonth(start + t), price: p }),
          { ...place, column: assets[a] },
        );
      }
      if (first < 0) first = t;
      last = t;
    }
    for (let t = first + 1; first >= 0 && !keep && t < last; t++) {
      if (prices[o + t] === prices[o + t]) continue;
      if (carry) prices[o + t] = prices[o + t - 1];
      else {
        throw new KitchinError(
          "gap",
          say("panelPriceGap", {
            id: assets[a],
            month: formatMonth(start + t),
            first: formatMonth(start + first),
            last: formatMonth(start + last),
          }),
          { ...place, column: assets[a] },
        );
      }
    }
  }
  return { assets, start, months, prices };
}

/** Row index of an asset; throws `not-found` naming the known assets when it is not in the panel. */
export function assetIndex(panel: { assets: readonly string[] }, id: string): number {
  const i = panel.assets.indexOf(id);
  if (i < 0) {
    throw new KitchinError(
      "not-found",
      say("panelUnknownAsset", { id, known: panel.assets.slice(0, 12), more: panel.assets.length > 12 }),
    );
  }
  return i;
}

/** The sub-panel for months [from, to] (month indices, inclusive), clipped to the panel. */
export function slicePanel(panel: PricePanel, from: number, to: number): PricePanel {
  const s = Math.max(from, panel.start);
  const e = Math.min(to, panel.start + panel.months - 1);
  if (e < s) {
    throw new KitchinError(
      "no-overlap",
      say("panelNoOverlap", {
        from: formatMonth(from),
        to: formatMonth(to),
        start: formatMonth(panel.start),
        end: formatMonth(panel.start + panel.months - 1),
      }),
    );
  }
  const m = e - s + 1;
  if (s === panel.start && m === panel.months) return panel; // the whole panel: no copy (panels are read-only)
  const out = new Float64Array(panel.assets.length * m);
  for (let a = 0; a < panel.assets.length; a++) {
    out.set(
      panel.prices.subarray(a * panel.months + (s - panel.start), a * panel.months + (s - panel.start) + m),
      a * m,
    );
  }
  return { assets: panel.assets, start: s, months: m, prices: out };
}
