/**
 * No look-ahead (methods.md §9): appending later prices and later macro data (later
 * phases of an as-of timeline) never changes earlier weights or returns.
 */
import { describe, it } from "vitest";
import fc from "fast-check";
import { market } from "../src/strategy/types.ts";
import { runStrategy } from "../src/strategy/run.ts";
import { mapRotation, topKRotation } from "../src/strategy/rotation.ts";
import { equalWeight } from "../src/strategy/benchmarks.ts";
import { pricePanel } from "../src/panel/panel.ts";
import type { Strategy } from "../src/strategy/types.ts";
import type { PhaseTimeline } from "../src/timeline/timeline.ts";
import { JAN2011 } from "./helpers.ts";

const N = 4;

const world = fc.record({
  months: fc.integer({ min: 8, max: 40 }),
  extra: fc.integer({ min: 1, max: 12 }),
  seedReturns: fc.array(fc.double({ min: -0.2, max: 0.25, noNaN: true }), { minLength: N * 52, maxLength: N * 52 }),
  listing: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: N, maxLength: N }),
  codes: fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 52, maxLength: 52 }),
  runLength: fc.integer({ min: 1, max: 6 }),
  lag: fc.integer({ min: 0, max: 2 }),
  topK: fc.integer({ min: 1, max: 3 }),
  weighting: fc.constantFrom("equal", "inverse-vol", "score") as fc.Arbitrary<"equal" | "inverse-vol" | "score">,
  rebalance: fc.constantFrom("monthly", "quarterly", "phase-change") as fc.Arbitrary<
    "monthly" | "quarterly" | "phase-change"
  >,
  cost: fc.constantFrom(0, 10, 50),
  kind: fc.constantFrom("topk", "map", "equal"),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function build(w: any, T: number) {
  const prices = new Float64Array(N * T).fill(NaN);
  for (let a = 0; a < N; a++) {
    let p = 100;
    for (let t = 0; t < T; t++) {
      if (t >= w.listing[a]) {
        prices[a * T + t] = p;
        p *= 1 + w.seedReturns[a * 52 + t];
      }
    }
  }
  const panel = pricePanel(["a", "b", "c", "d"], JAN2011, T, prices);
  // Phases in runs so that episodes exist; the timeline only ever grows at the end (as-of).
  const codes = Int8Array.from({ length: T }, (_, t) => w.codes[Math.floor(t / w.runLength)]);
  const timeline: PhaseTimeline = { mode: "as-of", start: JAN2011, codes };
  return { panel, timeline };
}

function strategyFor(w: any, timeline: PhaseTimeline): Strategy {
  if (w.kind === "equal") return equalWeight("equal-weight", 0);
  if (w.kind === "map")
    return mapRotation({
      timeline,
      signalLag: w.lag,
      rebalance: w.rebalance,
      cost: w.cost,
      map: {
        "passive-destock": { a: 0.5, b: 0.5 },
        "active-restock": { c: 1 },
        "passive-restock": {},
        "active-destock": { d: 0.8 },
      },
    });
  return topKRotation({
    timeline,
    signalLag: w.lag,
    topK: w.topK,
    weighting: w.weighting,
    rebalance: w.rebalance,
    cost: w.cost,
  });
}

describe("no look-ahead", () => {
  it("appending later prices and phases never changes earlier weights or returns", () => {
    fc.assert(
      fc.property(world, (w) => {
        const short = build(w, w.months);
        const long = build(w, w.months + w.extra);
        const rs = runStrategy(strategyFor(w, short.timeline), market(short.panel));
        const rl = runStrategy(strategyFor(w, long.timeline), market(long.panel));
        const T = w.months;
        const TL = w.months + w.extra;
        for (let t = 0; t < T; t++) {
          if (!Object.is(rs.returns[t], rl.returns[t])) return false;
          if (t < T - 1) {
            if (!Object.is(rs.turnover[t], rl.turnover[t])) return false;
            for (let a = 0; a < N; a++) if (!Object.is(rs.weights[a * T + t], rl.weights[a * TL + t])) return false;
          }
        }
        return true;
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it("changing a price after month t never changes the weights chosen up to t", () => {
    fc.assert(
      fc.property(
        world,
        fc.integer({ min: 2, max: 30 }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (w, cut, factor) => {
          const T = w.months + w.extra;
          const base = build(w, T);
          const t0 = Math.min(cut, T - 2);
          const shocked = Float64Array.from(base.panel.prices);
          for (let a = 0; a < N; a++) for (let t = t0 + 1; t < T; t++) shocked[a * T + t] *= factor;
          const p2 = pricePanel(base.panel.assets, base.panel.start, T, shocked);
          const r1 = runStrategy(strategyFor(w, base.timeline), market(base.panel));
          const r2 = runStrategy(strategyFor(w, base.timeline), market(p2));
          for (let t = 0; t <= t0; t++)
            for (let a = 0; a < N; a++) if (!Object.is(r1.weights[a * T + t], r2.weights[a * T + t])) return false;
          return true;
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
