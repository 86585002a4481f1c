/**
 * Ready-made rotation strategies assembled from the steps, for the CLI and sweeps.
 */
import { BACKTEST_DEFAULTS } from "../constants.ts";
import { isExPost, type PhaseTimeline } from "../timeline/timeline.ts";
import { strategy, type Step, type Strategy } from "./types.ts";
import { runEvery, runMonthly, runOnPhaseChange } from "./steps/rebalance.ts";
import { phaseSignal, releaseLag } from "./steps/signal.ts";
import { selectByMap, selectTopK, type PhaseWeights, type TopKOptions } from "./steps/select.ts";
import { weighByMap, weighByScore, weighEqually, weighInverseVol } from "./steps/weigh.ts";
import { costBps } from "./steps/cost.ts";

export type Weighting = "equal" | "inverse-vol" | "score";
export type Rebalance = "monthly" | "quarterly" | "phase-change";

export interface RotationOptions {
  timeline: PhaseTimeline;
  /**
   * Months between a phase's data month and the month it is traded on (its release lag; 0 for the core's as-of path).
   */
  signalLag?: number;
  topK?: number;
  weighting?: Weighting;
  rebalance?: Rebalance;
  /** Trading cost in bps of turnover; default `BACKTEST_DEFAULTS.costBps`, as every face. */
  cost?: number;
  fallback?: TopKOptions["fallback"];
  name?: string;
}

function when(r: Rebalance | undefined): Step[] {
  if (r === "quarterly") return [runEvery(3)];
  if (r === "phase-change") return [];
  return [runMonthly()];
}

/** The weighing step for a weighting name (equal by default). */
export function weighingOf(w: Weighting | undefined, lookback = 12): Step {
  if (w === "inverse-vol") return weighInverseVol(lookback);
  if (w === "score") return weighByScore();
  return weighEqually();
}

/** Top-k by note-004 score in the phase known at each month-end. */
export function topKRotation(o: RotationOptions): Strategy {
  const k = o.topK ?? BACKTEST_DEFAULTS.topK;
  const steps: Step[] = [...when(o.rebalance), releaseLag(o.signalLag ?? 0), phaseSignal(o.timeline)];
  if (o.rebalance === "phase-change") steps.push(runOnPhaseChange());
  steps.push(
    selectTopK(k, { fallback: o.fallback }),
    weighingOf(o.weighting),
    costBps(o.cost ?? BACKTEST_DEFAULTS.costBps),
  );
  return strategy(o.name ?? `top-${k} ${o.weighting ?? "equal"}${isExPost(o.timeline) ? " (ex-post)" : ""}`, steps);
}

/** A user map phase → weights (e.g. the investment clock), rebalanced monthly. */
export function mapRotation(o: Omit<RotationOptions, "topK" | "weighting"> & { map: PhaseWeights }): Strategy {
  const steps: Step[] = [...when(o.rebalance), releaseLag(o.signalLag ?? 0), phaseSignal(o.timeline)];
  if (o.rebalance === "phase-change") steps.push(runOnPhaseChange());
  steps.push(selectByMap(o.map), weighByMap(), costBps(o.cost ?? BACKTEST_DEFAULTS.costBps));
  return strategy(o.name ?? `phase map${isExPost(o.timeline) ? " (ex-post)" : ""}`, steps);
}
