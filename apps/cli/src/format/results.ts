/** Turning strategy results into tables (terminal, CSV/XLSX sheets) and JSON. */
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang } from "@kitchin/core";
import type { StrategyMetrics, StrategyResult } from "@kitchin/backtest";
import { fmt, pct } from "./table.ts";
import type { OutTable } from "./export.ts";

export const METRIC_HEADER = ["strategy", "from", "to", "months", "totalReturn", "cagr", "volatility", "sharpe", "sortino", "maxDrawdown", "drawdownPeak", "drawdownTrough", "drawdownRecovery", "calmar", "hitRate", "turnover", "exposure", "riskFree", "stamp"] as const;

export function metricRow(m: StrategyMetrics): unknown[] {
  return METRIC_HEADER.map((k) => m[k]);
}

const same = (s: string) => s;

export function metricsTable(ms: readonly StrategyMetrics[], lang: Lang = "en", name: (s: string) => string = same): { header: string[]; rows: string[][] } {
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  return {
    header: [w("strategy"), w("total"), w("cagr"), w("vol"), w("sharpe"), w("sortino"), w("maxDD"), w("ddSpan"), w("calmar"), w("hit"), w("turnover"), w("exposure")],
    rows: ms.map((m) => [
      name(m.strategy), pct(m.totalReturn), pct(m.cagr, 1), pct(m.volatility, 1), fmt(m.sharpe), fmt(m.sortino), pct(m.maxDrawdown, 1),
      m.drawdownPeak ? `${m.drawdownPeak}→${m.drawdownTrough}` : "—", fmt(m.calmar), pct(m.hitRate), fmt(m.turnover, 1), pct(m.exposure),
    ]),
  };
}

/** One row per strategy: annualised return (CAGR over the phase's months) and months, per phase. */
export function byPhaseTable(ms: readonly StrategyMetrics[], lang: Lang, name: (s: string) => string = same): { header: string[]; rows: string[][] } {
  const cagr = lang === "zh" ? "年化收益（月数）" : "CAGR (months)";
  return {
    header: [wordOf("strategy", lang), ...PHASE_IDS.map((_, k) => `${phaseLabel(k, lang)} ${cagr}`)],
    rows: ms.map((m) => [name(m.strategy), ...PHASE_IDS.map((id) => `${pct(m.byPhase[id].cagr, 1)} (${m.byPhase[id].months})`)]),
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

/**
 * Each row's CAGR against equal weight's over the same window, in percentage points, and whether
 * it trails (issue 14: a strategy that trails its benchmark says so in the table). Benchmarks
 * (`equal-weight`, `hold:…`) are compared too: buy-and-hold can trail equal weight. Empty without an
 * `equal` row.
 */
export function vsEqual(ms: readonly { strategy: string; cagr: number }[], lang: Lang): { text: string[]; trails: boolean[] } {
  const eq = ms.find((m) => m.strategy === "equal-weight");
  const text: string[] = [], trails: boolean[] = [];
  for (const m of ms) {
    if (!eq || m === eq || !Number.isFinite(m.cagr) || !Number.isFinite(eq.cagr)) {
      text.push(m === eq ? wordOf("benchmark", lang) : "");
      trails.push(false);
      continue;
    }
    const d = (m.cagr - eq.cagr) * 100;
    const behind = d < 0;
    trails.push(behind);
    text.push(`${d >= 0 ? "+" : "−"}${Math.abs(d).toFixed(1)} ${lang === "zh" ? "个百分点" : "pp"}${behind ? ` ▼ ${wordOf("trails", lang)}` : ""}`);
  }
  return { text, trails };
}
