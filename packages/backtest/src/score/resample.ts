/**
 * The resampled statistics of `scorePhases`: the bootstrap interval and the permutation p-value of
 * each asset × phase (methods.md §8), for a range of assets — all of them in one pass, or a share
 * per worker thread (node/parallelScore.ts). Every asset's figures depend only on its own returns
 * and on the seeded draws, which each range redraws identically: any split gives the same output.
 */
import { BACKTEST_DEFAULTS } from "../constants.ts";
import type { Episode } from "@kitchin/core";
import type { PanelSlice } from "./logPrefix.ts";
import { bootstrapPhaseCi } from "./bootstrap.ts";
import { permutationPValues } from "./permutation.ts";

/** Resampling settings, with `scorePhases`' defaults resolved. */
export interface ResampleParams {
  /** Bootstrap resamples (0 = none). */
  bootstrap: number;
  /** Permutations (0 = none). */
  permutations: number;
  confidence: number;
  periodsPerYear: number;
  /** Seed of the bootstrap draws; the permutations use `seed + 1`. */
  seed: number;
}

/** `scorePhases`' defaults (constants.ts): 1000 bootstrap resamples, 999 permutations, 90% interval, seed 20230711. */
export function resampleParams(o: {
  bootstrap?: number;
  permutations?: number;
  confidence?: number;
  periodsPerYear?: number;
  seed?: number;
}): ResampleParams {
  return {
    bootstrap: o.bootstrap ?? BACKTEST_DEFAULTS.bootstrap,
    permutations: o.permutations ?? BACKTEST_DEFAULTS.permutations,
    confidence: o.confidence ?? BACKTEST_DEFAULTS.confidence,
    periodsPerYear: o.periodsPerYear ?? 12,
    seed: o.seed ?? BACKTEST_DEFAULTS.seed,
  };
}

/**
 * Fills `low`/`high` (bootstrap interval) and `pValue` (`assets × 4`) for the slice's assets;
 * untouched cells keep their value (`NaN` in `scorePhases`).
 */
export function resampleInto(
  slice: PanelSlice,
  r: ResampleParams,
  low: Float64Array,
  high: Float64Array,
  pValue: Float64Array,
): void {
  if (r.bootstrap > 0) bootstrapPhaseCi(slice, r.bootstrap, r.confidence, r.periodsPerYear, r.seed, low, high);
  if (r.permutations > 0) permutationPValues(slice, r.permutations, r.seed + 1, pValue);
}

/** Work of the resampling in inner-loop steps, to decide whether threads pay. */
export function resampleWork(n: number, runs: readonly Episode[], r: ResampleParams): number {
  return n * runs.length * (r.bootstrap + r.permutations);
}
