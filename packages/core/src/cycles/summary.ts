/**
 * Summary statistics of cycles and phase episodes: count, mean, median, min, max length.
 */
import { mean, median } from "../stats/quantile.ts";
import type { Cycle } from "./cycles.ts";
import type { Episode } from "../phases/episodes.ts";

export interface LengthStats {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
}

export function lengthStats(lengths: readonly number[]): LengthStats {
  if (lengths.length === 0) return { count: 0, mean: NaN, median: NaN, min: NaN, max: NaN };
  return {
    count: lengths.length,
    mean: mean(lengths),
    median: median(lengths),
    min: Math.min(...lengths),
    max: Math.max(...lengths),
  };
}

export interface CycleSummary {
  cycles: LengthStats;
  restock: LengthStats;
  destock: LengthStats;
  /** Complete episodes of each phase code 0..3 (the first and last runs, cut by the data, are left out). */
  phases: LengthStats[];
}

export function summarizeCycles(list: readonly Cycle[], phaseEpisodes: readonly Episode[] = []): CycleSummary {
  const inner = phaseEpisodes.slice(1, -1);
  return {
    cycles: lengthStats(list.map((c) => c.months)),
    restock: lengthStats(list.map((c) => c.restockMonths)),
    destock: lengthStats(list.map((c) => c.destockMonths)),
    phases: [0, 1, 2, 3].map((code) => lengthStats(inner.filter((e) => e.code === code).map((e) => e.length))),
  };
}
