import { describe, expect, it } from "vitest";
import { PHASE_IDS } from "@kitchin/core";
import { market } from "../src/strategy/types.ts";
import { runStrategy } from "../src/strategy/run.ts";
import { buyAndHold, equalWeight } from "../src/strategy/benchmarks.ts";
import { mapRotation, topKRotation } from "../src/strategy/rotation.ts";
import { metrics } from "../src/metrics/metrics.ts";
import { compare } from "../src/compare/compare.ts";
import { checkCoverage, codesOnAxis } from "../src/timeline/timeline.ts";
import { JAN2011, panelOf, pricesFromReturns, timelineOf } from "./helpers.ts";

const rA = [0.1, -0.05, 0.02, 0.03, -0.01, 0.04, 0.0, 0.05];
const rB = [-0.02, 0.01, 0.03, -0.04, 0.02, 0.01, 0.02, -0.03];
const panel = panelOf({ a: pricesFromReturns(rA), b: pricesFromReturns(rB) });

describe("benchmarks", () => {
  it("equal weight rebalanced monthly earns the mean of the assets' returns", () => {
    const r = runStrategy(equalWeight("equal-weight", 0), market(panel));
    expect(r.returns[0]).toBeNaN();
    for (let t = 1; t <= 8; t++) expect(r.returns[t]).toBeCloseTo((rA[t - 1] + rB[t - 1]) / 2, 12);
    expect(r.turnover[0]).toBeCloseTo(1, 12); // the initial purchase
    expect(r.stamp).toBeNull();
  });

  it("buy-and-hold follows the asset's price", () => {
    const r = runStrategy(buyAndHold("a", "buy-and-hold a", 0), market(panel));
    let w = 1;
    for (let t = 1; t <= 8; t++) w *= 1 + r.returns[t];
    expect(w).toBeCloseTo(panel.prices[8] / panel.prices[0], 12);
    expect(r.turnover[3]).toBe(0);
  });

  it("buy-and-hold of an asset not yet listed holds cash until its first price", () => {
    const p = panelOf({ a: [NaN, NaN, 10, 11, 12], b: [1, 1, 1, 1, 1] });
    const r = runStrategy(buyAndHold("a", "buy-and-hold a", 0), market(p));
    expect(r.returns[1]).toBe(0);
    expect(r.returns[2]).toBe(0);
    expect(r.returns[3]).toBeCloseTo(0.1, 12);
  });

  it("an unknown asset is a clear error", () => {
    expect(() => runStrategy(buyAndHold("zz", "buy-and-hold zz", 0), market(panel))).toThrow(
      /unknown asset "zz"; the panel has a, b/,
    );
  });
});

describe("rotation strategies", () => {
  // phases: 0 0 | 1 1 | 0 0 | 1 1 1 ; a rises in phase 0, b in phase 1.
  const codes = [0, 0, 1, 1, 0, 0, 1, 1, 1];
  const ra = [0.05, 0.05, -0.03, -0.03, 0.05, 0.05, -0.03, -0.03];
  const rb = [-0.01, -0.01, 0.04, 0.04, -0.01, -0.01, 0.04, 0.04];
  const p = panelOf({ a: pricesFromReturns(ra), b: pricesFromReturns(rb) });
  const tl = timelineOf(codes);

  it("top-k uses only episodes that ended before the rebalance month", () => {
    const r = runStrategy(topKRotation({ cost: 0, timeline: tl, topK: 1 }), market(p));
    // t=0..3: no ended episode with a price before its start for the current phase → fallback: all.
    expect(r.weights[0]).toBe(0.5);
    expect(r.weights[9 + 3]).toBe(0.5);
    // t=4: phase 0 again; episode 0 (months 0-1) has no price before it, so still no data → all
    expect(r.weights[4]).toBe(0.5);
    // t=6: phase 1; episode months 2-3 ended at 3 < 6: b rose (+8%), a fell → hold b only
    expect(r.weights[6]).toBe(0);
    expect(r.weights[9 + 6]).toBe(1);
  });

  it("a user map phase → weights, the rest in cash", () => {
    const s = mapRotation({
      cost: 0,
      timeline: tl,
      map: { "passive-destock": { a: 0.6 }, "active-restock": { b: 1 } },
    });
    const r = runStrategy(s, market(p));
    expect(r.weights[0]).toBe(0.6);
    expect(r.exposure[0]).toBeCloseTo(0.6, 12);
    expect(r.weights[9 + 2]).toBe(1);
    expect(r.returns[1]).toBeCloseTo(0.6 * 0.05, 12);
    expect(() =>
      runStrategy(mapRotation({ cost: 0, timeline: tl, map: { "active-restock": { nope: 1 } } }), market(p)),
    ).toThrow(/unknown asset "nope"/);
    expect(() =>
      runStrategy(mapRotation({ cost: 0, timeline: tl, map: { "active-restock": { a: 0.7, b: 0.5 } } }), market(p)),
    ).toThrow(/sum to 1.2/);
  });

  it("the release lag shifts the signal: phase of data month m is known at m + lag", () => {
    const r = runStrategy(
      mapRotation({ cost: 0, timeline: tl, signalLag: 1, map: { "active-restock": { b: 1 } } }),
      market(p),
    );
    expect(r.weights[9 + 2]).toBe(0); // month 2 is active-restock but only known at month 3
    expect(r.weights[9 + 3]).toBe(1);
    expect(r.returnPhase[1]).toBe(-1);
    expect(Array.from(codesOnAxis(tl, JAN2011, 4, 1))).toEqual([-1, 0, 0, 1]);
  });

  it("charges cost in bps of turnover", () => {
    const s0 = runStrategy(topKRotation({ cost: 0, timeline: tl, topK: 1 }), market(p));
    const s1 = runStrategy(topKRotation({ timeline: tl, topK: 1, cost: 25 }), market(p));
    for (let t = 1; t <= 8; t++) expect(s1.returns[t]).toBeCloseTo(s0.returns[t] - 0.0025 * s0.turnover[t - 1], 12);
  });

  it("quarterly and phase-change schedules trade less", () => {
    const m = market(p);
    const monthly = runStrategy(topKRotation({ cost: 0, timeline: tl, topK: 1 }), m);
    const q = runStrategy(topKRotation({ cost: 0, timeline: tl, topK: 1, rebalance: "quarterly" }), m);
    const pc = runStrategy(topKRotation({ cost: 0, timeline: tl, topK: 1, rebalance: "phase-change" }), m);
    const sum = (x: Float64Array) => x.reduce((a, b) => (b === b ? a + b : a), 0);
    expect(sum(q.turnover)).toBeLessThanOrEqual(sum(monthly.turnover));
    expect(pc.turnover[1]).toBe(0); // same phase as month 0
  });
});

