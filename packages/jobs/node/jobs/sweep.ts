/**
 * The sweep job: a grid of rotation backtests — phase-dating rules (the as-of reversal rule, or the
 * turning points' minimum phase for ex-post runs), signal lag, rebalancing, top-k, weighting and cost —
 * evaluated in one pass over shared intermediate results (on worker threads when large), ranked, with
 * the number of configurations tried, the benchmarks on the same window, and optionally a
 * walk-forward choice of configuration (`FIT:TEST[:rolling]`).
 */
import { SIZE_LIMITS, say, KitchinError, formatMonth } from "@kitchin/core";
import {
  BACKTEST_DEFAULTS,
  USES_FUTURE_INFORMATION,
  buyAndHold,
  equalWeight,
  gridSize,
  metrics,
  market,
  netOfCost,
  runStrategy,
  topKRotation,
  walkForward,
  type PhaseTimeline,
  type Rebalance,
  type StrategyResult,
  type SweepGrid,
  type Weighting,
} from "@kitchin/backtest";
import { parallelSweep } from "@kitchin/backtest/node";
import { UsageError } from "../../src/errors.ts";
import { backtestInputs, type InputOptions } from "../readers/backtestInputs.ts";
import { datasetPhases } from "../readers/phaseInputs.ts";
import { Readers } from "../readers/readers.ts";
import { defaultBenchmarks } from "../../src/strategies.ts";

/** The columns of a sweep row, in the order of the CSV and the `--out` sheet. */
export const SWEEP_ROW_KEYS = [
  "timeline",
  "lag",
  "rebalance",
  "topK",
  "weighting",
  "cost",
  "months",
  "totalReturn",
  "cagr",
  "volatility",
  "sharpe",
  "sortino",
  "maxDrawdown",
  "calmar",
  "hitRate",
  "turnover",
] as const;

export interface SweepRequest {
  inputs: InputOptions;
  objective?: "sharpe" | "cagr" | "calmar";
  /** Extra signal lags, months (default 0, 1). */
  signalLags?: number[];
  topK?: number[];
  weighting?: Weighting[];
  cost?: number[];
  rebalance?: Rebalance[];
  /** As-of rules (shipped data): reversal sizes and confirmation months; ex-post: minimum phases. */
  reversal?: number[];
  confirm?: number[];
  minPhase?: number[];
  threads?: number;
  /** `FIT:TEST[:rolling]` in months. */
  walkForward?: string;
  /** Rows kept in the JSON (default 20). */
  top?: number;
  onProgress?: (done: number, total: number) => void;
}

export async function sweepJob(q: SweepRequest, readers = new Readers()) {
  const inp = await backtestInputs(q.inputs, { defaultMode: "as-of", assets: "classes" }, readers);
  const objective = q.objective ?? "sharpe";
  const timelines = timelineGrid(
    q,
    inp.region,
    inp.mode,
    inp.mode === "ex-post" && !q.inputs.phases ? inp.phases.history : inp.phases.signal,
  );
  const baseLag = q.inputs.phases ? inp.phases.signalLag : 0;
  const grid: SweepGrid = {
    timelines,
    signalLags: (q.signalLags ?? [0, 1]).map((l) => l + baseLag),
    topK: (q.topK ?? [1, 2]).filter((k) => k <= inp.panel.assets.length),
    weighting: q.weighting ?? ["equal", "inverse-vol", "score"],
    cost: q.cost ?? [BACKTEST_DEFAULTS.costBps],
    rebalance: q.rebalance ?? ["monthly"],
  };
  if (!grid.topK.length) throw new UsageError(say("sweepTopK", { n: inp.panel.assets.length }));
  const size =
    timelines.length *
    grid.signalLags.length *
    grid.topK.length *
    grid.weighting.length *
    grid.cost.length *
    grid.rebalance!.length;
  if (size > SIZE_LIMITS.sweepConfigurations) {
    throw new UsageError(
      say("sweepTooBig", {
        size,
        rules: timelines.length,
        lags: grid.signalLags.length,
        schedules: grid.rebalance!.length,
        topK: grid.topK.length,
        weightings: grid.weighting.length,
        costs: grid.cost.length,
        max: SIZE_LIMITS.sweepConfigurations,
      }),
    );
  }
  const mk = market(inp.panel, inp.cash, inp.prices.cashLabel);
  const t0 = Date.now();
  const res = await parallelSweep(mk, grid, { objective, threads: q.threads, onProgress: q.onProgress });
  const seconds = (Date.now() - t0) / 1000;
  const exPost = res.rows.some((r) => r.exPost);
  const stamp = exPost ? USES_FUTURE_INFORMATION : null;
  const wf = q.walkForward ? walkForwardOn(q.walkForward, mk, grid, objective) : null;
  // Benchmarks on the same window: a sweep table without them cannot say whether any
  // configuration beat simply holding everything.
  // They pay cost like the configurations, at the grid's first cost.
  const benchCost = grid.cost[0];
  const benchmarks = defaultBenchmarks(inp.region, inp.panel.assets).map((spec) => {
    const r = runStrategy(
      spec === "equal" ? equalWeight("equal-weight", benchCost) : buyAndHold(spec.slice(5), spec, benchCost),
      mk,
    );
    return metrics(r, { riskFree: inp.cash, riskFreeLabel: inp.prices.cashLabel });
  });
  const top = q.top ?? 20;
  const json = {
    stamp,
    tried: res.tried,
    objective,
    threads: res.threads,
    seconds,
    window: { from: formatMonth(inp.from), to: formatMonth(inp.to) },
    grid: {
      timelines: timelines.map((t) => t.label),
      lags: grid.signalLags,
      topK: grid.topK,
      weighting: grid.weighting,
      cost: grid.cost,
      rebalance: grid.rebalance,
    },
    rows: res.rows.slice(0, top),
    walkForward: wf,
    benchmarks: benchmarks.map((b) => ({
      strategy: b.strategy,
      cagr: b.cagr,
      volatility: b.volatility,
      sharpe: b.sharpe,
      maxDrawdown: b.maxDrawdown,
      calmar: b.calmar,
      turnover: b.turnover,
    })),
    warnings: [...inp.prices.notes, ...inp.phases.notes, say("sweepBias", { tried: res.tried })],
  };
  const rows = res.rows.map((r) => SWEEP_ROW_KEYS.map((k) => r[k]));
  return { inp, grid, timelines, res, seconds, stamp, wf, benchmarks, json, rows };
}

