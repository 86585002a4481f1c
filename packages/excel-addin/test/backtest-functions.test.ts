/**
 * CYCLE.SCORE and CYCLE.BACKTEST equal the backtester's own tables on the same panel, read from
 * Excel-shaped ranges (labels, ids or codes; a header row of names or a names range).
 */
import { describe, expect, it } from "vitest";
import { PHASE_IDS, monthIndex, phaseLabel } from "@kitchin/core";
import {
  DEFAULT_STRATEGIES,
  compare,
  defaultBenchmarks,
  defaultStrategySpecs,
  equalWeight,
  market,
  pricePanel,
  runStrategy,
  scorePhases,
  scoreRows,
  topKRotation,
} from "@kitchin/backtest";
import { backtest, score } from "../src/functions.ts";
import { col, expectCellError, months } from "./helpers.ts";

// 8 cycles of four 6-month phases; three assets that like different phases.
const T = 8 * 24 + 5;
const codes = Int8Array.from({ length: T }, (_, t) => (t < 5 ? -1 : Math.floor((t - 5) / 6) % 4));
const drift = [
  [0.02, 0.015, -0.01, -0.005], // equities: recovery and overheat
  [0.0, 0.02, 0.01, -0.01], // commodities
  [-0.002, -0.004, 0.006, 0.008], // bonds: stagflation and reflation
];
const assets = ["equities", "commodities", "bonds"];
const prices: number[][] = Array.from({ length: T }, () => []);
drift.forEach((d, a) => {
  let p = 100;
  for (let t = 0; t < T; t++) {
    if (t > 0) p *= 1 + (codes[t] >= 0 ? d[codes[t]] : 0) + 0.003 * Math.sin(t * (a + 1));
    prices[t][a] = Math.round(p * 1000) / 1000;
  }
});
const flatPrices = new Float64Array(3 * T);
prices.forEach((r, t) => r.forEach((v, a) => (flatPrices[a * T + t] = v)));
const labels = Array.from(codes, (c) => phaseLabel(c, "en"));
/** The dates of the rows, the first argument (2005-01 …). */
const D = col(months("2005-01", T));
const rev = <X>(x: X[]) => x.slice().reverse();

