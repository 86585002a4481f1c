/**
 * The strategy reader (src/strategies.ts): every spec form builds the strategy the backtest package
 * builds from the same options (run on one hand-made market, the returns agree, and a different
 * option gives different returns, so the comparison can fail); bad specs are keyed usage errors;
 * the default strategy and benchmark sets per region, written out by hand.
 */
import { describe, expect, it } from "vitest";
import { KitchinError, type Message } from "@kitchin/core";
import {
  buyAndHold,
  clockRotation,
  equalWeight,
  mapRotation,
  market,
  runStrategy,
  topKRotation,
  type Strategy,
} from "@kitchin/backtest";
import { universe } from "@kitchin/datasets";
import {
  EQUAL_NAME,
  defaultBenchmarks,
  defaultSpecs,
  isBenchmark,
  phaseWeightsOf,
  strategyOf,
  type StrategyContext,
} from "../src/strategies.ts";
import { cyclingTimeline, expectUsage, panelOf } from "./helpers.ts";

const panel = panelOf(120);
const mk = market(panel);
const timeline = cyclingTimeline(120, 9);
const ctx: StrategyContext = { timeline, signalLag: 1, cost: 10, fallback: "all", region: null };
const run = (s: Strategy) => Array.from(runStrategy(s, mk).returns);
const common = { timeline, signalLag: 1, cost: 10 };

describe("strategyOf: every spec form", () => {
  it("topk with its K, weighting and rebalance is the backtest's topKRotation with those options", () => {
    const got = strategyOf("topk:2:inverse-vol:quarterly", ctx);
    expect(got.name).toBe("topk:2:inverse-vol:quarterly");
    const want = topKRotation({
      ...common,
      topK: 2,
      weighting: "inverse-vol",
      rebalance: "quarterly",
      fallback: "all",
      name: "x",
    });
    expect(run(got)).toEqual(run(want));
    // another option, other returns: the comparison above can fail
    expect(run(strategyOf("topk:1", ctx))).not.toEqual(run(want));
  });

  it("topk alone holds one asset, equal weighting, monthly (the package's defaults)", () => {
    const want = topKRotation({ ...common, topK: 1, weighting: "equal", rebalance: "monthly", fallback: "all" });
    expect(run(strategyOf("topk", ctx))).toEqual(run(want));
    expect(run(strategyOf("topk:1:equal:monthly", ctx))).toEqual(run(want));
  });

  it("an ex-post timeline is named so", () => {
    const ex = { ...ctx, timeline: cyclingTimeline(120, 9, "ex-post") };
    expect(strategyOf("topk:1", ex).name).toBe("topk:1 (ex-post)");
    expect(strategyOf("topk:1", ctx).name).toBe("topk:1");
  });

  it("clock is the investment clock on the region's asset classes", () => {
    const cn = { ...ctx, region: "cn" as const };
    const classes = universe("cn").classes;
    const p = panelOf(120, [classes.equities, classes.bonds, classes.commodities]);
    const m = market(p);
    const got = runStrategy(strategyOf("clock", cn), m).returns;
    const want = runStrategy(clockRotation({ ...common, classes }), m).returns;
    expect(Array.from(got)).toEqual(Array.from(want));
    expect(Array.from(got).some(Number.isFinite)).toBe(true);
  });

  it("map:F reads F through the context's readJson and is the backtest's mapRotation of its weights", () => {
    const asked: string[] = [];
    const weights = {
      "active-restock": { A: 1 },
      "passive-restock": { B: 0.5, C: 0.5 },
      "active-destock": { C: 1 },
      "passive-destock": { A: 0.5, B: 0.5 },
    };
    const got = strategyOf("map:dir/w.json", {
      ...ctx,
      readJson: (f) => {
        asked.push(f);
        return weights;
      },
    });
    expect(asked).toEqual(["dir/w.json"]);
    expect(got.name).toBe("map:w.json");
    expect(run(got)).toEqual(run(mapRotation({ ...common, map: weights })));
  });

  it("equal and hold:ASSET are the benchmarks, paying the same cost", () => {
    const eq = strategyOf("equal", ctx);
    expect(eq.name).toBe(EQUAL_NAME);
    expect(run(eq)).toEqual(run(equalWeight(EQUAL_NAME, 10)));
    expect(run(eq)).not.toEqual(run(equalWeight(EQUAL_NAME, 0)));
    const hold = strategyOf("hold:B", ctx);
    expect(hold.name).toBe("hold:B");
    expect(run(hold)).toEqual(run(buyAndHold("B", "hold:B", 10)));
    // an asset id with a colon keeps it
    expect(strategyOf("hold:x:y", ctx).name).toBe("hold:x:y");
  });
});

