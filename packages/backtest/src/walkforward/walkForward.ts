/**
 * Walk-forward evaluation (methods.md §9; Pardo 2008): fit on a window of the past — expanding from
 * the start or rolling with a fixed length — choose the candidate configuration with the best
 * objective there, hold it over the next block, move on. In-sample and out-of-sample figures are
 * reported apart; the out-of-sample months, stitched, are the honest estimate.
 *
 * Candidates must be causal backtests on one axis (every `StrategyResult` from `runStrategy` is:
 * its month-t return depends on nothing after t), so running each once over the whole window and
 * slicing is the same as re-running it per fold.
 *
 * Switching pays: at a fold boundary where the choice changes, the stitched portfolio
 * trades from what the previous choice held (its weights drifted into that month-end) to the new
 * choice's target, and that trade is charged at the new choice's cost (`bps × turnover`, the same
 * rule as inside a strategy) instead of the new candidate's own, smaller rebalance. The first fold
 * takes its candidate's own return, as the benchmarks beside it are already invested.
 */
import { formatMonth, KitchinError, say } from "@kitchin/core";
import type { StrategyResult } from "../strategy/run.ts";
import { returnMetrics, type ReturnMetrics } from "../metrics/metrics.ts";

export interface WalkForwardOptions {
  /** Months in the (first) fit window. */
  fit: number;
  /** Months in each test block. */
  test: number;
  window?: "expanding" | "rolling";
  objective?: "sharpe" | "cagr" | "calmar";
  periodsPerYear?: number;
  /**
   * Cash returns on the candidates' axis: Sharpe over cash when choosing (as the results are reported); default zero.
   */
  riskFree?: Float64Array;
}

export interface Fold {
  fitFrom: string;
  fitTo: string;
  testFrom: string;
  testTo: string;
  chosen: string;
  inSample: number;
  outOfSample: number;
  /** Column of the first and last test month (the candidates' axis). */
  testStart: number;
  testEnd: number;
  /** The choice changed at this fold's start: the stitched portfolio traded from the previous choice's holdings. */
  switched: boolean;
  /** Turnover of that switch trade (0 when the choice did not change), charged at the chosen candidate's cost. */
  switchTurnover: number;
}

export interface WalkForward {
  folds: Fold[];
  objective: string;
  window: string;
  /** Metrics of the stitched in-sample-chosen candidates over their fit windows (mean objective) … */
  inSampleObjective: number;
  /** … and of the stitched out-of-sample months. */
  outOfSample: ReturnMetrics;
  /** The stitched out-of-sample returns on the common axis (NaN outside test blocks). */
  oosReturns: Float64Array;
  start: number;
}

export function walkForward(candidates: readonly StrategyResult[], o: WalkForwardOptions): WalkForward {
  if (candidates.length === 0) throw new KitchinError("empty", "walk-forward needs at least one candidate");
  const ppy = o.periodsPerYear ?? 12;
  const objective = o.objective ?? "sharpe";
  const window = o.window ?? "expanding";
  const c0 = candidates[0];
  for (const c of candidates) {
    if (c.start !== c0.start || c.first !== c0.first || c.last !== c0.last) {
      throw new KitchinError(
        "length-mismatch",
        `walk-forward candidates must share one window; "${c.name}" differs from "${c0.name}"`,
      );
    }
  }
  if (!(o.fit >= 6) || !(o.test >= 1))
    throw new KitchinError("bad-option", say("walkForwardSplit", { fit: o.fit, test: o.test }));
  const firstRet = c0.first + 1;
  if (firstRet + o.fit > c0.last) {
    throw new KitchinError("too-short", say("walkForwardShort", { months: c0.last - c0.first, fit: o.fit }));
  }
  const pick = (m: ReturnMetrics) => (objective === "cagr" ? m.cagr : objective === "calmar" ? m.calmar : m.sharpe);
  const oos = new Float64Array(c0.months).fill(NaN);
  const folds: Fold[] = [];
  let isSum = 0;
  let prev = -1;
  const nA = c0.assets.length;
  for (let testFrom = firstRet + o.fit; testFrom <= c0.last; testFrom += o.test) {
    const testTo = Math.min(testFrom + o.test - 1, c0.last);
    const fitFrom = window === "rolling" ? testFrom - o.fit : firstRet;
    const fitTo = testFrom - 1;
    let best = 0;
    let bestV = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      const v = pick(
        returnMetrics(candidates[i].returns, c0.start, (t) => t >= fitFrom && t <= fitTo, ppy, o.riskFree),
      );
      if (v > bestV) (bestV = v), (best = i);
    }
    const ch = candidates[best];
    for (let t = testFrom; t <= testTo; t++) oos[t] = ch.returns[t];
    const switched = prev >= 0 && prev !== best;
    let switchTurnover = 0;
    if (switched) {
      // Decision month-end testFrom − 1: from the previous choice's drifted holdings to this choice's target.
      const was = candidates[prev].held;
      const d = testFrom - 1;
      for (let a = 0; a < nA; a++) {
        const w = ch.weights[a * c0.months + d];
        const h = was[a * c0.months + d];
        switchTurnover += Math.abs((w === w ? w : 0) - (h === h ? h : 0));
      }
      oos[testFrom] = ch.gross[testFrom] - (ch.costBps / 1e4) * switchTurnover;
    }
    prev = best;
    const oosV = pick(returnMetrics(oos, c0.start, (t) => t >= testFrom && t <= testTo, ppy, o.riskFree));
    isSum += bestV === -Infinity ? NaN : bestV;
    folds.push({
      fitFrom: formatMonth(c0.start + fitFrom),
      fitTo: formatMonth(c0.start + fitTo),
      testFrom: formatMonth(c0.start + testFrom),
      testTo: formatMonth(c0.start + testTo),
      chosen: ch.name,
      inSample: bestV,
      outOfSample: oosV,
      testStart: testFrom,
      testEnd: testTo,
      switched,
      switchTurnover,
    });
  }
  return {
    folds,
    objective,
    window,
    inSampleObjective: isSum / folds.length,
    outOfSample: returnMetrics(oos, c0.start, () => true, ppy, o.riskFree),
    oosReturns: oos,
    start: c0.start,
  };
}
