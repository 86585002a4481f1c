/** Node-only helpers of @kitchin/backtest (worker threads). Import as `@kitchin/backtest/node`. */
export * from "./parallelSweep.ts";
export * from "./parallelScore.ts";
