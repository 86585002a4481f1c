/** Runs strategy specs on the loaded inputs (shared by backtest, compare and report). */
import { codesOnAxis, compare, market, metrics, runStrategy, type Comparison, type Market, type StrategyMetrics, type StrategyResult } from "@kitchin/backtest";
import { num, oneOf, str, type FlagSpecs, type ParsedArgs } from "../args.ts";
import type { Inputs } from "./setup.ts";
import { strategyOf, type StrategyContext } from "./strategies.ts";

export const STRATEGY_FLAGS: FlagSpecs = {
  cost: { type: "string", arg: "BPS", description: "trading cost in basis points of turnover (default 10)" },
  fallback: { type: "string", arg: "all|cash", description: "top-k: what to hold before a phase has any ended episode (default all)" },
  "split-by": { type: "string", arg: "signal|ex-post", description: "split returns by the phase acted on (default) or by the ex-post phase of the month" },
};

export interface Runs {
  market: Market;
  results: StrategyResult[];
  metrics: StrategyMetrics[];
  comparison: Comparison;
  context: StrategyContext;
}

export function strategyContext(p: ParsedArgs, inp: Inputs): StrategyContext {
  const fileLag = str(p, "phases") !== undefined;
  return {
    timeline: inp.mode === "ex-post" ? inp.phases.history : inp.phases.signal,
    lag: inp.mode === "ex-post" && !fileLag ? 0 : inp.phases.signalLag,
    cost: num(p, "cost", 0) ?? 10,
    fallback: oneOf(p, "fallback", ["all", "cash"] as const, "all"),
    region: inp.region,
  };
}

export function runSpecs(p: ParsedArgs, inp: Inputs, specs: readonly string[]): Runs {
  const context = strategyContext(p, inp);
  const mk = market(inp.panel, inp.cash, inp.prices.cashLabel);
  const results = specs.map((s) => runStrategy(strategyOf(s, context), mk));
  const split = oneOf(p, "split-by", ["signal", "ex-post"] as const, "signal");
  // Signal split: the return of month t belongs to the phase known at the end of month t−1 (what a
  // rotation acts on), for every strategy alike — benchmarks included.
  const known = codesOnAxis(context.timeline, inp.panel.start, inp.panel.months, context.lag);
  const phaseOfMonth = split === "ex-post" ? codesOnAxis(inp.phases.history, inp.panel.start, inp.panel.months, 0) : Int8Array.from(known, (_, t) => (t > 0 ? known[t - 1] : -1));
  const opts = { riskFree: inp.cash, riskFreeLabel: inp.prices.cashLabel, phaseOfMonth };
  return { market: mk, results, metrics: results.map((r) => metrics(r, opts)), comparison: compare(results, opts), context };
}