describe("strategyOf: bad specs are one keyed usage error", () => {
  it.each([
    ["topk:0", "strategyTopK"],
    ["topk:1.5", "strategyTopK"],
    ["topk:two", "strategyTopK"],
    ["topk:1:heavy", "strategyWord"],
    ["topk:1:equal:yearly", "strategyWord"],
    ["hold", "strategyHold"],
    ["clock", "strategyClock"], // no region: the classes are unknown
    ["momentum", "strategyUnknown"],
    ["", "strategyUnknown"],
  ])("%j → %s", (spec, key) => expectUsage(() => strategyOf(spec, ctx), key));

  it("map: without a readJson (the add-in) or without a file is refused", () => {
    expectUsage(() => strategyOf("map:w.json", ctx), "strategyMapFile");
    expectUsage(() => strategyOf("map:", { ...ctx, readJson: () => ({}) }), "strategyMapFile");
  });

  it("the word refused is named in the message", () => {
    try {
      strategyOf("topk:1:heavy", ctx);
      expect.unreachable();
    } catch (e) {
      expect(String((e as Error).message)).toContain("topk:1:heavy");
      expect(((e as { said: Message }).said.params as { what: string }).what).toBe("weighting");
    }
  });
});

describe("phaseWeightsOf: a map file's one shape", () => {
  const refused = (v: unknown, key: string) => {
    try {
      phaseWeightsOf(v, "m.json");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KitchinError);
      expect(((e as KitchinError).said as Message).key).toBe(key);
      expect((e as KitchinError).place.file).toBe("m.json");
    }
  };
  it("keeps phase → asset → weight", () => {
    expect(phaseWeightsOf({ "active-restock": { A: 0.25, B: 0.75 } }, "m.json")).toEqual({
      "active-restock": { A: 0.25, B: 0.75 },
    });
  });
  it("refuses null, a list, an unknown phase, a weight out of 0..1 or written as text", () => {
    refused(null, "mapNotObject");
    refused([1], "mapNotObject");
    refused({ "active-restock": 3 }, "mapNotObject");
    refused({ boom: { A: 1 } }, "notPhaseId");
    refused({ "active-restock": { A: 1.5 } }, "mapWeightRange");
    refused({ "active-restock": { A: -0.1 } }, "mapWeightRange");
    refused({ "active-restock": { A: "0.5" } }, "mapWeightRange");
  });
});

describe("default strategies and benchmarks per region", () => {
  it("a shipped region: the rotation, the clock, equal weight and its equity index held", () => {
    expect(defaultSpecs("cn", ["cn.csi300", "cn.cgb10y_tr", "cn.nanhua"])).toEqual([
      "topk:1",
      "clock",
      "equal",
      "hold:cn.csi300",
    ]);
    expect(defaultSpecs("us", ["us.spx", "us.ust10y_tr"])).toEqual(["topk:1", "clock", "equal", "hold:us.spx"]);
    expect(defaultBenchmarks("us", ["us.spx"])).toEqual(["equal", "hold:us.spx"]);
    expect(defaultBenchmarks("cn", ["cn.csi300"])).toEqual(["equal", "hold:cn.csi300"]);
  });
  it("the equity index is held only when the panel has it", () => {
    expect(defaultSpecs("cn", ["cn.nanhua"])).toEqual(["topk:1", "clock", "equal"]);
    expect(defaultBenchmarks("us")).toEqual(["equal"]);
  });
  it("the user's own prices: no clock (no classes), equal weight only", () => {
    expect(defaultSpecs(null, ["A", "B"])).toEqual(["topk:1", "equal"]);
    expect(defaultBenchmarks(null, ["A", "cn.csi300"])).toEqual(["equal"]);
  });
  it("isBenchmark: equal weight and buy-and-hold only", () => {
    expect(["equal-weight", "hold:A", "topk:1", "clock", "equal"].map(isBenchmark)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
