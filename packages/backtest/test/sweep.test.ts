import { describe, expect, it } from "vitest";
import { market } from "../src/strategy/types.ts";
import { runStrategy } from "../src/strategy/run.ts";
import { topKRotation } from "../src/strategy/rotation.ts";
import { metrics } from "../src/metrics/metrics.ts";
import { gridSize, sweep } from "../src/sweep/sweep.ts";
import { walkForward } from "../src/walkforward/walkForward.ts";
import { rng } from "../src/stats/rng.ts";
import { panelOf, pricesFromReturns, timelineOf } from "./helpers.ts";

const rand = rng(11);
const T = 96;
const codes = Array.from({ length: T + 1 }, (_, t) => Math.floor(t / 4) % 4);
const rows: Record<string, number[]> = {};
for (const id of ["a", "b", "c", "d", "e"]) {
  const bias = rand() * 0.02;
  rows[id] = pricesFromReturns(
    Array.from({ length: T }, (_, t) => (codes[t + 1] === 0 ? bias : -bias / 3) + (rand() - 0.5) * 0.06),
  );
}
const panel = panelOf(rows);
const tlA = timelineOf(codes);
const tlB = timelineOf(codes.map((c, t) => (t % 9 === 0 ? (c + 1) % 4 : c)));

describe("sweep", () => {
  const grid = {
    timelines: [
      { label: "A", timeline: tlA },
      { label: "B", timeline: tlB },
    ],
    signalLags: [0, 1],
    topK: [1, 2, 3],
    weighting: ["equal", "inverse-vol", "score"] as const,
    cost: [0, 10, 30],
    rebalance: ["monthly", "quarterly"] as const,
  };

  it("evaluates every configuration, says how many, and ranks them", () => {
    const progress: number[] = [];
    const s = sweep(market(panel), grid, { onProgress: (d) => progress.push(d) });
    expect(s.tried).toBe(gridSize(grid));
    expect(s.tried).toBe(2 * 2 * 3 * 3 * 3 * 2);
    expect(progress[progress.length - 1]).toBe(s.tried);
    for (let i = 1; i < s.rows.length; i++) expect(s.rows[i - 1].sharpe).toBeGreaterThanOrEqual(s.rows[i].sharpe);
  });

  it("a sweep row equals a direct backtest with the same parameters (shared results change nothing)", () => {
    const s = sweep(market(panel), grid);
    const row = s.rows.find(
      (r) =>
        r.timeline === "B" &&
        r.lag === 1 &&
        r.topK === 2 &&
        r.weighting === "inverse-vol" &&
        r.cost === 30 &&
        r.rebalance === "quarterly",
    )!;
    const direct = metrics(
      runStrategy(
        topKRotation({
          timeline: tlB,
          signalLag: 1,
          topK: 2,
          weighting: "inverse-vol",
          cost: 30,
          rebalance: "quarterly",
        }),
        market(panel),
      ),
    );
    expect(row.totalReturn).toBeCloseTo(direct.totalReturn, 12);
    expect(row.sharpe).toBeCloseTo(direct.sharpe, 12);
    expect(row.turnover).toBeCloseTo(direct.turnover, 12);
  });

  it("splits into parts for worker threads without losing or repeating a configuration", () => {
    const m = market(panel);
    const parts = [0, 1, 2].map((index) => sweep(m, grid, { part: { index, count: 3 } }));
    expect(parts.reduce((a, p) => a + p.tried, 0)).toBe(gridSize(grid));
    const keys = new Set(
      parts.flatMap((p) =>
        p.rows.map((r) => JSON.stringify([r.timeline, r.lag, r.rebalance, r.topK, r.weighting, r.cost])),
      ),
    );
    expect(keys.size).toBe(gridSize(grid));
  });
});

describe("walk-forward", () => {
  const m = market(panel);
  const cands = [1, 2, 3].map((k) => runStrategy(topKRotation({ timeline: tlA, topK: k, name: `top-${k}` }), m));

  it("fits on an expanding window, tests on the next block, reports in- and out-of-sample apart", () => {
    const wf = walkForward(cands, { fit: 36, test: 12 });
    expect(wf.folds.length).toBe(5);
    expect(wf.folds[0]).toMatchObject({ fitFrom: "2011-02", fitTo: "2014-01", testFrom: "2014-02", testTo: "2015-01" });
    expect(wf.folds[4].testTo).toBe("2019-01");
    expect(wf.outOfSample.months).toBe(96 - 36);
    expect(Number.isFinite(wf.inSampleObjective)).toBe(true);
    // the out-of-sample series is the chosen candidate's returns block by block
    const f0 = wf.folds[0];
    const chosen = cands.find((c) => c.name === f0.chosen)!;
    expect(wf.oosReturns[37]).toBe(chosen.returns[37]);
    expect(wf.oosReturns[36]).toBeNaN();
  });

  it("rolls a fixed-length window", () => {
    const wf = walkForward(cands, { fit: 24, test: 24, window: "rolling" });
    expect(wf.folds[1]).toMatchObject({ fitFrom: "2013-02", fitTo: "2015-01", testFrom: "2015-02" });
  });

  it("refuses a window too short to fit", () => {
    expect(() => walkForward(cands, { fit: 120, test: 12 })).toThrow(/not enough for a 120-month fit/);
  });
});
