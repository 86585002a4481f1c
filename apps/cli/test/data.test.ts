import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readUserTable } from "@kitchin/jobs/node";
import { run, runJson, tmpPath } from "./helpers.ts";

describe("kitchin data", () => {
  it("lists the catalog with the JSON contract", async () => {
    const j = await runJson("data", "list", "--dataset", "cn");
    const inv = j.series.find((s: any) => s.id === "cn.inventory_yoy");
    expect(inv).toMatchObject({
      nameZh: expect.any(String),
      unit: expect.any(String),
      lag: 1,
      start: expect.stringMatching(/^\d{4}-\d{2}$/),
    });
    expect(j.series.every((s: any) => s.id.startsWith("cn."))).toBe(true);
  });

  it("shows a series with flags", async () => {
    const j = await runJson("data", "show", "cn.inventory_yoy", "--from", "2019-02", "--to", "2019-04");
    expect(j.id).toBe("cn.inventory_yoy");
    expect(j.points).toEqual([
      { date: "2019-02", value: 6.2, flags: [] },
      { date: "2019-03", value: 0.3, flags: ["anomaly"] },
      { date: "2019-04", value: 4.9, flags: [] },
    ]);
  });

  it("exports CSV, JSON and a real XLSX workbook that reads back", async () => {
    const csv = await run("data", "export", "cn.ppi_yoy", "cn.m1_yoy", "--from", "2020-01", "--to", "2020-03");
    expect(csv.out.split("\n")[0]).toBe("date,cn.ppi_yoy,cn.m1_yoy");
    expect(csv.out.trim().split("\n")).toHaveLength(4);
    const out = tmpPath("export.xlsx");
    const x = await run("data", "export", "cn.inventory_yoy", "--from", "2019-01", "--to", "2019-12", "--out", out);
    expect(x.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const t = await readUserTable(out);
    expect(t.header).toEqual(["date", "cn.inventory_yoy"]);
    expect(t.rows).toHaveLength(12);
  });

  it("unknown series id and sub-command are clear errors with exit 2", async () => {
    const r = await run("data", "show", "cn.inventory");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown series id "cn.inventory"/);
    expect((await run("data", "frobnicate")).err).toMatch(/unknown data sub-command "frobnicate"/);
  });
});
