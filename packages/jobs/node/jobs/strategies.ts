/**
 * Strategies run on the loaded inputs (shared by backtest, compare, report and the overview job): the
 * specs (src/strategies.ts) on the inputs' market, the metrics and comparison split by phase, and the
 * walk-forward headline.
 */
import { KitchinError } from "@kitchin/core";
import {
  BACKTEST_DEFAULTS,
  HEADLINE_CANDIDATES,
  headline,
  codesOnAxis,
  compare,
  market,
  metrics,
  runStrategy,
  signalFor,
  type Comparison,
  type Headline,
  type Market,
  type StrategyMetrics,
  type StrategyResult,
} from "@kitchin/backtest";
import { isBenchmark, strategyOf, type StrategyContext } from "../../src/strategies.ts";
import { readJsonFile } from "../io/json.ts";
import type { Inputs } from "../readers/backtestInputs.ts";

export interface Runs {
  market: Market;
  results: StrategyResult[];
  metrics: StrategyMetrics[];
  comparison: Comparison;
  context: StrategyContext;
}

/** How strategies run (the CLI parses its flags into them once); unset = the package defaults. */
export interface RunOptions {
  cost?: number;
  fallback?: "all" | "cash";
  splitBy?: "signal" | "ex-post";
}

export function strategyContext(inp: Inputs, r: RunOptions = {}): StrategyContext {
  return {
    ...signalFor(inp.phases, inp.mode, "trade"),
    cost: r.cost ?? BACKTEST_DEFAULTS.costBps,
    fallback: r.fallback ?? "all",
    region: inp.region,
    readJson: readJsonFile,
  };
}

export function runSpecs(inp: Inputs, specs: readonly string[], r: RunOptions = {}): Runs {
  const context = strategyContext(inp, r);
  const mk = market(inp.panel, inp.cash, inp.prices.cashLabel);
  const results = specs.map((s) => runStrategy(strategyOf(s, context), mk));
  const split = r.splitBy ?? "signal";
  // Signal split: the return of month t belongs to the phase known at the end of month t−1 (what a
  // rotation acts on), for every strategy alike — benchmarks included.
  const known = codesOnAxis(context.timeline, inp.panel.start, inp.panel.months, context.signalLag);
  const phaseOfMonth =
    split === "ex-post"
      ? codesOnAxis(inp.phases.history, inp.panel.start, inp.panel.months, 0)
      : Int8Array.from(known, (_, t) => (t > 0 ? known[t - 1] : -1));
  const opts = { riskFree: inp.cash, riskFreeLabel: inp.prices.cashLabel, phaseOfMonth };
  return {
    market: mk,
    results,
    metrics: results.map((r) => metrics(r, opts)),
    comparison: compare(results, opts),
    context,
  };
}

/**
 * The headline (packages/backtest walkforward/headline.ts): walk-forward over the candidate
 * rotations, against the runs' benchmarks over the same out-of-sample months. Null when the window
 * is too short for one fit and one test block (the report and the main job say so).
 */
export function runHeadline(inp: Inputs, runs: Runs): Headline | null {
  const specs = HEADLINE_CANDIDATES.filter((s) => s !== "clock" || runs.context.region !== null);
  const candidates = specs.map((s) => runStrategy(strategyOf(s, runs.context), runs.market));
  const benchmarks = runs.results.filter((r) => isBenchmark(r.name));
  try {
    return headline(candidates, benchmarks, { riskFree: inp.cash });
  } catch (e) {
    if (e instanceof KitchinError && e.code === "too-short") return null;
    throw e;
  }
}
