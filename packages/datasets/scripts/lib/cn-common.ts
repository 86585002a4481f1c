/**
 * Raw file names and caveat texts shared by the China macro recipes (shared/data/cn/PROVENANCE.md).
 */
import { calendarMonthOf, monthIndex } from "@kitchin/core";
import type { Monthly, Raw } from "./raw.ts";

export const INVDATA = "cn/cn_finished_goods_inventory_yoy_ppi_1997_2026_invdata.csv";
export const M1M2 = "cn/cn_m1_m2_yoy_1997_2026_invdata.csv";
export const PROFIT = "cn/cn_industrial_profit_ytd_2015_2026_invdata.csv";
export const KRYSTAL = "cn/cn_macro_wind_workbook_1990_2022_krystal.xlsx";
export const NUODE = "cn/cn_ind_revenue_finished_inventory_yoy_2000_2019_nuode.xlsx";
export const DASH = "cn/cn_macro_series_data_2016_2026_tsvetoslavtsachev.json";
export const ak = (n: string) => `cn/nbs_akshare_monthly/${n}.csv`;

export const isJan = (m: number) => calendarMonthOf(m) === 1;
export const NBS_CUM =
  "NBS publishes year-to-date (累计) figures with January and February combined: January is blank; the February value covers Jan–Feb.";
export const QUARTERLY_GAP =
  "2007-03…2010-12: NBS/Wind values exist only for Feb, May, Aug and Nov; the other months are blank (not interpolated).";
export const SCOPE =
  "'规模以上' (above-designated-size) threshold raised from RMB 5 mn to 20 mn revenue in 2011; YoY figures are NBS comparable-basis rates, not computed from published levels.";

/** The nuode workbook: revenue and inventory columns (January = copy of February; 2007–2010 back-filled). */
export async function nuodeColumns(raw: Raw): Promise<{ revenue: Monthly; inventory: Monthly }> {
  const wb = await raw.workbook(NUODE);
  const ws = wb.getWorksheet("库存周期");
  if (!ws) throw new Error(`${NUODE}: no sheet 库存周期`);
  const revenue: Monthly = new Map();
  const inventory: Monthly = new Map();
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const v = row.values as unknown[];
    const d = v[1];
    if (!(d instanceof Date)) throw new Error(`${NUODE} row ${r}: no date`);
    const m = monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
    if (typeof v[2] === "number") revenue.set(m, v[2]);
    if (typeof v[3] === "number") inventory.set(m, v[3]);
  });
  return { revenue, inventory };
}
