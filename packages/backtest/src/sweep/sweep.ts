/**
 * Parameter sweeps (vectorbt style; methods.md §9): a grid over phase timelines (e.g. turning-point
 * parameters), release lag, rebalance schedule, top-k, weighting and cost, evaluated in one pass
 * over shared intermediate results. The signal and the score history are computed once per
 * (timeline, lag) and shared by every configuration through the market's memo; the weights path is
 * computed once per (…, top-k, weighting), and every cost level is derived from the same gross
 * returns and turnover (net = gross − bps × turnover) instead of re-running the backtest.
 *
 * `part` lets a caller split the grid between worker threads (groups `i` with `i % count === index`).
 */
import type { Market } from "../strategy/types.ts";
import type { PhaseTimeline } from "../timeline/timeline.ts";
import { runStrategy, type StrategyResult } from "../strategy/run.ts";
import { topKRotation, type Rebalance, type Weighting } from "../strategy/rotation.ts";
import { returnMetrics, type ReturnMetrics } from "../metrics/metrics.ts";

export interface SweepGrid {
  timelines: readonly { label: string; timeline: PhaseTimeline }[];
  /** Signal lags tried (months between a phase's data month and trading on it). */
  signalLags: readonly number[];
  topK: readonly number[];
  weighting: readonly Weighting[];
  cost: readonly number[];
  rebalance?: readonly Rebalance[];
}

export interface SweepConfig {
  timeline: string;
  /** The signal lag (the JSON/CSV column `lag`). */
  lag: number;
  rebalance: Rebalance;
  topK: number;
  weighting: Weighting;
  cost: number;
}

export interface SweepRow extends SweepConfig, ReturnMetrics {
  turnover: number;
  exPost: boolean;
}

export interface SweepOptions {
  from?: number;
  to?: number;
  objective?: "sharpe" | "cagr" | "calmar";
  periodsPerYear?: number;
  part?: { index: number; count: number };
  /** Called after each group with (configurations done, configurations in this part). */
  onProgress?: (done: number, total: number) => void;
}

export interface SweepResult {
  /** Configurations evaluated (all of them, not just the ones shown). */
  tried: number;
  objective: string;
  rows: SweepRow[];
}

/**
 * A gross run's returns net of `costBps` per unit of the previous month's turnover — what the run
 * would have earned with `costBps(cost)` as its last step. Sweeps run each configuration once with
 * `cost: 0` and price every cost of the grid from it (the sweep table and the CLI's walk-forward).
 * Writes into `into` when given (NaN outside the run).
 */
export function netOfCost(r: StrategyResult, costBps: number, into = new Float64Array(r.returns.length)): Float64Array {
  const c = costBps / 1e4;
  into.fill(NaN);
  for (let t = r.first + 1; t <= r.last; t++) into[t] = r.gross[t] - c * r.turnover[t - 1];
  return into;
}

export function gridSize(g: SweepGrid): number {
  return (
    g.timelines.length *
    g.signalLags.length *
    (g.rebalance?.length ?? 1) *
    g.topK.length *
    g.weighting.length *
    g.cost.length
  );
}

export function sweep(market: Market, grid: SweepGrid, opts: SweepOptions = {}): SweepResult {
  const ppy = opts.periodsPerYear ?? 12;
  const objective = opts.objective ?? "sharpe";
  const rebs = grid.rebalance ?? (["monthly"] as const);
  const part = opts.part ?? { index: 0, count: 1 };
  const rows: SweepRow[] = [];
  const perGroup = grid.cost.length;
  let total = 0;
  let group = 0;
  const mine: (() => void)[] = [];
  for (const tl of grid.timelines)
    for (const lag of grid.signalLags)
      for (const rebalance of rebs)
        for (const topK of grid.topK)
          for (const weighting of grid.weighting) {
            if (group++ % part.count !== part.index) continue;
            total += perGroup;
            mine.push(() => {
              // gross of cost: every cost of the grid is priced from this one run (netOfCost)
              const s = topKRotation({ timeline: tl.timeline, signalLag: lag, topK, weighting, rebalance, cost: 0 });
              const r = runStrategy(s, market, { from: opts.from, to: opts.to });
              const net = new Float64Array(r.returns.length);
              let turn = 0;
              let k = 0;
              for (let t = r.first; t < r.last; t++) (turn += r.turnover[t]), k++;
              const inWin = (t: number) => t > r.first && t <= r.last;
              for (const cost of grid.cost) {
                netOfCost(r, cost, net);
                const m = returnMetrics(net, r.start, inWin, ppy, market.cash);
                rows.push({
                  timeline: tl.label,
                  lag,
                  rebalance,
                  topK,
                  weighting,
                  cost,
                  ...m,
                  turnover: (turn / k) * ppy,
                  exPost: r.exPost,
                });
              }
            });
          }
  let done = 0;
  for (const job of mine) {
    job();
    done += perGroup;
    opts.onProgress?.(done, total);
  }
  rankRows(rows, objective);
  return { tried: rows.length, objective, rows };
}

/** Sorts rows best first by the objective (NaN last). */
export function rankRows(rows: SweepRow[], objective: "sharpe" | "cagr" | "calmar" | string): SweepRow[] {
  const key = objective as "sharpe" | "cagr" | "calmar";
  return rows.sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x !== x) return y !== y ? 0 : 1;
    if (y !== y) return -1;
    return y - x;
  });
}
