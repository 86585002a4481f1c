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
  lag?: number;
  topK?: number;
  weighting?: Weighting;
  rebalance?: Rebalance;
  cost?: number;
  fallback?: TopKOptions["fallback"];
  name?: string;
}

function when(r: Rebalance | undefined): Step[] {
  if (r === "quarterly") return [runEvery(3)];
  if (r === "phase-change") return [];
  return [runMonthly()];
}

export function weighStep(w: Weighting | undefined, lookback = 12): Step {
  if (w === "inverse-vol") return weighInverseVol(lookback);
  if (w === "score") return weighByScore();
  return weighEqually();
}

/** Top-k by note-004 score in the phase known at each month-end. */
export function topKRotation(o: RotationOptions): Strategy {
  const k = o.topK ?? BACKTEST_DEFAULTS.topK;
  const steps: Step[] = [...when(o.rebalance), releaseLag(o.lag ?? 0), phaseSignal(o.timeline)];
  if (o.rebalance === "phase-change") steps.push(runOnPhaseChange());
  steps.push(selectTopK(k, { fallback: o.fallback }), weighStep(o.weighting), costBps(o.cost ?? 0));
  return strategy(o.name ?? `top-${k} ${o.weighting ?? "equal"}${isExPost(o.timeline) ? " (ex-post)" : ""}`, steps);
}

/** A user map phase → weights (e.g. the investment clock), rebalanced monthly. */
export function mapRotation(o: Omit<RotationOptions, "topK" | "weighting"> & { map: PhaseWeights }): Strategy {
  const steps: Step[] = [...when(o.rebalance), releaseLag(o.lag ?? 0), phaseSignal(o.timeline)];
  if (o.rebalance === "phase-change") steps.push(runOnPhaseChange());
  steps.push(selectByMap(o.map), weighByMap(), costBps(o.cost ?? 0));
  return strategy(o.name ?? `phase map${isExPost(o.timeline) ? " (ex-post)" : ""}`, steps);
}
