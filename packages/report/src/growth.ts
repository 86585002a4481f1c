/**
 * The headline's walk-forward rotation as a line of the growth chart (issue 26: the chart must show
 * the strategy the headline is about). The same candidates, runs and walk-forward as
 * `runHeadline` (strategies.ts, backtest walkforward/headline.ts) — its stitched out-of-sample
 * returns, switch costs included — on the strategies' axis; nothing is fitted anew.
 */
import { HEADLINE_CANDIDATES, runStrategy, walkForward, type Headline } from "@kitchin/backtest";
import type { Inputs } from "@kitchin/jobs/node";
import { strategyOf, type Runs } from "@kitchin/jobs/node";

export interface GrowthLine { start: number; returns: Float64Array; first: number; last: number }

export function headlineLine(inp: Inputs, runs: Runs, h: Headline): GrowthLine | null {
  const specs = HEADLINE_CANDIDATES.filter((s) => h.candidates.includes(s));
  if (!specs.length) return null;
  const candidates = specs.map((s) => runStrategy(strategyOf(s, runs.context), runs.market));
  const wf = walkForward(candidates, { fit: h.fit, test: h.test, window: "expanding", objective: "sharpe", riskFree: inp.cash });
  let first = -1, last = -1;
  for (let t = 0; t < wf.oosReturns.length; t++) if (Number.isFinite(wf.oosReturns[t])) (first < 0 && (first = t), (last = t));
  // growth of 1 from the month before the first out-of-sample return
  return first < 1 ? null : { start: wf.start, returns: wf.oosReturns, first: first - 1, last };
}
