/** Turning strategy results into tables (terminal, CSV/XLSX sheets) and JSON. */
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang } from "@kitchin/core";
import type { StrategyMetrics, StrategyResult } from "@kitchin/backtest";
import type { OutTable } from "@kitchin/jobs/node";
import { fmt, pct } from "./numbers.ts";

export const METRIC_HEADER = [
  "strategy",
  "from",
  "to",
  "months",
  "totalReturn",
  "cagr",
  "volatility",
  "sharpe",
  "sortino",
  "maxDrawdown",
  "drawdownPeak",
  "drawdownTrough",
  "drawdownRecovery",
  "calmar",
  "hitRate",
  "turnover",
  "exposure",
  "riskFree",
  "stamp",
] as const;

export function metricRow(m: StrategyMetrics): unknown[] {
  return METRIC_HEADER.map((k) => m[k]);
}

const same = (s: string) => s;

export function metricsTable(
  ms: readonly StrategyMetrics[],
  lang: Lang = "en",
  name: (s: string) => string = same,
): { header: string[]; rows: string[][] } {
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  return {
    header: [
      w("strategy"),
      w("total"),
      w("cagr"),
      w("vol"),
      w("sharpe"),
      w("sortino"),
      w("maxDD"),
      w("ddSpan"),
      w("calmar"),
      w("hit"),
      w("turnover"),
      w("exposure"),
    ],
    rows: ms.map((m) => [
      name(m.strategy),
      pct(m.totalReturn),
      pct(m.cagr, 1),
      pct(m.volatility, 1),
      fmt(m.sharpe),
      fmt(m.sortino),
      pct(m.maxDrawdown, 1),
      m.drawdownPeak ? `${m.drawdownPeak}→${m.drawdownTrough}` : "—",
      fmt(m.calmar),
      pct(m.hitRate),
      fmt(m.turnover, 1),
      pct(m.exposure),
    ]),
  };
}

/** One row per strategy: annualised return (CAGR over the phase's months) and months, per phase. */
export function byPhaseTable(
  ms: readonly StrategyMetrics[],
  lang: Lang,
  name: (s: string) => string = same,
): { header: string[]; rows: string[][] } {
  const cagr = lang === "zh" ? "年化收益（月数）" : "CAGR (months)";
  return {
    header: [wordOf("strategy", lang), ...PHASE_IDS.map((_, k) => `${phaseLabel(k, lang)} ${cagr}`)],
    rows: ms.map((m) => [
      name(m.strategy),
      ...PHASE_IDS.map((id) => `${pct(m.byPhase[id].cagr, 1)} (${m.byPhase[id].months})`),
    ]),
  };
}

export function byPhaseSheet(ms: readonly StrategyMetrics[]): OutTable {
  const keys = [
    "months",
    "totalReturn",
    "cagr",
    "volatility",
    "sharpe",
    "sortino",
    "maxDrawdown",
    "calmar",
    "hitRate",
  ] as const;
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
    rows.push([
      formatMonth(r0.start + t),
      PHASE_IDS[r0.returnPhase[t]] ?? "unknown",
      ...results.map((r) => r.returns[t]),
    ]);
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

/**
 * Each row's CAGR against equal weight's over the same window, in percentage points, and whether
 * it trails (a strategy that trails its benchmark says so in the table). Benchmarks
 * (`equal-weight`, `hold:…`) are compared too: buy-and-hold can trail equal weight. Empty without an
 * `equal` row.
 */
export function vsEqual(
  ms: readonly { strategy: string; cagr: number }[],
  lang: Lang,
): { text: string[]; trails: boolean[] } {
  const eq = ms.find((m) => m.strategy === "equal-weight");
  const text: string[] = [],
    trails: boolean[] = [];
  for (const m of ms) {
    if (!eq || m === eq || !Number.isFinite(m.cagr) || !Number.isFinite(eq.cagr)) {
      text.push(m === eq ? wordOf("benchmark", lang) : "");
      trails.push(false);
      continue;
    }
    // Rounded first: a gap that prints as 0.0 is neither behind nor "−0.0".
    const d = Number(((m.cagr - eq.cagr) * 100).toFixed(1)) || 0;
    const behind = d < 0;
    trails.push(behind);
    text.push(
      `${d >= 0 ? "+" : "−"}${Math.abs(d).toFixed(1)} ${lang === "zh" ? "个百分点" : "pp"}${behind ? ` ▼ ${wordOf("trails", lang)}` : ""}`,
    );
  }
  return { text, trails };
}

/** Fewer months than this and an annualised figure is a month or two blown up to a year: say so. */
export const SHORT_ANNUALISED_MONTHS = 12;

/**
 * One warning per window (all months, or a phase) whose annualised figures rest on fewer than
 * `SHORT_ANNUALISED_MONTHS` months (one month annualised with no warning). `rows` are
 * compare rows or, for a backtest, each strategy's by-phase metrics.
 */
export function shortAnnualisedWarnings(rows: readonly { phase: string; months: number }[], lang: Lang): string[] {
  const short = new Map<string, number>();
  for (const r of rows)
    if (r.months > 0 && r.months < SHORT_ANNUALISED_MONTHS)
      short.set(r.phase, Math.min(short.get(r.phase) ?? Infinity, r.months));
  return [...short].map(([phase, n]) => {
    const k = PHASE_IDS.indexOf(phase as (typeof PHASE_IDS)[number]);
    const name = k >= 0 ? `${phaseLabel(k, lang)} (${phase})` : lang === "zh" ? "全部月份" : "all months";
    return lang === "zh"
      ? `${name}：年化收益只基于 ${n} 个月，被放大为年率——是个例，不是可预期的年收益`
      : `${name}: annualised figures rest on ${n} month${n === 1 ? "" : "s"} only, scaled up to a year — an anecdote, not a rate to expect`;
  });
}

/**
 * The best row of each window by Sharpe ratio — the criterion of the headline (walk-forward
 * selection by past Sharpe), named wherever "best" is printed.
 */
export const BEST_CRITERION = "sharpe" as const;
export function bestBySharpe(
  rows: readonly { strategy: string; phase: string; months: number; sharpe: number }[],
): Record<string, string | null> {
  const best: Record<string, string | null> = {};
  const v: Record<string, number> = {};
  for (const r of rows) {
    if (!(r.phase in best)) {
      best[r.phase] = null;
      v[r.phase] = -Infinity;
    }
    if (r.months > 0 && Number.isFinite(r.sharpe) && r.sharpe > v[r.phase]) {
      v[r.phase] = r.sharpe;
      best[r.phase] = r.strategy;
    }
  }
  return best;
}
