/**
 * The merge rule and the concept guard as functions: precision is what the file shows,
 * a value equal to the shipped one at that precision keeps the shipped value and its flag, and the
 * guard reads the words exports use for 环比 / 同比 / 累计 / 当月 / money levels.
 */
import { describe, expect, it } from "vitest";
import { findEntry } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import { monthIndex } from "@kitchin/core";
import { columnPrecision, decimalsShown, equalAt, mergeSeries } from "@kitchin/jobs/node";
import { conceptClash } from "@kitchin/jobs/node";

describe("precision shown by a file", () => {
  it("counts the decimals of text cells and of spreadsheet numbers; thousands separators are not decimals", () => {
    expect(
      ["8", "8.0", "7.96", 8, 8.25, "1,057,824.91", "908,055", "5,53", "3.2%", "1e-7", null].map(decimalsShown),
    ).toEqual([0, 1, 2, 0, 2, 2, 0, 2, 1, 6, 0]);
    expect(columnPrecision(["9.7", "10.1", "8", null])).toBe(1);
  });
});

describe("merge of one series", () => {
  const inv = loadSeries("cn.inventory_yoy");
  const m = monthIndex(2019, 3);
  const shipped = inv.values[m - inv.start];
  it("a value equal to the shipped one at the file's precision keeps the shipped value and its anomaly flag: nothing stored", () => {
    expect(inv.flags[m - inv.start]).not.toBe(0); // the 2019-03 anomaly flag (packages/datasets DATA.md)
    const r = mergeSeries(inv, null, new Map([[m, Number(shipped.toFixed(1))]]), 1);
    expect(r).toMatchObject({ added: [], revisions: [], keptShipped: 1, flagsAffected: [] });
    expect(r.months.size).toBe(0);
  });
  it("a different value is a revision and says which flag it drops; re-importing it changes nothing; the shipped value again removes it", () => {
    const v = shipped + 1;
    const r = mergeSeries(inv, null, new Map([[m, v]]), 2);
    expect(r.revisions).toEqual([{ month: "2019-03", old: shipped, new: v }]);
    expect(r.flagsAffected).toEqual([{ month: "2019-03", flags: ["anomaly"] }]);
    const again = mergeSeries(inv, r.months, new Map([[m, v]]), 2);
    expect(again.revisions).toEqual([]);
    expect(again.months).toEqual(r.months);
    const back = mergeSeries(inv, r.months, new Map([[m, shipped]]), 2);
    expect(back.revisions).toEqual([{ month: "2019-03", old: v, new: shipped }]);
    expect(back.months.size).toBe(0);
  });
  it("months after the shipped end are added", () => {
    const end = inv.start + inv.values.length - 1;
    const r = mergeSeries(inv, null, new Map([[end + 1, 5.5]]), 1);
    expect(r.added).toHaveLength(1);
    expect(r.months.get(end + 1)).toBe(5.5);
    expect(equalAt(5.46, 5.5, 1)).toBe(true);
  });
});

describe("concept guard", () => {
  const clash = (id: string, header: string, unit?: string) => {
    const c = conceptClash(findEntry(id), { header, unit });
    return c === null ? null : String(c);
  };
  it("refuses what the words say is another concept", () => {
    expect(clash("cn.ppi_yoy", "中国:PPI:煤炭开采和洗选业:环比")).toMatch(/says 环比/);
    expect(clash("us.cpi_yoy", "CPI MoM")).toMatch(/month-on-month/);
    expect(clash("cn.iva_yoy", "工业增加值:累计同比")).toMatch(/says 累计/);
    expect(clash("cn.revenue_yoy", "营业收入:当月同比")).toMatch(/says 当月/);
    expect(clash("cn.revenue_yoy", "营业收入_累计", "亿元")).toMatch(/level in money \(亿元\)/);
    expect(clash("us.inventory", "BUSINV", "%")).toMatch(/in %/);
    expect(clash("us.inventory", "Business inventories YoY")).toMatch(/同比/);
  });
  it("lets through what matches: NBS, Wind and FRED names of the shipped series", () => {
    for (const [id, h, u] of [
      ["cn.revenue_yoy", "营业收入累计增长(%)"],
      ["cn.inventory_yoy", "工业企业:产成品存货:累计同比"],
      ["cn.inventory_yoy", "产成品存货增减(%)"],
      ["cn.iva_yoy", "工业增加值同比增长(%)"],
      ["cn.iva_cum_yoy", "工业增加值累计增长(%)"],
      ["cn.ppi_yoy", "PPI:全部工业品:当月同比"],
      ["cn.cpi_yoy", "居民消费价格指数(上年同月=100)"],
      ["cn.m2_yoy", "货币和准货币(M2)供应量同比增长(%)"],
      ["us.inventory", "BUSINV"],
      ["us.tbill", "TB3MS", "% p.a."],
      ["cn.revenue_yoy", "规模以上工业企业营业收入_累计同比增速", "%"],
    ] as [string, string, string?][])
      expect(clash(id, h, u), `${id} ${h}`).toBeNull();
  });
});
