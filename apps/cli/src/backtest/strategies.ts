/**
 * Strategy specs on the command line, turned into @kitchin/backtest step stacks:
 *   topk[:K[:equal|inverse-vol|score[:monthly|quarterly|phase-change]]]   rotation by note-004 score
 *   clock                    the investment clock (note 003): recovery → equities, overheat →
 *                            commodities, stagflation → cash, reflation → bonds (shipped classes)
 *   map:F.json               a user map {"<phase id>": {"<asset>": weight, …}, …}
 *   equal                    equal weight of the universe (benchmark)
 *   hold:ASSET               buy-and-hold of one asset (benchmark)
 */
import { readFileSync, existsSync } from "node:fs";
import { KitchinError, PHASE_IDS } from "@kitchin/core";
import {
  buyAndHold, equalWeight, mapRotation, topKRotation, type PhaseTimeline, type PhaseWeights, type Rebalance, type Strategy, type Weighting,
} from "@kitchin/backtest";
import { UsageError } from "../errors.ts";
import { universe } from "./universe.ts";

export interface StrategyContext {
  timeline: PhaseTimeline;
  lag: number;
  cost: number;
  fallback: "all" | "cash";
  region: "cn" | "us" | null;
}

const WEIGHTINGS = ["equal", "inverse-vol", "score"] as const;
const REBALANCES = ["monthly", "quarterly", "phase-change"] as const;

export function investmentClock(region: "cn" | "us"): PhaseWeights {
  const c = universe(region).classes;
  return {
    "passive-destock": { [c.equities]: 1 },
    "active-restock": { [c.commodities]: 1 },
    "passive-restock": {},
    "active-destock": { [c.bonds]: 1 },
  };
}

export function strategyOf(spec: string, ctx: StrategyContext): Strategy {
  const [kind, ...rest] = spec.split(":");
  const common = { timeline: ctx.timeline, lag: ctx.lag, cost: ctx.cost };
  if (kind === "topk") {
    const k = rest[0] === undefined ? 1 : Number(rest[0]);
    if (!Number.isInteger(k) || k < 1) throw new UsageError(`strategy "${spec}": top-k needs a whole number ≥ 1`);
    const weighting = (rest[1] ?? "equal") as Weighting;
    if (!(WEIGHTINGS as readonly string[]).includes(weighting)) throw new UsageError(`strategy "${spec}": weighting must be ${WEIGHTINGS.join(", ")}`);
    const rebalance = (rest[2] ?? "monthly") as Rebalance;
    if (!(REBALANCES as readonly string[]).includes(rebalance)) throw new UsageError(`strategy "${spec}": rebalance must be ${REBALANCES.join(", ")}`);
    return topKRotation({ ...common, topK: k, weighting, rebalance, fallback: ctx.fallback, name: spec + (ctx.timeline.mode === "as-of" ? "" : " (ex-post)") });
  }
  if (kind === "clock") {
    if (!ctx.region) throw new UsageError('strategy "clock" needs --dataset (it maps phases to the shipped equity, bond and commodity series); use map:F.json with your own prices');
    return mapRotation({ ...common, map: investmentClock(ctx.region), name: "clock" + (ctx.timeline.mode === "as-of" ? "" : " (ex-post)") });
  }
  if (kind === "map") {
    const file = rest.join(":");
    if (!file) throw new UsageError('strategy "map" needs a file: map:weights.json');
    if (!existsSync(file)) throw new KitchinError("bad-file", "file not found", { file });
    let map: PhaseWeights;
    try {
      map = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new KitchinError("bad-file", `not valid JSON (${(e as Error).message})`, { file });
    }
    for (const k of Object.keys(map)) {
      if (!(PHASE_IDS as readonly string[]).includes(k)) throw new KitchinError("bad-option", `"${k}" is not a phase id; use ${PHASE_IDS.join(", ")}`, { file });
    }
    return mapRotation({ ...common, map, name: `map:${file.split("/").pop()}` + (ctx.timeline.mode === "as-of" ? "" : " (ex-post)") });
  }
  if (kind === "equal") return equalWeight();
  if (kind === "hold") {
    if (!rest.length) throw new UsageError('strategy "hold" needs an asset: hold:cn.csi300');
    return buyAndHold(rest.join(":"), `hold:${rest.join(":")}`);
  }
  throw new UsageError(`unknown strategy "${spec}"; use topk[:K[:WEIGHTING[:REBALANCE]]], clock, map:F.json, equal or hold:ASSET`);
}

/** Benchmarks by default: equal weight, plus buy-and-hold of equities when they are in the universe. */
export function defaultBenchmarks(region: "cn" | "us" | null, assets: readonly string[] = []): string[] {
  const eq = region ? universe(region).classes.equities : null;
  return eq && assets.includes(eq) ? ["equal", `hold:${eq}`] : ["equal"];
}
