import { describe, expect, it } from "vitest";
import {
  BACKTEST_DEFAULTS,
  DEFAULT_STRATEGIES,
  buyAndHold,
  clockRotation,
  defaultBenchmarks,
  defaultStrategySpecs,
  equalWeight,
  market,
  mapRotation,
  runStrategy,
  topKRotation,
  type Strategy,
} from "../src/index.ts";
import { panelOf, pricesFromReturns, timelineOf } from "./helpers.ts";

const rA = [0.1, -0.05, 0.02, 0.03, -0.01, 0.04, 0.0, 0.05, 0.01, -0.02, 0.03, 0.01];
const rB = [-0.02, 0.01, 0.03, -0.04, 0.02, 0.01, 0.02, -0.03, 0.0, 0.02, -0.01, 0.02];
const panel = panelOf({ a: pricesFromReturns(rA), b: pricesFromReturns(rB), c: pricesFromReturns(rB.map((x) => -x)) });
const timeline = timelineOf([0, 0, 1, 1, 2, 2, 3, 3, 0, 0, 1, 1, 2]);

const run = (s: Strategy) => Array.from(runStrategy(s, market(panel)).returns);

describe("backtest defaults have one home (BACKTEST_DEFAULTS)", () => {
  it("every strategy and benchmark pays BACKTEST_DEFAULTS.costBps unless told otherwise", () => {
    const c = BACKTEST_DEFAULTS.costBps;
    expect(c).toBeGreaterThan(0);
    const pairs: [Strategy, Strategy][] = [
      [topKRotation({ timeline }), topKRotation({ timeline, cost: c })],
      [
        mapRotation({ timeline, map: { "active-restock": { a: 1 } } }),
        mapRotation({ timeline, map: { "active-restock": { a: 1 } }, cost: c }),
      ],
      [
        clockRotation({ timeline, classes: { equities: "a", bonds: "b", commodities: "c" } }),
        clockRotation({ timeline, classes: { equities: "a", bonds: "b", commodities: "c" }, cost: c }),
      ],
      [equalWeight(), equalWeight("equal-weight", c)],
      [buyAndHold("a"), buyAndHold("a", "buy-and-hold a", c)],
    ];
    for (const [implicit, explicit] of pairs) expect(run(implicit)).toEqual(run(explicit));
    // and the cost is charged: a free run differs
    expect(run(topKRotation({ timeline }))).not.toEqual(run(topKRotation({ timeline, cost: 0 })));
  });

  it("top-k holds BACKTEST_DEFAULTS.topK assets by default", () => {
    expect(run(topKRotation({ timeline }))).toEqual(run(topKRotation({ timeline, topK: BACKTEST_DEFAULTS.topK })));
  });

  it("the default strategy set: DEFAULT_STRATEGIES, the clock only with known classes, then the benchmarks", () => {
    expect(defaultStrategySpecs({ classesKnown: true, equities: "cn.csi300", assets: ["cn.csi300", "x"] })).toEqual([
      ...DEFAULT_STRATEGIES,
      "equal",
      "hold:cn.csi300",
    ]);
    expect(defaultStrategySpecs({ classesKnown: false, equities: null, assets: ["x"] })).toEqual(["topk:1", "equal"]);
    expect(defaultBenchmarks("cn.csi300", ["x"])).toEqual(["equal"]);
  });
});
