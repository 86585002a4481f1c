/**
 * Benchmarks pay the cost strategies pay, the walk-forward's switches pay cost, and a
 * fold that held a benchmark's portfolio is marked.
 */
import { describe, expect, it } from "vitest";
import { market } from "../src/strategy/types.ts";
import { runStrategy } from "../src/strategy/run.ts";
import { buyAndHold, equalWeight } from "../src/strategy/benchmarks.ts";
import { metrics } from "../src/metrics/metrics.ts";
import { walkForward } from "../src/walkforward/walkForward.ts";
import { headline } from "../src/walkforward/headline.ts";
import { panelOf, pricesFromReturns } from "./helpers.ts";

// Three assets that drift apart, so monthly rebalancing to 1/3 has turnover every month.
const T = 48;
const ra = Array.from({ length: T }, (_, i) => 0.02 * Math.sin(i / 3) + 0.01);
const rb = Array.from({ length: T }, (_, i) => -0.015 * Math.cos(i / 2) + 0.002);
const rc = Array.from({ length: T }, (_, i) => (i % 5 === 0 ? 0.04 : -0.005));
const panel = panelOf({ a: pricesFromReturns(ra), b: pricesFromReturns(rb), c: pricesFromReturns(rc) });

describe("benchmarks pay cost", () => {
  it("equal weight's CAGR falls with cost exactly as its turnover implies", () => {
    const free = runStrategy(equalWeight("ew", 0), market(panel));
    const cagrs: number[] = [];
    for (const bps of [0, 10, 100]) {
      const r = runStrategy(equalWeight("ew", bps), market(panel));
      // The trades do not depend on the cost; each month's return is the free one less bps × the turnover behind it.
      let wealth = 1;
      for (let t = 1; t <= T; t++) {
        expect(r.turnover[t - 1]).toBeCloseTo(free.turnover[t - 1], 14);
        expect(r.returns[t]).toBeCloseTo(free.returns[t] - (bps / 1e4) * free.turnover[t - 1], 14);
        wealth *= 1 + free.returns[t] - (bps / 1e4) * free.turnover[t - 1];
      }
      const m = metrics(r);
      expect(m.cagr).toBeCloseTo(Math.pow(wealth, 12 / T) - 1, 12);
      cagrs.push(m.cagr);
    }
    // Turnover after the first purchase is positive (the assets drift apart), so the CAGR falls strictly.
    expect(free.turnover[5]).toBeGreaterThan(0);
    expect(cagrs[1]).toBeLessThan(cagrs[0]);
    expect(cagrs[2]).toBeLessThan(cagrs[1]);
  });

  it("buy-and-hold pays once, on the purchase", () => {
    const r = runStrategy(buyAndHold("a", "hold a", 50), market(panel));
    expect(r.returns[1]).toBeCloseTo(ra[0] - 0.005, 14);
    for (let t = 2; t <= T; t++) expect(r.returns[t]).toBeCloseTo(ra[t - 1], 14);
  });
});

describe("walk-forward switches pay cost", () => {
  // a rises for 12 months then falls; b the other way: the choice switches from a to b.
  const up = Array.from({ length: 36 }, (_, i) => (i < 12 ? 0.03 : -0.02) + 0.001 * (i % 3));
  const dn = Array.from({ length: 36 }, (_, i) => (i < 12 ? -0.02 : 0.03) + 0.001 * (i % 2));
  const p = panelOf({ a: pricesFromReturns(up), b: pricesFromReturns(dn) });

  it("the stitched return of a switch month is the new choice's gross return less bps × the trade from the old holdings", () => {
    const bps = 25;
    const mk = market(p);
    const cands = [runStrategy(buyAndHold("a", "A", bps), mk), runStrategy(buyAndHold("b", "B", bps), mk)];
    const wf = walkForward(cands, { fit: 6, test: 6, objective: "cagr" });
    const sw = wf.folds.filter((f) => f.switched);
    expect(sw.length).toBeGreaterThan(0);
    for (const f of wf.folds) {
      const ch = cands.find((c) => c.name === f.chosen)!;
      if (f.switched) {
        // Sell all of one asset, buy all of the other: turnover 2.
        expect(f.switchTurnover).toBeCloseTo(2, 12);
        expect(wf.oosReturns[f.testStart]).toBeCloseTo(ch.gross[f.testStart] - (bps / 1e4) * 2, 14);
        // The candidate's own return there paid nothing (it bought at month 0): the switch is dearer.
        expect(wf.oosReturns[f.testStart]).toBeLessThan(ch.returns[f.testStart]);
      } else {
        expect(f.switchTurnover).toBe(0);
        expect(wf.oosReturns[f.testStart]).toBe(ch.returns[f.testStart]);
      }
      for (let t = f.testStart + 1; t <= f.testEnd; t++) expect(wf.oosReturns[t]).toBe(ch.returns[t]);
    }
  });

  it("the headline counts the switches and their turnover", () => {
    const mk = market(p);
    const cands = [runStrategy(buyAndHold("a", "A", 10), mk), runStrategy(buyAndHold("b", "B", 10), mk)];
    const h = headline(cands, [runStrategy(equalWeight("equal-weight", 10), mk)], { fit: 6, test: 6 });
    expect(h.switches).toBe(h.folds.filter((f) => f.switched).length);
    expect(h.switches).toBeGreaterThan(0);
    expect(h.switchTurnover).toBeCloseTo(2 * h.switches, 12);
  });
});

describe("a fold that held a benchmark is marked", () => {
  it("a candidate with equal weight's portfolio is named as the benchmark for the months it was chosen", () => {
    // a rises for a year then falls, b the other way: holding a wins early, equal weight later.
    const up = Array.from({ length: 36 }, (_, i) => (i < 12 ? 0.03 : -0.02) + 0.001 * (i % 3));
    const dn = Array.from({ length: 36 }, (_, i) => (i < 12 ? -0.02 : 0.03) + 0.001 * (i % 2));
    const mk = market(panelOf({ a: pricesFromReturns(up), b: pricesFromReturns(dn) }));
    const clone = runStrategy(equalWeight("topk:2", 10), mk);
    const holdA = runStrategy(buyAndHold("a", "A", 10), mk);
    const ew = runStrategy(equalWeight("equal-weight", 10), mk);
    const h = headline([clone, holdA], [ew], { fit: 6, test: 6 });
    const chosenClone = h.folds.filter((f) => f.chosen === "topk:2");
    expect(chosenClone.length).toBeGreaterThan(0);
    expect(chosenClone.length).toBeLessThan(h.folds.length);
    expect(h.asBenchmark.map((b) => b.testFrom)).toEqual(chosenClone.map((f) => f.testFrom));
    expect(h.asBenchmark.every((b) => b.benchmark === "equal-weight")).toBe(true);
    expect(h.benchmarkMonths).toBe(chosenClone.reduce((s, f) => s + f.testEnd - f.testStart + 1, 0));
    // Holding asset a alone is never equal weight.
    expect(headline([holdA, holdA], [ew], { fit: 6, test: 6 }).asBenchmark).toEqual([]);
  });
});
