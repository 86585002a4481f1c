/**
 * The report (issue 4 §3; issue 6 item 5): one self-contained HTML page from results — demand and
 * inventory YoY with the phases shaded, cumulative returns of the strategies against the benchmarks,
 * the score heat map (assets × phases) with the metrics and score tables beside them, and the
 * region's macro sections. Used by `kitchin report` and by `kitchin overview`'s main job; it computes
 * nothing but the charts and tables of what it is given.
 */
import { PHASE_IDS, formatMonth, phaseLabel } from "@kitchin/core";
import { BACKTEST_DEFAULTS, USES_FUTURE_INFORMATION, codesOnAxis, scoreJson, scorePhases, type ScoreJson } from "@kitchin/backtest";
import type { Inputs } from "../backtestInputs.ts";
import { fmt, pct } from "../format/table.ts";
import { byPhaseTable, metricsTable } from "../format/results.ts";
import type { Runs } from "../strategies.ts";
import { cumulativeChart, phaseChart, scoreHeatmap, toSvg } from "./charts.ts";
import { page, table, type Section } from "./html.ts";
import { contribReportSections } from "./contrib.ts";
import { macroReportSections } from "./macro.ts";

export interface ReportData {
  /** The strategies' inputs (as-of phases by default) and their runs. */
  inputs: Inputs;
  runs: Runs;
  /** The scores' inputs (ex-post phases) and the scores. */
  scoreInputs: Inputs;
  scores: ScoreJson;
}

/** The heat map's scores: descriptive, on the ex-post history (labelled as such). */
export function reportScores(sinp: Inputs, o: { permutations?: number; bootstrap?: number } = {}): ScoreJson {
  const codes = codesOnAxis(sinp.phases.history, sinp.panel.start, sinp.panel.months, 0);
  return scoreJson(scorePhases(sinp.panel, codes, {
    permutations: o.permutations ?? BACKTEST_DEFAULTS.reportResamples, bootstrap: o.bootstrap ?? BACKTEST_DEFAULTS.reportResamples,
    riskFree: sinp.cash, riskFreeLabel: sinp.prices.cashLabel, exPost: true,
  }));
}

export async function reportHtml(d: ReportData): Promise<string> {
  const { inputs: inp, runs, scoreInputs: sinp, scores } = d;
  const stamp = runs.results.some((r) => r.stamp) ? USES_FUTURE_INFORMATION : null;
  const lines = [inp.phases.demand, inp.phases.inventory].filter((x) => x !== undefined).map((s) => ({ name: s!.id, start: s!.start, values: s!.values }));
  const [phaseSvg, cumSvg, heatSvg] = await Promise.all([
    toSvg(phaseChart(inp.phases.history, lines, inp.from, inp.to)),
    toSvg(cumulativeChart(runs.results.map((r) => ({ name: r.name, start: r.start, returns: r.returns, first: r.first, last: r.last })))),
    toSvg(scoreHeatmap(scores.scores)),
  ]);
  const known = codesOnAxis(runs.context.timeline, inp.panel.start, inp.panel.months, runs.context.lag);
  const nowCode = known[known.length - 1];
  const mt = metricsTable(runs.metrics);
  const bt = byPhaseTable(runs.metrics, "en");
  const topScores = PHASE_IDS.flatMap((id) => scores.scores.filter((r) => r.phase === id && r.episodes > 0).slice(0, 5))
    .map((r) => [phaseLabel(PHASE_IDS.indexOf(r.phase), "en"), r.asset, String(r.score), String(r.episodes), pct(r.meanEpisodeReturn, 1), pct(r.annualizedReturn, 1), pct(r.hitRate), fmt(r.pValue, 3)]);
  const sections: Section[] = [
    { title: "Inventory and demand YoY, phases shaded (ex-post)", chart: "phases", html: phaseSvg },
    { title: `Cumulative returns (${inp.mode} phases, cost ${runs.context.cost} bps)`, chart: "cumulative", html: cumSvg },
    { title: "Metrics", html: table(mt.header, mt.rows) + table(bt.header, bt.rows) },
    { title: `Scores by phase (note 004), ${formatMonth(sinp.from)}..${formatMonth(sinp.to)}, ex-post phases`, chart: "scores", html: heatSvg },
    { title: "Best five per phase", html: table(["phase", "asset", "score", "episodes", "mean episode", "annualised", "hit", "p"], topScores) },
    ...macroReportSections(inp.region), // leading indicators and China–US sync (docs/macro.md)
    ...(await contribReportSections(inp.region)), // imports vs inventories, sector contributions (docs/macro.md §7)
  ];
  const intro = [
    `Window ${formatMonth(inp.from)}..${formatMonth(inp.to)}; phases from ${inp.phases.source}; ${inp.panel.assets.length} assets in the strategies (${inp.panel.assets.join(", ")}); risk-free ${runs.metrics[0].riskFree}.`,
    inp.phases.now
      ? `Now (as of ${formatMonth(inp.phases.now.month)}, as-of phases; docs/phases.md): ${phaseLabel(inp.phases.now.code, "en")} / ${phaseLabel(inp.phases.now.code, "zh")}, ${inp.phases.now.monthsInPhase} months. The backtest window ends ${formatMonth(inp.to)}, the last month with prices.`
      : `Phase known at ${formatMonth(inp.to)} (${inp.mode}): ${phaseLabel(nowCode, "en")} / ${phaseLabel(nowCode, "zh")}.`,
    "Strategies decide at each month-end with what was known then; scores of the rotation come only from episodes that had ended. Scores in the heat map describe the history with hindsight.",
  ];
  const warnings = [...new Set([...runs.results.flatMap((r) => r.warnings), ...scores.warnings, ...inp.prices.notes, ...inp.phases.notes])];
  return page(`Kitchin report — ${inp.region ? inp.region.toUpperCase() : inp.prices.source}`, intro, sections, stamp, warnings);
}
