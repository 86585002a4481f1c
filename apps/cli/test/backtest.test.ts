import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { run, runJson, tmpFile, tmpPath } from "./helpers.ts";
import { fixtures } from "./backtestFixtures.ts";

describe("kitchin backtest", () => {
  const f = fixtures("bt");

  it("runs a top-k rotation against benchmarks with as-of phases, unstamped", async () => {
    const j = await runJson(
      "backtest",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--phases-as-of",
      "--strategy",
      "topk:1",
      "--benchmark",
      "equal",
      "--benchmark",
      "hold:bond",
    );
    expect(j.stamp).toBeNull();
    expect(j.strategies.map((s: any) => s.strategy)).toEqual(["topk:1", "equal-weight", "hold:bond"]);
    const [top, eq] = j.strategies;
    for (const k of [
      "totalReturn",
      "cagr",
      "volatility",
      "sharpe",
      "sortino",
      "maxDrawdown",
      "drawdownPeak",
      "drawdownTrough",
      "calmar",
      "hitRate",
      "turnover",
      "exposure",
      "riskFree",
      "byPhase",
    ])
      expect(top).toHaveProperty(k);
    expect(top.riskFree).toBe("zero");
    expect(Object.keys(top.byPhase)).toEqual([
      "passive-destock",
      "active-restock",
      "passive-restock",
      "active-destock",
    ]);
    // the rotation learns which asset wins in each phase from ended episodes and beats equal weight
    expect(top.cagr).toBeGreaterThan(eq.cagr);
  });

  it("an ex-post run is stamped everywhere", async () => {
    const j = await runJson("backtest", "--prices", f.prices, "--phases", f.phases);
    expect(j.stamp).toBe("uses future information");
    expect(j.strategies[0].stamp).toBe("uses future information");
    expect(j.strategies[0].strategy).toMatch(/ex-post/);
    const t = await run("backtest", "--prices", f.prices, "--phases", f.phases);
    expect(t.out.split("\n")[0]).toBe("*** USES FUTURE INFORMATION: phases dated ex-post (with hindsight) ***");
    const c = await runJson(
      "compare",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--strategy",
      "topk:1",
      "--strategy",
      "equal",
    );
    expect(c.stamp).toBe("uses future information");
    expect(
      c.rows.filter((r: any) => r.strategy.startsWith("topk")).every((r: any) => r.stamp === "uses future information"),
    ).toBe(true);
  });

  it("appending later prices and phases does not change earlier returns (CSV)", async () => {
    const short = fixtures("bt-short", 80);
    const a = await run(
      "backtest",
      "--prices",
      short.prices,
      "--phases",
      short.phases,
      "--phases-as-of",
      "--strategy",
      "topk:2:inverse-vol",
      "--format",
      "csv",
    );
    const b = await run(
      "backtest",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--phases-as-of",
      "--strategy",
      "topk:2:inverse-vol",
      "--format",
      "csv",
    );
    const la = a.out.trim().split("\n");
    const lb = b.out.trim().split("\n");
    expect(la.length).toBe(80);
    expect(lb.slice(0, la.length)).toEqual(la);
  });

  it("writes returns and weights to XLSX", async () => {
    const out = tmpPath("bt.xlsx");
    expect(
      (await run("backtest", "--prices", f.prices, "--phases", f.phases, "--phases-as-of", "--out", out)).code,
    ).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["metrics", "byPhase", "returns", "weights"]);
  }, 30000);

  it("a user map phase → weights", async () => {
    const map = tmpFile(
      "map.json",
      JSON.stringify({
        "passive-destock": { gold: 1 },
        "active-restock": { copper: 1 },
        "passive-restock": { bond: 0.5 },
        "active-destock": { bond: 1 },
      }),
    );
    const j = await runJson(
      "backtest",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--phases-as-of",
      "--lag",
      "0",
      "--strategy",
      `map:${map}`,
    );
    expect(j.strategies[0].exposure).toBeLessThan(1);
    expect(j.strategies[0].byPhase["passive-destock"].cagr).toBeGreaterThan(0.3);
  });

  it("bad input: unknown asset, bad strategy, bad map → one line, exit 2", async () => {
    let r = await run("backtest", "--prices", f.prices, "--phases", f.phases, "--benchmark", "hold:zinc");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown asset "zinc"; the panel has gold, copper, bond/);
    r = await run("backtest", "--prices", f.prices, "--phases", f.phases, "--strategy", "best");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown strategy "best"/);
    const map = tmpFile("badmap.json", JSON.stringify({ recovery: { gold: 1 } }));
    r = await run("backtest", "--prices", f.prices, "--phases", f.phases, "--strategy", `map:${map}`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/badmap\.json: "recovery" is not a phase id/);
    r = await run("backtest", "--prices", f.prices, "--phases", f.phases, "--mode", "as-of");
    expect(r.err).toMatch(/needs --phases-as-of/);
  });
});

describe("kitchin compare", () => {
  const f = fixtures("cmp");
  it("puts strategies side by side, phase by phase", async () => {
    const j = await runJson(
      "compare",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--phases-as-of",
      "--strategy",
      "topk:1",
      "--strategy",
      "topk:2:score",
      "--strategy",
      "equal",
      "--strategy",
      "hold:gold",
    );
    expect(j.rows).toHaveLength(4 * 5);
    expect(new Set(j.rows.map((r: any) => r.phase))).toEqual(
      new Set(["all", "passive-destock", "active-restock", "passive-restock", "active-destock"]),
    );
    // Best by Sharpe (the headline's criterion): the highest Sharpe of the phase's rows.
    const pd = j.rows.filter((r: any) => r.phase === "passive-destock" && r.sharpe !== null);
    expect(j.bestByPhase["passive-destock"]).toBe(
      pd.reduce((a: any, b: any) => (b.sharpe > a.sharpe ? b : a)).strategy,
    );
    expect(j.bestCriterion).toBe("sharpe");
    const t = await run(
      "compare",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--phases-as-of",
      "--strategy",
      "topk:1",
      "--strategy",
      "equal",
    );
    expect(t.out).toMatch(/Passive destocking \(passive-destock\) — best by Sharpe: /);
    const c = await run("compare", "--prices", f.prices, "--phases", f.phases, "--phases-as-of", "--format", "csv");
    expect(c.out.split("\n")[0]).toBe(
      "strategy,phase,months,totalReturn,cagr,volatility,sharpe,sortino,maxDrawdown,calmar,hitRate,stamp",
    );
    expect(readFileSync(f.prices, "utf8").length).toBeGreaterThan(0);
    // benchmarks alone are split by the same known phases (no rotation needed to label months)
    const h = await runJson(
      "compare",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--phases-as-of",
      "--strategy",
      "hold:gold",
      "--strategy",
      "hold:bond",
    );
    const months = h.rows.filter((r: any) => r.strategy === "hold:gold" && r.phase !== "all").map((r: any) => r.months);
    expect(months.reduce((a: number, b: number) => a + b, 0)).toBe(120);
    expect(Math.min(...months)).toBeGreaterThan(25);
  });
});
