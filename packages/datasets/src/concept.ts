/**
 * What a series measures, so that an import can refuse a column that measures something
 * else (a month-on-month PPI offered as the YoY PPI, a single-month growth rate as a year-to-date
 * one, a level in 亿元 as a growth rate in %). Derived at build time from each series' kind, unit
 * and name, and written into the catalog.
 *
 * - `change`: `yoy` (growth over the same month a year earlier), `mom` (over the previous month) or
 *   `none` (a level, index, price, rate or ratio);
 * - `span`: `month` (a flow or rate of the month itself, 当月), `cumulative` (year to date, 累计) or
 *   `point` (a stock or reading at a point in time, where 当月/累计 make no difference);
 * - `unit`: the catalog's unit.
 */
import type { SeriesConcept, SeriesKind } from "./types.ts";

/** Stocks measured at the end of the month: inventories, money, outstanding financing. */
const STOCK = /存货|库存|M1|M2|存量|inventory|businv/i;

export function conceptOf(meta: { id: string; kind: SeriesKind; unit: string; nameZh: string }): SeriesConcept {
  const stock = STOCK.test(meta.nameZh) || STOCK.test(meta.id);
  switch (meta.kind) {
    case "yoy":
      return { change: "yoy", span: stock ? "point" : "month", unit: meta.unit };
    case "cumulative_yoy":
      return { change: "yoy", span: "cumulative", unit: meta.unit };
    case "level":
      return { change: "none", span: stock ? "point" : "month", unit: meta.unit };
    default:
      return { change: "none", span: "point", unit: meta.unit };
  }
}

/**
 * Publisher ids a single-series download carries as its column name (FRED's `BOPTIMP`, Wind's
 * `M0000561`): the ids in brackets in the catalog's source line, for series taken as published.
 * FRED-MD's `x` suffix (BUSINVx) names the same series as FRED's plain id.
 */
export function sourceIdsOf(meta: { source: string; derivation: string }): string[] {
  if (!/^As published/i.test(meta.derivation)) return [];
  const ids = new Set<string>();
  for (const m of meta.source.matchAll(/\(([^()]*)\)/g)) {
    for (const tok of m[1].split(/[\s,;]+/)) {
      const t = tok.replace(/[.:]+$/, "");
      if (/^(M\d{7}|[A-Z][A-Z0-9]{3,}x?)$/.test(t) && !/^(SA|NSA|BOP|MTIS|FRED|CPI|PPI|NBS|PBOC|GACC|CFLP)$/.test(t))
        ids.add(t.replace(/x$/, ""));
    }
  }
  return [...ids];
}
