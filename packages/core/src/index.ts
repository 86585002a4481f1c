/**
 * @kitchin/core — the inventory-cycle engine. No runtime dependencies and no Node APIs:
 * it also runs inside Excel's browser runtime.
 */
export * from "./errors.ts";
export * from "./input/index.ts";
export * from "./time/month.ts";
export * from "./phases/phase.ts";
export * from "./phases/words.ts";
export * from "./phases/messages.ts";
export type { NumberRule } from "./messages/usage.ts";
export type { Clash, Damage } from "./messages/import.ts";
export * from "./series/series.ts";
export * from "./series/panel.ts";
export * from "./series/observations.ts";
export * from "./transforms/yoy.ts";
export * from "./transforms/cumulative.ts";
export * from "./transforms/movingAverage.ts";
export * from "./transforms/real.ts";
export * from "./transforms/interpolate.ts";
export * from "./turns/types.ts";
export * from "./turns/turns.ts";
export { turnExtremeBreaks, type TurnExtremeBreak, type PlacementRule } from "./turns/phaseExtremes.ts";
export { spencer15, centred12 } from "./turns/smoothers.ts";
export * from "./phases/states.ts";
export * from "./phases/combine.ts";
export * from "./phases/episodes.ts";
export * from "./phases/timeline.ts";
export * from "./cycles/cycles.ts";
export * from "./cycles/seriesCycles.ts";
export * from "./phases/axis.ts";
export * from "./cycles/summary.ts";
export * from "./realtime/reversal.ts";
export * from "./realtime/current.ts";
export * from "./realtime/now.ts";
export * from "./stats/quantile.ts";
export * from "./lead/index.ts";
export * from "./sync/index.ts";
export * from "./decompose/index.ts";
export * from "./sectors/index.ts";
export * from "./cycles/analyse.ts";
export * from "./outlook/index.ts";
export * from "./contrib/index.ts";
export * from "./text/editDistance.ts";
