/**
 * Several strategies side by side, phase by phase: one row per strategy × (all months, each phase).
 * All strategies are split by the same phase labels (by default the first result's signal) so the
 * rows are comparable.
 */
import { PHASE_IDS } from "@kitchin/core";
import type { StrategyResult } from "../strategy/run.ts";
import { metrics, type MetricsOptions, type ReturnMetrics, type StrategyMetrics } from "../metrics/metrics.ts";

export interface CompareRow extends ReturnMetrics {
  strategy: string;
  /** `"all"` or a phase id. */
  phase: string;
  stamp: string | null;
}

export interface Comparison {
  metrics: StrategyMetrics[];
  rows: CompareRow[];
  /** Per phase: the strategy with the highest annualised return (CAGR over the phase's months). */
  bestByPhase: Record<string, string | null>;
}

export function compare(results: readonly StrategyResult[], opts: MetricsOptions = {}): Comparison {
  if (results.length === 0) return { metrics: [], rows: [], bestByPhase: {} };
  const phaseOfMonth = opts.phaseOfMonth ?? results.find((r) => r.returnPhase.some((c) => c >= 0))?.returnPhase;
  const ms = results.map((r) => metrics(r, { ...opts, phaseOfMonth }));
  const rows: CompareRow[] = [];
  const bestByPhase: Record<string, string | null> = {};
  for (const key of ["all", ...PHASE_IDS] as const) {
    let best: string | null = null;
    let bestV = -Infinity;
    for (const m of ms) {
      const { byPhase: _b, turnover: _t, exposure: _e, riskFree: _r, from: _f, to: _to, strategy, stamp, ...base } = m;
      const v = key === "all" ? base : m.byPhase[key];
      rows.push({ strategy, phase: key, stamp, ...v });
      if (v.months > 0 && v.cagr > bestV) (bestV = v.cagr), (best = strategy);
    }
    bestByPhase[key] = best;
  }
  return { metrics: ms, rows, bestByPhase };
}
