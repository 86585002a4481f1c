import { describe, expect, it } from "vitest";
import { parseMonthLoose } from "@kitchin/core";
import { existsSync, readFileSync } from "node:fs";
import { fixture, run, runJson, tmpPath } from "./helpers.ts";

// note 003
const PUBLISHED_TROUGHS = ["2000-05", "2002-10", "2006-05", "2009-08", "2013-08", "2016-06", "2019-11", "2023-07"];

describe("kitchin cycles", () => {
  it("finds every note-003 trough of China's inventory YoY within two months, with no extra trough between them", async () => {
    const j = await runJson("cycles", "--dataset", "cn");
    const troughs = [j.cycles[0].startTrough, ...j.cycles.map((c: any) => c.endTrough)];
    const inside = troughs.filter((t: string) => t >= "2000-03" && t <= "2023-09");
    expect(inside).toHaveLength(PUBLISHED_TROUGHS.length);
    inside.forEach((t: string, k: number) =>
      expect(Math.abs(parseMonthLoose(t) - parseMonthLoose(PUBLISHED_TROUGHS[k]))).toBeLessThanOrEqual(2),
    );
  });

  it("keeps the JSON contract", async () => {
    const j = await runJson("cycles", "--dataset", "cn");
    for (const c of j.cycles) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          "startTrough",
          "peak",
          "endTrough",
          "months",
          "restockMonths",
          "destockMonths",
          "activeRestockMonths",
          "passiveRestockMonths",
          "activeDestockMonths",
          "passiveDestockMonths",
        ]),
      );
      expect(c.months).toBe(c.restockMonths + c.destockMonths);
      expect(c.activeRestockMonths + c.passiveRestockMonths).toBeLessThanOrEqual(c.restockMonths);
      expect(c.startTrough < c.peak && c.peak < c.endTrough).toBe(true);
    }
    expect(j.current).toHaveProperty("phase");
    expect(j.current).toHaveProperty("monthsInPhase");
    expect(j.current.mode).toBe("as-of");
    expect(j.params).toMatchObject({
      method: "bbq",
      preset: "inventory",
      inventory: "cn.inventory_yoy",
      revenue: "cn.demand_yoy",
      inventoryLag: 1,
    });
  });

  it("dates the US cycle of note 000: 2020-07 → 2022-06 → 2024-01, 42 months = 23 restocking + 19 destocking", async () => {
    const j = await runJson("cycles", "--dataset", "us");
    const c = j.cycles.find((x: any) => x.startTrough === "2020-07");
    expect(c).toMatchObject({
      peak: "2022-06",
      endTrough: "2024-01",
      months: 42,
      restockMonths: 23,
      destockMonths: 19,
    });
  });

  it("reads a Wind export with Chinese headers, metadata rows and a footer as is", async () => {
    const j = await runJson(
      "cycles",
      "--file",
      fixture("wind_export_cn_2000_2019.csv"),
      "--inventory",
      "工业企业:产成品存货:累计同比",
      "--demand",
      "工业企业:营业收入:累计同比",
      "--lag",
      "1",
    );
    // 2000-05 lies within the 6-month censor of the file's start (2000-01), so cycles begin at 2002-10
    expect(j.cycles[0].startTrough).toBe("2002-10");
    expect(j.cycles.map((c: any) => c.endTrough)).toEqual(["2006-05", "2009-08", "2013-08", "2016-06"]);
    // the Wind indicator id works as a column name too
    const byId = await runJson("turns", "--file", fixture("wind_export_cn_2000_2019.csv"), "--column", "M0000561");
    expect(byId.turns.length).toBeGreaterThan(5);
  });

  it("the main job: cycle table, current phase, scores, rotation backtest and the report", async () => {
    const report = tmpPath("overview-report.html");
    const en = await run("overview", "--report", report);
    expect(en.code, en.err).toBe(0);
    expect(en.out).toMatch(/start trough\s+peak\s+end trough/);
    expect(en.out).toMatch(/Now \(as of \d{4}-\d{2}\): /);
    expect(en.out).toMatch(/Rotation backtest/);
    expect(en.out).toMatch(/equal-weight/);
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, "utf8")).toMatch(/<svg/);
  });

  it("prints labels in Chinese; --no-report keeps to the cycle table", async () => {
    const zh = await run("overview", "--lang", "zh", "--no-report");
    expect(zh.out).not.toMatch(/Rotation backtest/);
    expect(zh.out).toMatch(/当前（|当前 \(/);
    expect(zh.out).toMatch(/起点低点/);
  });
});
