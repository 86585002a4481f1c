/**
 * The pieces the faces used to re-implement: month-end reduction, aligned panels from
 * series, which timeline/lag/window, the investment clock and "best in this phase". Expected values
 * are worked out by hand from the small inputs below, not by the code under test.
 */
import { describe, expect, it } from "vitest";
import { PHASE_IDS } from "@kitchin/core";
import {
  BACKTEST_DEFAULTS,
  alignedPanel,
  backtestWindow,
  bestInPhase,
  clockRotation,
  indexReturns,
  investmentClock,
  lastPerMonth,
  market,
  runStrategy,
  signalFor,
  topKRotation,
  type PhaseTimeline,
  type ScoreRow,
} from "../src/index.ts";

const tl = (mode: "as-of" | "ex-post", start: number, codes: number[]): PhaseTimeline => ({
  mode,
  start,
  codes: Int8Array.from(codes),
});

describe("lastPerMonth", () => {
  it("keeps the latest observation of each asset and month, whatever the input order", () => {
    const obs = [
      { asset: "a", month: 10, order: 2, price: 12 },
      { asset: "a", month: 10, order: 0, price: 10 },
      { asset: "b", month: 10, order: 1, price: 5 },
      { asset: "a", month: 11, order: 3, price: 13 },
      { asset: "a", month: 10, order: 1, price: 11 },
    ];
    const kept = lastPerMonth(obs)
      .map((o) => `${o.asset}@${o.month}=${o.price}`)
      .sort();
    expect(kept).toEqual(["a@10=12", "a@11=13", "b@10=5"]);
    expect(lastPerMonth([])).toEqual([]);
  });
});

describe("alignedPanel and indexReturns", () => {
  it("places series on the union of their months and notes gaps inside a history only", () => {
    const a = { start: 100, values: Float64Array.from([1, NaN, 3]) };
    const b = { start: 101, values: Float64Array.from([2, 4, 8, NaN]) };
    const { panel, notes } = alignedPanel(["a", "b"], [a, b]);
    expect(panel.start).toBe(100);
    expect(panel.months).toBe(5);
    expect(Array.from(panel.prices)).toEqual([1, NaN, 3, NaN, NaN, NaN, 2, 4, 8, NaN]);
    expect(notes.map(String)).toEqual(["a: 1 month without a price inside its history are left missing"]);
  });
  it("gives an index's monthly returns on the panel's axis", () => {
    const r = indexReturns({ start: 99, values: Float64Array.from([100, 110, 121]) }, 100, 3);
    expect(r[0]).toBeNaN(); // no month before the axis start is used for the first month
    expect(r[1]).toBeCloseTo(0.1, 12);
    expect(r[2]).toBeNaN(); // the index ends at month 101
  });
});

describe("signalFor and backtestWindow", () => {
  const src = { history: tl("ex-post", 100, [0, 1, 2, 3]), signal: tl("as-of", 101, [0, 1, 2]), signalLag: 2 };
  it("trades on the history or the signal at the source's lag; describes ex-post months at lag 0", () => {
    expect(signalFor(src, "ex-post", "trade")).toEqual({ timeline: src.history, signalLag: 2 });
    expect(signalFor(src, "as-of", "trade")).toEqual({ timeline: src.signal, signalLag: 2 });
    expect(signalFor(src, "ex-post", "describe")).toEqual({ timeline: src.history, signalLag: 0 });
    expect(signalFor(src, "as-of", "describe")).toEqual({ timeline: src.signal, signalLag: 2 });
  });
  it("defaults to the months with both prices and a known phase, and trims to the common end", () => {
    // asset x trades 95..110, asset y 95..108: the common end is 108
    const prices = new Float64Array(2 * 16).fill(1);
    for (let t = 14; t < 16; t++) prices[16 + t] = NaN;
    const panel = { assets: ["x", "y"], start: 95, months: 16, prices };
    const sig = { timeline: tl("as-of", 100, new Array(20).fill(0)), signalLag: 1 };
    expect(backtestWindow(panel, sig)).toEqual({ from: 101, to: 110 });
    expect(backtestWindow(panel, sig, { commonEnd: true })).toEqual({ from: 101, to: 108, trimmedTo: 108 });
    expect(backtestWindow(panel, sig, { from: 103, to: 104, commonEnd: true })).toEqual({ from: 103, to: 104 });
    const short = { timeline: tl("as-of", 100, [0, 0, 0]), signalLag: 0 };
    expect(backtestWindow(panel, short)).toEqual({ from: 100, to: 102 });
    expect(backtestWindow(panel, short, { fixedEnd: true })).toEqual({ from: 100, to: 110 });
  });
});

