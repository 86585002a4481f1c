/** Turning strategy results into tables (terminal, CSV/XLSX sheets) and JSON. */
import { PHASE_IDS, formatMonth, phaseLabel, type Lang } from "@kitchin/core";
import type { StrategyMetrics, StrategyResult } from "@kitchin/backtest";
import { fmt, pct } from "./table.ts";
import type { OutTable } from "./export.ts";

export const METRIC_HEADER = ["strategy", "from", "to", "months", "totalReturn", "cagr", "volatility", "sharpe", "sortino", "maxDrawdown", "drawdownPeak", "drawdownTrough", "drawdownRecovery", "calmar", "hitRate", "turnover", "exposure", "riskFree", "stamp"] as const;

export function metricRow(m: StrategyMetrics): unknown[] {
  return METRIC_HEADER.map((k) => m[k]);
}

export function metricsTable(ms: readonly StrategyMetrics[]): { header: string[]; rows: string[][] } {
  return {
    header: ["strategy", "total", "CAGR", "vol", "Sharpe", "Sortino", "max DD", "DD peak→trough", "Calmar", "hit", "turnover/yr", "exposure"],
    rows: ms.map((m) => [
      m.strategy, pct(m.totalReturn), pct(m.cagr, 1), pct(m.volatility, 1), fmt(m.sharpe), fmt(m.sortino), pct(m.maxDrawdown, 1),
      m.drawdownPeak ? `${m.drawdownPeak}→${m.drawdownTrough}` : "—", fmt(m.calmar), pct(m.hitRate), fmt(m.turnover, 1), pct(m.exposure),
    ]),
  };
}

/** One row per strategy: annualised return (CAGR over the phase's months) and months, per phase. */
export function byPhaseTable(ms: readonly StrategyMetrics[], lang: Lang): { header: string[]; rows: string[][] } {
  return {
    header: ["strategy", ...PHASE_IDS.map((_, k) => `${phaseLabel(k, lang)} CAGR (months)`)],
    rows: ms.map((m) => [m.strategy, ...PHASE_IDS.map((id) => `${pct(m.byPhase[id].cagr, 1)} (${m.byPhase[id].months})`)]),
  };
}

export function byPhaseSheet(ms: readonly StrategyMetrics[]): OutTable {
  const keys = ["months", "totalReturn", "cagr", "volatility", "sharpe", "sortino", "maxDrawdown", "calmar", "hitRate"] as const;
  return {
    name: "byPhase",
    header: ["strategy", "phase", ...keys],
    rows: ms.flatMap((m) => PHASE_IDS.map((id) => [m.strategy, id, ...keys.map((k) => m.byPhase[id][k])])),
  };
}

export function returnsSheet(results: readonly StrategyResult[]): OutTable {
  const r0 = results[0];
  const rows: unknown[][] = [];
  for (let t = r0.first + 1; t <= r0.last; t++) {
    rows.push([formatMonth(r0.start + t), PHASE_IDS[r0.returnPhase[t]] ?? "unknown", ...results.map((r) => r.returns[t])]);
  }
  return { name: "returns", header: ["date", "phase", ...results.map((r) => r.name)], rows };
}

export function weightsSheet(r: StrategyResult): OutTable {
  const rows: unknown[][] = [];
  for (let t = r.first; t < r.last; t++) {
    rows.push([formatMonth(r.start + t), ...r.assets.map((_, a) => r.weights[a * r.months + t]), r.turnover[t]]);
  }
  return { name: "weights", header: ["date", ...r.assets, "turnover"], rows };
}

/** JSON form of metrics (months as text, NaN → null by toJson). */
export function metricsJson(m: StrategyMetrics) {
  return m;
}
