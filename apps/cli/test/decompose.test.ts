import { describe, expect, it } from "vitest";
import { run, runJson, tmpFile } from "./helpers.ts";

describe("kitchin decompose", () => {
  // By hand: inventory 10, value added 6, PPI 3, sales 8 → ratio 100·(1.10/1.08 − 1) = 1.85185…,
  // residual 10 − (6 + 3 + 1.85185) = −0.85185; real inventory exact 100·(1.10/1.03 − 1), difference 7.
  const file = tmpFile("dec.csv", "date,inv,va,ppi,sales\n2020-01,10,6,3,8\n2020-02,5,5,-2,6\n2020-03,,1,1,1\n");

  it("residual and real inventory on a hand-built file", async () => {
    const j = await runJson(
      "decompose",
      "--file",
      file,
      "--inventory",
      "inv",
      "--value-added",
      "va",
      "--price",
      "ppi",
      "--demand",
      "sales",
    );
    expect(j.rows).toHaveLength(2); // March has no inventory
    const r = j.rows[0];
    expect(r.month).toBe("2020-01");
    expect(r.ratio).toBeCloseTo(100 * (1.1 / 1.08 - 1), 10);
    expect(r.residual).toBeCloseTo(10 - 6 - 3 - 100 * (1.1 / 1.08 - 1), 10);
    expect(r.explained + r.residual).toBeCloseTo(10, 12);
    expect(r.realExact).toBeCloseTo(100 * (1.1 / 1.03 - 1), 10);
    expect(r.realDifference).toBeCloseTo(7, 12);
    const log = await runJson(
      "decompose",
      "--file",
      file,
      "--inventory",
      "inv",
      "--value-added",
      "va",
      "--price",
      "ppi",
      "--demand",
      "sales",
      "--form",
      "log",
    );
    expect(log.rows[0].inventory).toBeCloseTo(100 * Math.log(1.1), 10);
  });

  it("China and US defaults on the shipped data", async () => {
    const cn = await runJson("decompose", "--dataset", "cn");
    expect(cn.series).toMatchObject({
      inventory: "cn.inventory_yoy",
      valueAdded: "cn.iva_cum_yoy",
      price: "cn.ppi_yoy",
      sales: "cn.revenue_yoy",
    });
    expect(cn.summary.months).toBeGreaterThan(150);
    for (const r of cn.rows.slice(0, 20)) expect(r.inventory - r.explained).toBeCloseTo(r.residual, 9);
    expect(cn.summary.corr.explained).toBeGreaterThan(0.5);
    const us = await runJson("decompose", "--dataset", "us", "--from", "2000-01", "--to", "2019-12");
    expect(us.summary).toMatchObject({ months: 240, from: "2000-01", to: "2019-12" });
    const t = await run("decompose", "--dataset", "us", "--last", "3");
    expect(t.out.split("\n").filter((l) => /^\d{4}-\d\d /.test(l))).toHaveLength(3);
  });

  it("bad input", async () => {
    expect(
      (await run("decompose", "--dataset", "cn", "--ratio", "cn.ppi_yoy", "--demand", "cn.revenue_yoy")).err,
    ).toMatch(/either --ratio or --demand/);
    expect((await run("decompose", "--inventory", "cn.inventory_yoy")).err).toMatch(/name the series/);
    const r = await run(
      "decompose",
      "--file",
      file,
      "--inventory",
      "inv",
      "--value-added",
      "va",
      "--price",
      "nope",
      "--demand",
      "sales",
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"nope" is neither a column/);
    const far = tmpFile("far.csv", "date,x\n1950-01,1\n1950-02,2\n");
    const n = await run(
      "decompose",
      "--file",
      far,
      "--inventory",
      "x",
      "--value-added",
      "cn.iva_cum_yoy",
      "--price",
      "cn.ppi_yoy",
      "--demand",
      "cn.revenue_yoy",
    );
    expect(n.code).toBe(2);
    expect(n.err).toMatch(/share no/);
  });
});
