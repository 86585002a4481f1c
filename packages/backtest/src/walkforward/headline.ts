/**
 * The headline strategy of the main job and the report (issue 14): which rotation result leads.
 *
 * The rule (docs/backtest.md, "The headline"): no single rotation is chosen with hindsight. The
 * headline is the walk-forward out-of-sample result over a fixed list of candidate rotations
 * (`HEADLINE_CANDIDATES`): with an expanding fit window of at least `fit` months, the candidate
 * with the best Sharpe ratio so far is held for the next `test` months, and the stitched test
 * months are the result (Pardo 2008; walkForward.ts). It is always shown beside the benchmarks —
 * equal weight and buy-and-hold — measured over exactly the same out-of-sample months, and it
 * says in words when it trails them.
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
}

/**
 * The headline of `candidates` (causal rotation results on one axis) against `benchmarks`
 * (results on the same axis). Throws `too-short` when the window cannot hold one fit and one test.
 */
export function headline(candidates: readonly StrategyResult[], benchmarks: readonly StrategyResult[], o: HeadlineOptions = {}): Headline {
  const fit = o.fit ?? 60;
  const test = o.test ?? 12;
  const wf = walkForward(candidates, { fit, test, window: "expanding", objective: "sharpe", riskFree: o.riskFree });
  const c0 = candidates[0];
  for (const b of benchmarks) {
    if (b.start !== c0.start || b.months !== c0.months) throw new KitchinError("length-mismatch", `benchmark "${b.name}" is not on the candidates' axis`);
  }
  const inOos = (t: number) => Number.isFinite(wf.oosReturns[t]);
  let first = -1, last = -1;
  for (let t = 0; t < wf.oosReturns.length; t++) if (inOos(t)) (first < 0 && (first = t), (last = t));
  const rows = benchmarks.map((b) => ({ name: b.name, metrics: returnMetrics(b.returns, b.start, inOos, 12, o.riskFree) }));
  const rotation = returnMetrics(wf.oosReturns, wf.start, inOos, 12, o.riskFree);
  return {
    from: formatMonth(c0.start + first),
    to: formatMonth(c0.start + last),
    fit, test,
    candidates: candidates.map((c) => c.name),
    folds: wf.folds,
    rotation,
    benchmarks: rows,
    trails: rows.filter((r) => r.metrics.cagr > rotation.cagr).map((r) => r.name),
  };
}
