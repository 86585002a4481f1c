/**
 * The headline strategy of the main job and the report: which rotation result leads.
 *
 * The rule (docs/backtest.md, "The headline"): no single rotation is chosen with hindsight. The
 * headline is the walk-forward out-of-sample result over a fixed list of candidate rotations
 * (`HEADLINE_CANDIDATES`): with an expanding fit window of at least `fit` months, the candidate
 * with the best Sharpe ratio so far is held for the next `test` months, and the stitched test
 * months are the result (Pardo 2008; walkForward.ts). It is always shown beside the benchmarks —
 * equal weight and buy-and-hold — measured over exactly the same out-of-sample months, and it
 * says in words when it trails them.
 *
 * Fairness: the benchmarks pay the same cost as the candidates, the switches between
 * candidates at fold boundaries pay cost (walkForward.ts), and a fold whose chosen candidate held
 * exactly a benchmark's portfolio (the same weights at every decision month of the fold — `topk:3`
 * on three asset classes *is* equal weight) is marked, not dropped: dropping it would leave the
 * choice with hindsight, so the headline keeps it and says how many months it was the benchmark.
 */
import { KitchinError, formatMonth } from "@kitchin/core";
import type { StrategyResult } from "../strategy/run.ts";
import { returnMetrics, type ReturnMetrics } from "../metrics/metrics.ts";
import { walkForward, type Fold } from "./walkForward.ts";

/** The rotations the headline chooses among (the clock only where the shipped classes exist). */
export const HEADLINE_CANDIDATES = ["topk:1", "topk:2", "topk:3", "clock"] as const;

export interface HeadlineOptions {
  /** Months of the first fit window (default 60: five years, more than one Kitchin cycle). */
  fit?: number;
  /** Months each choice is held (default 12). */
  test?: number;
  /** Monthly risk-free returns on the candidates' axis (Sharpe over cash), when there are any. */
  riskFree?: Float64Array;
}

/** A fold that held a benchmark's portfolio. */
export interface BenchmarkFold {
  testFrom: string;
  testTo: string;
  chosen: string;
  benchmark: string;
}

export interface HeadlineRow {
  name: string;
  metrics: ReturnMetrics;
}

export interface Headline {
  /** First and last out-of-sample month. */
  from: string;
  to: string;
  fit: number;
  test: number;
  candidates: string[];
  folds: Fold[];
  /** The walk-forward rotation's out-of-sample figures. */
  rotation: ReturnMetrics;
  /** Each benchmark over the same months. */
  benchmarks: HeadlineRow[];
  /** Benchmarks whose CAGR over those months is higher than the rotation's. */
  trails: string[];
  /** Folds whose chosen candidate held exactly a benchmark's portfolio, and their months in all. */
  asBenchmark: BenchmarkFold[];
  benchmarkMonths: number;
  /** Out-of-sample months in all, switches between candidates and their total turnover. */
  months: number;
  switches: number;
  switchTurnover: number;
}

/** Weights equal within this at every decision month = the same portfolio. */
const SAME_WEIGHTS = 1e-9;

/** True when `a` and `b` chose the same weights at every decision month-end `from..to`. */
export function sameHoldings(a: StrategyResult, b: StrategyResult, from: number, to: number): boolean {
  if (a.assets.length !== b.assets.length || a.months !== b.months) return false;
  const T = a.months;
  for (let t = from; t <= to; t++) {
    for (let k = 0; k < a.assets.length; k++) {
      const x = a.weights[k * T + t],
        y = b.weights[k * T + t];
      if (!(Math.abs((x === x ? x : 0) - (y === y ? y : 0)) <= SAME_WEIGHTS)) return false;
    }
  }
  return true;
}

/**
 * The headline of `candidates` (causal rotation results on one axis) against `benchmarks`
 * (results on the same axis). Throws `too-short` when the window cannot hold one fit and one test.
 */
export function headline(
  candidates: readonly StrategyResult[],
  benchmarks: readonly StrategyResult[],
  o: HeadlineOptions = {},
): Headline {
  const fit = o.fit ?? 60;
  const test = o.test ?? 12;
  const wf = walkForward(candidates, { fit, test, window: "expanding", objective: "sharpe", riskFree: o.riskFree });
  const c0 = candidates[0];
  for (const b of benchmarks) {
    if (b.start !== c0.start || b.months !== c0.months)
      throw new KitchinError("length-mismatch", `benchmark "${b.name}" is not on the candidates' axis`);
  }
  const inOos = (t: number) => Number.isFinite(wf.oosReturns[t]);
  let first = -1,
    last = -1;
  for (let t = 0; t < wf.oosReturns.length; t++) if (inOos(t)) first < 0 && (first = t), (last = t);
  const rows = benchmarks.map((b) => ({
    name: b.name,
    metrics: returnMetrics(b.returns, b.start, inOos, 12, o.riskFree),
  }));
  const rotation = returnMetrics(wf.oosReturns, wf.start, inOos, 12, o.riskFree);
  const asBenchmark: BenchmarkFold[] = [];
  let benchmarkMonths = 0;
  for (const f of wf.folds) {
    const ch = candidates.find((c) => c.name === f.chosen)!;
    // Decision month-ends testStart − 1 … testEnd − 1 set the weights behind the fold's returns.
    const b = benchmarks.find((b) => sameHoldings(ch, b, f.testStart - 1, f.testEnd - 1));
    if (b) {
      asBenchmark.push({ testFrom: f.testFrom, testTo: f.testTo, chosen: f.chosen, benchmark: b.name });
      benchmarkMonths += f.testEnd - f.testStart + 1;
    }
  }
  return {
    from: formatMonth(c0.start + first),
    to: formatMonth(c0.start + last),
    fit,
    test,
    candidates: candidates.map((c) => c.name),
    folds: wf.folds,
    rotation,
    benchmarks: rows,
    trails: rows.filter((r) => r.metrics.cagr > rotation.cagr).map((r) => r.name),
    asBenchmark,
    benchmarkMonths,
    months: rotation.months,
    switches: wf.folds.filter((f) => f.switched).length,
    switchTurnover: wf.folds.reduce((s, f) => s + f.switchTurnover, 0),
  };
}
