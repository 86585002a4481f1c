/**
 * NBS industrial enterprises' revenue and finished-goods inventory YoY, 1999-02…2026-05, from the
 * incoming batch (shared/data/incoming/PROVENANCE.md §1): a JSON copy of data.stats.gov.cn's
 * 工业企业主要经济指标 with 主营业务收入累计增长 to 2018-12 and 营业收入累计增长 from 2019 (the
 * uploader's splice, the same as ours). Checked at build against the Wind copies already shipped.
 */
import { calendarMonthOf, formatMonth, monthIndex } from "@kitchin/core";
import type { Monthly, Raw } from "./raw.ts";

export const NBS_REVENUE = "incoming/cn_ind_revenue_inventory_yoy_1999_2026_houseprice.json";

interface NbsRevenueFile {
  revenue_yoy: Record<string, unknown>;
  inventory_yoy: Record<string, unknown>;
}

/**
 * Months NBS publishes for the year-to-date industrial-enterprise figures: no January; Feb/May/Aug/Nov only in
 * 2007–2010.
 */
export function nbsPublishes(m: number): boolean {
  const mo = calendarMonthOf(m);
  if (mo === 1) return false;
  if (m >= monthIndex(2007, 3) && m <= monthIndex(2010, 12)) return mo === 2 || mo === 5 || mo === 8 || mo === 11;
  return true;
}

function column(obj: Record<string, unknown>, what: string): Monthly {
  const out: Monthly = new Map();
  for (const [k, v] of Object.entries(obj)) {
    const ok = /^\d{4}-\d{2}$/.test(k);
    const m = ok ? monthIndex(+k.slice(0, 4), +k.slice(5, 7)) : NaN;
    if (!ok || Number.isNaN(m)) throw new Error(`${NBS_REVENUE}: ${what} key "${k}" is not YYYY-MM`);
    if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${NBS_REVENUE}: ${what} ${k} is not a number`);
    if (!nbsPublishes(m)) throw new Error(`${NBS_REVENUE}: ${what} has a value at ${k}, a month NBS does not publish`);
    out.set(m, v);
  }
  return out;
}

/**
 * Both columns, with the publication pattern checked: every month from the first to the last
 * value that NBS publishes is present (no other gaps), and nothing else is.
 */
export function nbsRevenueFile(raw: Raw): { revenue: Monthly; inventory: Monthly } {
  const f = raw.json<NbsRevenueFile>(NBS_REVENUE);
  const revenue = column(f.revenue_yoy, "revenue_yoy");
  const inventory = column(f.inventory_yoy, "inventory_yoy");
  for (const [what, s] of [
    ["revenue_yoy", revenue],
    ["inventory_yoy", inventory],
  ] as const) {
    const ks = [...s.keys()];
    const lo = Math.min(...ks);
    const hi = Math.max(...ks);
    for (let m = lo; m <= hi; m++)
      if (nbsPublishes(m) && !s.has(m)) throw new Error(`${NBS_REVENUE}: ${what} misses ${formatMonth(m)}`);
  }
  return { revenue, inventory };
}
