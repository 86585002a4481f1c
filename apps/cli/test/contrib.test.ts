/**
 * `kitchin contrib`: hand-built files whose contributions are known exactly, the JSON
 * contract, the window rules, NBS year-to-date input, the shipped Census sectors and note 001's
 * inventory figure, and bad input (exit 2, one line).
 */
import { describe, expect, it } from "vitest";
import { run, runJson, tmpFile } from "./helpers.ts";

const months = (n: number, y0 = 2020) =>
  Array.from({ length: n }, (_, i) => `${y0 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
/** 24 months: A 120 → 150, B 80 → 70, other 50 → 60; total = A + B + other, sum = A + B. */
const panel = months(24).map((d, i) => {
  const y2 = i >= 12;
  const a = y2 ? 150 : 120,
    b = y2 ? 70 : 80,
    o = y2 ? 60 : 50;
  return `${d},${a + b + o},${a + b},${a},${i === 16 ? "" : b}`;
});
const file = tmpFile("contrib.csv", "date,total,sum,A,B\n" + panel.join("\n") + "\n");

async function bad(args: string[], pattern: RegExp) {
  const r = await run(...args);
  expect(r.code, r.err).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(pattern);
}

describe("kitchin contrib", () => {
  it("components that add up: +15 pp and −5 pp of a 10 % rise, residual 0 — the JSON contract", async () => {
    const j = await runJson("contrib", "--file", file, "--total", "sum", "--components", "A,B", "--to", "2021-04");
    expect(j.rows).toHaveLength(4); // 2021-01…04: the first year has no base
    expect(j.rows[0]).toEqual({
      date: "2021-01",
      totalYoy: 10,
      contributions: { A: 15, B: -5 },
      residual: 0,
      shares: { A: (100 * 150) / 220, B: (100 * 70) / 220 },
    });
    expect(Object.keys(j.window).slice(0, 6)).toEqual([
      "from",
      "to",
      "totalYoy",
      "contributions",
      "residual",
      "shares",
    ]);
    expect(j.window).toMatchObject({
      from: "2020-05",
      to: "2021-04",
      months: 4,
      contributions: { A: expect.closeTo(15, 12), B: expect.closeTo(-5, 12) },
    });
    expect(j.window.residual).toBeCloseTo(0, 12);
  });

  it("components that do not add up: the residual is the left-out part; a missing month blanks that component and the residual", async () => {
    const j = await runJson(
      "contrib",
      "--file",
      file,
      "--total",
      "total",
      "--components",
      "A",
      "--components",
      "B",
      "--from",
      "2021-01",
      "--to",
      "2021-12",
    );
    // total 250 → 280: +12 %; A +12 pp, B −4 pp, other +4 pp
    expect(j.rows[0]).toMatchObject({ totalYoy: 12, contributions: { A: 12, B: -4 }, residual: 4 });
    expect(j.rows[4]).toMatchObject({
      date: "2021-05",
      totalYoy: 12,
      contributions: { A: 12, B: null },
      residual: null,
    });
    // window = --from…--to, May left out on every side
    expect(j.window).toMatchObject({ from: "2021-01", to: "2021-12", months: 11, skipped: ["2021-05"] });
    expect(j.window.residual).toBeCloseTo(4, 12);
    expect(j.notes.join("\n")).toMatch(/window 2021-01…2021-12: 2021-05 left out/);
  });

  it("--window N is the last N months shown; --aggregate end reads the window's last month", async () => {
    const j = await runJson("contrib", "--file", file, "--total", "sum", "--components", "A,B", "--window", "3");
    expect(j.window).toMatchObject({ from: "2021-10", to: "2021-12", months: 3 });
    const e = await runJson(
      "contrib",
      "--file",
      file,
      "--total",
      "sum",
      "--components",
      "A,B",
      "--window",
      "3",
      "--aggregate",
      "end",
    );
    expect(e.window.totalYoy).toBe(10);
  });

  it("csv and table formats", async () => {
    const csv = await run(
      "contrib",
      "--file",
      file,
      "--total",
      "sum",
      "--components",
      "A,B",
      "--to",
      "2021-02",
      "--format",
      "csv",
      "--shares",
    );
    expect(csv.out.split("\n")[0]).toBe("date,totalYoy,A,B,residual,share:A,share:B");
    expect(csv.out.split("\n")[1]).toMatch(/^2021-01,10,15,-5,0,68\.18/);
    const t = await run("contrib", "--file", file, "--total", "sum", "--components", "A,B", "--last", "2");
    expect(t.code).toBe(0);
    expect(t.out).toMatch(
      /window 2021-01…2021-12 \(sum, 11 months\): total YoY 10\.00 %, A 15\.00 pp, B -5\.00 pp, residual 0\.00 pp/,
    );
    // notes on stderr, stdout stays the result
    expect(t.err).toMatch(/^note: window 2021-01…2021-12: 2021-05 left out/m);
    const zh = await run(
      "contrib",
      "--file",
      file,
      "--total",
      "sum",
      "--components",
      "A,B",
      "--last",
      "2",
      "--lang",
      "zh",
    );
    expect(zh.out).toMatch(/月份 +总量同比 +A +B +残差/);
  });

  it("NBS year-to-date values (Jan–Feb merged): the same contributions as the monthly levels", async () => {
    // Monthly values: A 10 → 12, B 20 → 19 every month; year 2 publishes no January.
    const rows = months(24).map((d, i) => {
      const k = (i % 12) + 1,
        y2 = i >= 12;
      const a = (y2 ? 12 : 10) * k,
        b = (y2 ? 19 : 20) * k;
      if (y2 && k === 1) return `${d},,,,,,`;
      const ga = y2 ? 20 : "",
        gb = y2 ? -5 : "",
        gt = y2 ? 100 * (31 / 30 - 1) : "";
      return `${d},${a + b},${a},${b},${gt},${ga},${gb}`;
    });
    const ytd = tmpFile("ytd.csv", "date,T,A,B,gT,gA,gB\n" + rows.join("\n") + "\n");
    const j = await runJson(
      "contrib",
      "--file",
      ytd,
      "--total",
      "T",
      "--components",
      "A,B",
      "--cumulative",
      "--from",
      "2021-02",
      "--to",
      "2021-12",
    );
    expect(j.basis).toBe("cumulative");
    expect(j.rows[0].date).toBe("2021-02"); // Jan+Feb
    expect(j.rows[0].totalYoy).toBeCloseTo(100 * (31 / 30 - 1), 10);
    expect(j.rows[0].contributions.A).toBeCloseTo((100 * 2) / 30, 10);
    expect(j.rows[0].contributions.B).toBeCloseTo(-100 / 30, 10);
    expect(j.window.residual).toBeCloseTo(0, 10);
    const g = await runJson(
      "contrib",
      "--file",
      ytd,
      "--total",
      "T",
      "--components",
      "A,B",
      "--cumulative",
      "--cumulative-yoy",
      "gT,gA,gB",
      "--from",
      "2021-02",
      "--to",
      "2021-12",
    );
    expect(g.basis).toBe("cumulative-yoy");
    expect(g.window.totalYoy).toBeCloseTo(j.window.totalYoy, 10);
    expect(g.window.contributions.A).toBeCloseTo(j.window.contributions.A, 10);
  });

  it("--dataset us: Census sectors add up to total business inventories (residual 0) and the contributions sum to its growth", async () => {
    const j = await runJson("contrib", "--dataset", "us");
    expect(j.total).toBe("us.census.total_inventory");
    expect(j.rows).toHaveLength(318); // 1993-01…2019-06
    for (const r of j.rows) {
      expect(Math.abs(r.residual)).toBeLessThan(1e-9);
      const s = Object.values(r.shares as Record<string, number>).reduce((x, y) => x + y, 0);
      expect(s).toBeCloseTo(100, 9);
    }
    expect(j.window).toMatchObject({ from: "2018-07", to: "2019-06", months: 12 });
  });

  it("note 001: US business inventories Nov 2024–Sep 2025, average level, +1.9 % on a year earlier", async () => {
    const j = await runJson(
      "contrib",
      "--total",
      "us.inventory",
      "--from",
      "2024-11",
      "--to",
      "2025-09",
      "--aggregate",
      "mean",
    );
    expect(j.window.months).toBe(11);
    expect(j.window.totalYoy).toBeCloseTo(1.9, 1); // the note: 同期美国工商库存金额同比仅增长1.9%
  });

  it("--vs: the divergence of imports (goods and services) from inventories over the months both cover", async () => {
    const j = await runJson(
      "contrib",
      "--total",
      "us.imports_gs",
      "--vs",
      "us.inventory",
      "--from",
      "2024-11",
      "--to",
      "2025-09",
    );
    const d = j.divergence;
    expect(d).toMatchObject({ vs: "us.inventory", from: "2024-11", to: "2025-06", months: 8 });
    expect(d.gap).toBeCloseTo(d.totalGrowth - d.vsGrowth, 12);
    expect(d.totalGrowth).toBeGreaterThan(d.vsGrowth);
    expect(d.historyMonths).toBeGreaterThan(300);
    expect(Number.isFinite(d.z)).toBe(true);
    expect(j.notes.join("\n")).toMatch(/2025-07, 2025-08, 2025-09 not known for both/);
  });

  it("bad input: one line, exit 2", async () => {
    await bad(
      ["contrib", "--file", file, "--total", "sum", "--components", "A,C"],
      /"C" is neither a column of the file nor a shipped series id/,
    );
    await bad(
      ["contrib", "--total", "us.inventory_yoy", "--components", "us.census.retail_inventory"],
      /us\.inventory_yoy is a growth rate; contributions need levels \(e\.g\. us\.inventory\)/,
    );
    await bad(["contrib", "--file", file, "--total", "sum", "--components", "A,A"], /a component is named twice/);
    await bad(
      ["contrib", "--total", "us.inventory:yoy", "--components", "us.census.retail_inventory"],
      /"us\.inventory:yoy": contributions take levels as they are; drop the :yoy/,
    );
    await bad(
      ["contrib", "--file", file, "--total", "sum", "--components", "sum,A"],
      /sum is the total; it cannot also be a component/,
    );
    await bad(
      ["contrib", "--file", file, "--total", "sum", "--components", "A", "--window", "0"],
      /--window must be a whole number from 1 to 120, got "0"/,
    );
    await bad(
      ["contrib", "--file", file, "--total", "sum", "--components", "A", "--aggregate", "median"],
      /--aggregate must be sum, mean or end, got "median"/,
    );
    await bad(["contrib", "--dataset", "cn"], /--dataset for contrib is us/);
    await bad(["contrib", "--file", file, "--components", "A"], /name the total/);
    await bad(
      ["contrib", "--file", file, "--total", "sum", "--components", "A", "--cumulative-yoy", "A"],
      /--cumulative-yoy goes with --cumulative/,
    );
    await bad(
      ["contrib", "--file", file, "--total", "sum", "--components", "A,B", "--cumulative", "--cumulative-yoy", "A,B"],
      /--cumulative-yoy needs 3 series/,
    );
    // a zero base, named by month
    const zero = tmpFile(
      "zero.csv",
      "date,T,A\n" +
        months(24)
          .map((d, i) => `${d},${i === 2 ? 0 : 10},5`)
          .join("\n") +
        "\n",
    );
    await bad(
      ["contrib", "--file", zero, "--total", "T", "--components", "A"],
      /T is 0 in the year before 2021-03: growth over a base that is not positive is undefined/,
    );
    // a component on other months than the total
    const other = tmpFile(
      "other.csv",
      "date,T,A\n" +
        months(48)
          .map((d, i) => `${d},${i < 24 ? 10 + i : ""},${i >= 24 ? 5 : ""}`)
          .join("\n") +
        "\n",
    );
    await bad(
      ["contrib", "--file", other, "--total", "T", "--components", "A"],
      /A shares no month with T; put the components on the total's months/,
    );
  });
});

describe("the report's contribution sections (US only: the inputs China lacks)", () => {
  it("imports vs inventories over the last 12 months both cover, and the Census sectors' last window — kitchin contrib's numbers", async () => {
    const { contribReportSections } = await import("@kitchin/report");
    const { backtestInputs, overviewJob, reportExtras } = await import("@kitchin/jobs/node");
    // the sections are drawn from the report's extras (computed by the jobs), none for China
    const extrasOf = async (dataset: "cn" | "us") => {
      const inp = await backtestInputs({ dataset, from: "2011-01" }, { defaultMode: "as-of", assets: "classes" });
      const job = await overviewJob({ source: dataset, permutations: 9, bootstrap: 9 });
      return reportExtras(inp, job.runs, null);
    };
    expect((await extrasOf("cn")).contrib).toBeNull();
    const us = (await extrasOf("us")).contrib;
    expect(contribReportSections(null)).toEqual([]);
    const [imp, sec] = contribReportSections(us);
    const d = (await runJson("contrib", "--total", "us.imports_gs", "--vs", "us.inventory", "--window", "12"))
      .divergence;
    expect(d).toMatchObject({ from: "2024-07", to: "2025-06", months: 12 });
    expect(imp.title).toMatch(/US imports \(goods and services, BOPTIMP\) vs business inventories, 2024-07\.\.2025-06/);
    expect(imp.html.html).toContain(`${d.totalGrowth.toFixed(2)}%`);
    expect(imp.html.html).toContain(`${d.gap.toFixed(2)}`);
    const w = (await runJson("contrib", "--dataset", "us")).window;
    expect(sec.title).toMatch(/data end 2019-06/);
    expect(sec.html.html).toContain(
      `<td class="n">2018-07..2019-06</td><td class="n">${w.totalYoy.toFixed(2)}</td><td class="n">${w.contributions["us.census.manufacturing_inventory"].toFixed(2)}</td>`,
    );
    // in a report whose data run to 2025-11 the 2019-06 table is left out, with a sentence saying why
    const [, stale] = contribReportSections(us, "en", "2025-11");
    expect(stale.html.html).not.toContain("<table>");
    expect(stale.html.html).toContain(
      "Not shown: the shipped Census sector inventories end 2019-06, more than 24 months before this report&#39;s data (2025-11).",
    );
    const [, recent] = contribReportSections(us, "en", "2021-06");
    expect(recent.html.html).toContain("<table>");
  });
});
