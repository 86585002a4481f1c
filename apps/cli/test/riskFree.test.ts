/**
 * `--risk-free zero|shipped|ID`. With the shipped rate, Sharpe and Sortino equal an
 * independent pandas computation on the shipped files (fixtures/risk-free: the script and its output).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fixture, run, runJson, tmpFile } from "./helpers.ts";

interface Case {
  region: string;
  asset: string;
  cash: string;
  from: string;
  to: string;
  cost: number;
  months: number;
  sharpe: number;
  sortino: number;
  sharpeOverZero: number;
}
const ref = JSON.parse(readFileSync(fixture("risk-free/reference.json"), "utf8")) as { cases: Case[] };

const hold = (c: Case, ...extra: string[]) =>
  runJson(
    "backtest",
    "--dataset",
    c.region,
    "--from",
    c.from,
    "--to",
    c.to,
    "--strategy",
    `hold:${c.asset}`,
    "--cost",
    String(c.cost),
    ...extra,
  );

describe("--risk-free", () => {
  for (const c of ref.cases) {
    it(`shipped (the default): Sharpe of buy-and-hold ${c.asset} over ${c.cash} equals pandas`, async () => {
      for (const flags of [["--risk-free", "shipped"], []]) {
        const j = await hold(c, ...flags);
        const m = j.strategies[0];
        expect(m.months).toBe(c.months);
        expect(m.riskFree).toBe(c.cash);
        expect(m.sharpe).toBeCloseTo(c.sharpe, 10);
        expect(m.sortino).toBeCloseTo(c.sortino, 10);
      }
    });
  }

  it("zero: Sharpe over a zero rate, and the output says so", async () => {
    const c = ref.cases[0];
    const m = (await hold(c, "--risk-free", "zero")).strategies[0];
    expect(m.riskFree).toBe("zero");
    expect(m.sharpe).toBeCloseTo(c.sharpeOverZero, 10);
  });

  it("an id: a yield in % p.a. earns one month of the previous month's rate, as the index built from it", async () => {
    const c = ref.cases[0];
    const byYield = (await hold(c, "--risk-free", "cn.cgb1y")).strategies[0];
    expect(byYield.riskFree).toBe("cn.cgb1y");
    // The index is rounded to 6 decimals, the yield is not: equal to about 1e-6.
    expect(byYield.sharpe).toBeCloseTo(c.sharpe, 5);
  });

  it("the clock's cash phase earns the rate: its return in a cash month is the cash index's", async () => {
    const j = await runJson(
      "backtest",
      "--dataset",
      "cn",
      "--from",
      "2011-01",
      "--to",
      "2025-12",
      "--strategy",
      "clock",
      "--cost",
      "0",
    );
    const z = await runJson(
      "backtest",
      "--dataset",
      "cn",
      "--from",
      "2011-01",
      "--to",
      "2025-12",
      "--strategy",
      "clock",
      "--cost",
      "0",
      "--risk-free",
      "zero",
    );
    expect(j.strategies[0].cagr).toBeGreaterThan(z.strategies[0].cagr);
    expect(j.strategies[0].exposure).toBeCloseTo(z.strategies[0].exposure, 12);
  });

  it("bad values get one clear message", async () => {
    const a = await run("backtest", "--dataset", "cn", "--risk-free", "cn.csi300");
    expect(a.code).not.toBe(0);
    expect(a.err).toMatch(/--risk-free cn\.csi300: a price series is not a rate/);
    const b = await run("backtest", "--dataset", "cn", "--risk-free", "nope");
    expect(b.code).not.toBe(0);
    expect(b.err).toMatch(/unknown series id "nope"/);
    const prices = tmpFile("rf-prices.csv", "date,a,b\n2020-01,1,1\n2020-02,1.1,1\n2020-03,1.2,1.1\n");
    const phases = tmpFile(
      "rf-phases.csv",
      "date,phase\n2020-01,passive-destock\n2020-02,passive-destock\n2020-03,active-restock\n",
    );
    const d = await run("backtest", "--prices", prices, "--phases", phases, "--risk-free", "shipped");
    expect(d.code).not.toBe(0);
    expect(d.err).toMatch(/--risk-free shipped needs --dataset/);
  });
});
