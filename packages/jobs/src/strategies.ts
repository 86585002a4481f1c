/**
 * Strategy specs, turned into @kitchin/backtest strategies — the one reading of a spec for every face
 * (the CLI's --strategy, the overview's defaults, CYCLE.BACKTEST's benchmarks):
 *   topk[:K[:equal|inverse-vol|score[:monthly|quarterly|phase-change]]]   rotation by note-004 score
 *   clock                    the investment clock (note 003; `clockRotation` on the catalog's classes)
 *   map:F.json               a user map {"<phase id>": {"<asset>": weight, …}, …} (faces that read files)
 *   equal                    equal weight of the universe (benchmark)
 *   hold:ASSET               buy-and-hold of one asset (benchmark)
 * Browser-safe: a map file is read through the context's `readJson`.
 */
import { KitchinError, PHASE_IDS, say, shortText } from "@kitchin/core";
import {
  BACKTEST_DEFAULTS,
  defaultBenchmarks as packageBenchmarks,
  defaultStrategySpecs,
  buyAndHold,
  clockRotation,
  equalWeight,
  mapRotation,
  topKRotation,
  type PhaseTimeline,
  type PhaseWeights,
  type Rebalance,
  type Strategy,
  type Weighting,
} from "@kitchin/backtest";
import { universe } from "@kitchin/datasets";
import { UsageError } from "./errors.ts";
import { expectObject, jsonKind } from "./json.ts";

export interface StrategyContext {
  timeline: PhaseTimeline;
  /** Months between a phase's data month and trading on it (`signalFor`). */
  signalLag: number;
  cost: number;
  fallback: "all" | "cash";
  region: "cn" | "us" | null;
  /** Reads a `map:F.json` file (a Node face passes its JSON reader; the add-in has none). */
  readJson?: (file: string) => unknown;
}

const WEIGHTINGS = ["equal", "inverse-vol", "score"] as const;
const REBALANCES = ["monthly", "quarterly", "phase-change"] as const;

export function strategyOf(spec: string, ctx: StrategyContext): Strategy {
  const [kind, ...rest] = spec.split(":");
  const common = { timeline: ctx.timeline, signalLag: ctx.signalLag, cost: ctx.cost };
  const suffix = ctx.timeline.mode === "as-of" ? "" : " (ex-post)";
  if (kind === "topk") {
    const k = rest[0] === undefined ? BACKTEST_DEFAULTS.topK : Number(rest[0]);
    if (!Number.isInteger(k) || k < 1) throw new UsageError(say("strategyTopK", { spec }));
    const weighting = (rest[1] ?? "equal") as Weighting;
    if (!(WEIGHTINGS as readonly string[]).includes(weighting))
      throw new UsageError(say("strategyWord", { spec, what: "weighting", allowed: WEIGHTINGS }));
    const rebalance = (rest[2] ?? "monthly") as Rebalance;
    if (!(REBALANCES as readonly string[]).includes(rebalance))
      throw new UsageError(say("strategyWord", { spec, what: "rebalance", allowed: REBALANCES }));
    return topKRotation({ ...common, topK: k, weighting, rebalance, fallback: ctx.fallback, name: spec + suffix });
  }
  if (kind === "clock") {
    if (!ctx.region) throw new UsageError(say("strategyClock"));
    return clockRotation({ ...common, classes: universe(ctx.region).classes });
  }
  if (kind === "map") {
    const file = rest.join(":");
    if (!file || !ctx.readJson) throw new UsageError(say("strategyMapFile"));
    const map = phaseWeightsOf(ctx.readJson(file), file);
    return mapRotation({ ...common, map, name: `map:${file.split("/").pop()}` + suffix });
  }
  // Benchmarks pay the same cost as the strategies: a comparison where only one side pays is not like for like.
  if (kind === "equal") return equalWeight(EQUAL_NAME, ctx.cost);
  if (kind === "hold") {
    if (!rest.length) throw new UsageError(say("strategyHold"));
    return buyAndHold(rest.join(":"), `hold:${rest.join(":")}`, ctx.cost);
  }
  throw new UsageError(say("strategyUnknown", { spec }));
}

/**
 * A map file's content checked against its one shape: an object of phase ids, each an object of
 * asset → weight (a finite number from 0 to 1). `null`, `42`, a list or a weight written as text is
 * one line naming the file and the place; the weights' sum is checked by the strategy itself.
 */
export function phaseWeightsOf(v: unknown, file: string): PhaseWeights {
  const top = expectObject(v, file, (found) => say("mapNotObject", { ids: PHASE_IDS, found }));
  const map: PhaseWeights = {};
  for (const [k, row] of Object.entries(top)) {
    if (!(PHASE_IDS as readonly string[]).includes(k))
      throw new KitchinError("bad-option", say("notPhaseId", { text: shortText(k), ids: PHASE_IDS }), { file });
    const weights = expectObject(row, file, (found) => say("mapNotObject", { phase: k, ids: PHASE_IDS, found }));
    const out: Record<string, number> = {};
    for (const [asset, w] of Object.entries(weights)) {
      if (typeof w !== "number" || !Number.isFinite(w) || w < 0 || w > 1)
        throw new KitchinError(
          "bad-option",
          say("mapWeightRange", {
            phase: k,
            asset: shortText(asset),
            found: typeof w === "number" ? String(w) : jsonKind(w),
          }),
          { file },
        );
      out[asset] = w;
    }
    map[k as keyof PhaseWeights] = out;
  }
  return map;
}

/** Benchmarks by default (the package's `defaultBenchmarks`) for a region's universe or a user's panel. */
export function defaultBenchmarks(region: "cn" | "us" | null, assets: readonly string[] = []): string[] {
  return packageBenchmarks(region ? universe(region).classes.equities : null, assets);
}

/** The default strategy list of every face (the package's `defaultStrategySpecs`). */
export function defaultSpecs(region: "cn" | "us" | null, assets: readonly string[]): string[] {
  return defaultStrategySpecs({
    classesKnown: region !== null,
    equities: region ? universe(region).classes.equities : null,
    assets,
  });
}

/** Benchmark specs are `equal` and `hold:…`; everything else is a strategy to be judged against them. */
export const isBenchmark = (name: string) => name === EQUAL_NAME || name.startsWith("hold:");
/** The name equal weight's results carry (backtest's `equalWeight`). */
export const EQUAL_NAME = "equal-weight";
