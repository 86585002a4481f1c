/**
 * The one home of the datasets' derivations: how a derived series follows its sources (DATA.md
 * "Derived series"). The build scripts (`scripts/`) derive the shipped files with these functions
 * and `kitchin data import` re-derives the same series from a user's newer sources with the same
 * functions, so a derived month is the same number whichever way it was made. Browser-safe: no
 * Node APIs.
 *
 * YoY is the core's `yoyPercent` (a non-positive base gives a missing month); derived numbers are
 * rounded to 6 decimals (`round6`; published values are never rounded).
 */
import { yoyPercent } from "@kitchin/core";

/** Months (`monthIndex`) → values, the shape the build scripts work in. */
export type MonthMap = Map<number, number>;

/** A derived number rounded to 6 decimals (−0 → 0); NaN stays NaN. */
export function round6(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const r = Number(x.toFixed(6));
  return r === 0 ? 0 : r;
}

/** YoY (percent, 6 decimals) of a level against the level 12 months earlier; NaN unless the base is > 0. */
export function derivedYoy(level: number, yearAgo: number): number {
  return round6(yoyPercent(level, yearAgo));
}

/**
 * A sales level from an inventory level and the inventories/sales ratio (US BUSINVx / ISRATIOx,
 * DATA.md): NaN unless the ratio is > 0; 6 decimals.
 */
export function salesFromRatio(inventory: number, ratio: number): number {
  return ratio > 0 && ratio < Infinity && Number.isFinite(inventory) ? round6(inventory / ratio) : NaN;
}

/** `derivedYoy` over a month map; months without a usable base a year earlier are left out. */
export function yoyByMonth(m: MonthMap): MonthMap {
  const out: MonthMap = new Map();
  for (const [k, v] of m) {
    const y = derivedYoy(v, m.get(k - 12) ?? NaN);
    if (y === y) out.set(k, y);
  }
  return out;
}

/** `salesFromRatio` over the months of `inventory` that have a usable ratio. */
export function salesByMonth(inventory: MonthMap, ratio: MonthMap): MonthMap {
  const out: MonthMap = new Map();
  for (const [k, v] of inventory) {
    const s = salesFromRatio(v, ratio.get(k) ?? NaN);
    if (s === s) out.set(k, s);
  }
  return out;
}

/** Reads series `id` at month `m` (NaN where it has no value). */
export type SeriesAt = (id: string, m: number) => number;

/** A shipped series that follows others: its sources and its value at a month. */
export interface DerivedSeries {
  id: string;
  from: readonly string[];
  /** Whether a change at month m also changes month m + 12 (a YoY of one source). */
  yoyOf?: string;
  at(m: number, get: SeriesAt): number;
}

const yoyRule = (id: string, source: string): DerivedSeries => ({
  id,
  from: [source],
  yoyOf: source,
  at: (m, get) => derivedYoy(get(source, m), get(source, m - 12)),
});

/**
 * The shipped series derived from others, in the order they must be computed (a later one may read
 * an earlier one). China's demand is revenue wherever revenue is published; the US inventory and
 * sales growth and the sales level follow the inventory level and the inventories/sales ratio.
 */
export const DERIVED_SERIES: readonly DerivedSeries[] = [
  { id: "cn.demand_yoy", from: ["cn.revenue_yoy"], at: (m, get) => get("cn.revenue_yoy", m) },
  yoyRule("us.inventory_yoy", "us.inventory"),
  {
    id: "us.sales",
    from: ["us.inventory", "us.isratio"],
    at: (m, get) => salesFromRatio(get("us.inventory", m), get("us.isratio", m)),
  },
  yoyRule("us.sales_yoy", "us.sales"),
];