describe("ex-post stamping", () => {
  const codes = [0, 0, 1, 1, 0, 0, 1, 1, 1];
  it("a run on ex-post phases says it uses future information, everywhere it reports", () => {
    const ex = runStrategy(topKRotation({ cost: 0, timeline: timelineOf(codes, JAN2011, true) }), market(panel));
    expect(ex.exPost).toBe(true);
    expect(ex.stamp).toBe("uses future information");
    expect(ex.name).toMatch(/ex-post/);
    expect(ex.warnings.join(" ")).toMatch(/uses future information/);
    expect(metrics(ex).stamp).toBe("uses future information");
    const c = compare([ex, runStrategy(equalWeight("equal-weight", 0), market(panel))]);
    expect(c.rows.filter((r) => r.strategy === ex.name).every((r) => r.stamp === "uses future information")).toBe(true);
    expect(c.rows.filter((r) => r.strategy === "equal-weight").every((r) => r.stamp === null)).toBe(true);
  });
  it("an as-of run is not stamped", () => {
    const r = runStrategy(topKRotation({ cost: 0, timeline: timelineOf(codes) }), market(panel));
    expect(r.stamp).toBeNull();
    expect(metrics(r).stamp).toBeNull();
  });
});

describe("phase coverage", () => {
  it("a phase series shorter than the prices is an error naming both ends", () => {
    const tl = timelineOf([0, 0, 1, 1, 0]);
    expect(() => checkCoverage(tl, JAN2011, JAN2011 + 8, 0, "phases.csv")).toThrow(
      /the phase series ends 2011-05 but prices run to 2011-09; shorten the window with --to or extend the phases/,
    );
    expect(() => checkCoverage(tl, JAN2011 + 1, JAN2011 + 6, 1)).toThrow(/known 2011-06 with a 1-month lag/);
    expect(() => checkCoverage(timelineOf([0, 1], JAN2011 + 3), JAN2011, JAN2011 + 4)).toThrow(
      /starts 2011-04 but prices start 2011-01/,
    );
  });
  it("the ids of the phase table are the ones the metrics split by", () => {
    const r = runStrategy(topKRotation({ cost: 0, timeline: timelineOf([0, 0, 1, 1, 0, 0, 1, 1, 1]) }), market(panel));
    expect(Object.keys(metrics(r).byPhase)).toEqual([...PHASE_IDS]);
  });
});

describe("the rotation's score history and the batch scorer agree", () => {
  it("at the last month-end, scores from ended episodes equal scorePhases on the same episodes", async () => {
    const { scorePhases } = await import("../src/score/phaseScores.ts");
    const { scoreHistory } = await import("../src/strategy/prepared.ts");
    const { rng } = await import("../src/stats/rng.ts");
    const r = rng(21);
    const T = 90;
    const codes = Int8Array.from({ length: T }, (_, t) => (t < 3 ? -1 : Math.floor((t - 3) / 5) % 4));
    const rows: Record<string, number[]> = {};
    for (const id of ["a", "b", "c", "d", "e", "f"])
      rows[id] = pricesFromReturns(Array.from({ length: T - 1 }, () => (r() - 0.5) * 0.1));
    rows.f = rows.f.map((x, t) => (t < 30 ? NaN : x)); // lists late
    const p = panelOf(rows);
    const batch = scorePhases(p, codes, { bootstrap: 0, permutations: 0 });
    const h = scoreHistory(market(p), codes);
    const t = T - 1;
    for (let ph = 0; ph < 4; ph++) {
      const snap = h.snapshotAt[t * 4 + ph];
      expect(h.endedBefore[t * 4 + ph]).toBe(batch.phaseEpisodes[ph].length);
      for (let a = 0; a < 6; a++) {
        const s = h.score[snap * 6 + a];
        if (batch.episodes[a * 4 + ph] === 0) expect(s).toBeNaN();
        else expect(s).toBe(batch.score[a * 4 + ph]);
      }
    }
  });
});
