import { describe, expect, it } from "vitest";
import { parseMonth } from "@kitchin/core";
import { syncSection } from "@kitchin/jobs/node";
import { readFileSync } from "node:fs";
import { run, runJson, tmpFile, tmpPath } from "./helpers.ts";

function triangle(t: number, period: number, phase: number): number {
  const u = (((t - phase) % period) + period) % period;
  const h = period / 2;
  return u <= h ? (10 * u) / h : (10 * (period - u)) / h;
}

describe("kitchin sync", () => {
  // Economy b's inventory cycle lags a's by 4 months (period 40): over whole cycles a restocks
  // alone 4 months after each trough and destocks alone 4 months after each peak, so
  // in step = 1 − 8/40 = 0.8, co-restocking = co-destocking = 0.4, each divergent case 0.1.
  const lines = ["date,a_inv,a_dem,b_inv,b_dem"];
  for (let t = 0; t < 240; t++) {
    const m = 12 * 2000 + t;
    lines.push(
      [
        `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
        triangle(t, 40, 0),
        triangle(t, 40, -5),
        triangle(t, 40, 4),
        triangle(t, 40, -1),
      ].join(","),
    );
  }
  const file = tmpFile("sync.csv", lines.join("\n") + "\n");
  const sides = [
    "--file",
    file,
    "--a",
    "A",
    "--a-inventory",
    "a_inv",
    "--a-demand",
    "a_dem",
    "--b",
    "B",
    "--b-inventory",
    "b_inv",
    "--b-demand",
    "b_dem",
    "--min-amplitude",
    "0",
  ];

  it("hand-built cycles with a known 4-month lag: shares and concordance exactly", async () => {
    // a's troughs fall on months 0, 40, 80, … (2003-05 is month 40): compare four whole cycles.
    const j = await runJson("sync", ...sides, "--from", "2003-05", "--to", "2016-08"); // months 40..199 = 160 months
    expect(j.months).toBe(160);
    expect(j.inStep).toBeCloseTo(0.8, 12);
    expect(j.coRestock).toBeCloseTo(0.4, 12);
    expect(j.coDestock).toBeCloseTo(0.4, 12);
    expect(j.aRestockBDestock).toBeCloseTo(0.1, 12);
    expect(j.aDestockBRestock).toBeCloseTo(0.1, 12);
    expect(j.concordance).toBeCloseTo(0.8, 12);
    expect(j.counts).toEqual({ coRestock: 64, coDestock: 64, aRestockBDestock: 16, aDestockBRestock: 16, inStep: 128 });
    expect(j.phaseTable.phases).toEqual(["passive-destock", "active-restock", "passive-restock", "active-destock"]);
    const total = j.phaseTable.counts.flat().reduce((a: number, b: number) => a + b, 0);
    expect(total).toBe(j.phaseTable.months);
  });

  it("China–US on the shipped data over note 003's window", async () => {
    const j = await runJson("sync", "--a", "cn", "--b", "us", "--from", "2000-05", "--to", "2023-09");
    for (const k of [
      "months",
      "inStep",
      "coRestock",
      "coDestock",
      "aRestockBDestock",
      "aDestockBRestock",
      "concordance",
      "phaseTable",
    ])
      expect(j).toHaveProperty(k);
    expect(j.from).toBe("2000-05");
    expect(j.to).toBe("2023-09");
    expect(j.months).toBeLessThanOrEqual(281);
    expect(j.coRestock + j.coDestock + j.aRestockBDestock + j.aDestockBRestock).toBeCloseTo(1, 12);
    expect(j.concordance).toBeCloseTo(j.inStep, 12);
    expect(j.concordance).toBeGreaterThan(j.concordanceIfIndependent); // the cycles move together (note 003 第6则)
    expect(j.phaseTable.counts).toHaveLength(4);
  });

  it("as-of mode and the table format", async () => {
    const j = await runJson(
      "sync",
      "--a",
      "cn",
      "--b",
      "us",
      "--mode",
      "as-of",
      "--from",
      "2005-01",
      "--to",
      "2019-12",
    );
    expect(j.mode).toBe("as-of");
    const t = await run("sync", "--a", "cn", "--b", "us");
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/Harding–Pagan concordance 0\.\d{3}/);
    expect(t.out).toMatch(/co-restocking/);
  });

  it("bad input: no common months, unknown region, bad mode", async () => {
    const r = await run("sync", "--a", "cn", "--b", "us", "--from", "1950-01", "--to", "1950-12");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/share no months/);
    expect((await run("sync", "--a", "cn", "--b", "jp")).err).toMatch(/not a shipped region/);
    expect((await run("sync", "--a", "cn", "--b", "us", "--mode", "later")).err).toMatch(/--mode must be/);
    expect((await run("sync", "--a", "cn")).err).toMatch(/name both economies/);
  });
});

describe("report hook", () => {
  it("syncSection returns the same figures as kitchin sync --a cn --b us", async () => {
    const j = await runJson("sync", "--a", "cn", "--b", "us", "--from", "2000-05", "--to", "2023-09");
    const d = syncSection({ from: parseMonth("2000-05"), to: parseMonth("2023-09") });
    expect(d.months).toBe(j.months);
    expect(d.counts).toEqual(j.counts);
    expect(d.phaseTable.counts).toEqual(j.phaseTable.counts);
  });
});

describe("kitchin report carries the macro sections", () => {
  it("leading-indicator table and China–US synchronisation in the HTML", async () => {
    const out = tmpPath("macro-report.html");
    const r = await run("report", "--dataset", "us", "--out", out, "--permutations", "0", "--bootstrap", "0");
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    // the report names series, not ids (client words)
    const { clientSeriesName: seriesName } = await import("@kitchin/report");
    expect(html).toContain(`Leading indicators of ${seriesName("us.inventory_yoy", "en")} turns`);
    expect(html).toContain(`<td>${seriesName("us.sales_yoy", "en")}</td>`);
    expect(html).not.toMatch(/us\.inventory_yoy|us\.sales_yoy/);
    expect(html).toMatch(/China–US inventory cycles, \d{4}-\d\d\.\.\d{4}-\d\d \(ex-post\)/);
    expect(html).toMatch(/Harding–Pagan concordance/);
  }, 60000);
});