describe("the investment clock", () => {
  it("maps recovery to equities, overheat to commodities, stagflation to cash, reflation to bonds", () => {
    const m = investmentClock({ equities: "eq", bonds: "bd", commodities: "cm" });
    expect(m).toEqual({
      [PHASE_IDS[0]]: { eq: 1 },
      [PHASE_IDS[1]]: { cm: 1 },
      [PHASE_IDS[2]]: {},
      [PHASE_IDS[3]]: { bd: 1 },
    });
  });
  it("holds the class of the phase known at the start of each month", () => {
    // eq doubles in month 2, cm in month 3; the phase of month t-1 is acted on in month t
    const prices = Float64Array.from([1, 1, 2, 2, /* cm */ 1, 1, 1, 2, /* bd */ 1, 1, 1, 1]);
    const mk = market({ assets: ["eq", "cm", "bd"], start: 0, months: 4, prices });
    const r = runStrategy(
      clockRotation({
        cost: 0,
        classes: { equities: "eq", bonds: "bd", commodities: "cm" },
        timeline: tl("as-of", 0, [0, 0, 1, 1]),
      }),
      mk,
    );
    expect(r.name).toBe("clock");
    expect(r.returns[2]).toBeCloseTo(1, 12); // phase 0 known at the end of month 1 → equities in month 2
    expect(r.returns[3]).toBeCloseTo(1, 12); // phase 1 known at the end of month 2 → commodities in month 3
  });
});

describe("bestInPhase and defaults", () => {
  const row = (asset: string, phase: string, episodes: number) => ({ asset, phase, episodes }) as unknown as ScoreRow;
  it("splits the phase's rows with ended episodes into the classes and the best n others", () => {
    const rows = [
      row("f1", "active-restock", 3),
      row("eq", "active-restock", 2),
      row("f2", "active-restock", 0),
      row("f3", "active-restock", 1),
      row("eq", "passive-destock", 4),
    ];
    const b = bestInPhase(rows, "active-restock", ["eq"], 1);
    expect(b.classesNow.map((r) => r.asset)).toEqual(["eq"]);
    expect(b.topNow.map((r) => r.asset)).toEqual(["f1"]);
    expect(bestInPhase(rows, null, ["eq"])).toEqual({ classesNow: [], topNow: [] });
  });
  it("topKRotation holds the faces' k = 1 by default", () => {
    expect(BACKTEST_DEFAULTS.topK).toBe(1);
    expect(topKRotation({ cost: 0, timeline: tl("as-of", 0, [0]) }).name).toBe("top-1 equal");
  });
});

describe("strategies check their steps when built", () => {
  it("refuses a step whose input no earlier step sets, naming both", async () => {
    const { strategy, weighByScore, selectAll, weighByMap, selectTopK, phaseSignal, weighEqually } = await import(
      "../src/index.ts"
    );
    expect(() => strategy("bad", [selectAll(), weighByScore()])).toThrow(
      /strategy "bad": weighByScore needs scores, which no step before it sets \(put selectTopK before it\)/,
    );
    expect(() => strategy("bad", [selectTopK(1), weighEqually()])).toThrow(/selectTopK\(1\) needs signal/);
    expect(() => strategy("bad", [phaseSignal(tl("as-of", 0, [0])), selectAll(), weighByMap()])).toThrow(
      /weighByMap needs mapWeights/,
    );
    expect(strategy("ok", [phaseSignal(tl("as-of", 0, [0])), selectTopK(1), weighByScore()]).steps).toHaveLength(3);
  });
});