describe("CYCLE.SCORE", () => {
  const start = monthIndex(2005, 1);
  const want = scoreRows(
    scorePhases(pricePanel(assets, start, T, flatPrices.slice()), codes, {
      exPost: true,
      bootstrap: 200,
      permutations: 99,
      seed: 7,
    }),
  );

  it("equals the backtester's score rows (labels in, names range)", () => {
    const out = score(D, col(labels), prices, [assets], "bootstrap=200; permutations=99; seed=7");
    expect(out[0]).toEqual([
      "phase",
      "asset",
      "score",
      "episodes",
      "positive",
      "mean episode return",
      "annualised return",
      "hit rate",
      "p-value",
      "q-value (BH)",
      "rank",
    ]);
    const body = out.slice(1, 1 + want.length);
    expect(body.map((r) => [r[1], r[2], r[3], r[4]])).toEqual(
      want.map((r) => [r.asset, r.score, r.episodes, r.positive]),
    );
    expect(body.map((r) => r[5])).toEqual(want.map((r) => r.meanEpisodeReturn ?? ""));
    expect(body.map((r) => r[8])).toEqual(want.map((r) => r.pValue ?? ""));
    // Beside every p, its Benjamini–Hochberg q over the table: never below p, never above 1.
    expect(body.map((r) => r[9])).toEqual(want.map((r) => r.qValue ?? ""));
    for (const r of body) if (typeof r[8] === "number") expect(r[9]).toBeGreaterThanOrEqual(r[8] as number);
    expect(body[0][0]).toBe(phaseLabel(0, "en"));
    // equities lead passive destocking.
    expect(body[0][1]).toBe("equities");
    const notes = out.slice(1 + want.length);
    expect(notes[0].slice(0, 2)).toEqual(["note", "phases dated ex-post: uses future information"]);
    expect(out.every((r) => r.length === 11)).toBe(true);
  });

  it("reads ids, codes, Chinese labels and a header row of names; Chinese output", () => {
    const ids = Array.from(codes, (c) => (c < 0 ? "unknown" : PHASE_IDS[c]));
    const a = score(D, col(ids), prices, [assets], "bootstrap=0; permutations=0");
    const b = score(D, col(Array.from(codes)), prices, [assets], "bootstrap=0; permutations=0");
    const withHeader = [["phase", ...[]], ...col(Array.from(codes, (c) => phaseLabel(c, "zh")))];
    const c = score([["date"], ...D], withHeader, [assets, ...prices], undefined, "bootstrap=0; permutations=0");
    expect(b).toEqual(a);
    expect(c.slice(1, 13)).toEqual(a.slice(1, 13));
    const zh = score(D, col(ids), prices, [assets], "lang=zh; bootstrap=0; permutations=0; mode=as-of");
    expect(zh[0][0]).toBe("阶段");
    expect(zh[1][0]).toBe("被动去库");
    expect(zh.some((r) => String(r[1]).includes("ex-post"))).toBe(false);
  });

  it("newest-first rows (Wind's order) give the same scores as oldest first", () => {
    const asc = score(D, col(labels), prices, [assets], "bootstrap=0; permutations=0; thin=20");
    const desc = score(
      col(rev(D.map((r) => r[0]))),
      col(rev(labels)),
      rev(prices),
      [assets],
      "bootstrap=0; permutations=0; thin=20",
    );
    expect(desc).toEqual(asc);
    const thin = asc.find((r) => r[0] === "note" && String(r[1]).includes("thin sample"));
    expect(String(thin?.[1])).toMatch(/\(20\d\d-\d\d→20\d\d-\d\d, /);
  });

  it("reports bad phases, text prices, mismatched ranges, names and empty ranges", () => {
    const bad = labels.slice();
    bad[9] = "boom";
    expectCellError(
      () => score(D, col(bad), prices, [assets]),
      "#VALUE!",
      /row 10, column "phases": "boom" is not a phase/,
    );
    const txt = prices.map((r) => r.slice() as (number | string)[]);
    txt[30][1] = "n.a";
    expectCellError(
      () => score(D, col(labels), txt, [assets]),
      "#VALUE!",
      /row 31, column "commodities": "n.a" is not a number/,
    );
    expectCellError(
      () => score(D, col(labels.slice(1)), prices, [assets]),
      "#VALUE!",
      /phases and prices ranges differ in length: 196 vs 197/,
    );
    expectCellError(() => score(D, col(labels), prices, [["a", "b"]]), "#VALUE!", /2 names for 3 price columns/);
    expectCellError(() => score(D, col(labels), []), "#VALUE!", /prices range is empty/);
    expectCellError(
      () => score(D, col(labels), prices, [assets], "start=2005-01"),
      "#VALUE!",
      /unknown option "start"/,
    );
    expectCellError(
      () => score(D.slice(1), col(labels), prices, [assets]),
      "#VALUE!",
      /dates and prices ranges differ in length: 196 vs 197/,
    );
    const shuffled = D.map((r) => r.slice());
    [shuffled[40], shuffled[41]] = [shuffled[41], shuffled[40]];
    expectCellError(
      () => score(shuffled, col(labels), prices, [assets]),
      "#VALUE!",
      /row 42, column "dates": dates must run oldest first or newest first/,
    );
    const neg = prices.map((r) => r.slice());
    neg[50][0] = -1;
    expectCellError(
      () => score(D, col(labels), neg, [assets]),
      "#VALUE!",
      /price of "equities" in 2009-03 is -1; prices must be positive/,
    );
  });
});

describe("CYCLE.BACKTEST", () => {
  it("runs the package's default set for a user's panel, with the package's default cost and top-k (as kitchin backtest --prices)", () => {
    const start = monthIndex(2005, 1);
    const m = market(pricePanel(assets, start, T, flatPrices.slice()));
    const timeline = { mode: "as-of" as const, start, codes };
    const specs = defaultStrategySpecs({ classesKnown: false, equities: null, assets });
    expect(specs).toEqual([DEFAULT_STRATEGIES[0], ...defaultBenchmarks(null, assets)]);
    // no option given: the rotation and the benchmarks take BACKTEST_DEFAULTS from the package itself
    const want = compare([
      runStrategy(topKRotation({ timeline }), m),
      ...defaultBenchmarks(null, assets).map(() => runStrategy(equalWeight(), m)),
    ]).rows;
    const out = backtest([["date"], ...D], col(labels), [assets, ...prices], "mode=as-of");
    const body = out.slice(1, 1 + want.length);
    expect(new Set(body.map((r) => r[0])).size).toBe(specs.length);
    expect(body.map((r) => [r[0], r[3], r[8]])).toEqual(want.map((r) => [r.strategy, r.totalReturn, r.maxDrawdown]));
  });

  it("equals the backtester's comparison of a top-k rotation and equal weight", () => {
    const start = monthIndex(2005, 1);
    const m = market(pricePanel(assets, start, T, flatPrices.slice()));
    const timeline = { mode: "as-of" as const, start, codes };
    const results = [
      runStrategy(topKRotation({ timeline, topK: 1, cost: 10 }), m),
      runStrategy(equalWeight("equal-weight", 10), m),
    ];
    const want = compare(results).rows;
    // topK=1 and cost=10 are the defaults, as in `kitchin backtest`; the benchmark pays the same cost.
    const out = backtest([["date"], ...D], col(labels), [assets, ...prices], "mode=as-of");
    expect(out[0]).toEqual([
      "strategy",
      "phase",
      "months",
      "total return",
      "CAGR",
      "volatility",
      "Sharpe",
      "Sortino",
      "max drawdown",
      "Calmar",
      "hit rate",
    ]);
    const body = out.slice(1, 1 + want.length);
    expect(body.map((r) => r[0])).toEqual(want.map((r) => r.strategy));
    expect(body.map((r) => [r[2], r[3], r[4], r[8]])).toEqual(
      want.map((r) => [r.months, r.totalReturn, r.cagr, r.maxDrawdown]),
    );
    expect(body[0][1]).toBe("all months");
    // The rotation knows which asset each phase favours once a few episodes have ended.
    expect(body[0][3] as number).toBeGreaterThan(body[1][3] as number);
    expect(out.length).toBe(1 + want.length);
  });

  it("stamps ex-post phases; Chinese output; bad options", () => {
    const out = backtest(D, col(labels), [assets, ...prices], "lang=zh");
    expect(out[0][0]).toBe("策略");
    expect(out[1][1]).toBe("全部月份");
    // the note in Chinese too (the message table)
    expect(out.some((r) => r[0] === "注" && /使用了未来信息/.test(String(r[1])))).toBe(true);
    expectCellError(
      () => backtest(D, col(labels), prices, "topK=0"),
      "#VALUE!",
      /topK=0 must be a whole number from 1/,
    );
    expectCellError(
      () => backtest(D, col(labels), prices, "weighting=best"),
      "#VALUE!",
      /weighting=best must be one of equal, inverse-vol, score/,
    );
    expectCellError(() => backtest(D, [], prices), "#VALUE!", /phases and prices ranges differ in length: 0 vs 197/);
    expectCellError(
      () => backtest([], col(labels), prices),
      "#VALUE!",
      /dates and prices ranges differ in length: 0 vs 197/,
    );
  });
});
