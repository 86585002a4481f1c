/**
 * One home for the backtest package's defaults: every face (CLI, add-in, report) reads these
 * instead of restating the numbers (issue 12).
 */
export const BACKTEST_DEFAULTS = {
  /**
   * Bootstrap resamples for a score's confidence interval. This and `permutations` are the only
   * resampling defaults: every face (score, overview, report, CYCLE.SCORE) reads them, so the same
   * cell prints the same interval and p-value everywhere (issue 24).
   */
  bootstrap: 1000,
  /** Permutations for a score's p-value. */
  permutations: 999,
  /** Level of the bootstrap interval. */
  confidence: 0.9,
  /** Seed of the random draws (the same seed gives the same intervals and p-values). */
  seed: 20230711,
  /** Trading cost in basis points of turnover. */
  costBps: 10,
  /** Assets held by the top-k rotation (every face rotates into the single best-scored asset). */
  topK: 1,
} as const;

/** The strategies every face runs by default, before the benchmarks: top-1 rotation and the investment clock. */
export const DEFAULT_STRATEGIES = ["topk:1", "clock"] as const;
