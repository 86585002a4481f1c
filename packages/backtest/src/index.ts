/**
 * @kitchin/backtest — phase scoring and rotation backtests on typed-array panels (assets × months).
 * Browser-safe like the core: no Node APIs, no runtime dependencies besides `@kitchin/core`.
 */
export * from "./panel/panel.ts";
export * from "./returns/returns.ts";
export * from "./returns/annualize.ts";
export * from "./returns/episodeReturns.ts";
export * from "./timeline/timeline.ts";
export * from "./stats/rng.ts";
export * from "./stats/describe.ts";
export * from "./stats/benjaminiHochberg.ts";
export * from "./score/note004.ts";
export * from "./score/phaseScores.ts";
export * from "./score/resample.ts";
export * from "./score/rows.ts";
export * from "./strategy/types.ts";
export * from "./strategy/prepared.ts";
export * from "./strategy/run.ts";
export * from "./strategy/steps/rebalance.ts";
export * from "./strategy/steps/signal.ts";
export * from "./strategy/steps/select.ts";
export * from "./strategy/steps/weigh.ts";
export * from "./strategy/steps/cost.ts";
export * from "./strategy/benchmarks.ts";
export * from "./strategy/rotation.ts";
export * from "./metrics/drawdown.ts";
export * from "./metrics/metrics.ts";
export * from "./metrics/wealth.ts";
export * from "./compare/compare.ts";
export * from "./walkforward/walkForward.ts";
export * from "./sweep/sweep.ts";
export * from "./constants.ts";
export * from "./panel/align.ts";
export * from "./panel/monthEnd.ts";
export * from "./timeline/signal.ts";
export * from "./strategy/clock.ts";
export * from "./score/best.ts";
export * from "./walkforward/headline.ts";
