/**
 * Runs a strategy over the panel's month-ends. At each decision month-end `t` the steps run in
 * order; the target weights are held over month `t + 1`, drifting with returns until the next
 * rebalance. The uninvested remainder earns the market's cash return (zero if none). Cost is
 * `bps × turnover` (turnover = Σ|target − drifted weights|), charged to the month after the trade.
 */
import { say, KitchinError, formatMonth, type Note } from "@kitchin/core";
import type { Market, Strategy, StepContext } from "./types.ts";
import { prepared } from "./prepared.ts";
import { USES_FUTURE_INFORMATION } from "../timeline/timeline.ts";

export interface RunOptions {
  /** First decision month (month index); default the panel's first month. */
  from?: number;
  /** Last month with a return (month index); default the panel's last month. */
  to?: number;
}

export interface StrategyResult {
  readonly name: string;
  readonly assets: readonly string[];
  /** Month index of column 0 (the panel's axis). */
  readonly start: number;
  readonly months: number;
  /** Columns with a strategy return: `(first, last]` — `returns[first]` is the start (NaN). */
  readonly first: number;
  readonly last: number;
  /** Net monthly return for month t (held from t−1 to t); NaN outside the run. */
  readonly returns: Float64Array;
  readonly gross: Float64Array;
  /** Turnover of the trade at month-end t (one-way sum of absolute weight changes). */
  readonly turnover: Float64Array;
  /** Weights chosen at month-end t, `assets × months`; NaN outside the run. */
  readonly weights: Float64Array;
  /**
   * Weights held going into month-end t before its trade (the previous targets drifted with returns),
   * `assets × months`.
   */
  readonly held: Float64Array;
  /** Trading cost in bps of turnover the run charged (its cost step; 0 without one). */
  readonly costBps: number;
  /** Σ weights chosen at t (share invested; the rest is cash). */
  readonly exposure: Float64Array;
  /** Phase the strategy acted on for the return of month t (signal at t−1); −1 unknown or none. */
  readonly returnPhase: Int8Array;
  readonly exPost: boolean;
  /** `"uses future information"` when the run saw ex-post phases, otherwise null. */
  readonly stamp: string | null;
  readonly cash: string;
  readonly warnings: Note[];
}

export function runStrategy(strategy: Strategy, market: Market, opts: RunOptions = {}): StrategyResult {
  const { panel, returns } = market;
  const n = panel.assets.length;
  const T = panel.months;
  const endM = panel.start + T - 1;
  const from = opts.from === undefined ? 0 : opts.from - panel.start;
  const to = opts.to === undefined ? T - 1 : opts.to - panel.start;
  if (from < 0 || to > T - 1 || to <= from) {
    throw new KitchinError(
      "bad-option",
      say("backtestWindow", {
        from: formatMonth(panel.start + from),
        to: formatMonth(panel.start + to),
        start: formatMonth(panel.start),
        end: formatMonth(endM),
      }),
    );
  }
  const ret = new Float64Array(T).fill(NaN);
  const gross = new Float64Array(T).fill(NaN);
  const turnover = new Float64Array(T).fill(NaN);
  const exposure = new Float64Array(T).fill(NaN);
  const weights = new Float64Array(n * T).fill(NaN);
  const held = new Float64Array(n * T).fill(NaN);
  const returnPhase = new Int8Array(T).fill(-1);
  const ctx: StepContext = {
    market,
    t: from,
    lag: 0,
    timeline: null,
    phase: -1,
    exPost: false,
    selected: new Int32Array(n),
    nSelected: 0,
    scores: new Float64Array(n).fill(NaN),
    mapWeights: null,
    target: new Float64Array(n),
    current: new Float64Array(n),
    costBps: 0,
    state: new Map(),
    warnings: new Set(),
  };
  const cash = market.cash;
  for (let t = from; t < to; t++) {
    ctx.t = t;
    let rebalance = true;
    for (const step of strategy.steps) {
      if (!step.run(ctx)) {
        rebalance = false;
        break;
      }
    }
    if (!rebalance) ctx.target.set(ctx.current);
    let to1 = 0;
    let inv = 0;
    for (let a = 0; a < n; a++) {
      const w = ctx.target[a];
      to1 += Math.abs(w - ctx.current[a]);
      inv += w;
      weights[a * T + t] = w;
      held[a * T + t] = ctx.current[a];
    }
    turnover[t] = to1;
    exposure[t] = inv;
    if (ctx.timeline) returnPhase[t + 1] = prepared(market, ctx.timeline, ctx.lag).signal[t];
    // Realise month t+1.
    const c = cash ? (cash[t + 1] === cash[t + 1] ? cash[t + 1] : 0) : 0;
    let g = (1 - inv) * c;
    for (let a = 0; a < n; a++) {
      const w = ctx.target[a];
      if (w === 0) continue;
      const r = returns[a * T + t + 1];
      g += w * (r === r ? r : 0);
    }
    gross[t + 1] = g;
    ret[t + 1] = g - (ctx.costBps / 1e4) * to1;
    // Drift the weights with the month's returns.
    for (let a = 0; a < n; a++) {
      const w = ctx.target[a];
      if (w === 0) {
        ctx.current[a] = 0;
        continue;
      }
      const r = returns[a * T + t + 1];
      ctx.current[a] = (w * (1 + (r === r ? r : 0))) / (1 + g);
    }
  }
  return {
    name: strategy.name,
    assets: panel.assets,
    start: panel.start,
    months: T,
    first: from,
    last: to,
    returns: ret,
    gross,
    turnover,
    weights,
    held,
    costBps: ctx.costBps,
    exposure,
    returnPhase,
    exPost: ctx.exPost,
    stamp: ctx.exPost ? USES_FUTURE_INFORMATION : null,
    cash: cash ? (market.cashLabel ?? "cash series") : "zero",
    warnings: [...ctx.warnings, ...(ctx.exPost ? [say("strategyExPost", { name: strategy.name })] : [])],
  };
}
