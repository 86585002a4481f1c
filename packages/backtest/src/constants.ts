/**
 * One home for the backtest package's defaults: every face (CLI, add-in, report) reads these
 * instead of restating the numbers (issue 12).
 */
export const BACKTEST_DEFAULTS = {
  /** Bootstrap resamples for a score's confidence interval. */
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
  /** Resamples of the report's score heat map (fewer: the heat map shows scores, not intervals). */
  reportResamples: 199,
} as const;

/** The strategies every face runs by default, before the benchmarks: top-1 rotation and the investment clock. */
export const DEFAULT_STRATEGIES = ["topk:1", "clock"] as const;
