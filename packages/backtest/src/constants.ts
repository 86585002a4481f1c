/**
 * One home for the backtest package's defaults: every face (CLI, add-in, report) reads these
 * instead of restating the numbers.
 */
export const BACKTEST_DEFAULTS = {
  /**
   * Bootstrap resamples for a score's confidence interval. This and `permutations` are the only
   * resampling defaults: every face (score, overview, report, CYCLE.SCORE) reads them, so the same
   * cell prints the same interval and p-value everywhere.
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

/**
 * The benchmarks every face runs beside its strategies: equal weight of the panel, plus
 * buy-and-hold of the equity index when the region's universe names one (`equities`) and the panel
 * holds it. Specs as the CLI writes them (`equal`, `hold:ASSET`); the add-in's CYCLE.BACKTEST runs
 * the same list (its panels are the user's, so `equities` is null there).
 */
export function defaultBenchmarks(equities: string | null, assets: readonly string[] = []): string[] {
  return equities && assets.includes(equities) ? ["equal", `hold:${equities}`] : ["equal"];
}

/**
 * The default strategy list: `DEFAULT_STRATEGIES` (the clock only when the asset classes are known,
 * i.e. on a shipped region) and then the benchmarks.
 */
export function defaultStrategySpecs(o: {
  classesKnown: boolean;
  equities: string | null;
  assets: readonly string[];
}): string[] {
  return [
    ...(o.classesKnown ? DEFAULT_STRATEGIES : DEFAULT_STRATEGIES.filter((s) => s !== "clock")),
    ...defaultBenchmarks(o.equities, o.assets),
  ];
}
