/**
 * The backtest half of the main job (issue 4 §4): for `kitchin overview` on a shipped region —
 * assets and commodities scored by phase, the best of them in the phase known now, the rotation
 * backtest against equal weight, and the HTML report. `kitchin overview` calls `mainJobExtras`
 * after its cycle table; the inputs, strategies and report are the backtest commands' modules.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PHASE_IDS, formatMonth, phaseLabel, type Lang } from "@kitchin/core";
import { bestInPhase, codesOnAxis, scoreJson, scorePhases, type ScoreRow, type StrategyMetrics } from "@kitchin/backtest";
import type { Io } from "./context.ts";
import { fmt, pct, renderTable } from "./format/table.ts";
import { backtestInputs } from "./backtestInputs.ts";
import { defaultSpecs, runSpecs } from "./strategies.ts";
import { reportHtml, reportScores } from "./report/report.ts";

export interface MainJobOptions {
  lang?: Lang;
  /** First month of the scores and the backtest (default 2011-01, note 004's window). */
  from?: string;
  /** Path of the HTML report; null = no report. Default `kitchin-report.html` in the working folder. */
  report?: string | null;
  /** Print tables (false: only compute, for JSON). */
  print?: boolean;
  /**
   * "Now" from the overview's analysis (the core's one definition, issue 11): the phase whose
   * best assets are listed. Without it, the last as-of phase of the backtest window is used.
   */
  now?: { code: number; month: number };
}

export interface MainJob {
  phaseNow: { id: string | null; knownAt: string };
  topNow: ScoreRow[];
  classesNow: ScoreRow[];
  backtest: StrategyMetrics[];
  report: string | null;
  warnings: string[];
}

export async function mainJobExtras(region: "cn" | "us", io: Io, o: MainJobOptions = {}): Promise<MainJob> {
  const lang = o.lang ?? "en";
  const from = o.from ?? "2011-01";
  const print = o.print ?? true;
  // The rotation: shipped asset classes, as-of phases.
  const inp = await backtestInputs({ dataset: region, from }, { defaultMode: "as-of", assets: "classes" });
  const runs = runSpecs(inp, defaultSpecs(region, inp.panel.assets));
  const known = codesOnAxis(runs.context.timeline, inp.panel.start, inp.panel.months, runs.context.lag);
  const nowCode = o.now ? o.now.code : known[known.length - 1];
  const nowId = nowCode >= 0 ? PHASE_IDS[nowCode] : null;
  const nowMonth = o.now ? o.now.month : inp.to;
  // Scores: every shipped asset, ex-post phases (descriptive).
  const sinp = await backtestInputs({ dataset: region, from, mode: "ex-post", assets: "all" }, { defaultMode: "ex-post", assets: "all" });
  const s = scoreJson(scorePhases(sinp.panel, codesOnAxis(sinp.phases.history, sinp.panel.start, sinp.panel.months, 0), {
    riskFree: sinp.cash, riskFreeLabel: sinp.prices.cashLabel, exPost: true,
  }));
  const { classesNow, topNow } = bestInPhase(s.scores, nowId, inp.panel.assets);
  let report: string | null = null;
  if (o.report !== null) {
    report = resolve(o.report ?? "kitchin-report.html");
    // The report's own scores use fewer resamples (reportScores); inputs and runs are the ones above.
    writeFileSync(report, await reportHtml({ inputs: inp, runs, scoreInputs: sinp, scores: reportScores(sinp) }));
  }
  if (print) {
    const label = nowId ? `${phaseLabel(nowCode, lang)} (${nowId})` : "unknown";
    io.out(`\nPhase known at ${formatMonth(nowMonth)} (as-of): ${label}\n`);
    if (nowId) {
      io.out(`Best in this phase since ${from} (note-004 score, ex-post episodes; thin samples — see kitchin score):\n`);
      const rows = [...classesNow, ...topNow].map((r) => [r.asset, String(r.score), String(r.episodes), pct(r.meanEpisodeReturn, 1), pct(r.annualizedReturn, 1), fmt(r.pValue, 3)]);
      io.out(renderTable(["asset", "score", "episodes", "mean episode", "annualised", "p"], rows));
    }
    io.out(`\nRotation backtest ${formatMonth(inp.from)}..${formatMonth(inp.to)} (as-of phases, ${runs.context.cost} bps, risk-free ${runs.metrics[0].riskFree}):\n`);
    io.out(renderTable(
      ["strategy", "CAGR", "vol", "Sharpe", "max DD", ...PHASE_IDS.map((_, k) => phaseLabel(k, lang))],
      runs.metrics.map((m) => [m.strategy, pct(m.cagr, 1), pct(m.volatility, 1), fmt(m.sharpe), pct(m.maxDrawdown, 1), ...PHASE_IDS.map((id) => pct(m.byPhase[id].cagr, 1))]),
    ));
    if (report) io.out(`\nReport: ${report}\n`);
  }
  return {
    phaseNow: { id: nowId, knownAt: formatMonth(nowMonth) },
    topNow,
    classesNow,
    backtest: runs.metrics,
    report,
    warnings: [...new Set([...s.warnings, ...runs.results.flatMap((r) => r.warnings)])],
  };
}
