/**
 * The phase signal. `releaseLag(L)` says the macro data for month m are known at the end of month
 * m + L (NBS: 1, US Census: 2 — methods.md §1); `phaseSignal(timeline)` then sets the phase known at
 * the decision month. An ex-post timeline is allowed but marks the run as using future information.
 */
import { settingStep, type Step } from "../types.ts";
import { isExPost, type PhaseTimeline } from "../../timeline/timeline.ts";
import { prepared } from "../prepared.ts";

export function releaseLag(months: number): Step {
  return settingStep(
    "releaseLag",
    "months",
    months,
    months >= 0 && Number.isInteger(months),
    "a non-negative integer",
    "lag",
    (ctx) => (ctx.lag = months),
  );
}

export function phaseSignal(timeline: PhaseTimeline): Step {
  return {
    name: isExPost(timeline) ? "phaseSignal(ex-post)" : "phaseSignal(as-of)",
    sets: ["signal"],
    run(ctx) {
      ctx.timeline = timeline;
      if (isExPost(timeline)) ctx.exPost = true;
      ctx.phase = prepared(ctx.market, timeline, ctx.lag).signal[ctx.t];
      return true;
    },
  };
}