/** Phase timelines of the grid: one per phase-dating rule (dataset), or the file's. */
function timelineGrid(
  q: SweepRequest,
  region: "cn" | "us" | null,
  mode: "as-of" | "ex-post",
  base: PhaseTimeline,
): { label: string; timeline: PhaseTimeline }[] {
  const rev = q.reversal?.length,
    conf = q.confirm?.length,
    minPhase = q.minPhase?.length;
  if (!region || q.inputs.phases) {
    if (rev || conf || minPhase) throw new UsageError(say("sweepPhasesFile"));
    return [{ label: "file", timeline: base }];
  }
  if (mode === "as-of") {
    if (minPhase) throw new UsageError(say("sweepMinPhase"));
    if (!rev && !conf) return [{ label: "default", timeline: base }];
    const out: { label: string; timeline: PhaseTimeline }[] = [];
    for (const r of q.reversal ?? [NaN]) {
      for (const c of q.confirm ?? [NaN]) {
        const reversal: Record<string, number> = {};
        if (!Number.isNaN(r)) reversal.reversal = r;
        if (!Number.isNaN(c)) reversal.confirm = c;
        out.push({
          label: `rev ${Number.isNaN(r) ? "def" : r} conf ${Number.isNaN(c) ? "def" : c}`,
          timeline: datasetPhases(region, { mode, turns: { reversal } }).signal,
        });
      }
    }
    return out;
  }
  if (rev || conf) throw new UsageError(say("sweepReversal"));
  if (!minPhase) return [{ label: "default", timeline: base }];
  return (q.minPhase ?? []).map((m) => ({
    label: `minPhase ${m}`,
    timeline: datasetPhases(region, { mode, turns: { turns: { minPhase: m } } }).history,
  }));
}

/** Walk-forward over every configuration of the grid (kept in memory: up to 3,000). */
function walkForwardOn(
  spec: string,
  mk: ReturnType<typeof market>,
  grid: SweepGrid,
  objective: "sharpe" | "cagr" | "calmar",
) {
  const m = /^(\d+):(\d+)(?::(expanding|rolling))?$/.exec(spec);
  if (!m) throw new UsageError(say("walkForwardForm", { got: spec }));
  if (gridSize(grid) > 3000) throw new KitchinError("bad-option", say("walkForwardTooBig", { n: gridSize(grid) }));
  const candidates: StrategyResult[] = [];
  for (const tl of grid.timelines)
    for (const lag of grid.signalLags)
      for (const rebalance of grid.rebalance ?? ["monthly" as const])
        for (const topK of grid.topK)
          for (const weighting of grid.weighting) {
            const r = runStrategy(
              topKRotation({ timeline: tl.timeline, signalLag: lag, topK, weighting, rebalance, cost: 0 }),
              mk,
            );
            for (const cost of grid.cost) {
              const net = netOfCost(r, cost);
              // costBps: a switch into this configuration pays its cost too (walkForward.ts).
              candidates.push({
                ...r,
                name: `${tl.label} lag ${lag} ${rebalance} top-${topK} ${weighting} ${cost}bps`,
                returns: net,
                costBps: cost,
              });
            }
          }
  // Sharpe over the same cash rate as the table.
  return walkForward(candidates, {
    fit: +m[1],
    test: +m[2],
    window: (m[3] as "expanding" | "rolling") ?? "expanding",
    objective,
    riskFree: mk.cash,
  });
}
