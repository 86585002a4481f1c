/**
 * The CLI restates no default: its strategy set, lead window and presets are the packages' own
 * (backtest `defaultStrategySpecs`, core `LEAD_DEFAULTS` and `PHASE_PRESETS`).
 */
import { describe, expect, it } from "vitest";
import { LEAD_DEFAULTS, PHASE_PRESETS } from "@kitchin/core";
import { defaultBenchmarks as packageBenchmarks, defaultStrategySpecs } from "@kitchin/backtest";
import { universe } from "@kitchin/datasets";
import { defaultBenchmarks, defaultSpecs } from "@kitchin/jobs";
import { parseArgs } from "../src/args.ts";
import { TURN_FLAGS, turnFlags } from "../src/options.ts";
import { computeLeadTable } from "@kitchin/jobs/node";
import { specContext } from "@kitchin/jobs/node";

describe("the CLI's defaults come from the packages", () => {
  it("default strategies and benchmarks: the backtest package's, for a region and for a user's panel", () => {
    const eq = universe("cn").classes.equities;
    expect(defaultSpecs("cn", [eq, "x"])).toEqual(
      defaultStrategySpecs({ classesKnown: true, equities: eq, assets: [eq, "x"] }),
    );
    expect(defaultSpecs(null, ["x"])).toEqual(
      defaultStrategySpecs({ classesKnown: false, equities: null, assets: ["x"] }),
    );
    expect(defaultBenchmarks(null, ["x"])).toEqual(packageBenchmarks(null, ["x"]));
  });

  it("turn presets: the core's PHASE_PRESETS when no flag is given", () => {
    const t = turnFlags(parseArgs([], TURN_FLAGS));
    expect(t.demandPreset).toBe(PHASE_PRESETS.demand);
  });

  it("the lead window: the core's LEAD_DEFAULTS when no flag is given", async () => {
    const ctx = await specContext();
    const d = computeLeadTable({ target: "cn.inventory_yoy", indicators: ["cn.ppi_yoy"], options: {} }, ctx);
    expect([d.params.maxLead, d.params.maxLag, d.params.maxCorrLag, d.params.preset]).toEqual([
      LEAD_DEFAULTS.maxLead,
      LEAD_DEFAULTS.maxLag,
      LEAD_DEFAULTS.maxCorrLag,
      LEAD_DEFAULTS.preset,
    ]);
  });
});
