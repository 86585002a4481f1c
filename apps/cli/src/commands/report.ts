/**
 * `kitchin report`: one self-contained HTML file — demand and inventory YoY with the phases shaded,
 * cumulative returns of the strategies against the benchmarks, and the score heat map (assets ×
 * phases) — with the metrics and score tables beside them. Charts are Vega-Lite specs rendered to
 * SVG in Node.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { KitchinError, PHASE_IDS, formatMonth, phaseLabel } from "@kitchin/core";
import { UsageError } from "../errors.ts";
import { USES_FUTURE_INFORMATION, codesOnAxis, scoreJson, scorePhases } from "@kitchin/backtest";
import { int, list, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import type { Io } from "../context.ts";
import { fmt, pct } from "../format/table.ts";
import { BACKTEST_INPUT_FLAGS, loadInputs } from "../backtest/setup.ts";
import { STRATEGY_FLAGS, runSpecs } from "../backtest/runs.ts";
import { defaultBenchmarks } from "../backtest/strategies.ts";
import { byPhaseTable, metricsTable } from "../backtest/results.ts";
import { cumulativeChart, phaseChart, scoreHeatmap, toSvg } from "../backtest/report/charts.ts";
import { page, table, type Section } from "../backtest/report/html.ts";
import { macroReportSections } from "./sync.ts";
import { contribReportSections } from "./contribReport.ts";

export const reportCommand: Command = {
  name: "report",
  summary: "write one self-contained HTML report: phases, strategies vs benchmarks, score heat map",
  usage: "kitchin report (--dataset cn|us | --prices F --phases F) [--out report.html] [--strategy SPEC]… [--score-assets LIST] [--from YYYY-MM]",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    ...STRATEGY_FLAGS,
    strategy: { type: "string", multiple: true, arg: "SPEC", description: "strategies to chart (default topk:1, clock, equal, buy-and-hold of equities)" },
    "score-assets": { type: "string", arg: "LIST", description: "assets of the score heat map (default: all shipped assets, or --assets)" },
    permutations: { type: "string", arg: "N", description: "permutations for the score p-values (default 199)" },
    bootstrap: { type: "string", arg: "N", description: "bootstrap resamples for the score intervals (default 199)" },
  },
  async run(p: ParsedArgs, io: Io) {
    const out = resolve(str(p, "out") ?? "kitchin-report.html");
    if (!/\.html?$/i.test(out)) throw new UsageError("--out must name an .html file");
    if (!existsSync(dirname(out))) throw new KitchinError("bad-file", "folder does not exist", { file: out });
    const inp = await loadInputs({ ...p, flags: { ...p.flags, out: undefined } }, { defaultMode: "as-of", assets: "classes" });
    let specs = list(p, "strategy");
    if (!specs.length) specs = inp.region ? ["topk:1", "clock", ...defaultBenchmarks(inp.region, inp.panel.assets)] : ["topk:1", ...defaultBenchmarks(null, inp.panel.assets)];
    const runs = runSpecs(p, inp, specs);
    const stamp = runs.results.some((r) => r.stamp) ? USES_FUTURE_INFORMATION : null;

    // Scores: descriptive, on the ex-post history (labelled as such).
    const sp: ParsedArgs = { ...p, flags: { ...p.flags, out: undefined, mode: "ex-post", assets: str(p, "score-assets") ?? str(p, "assets") ?? (inp.region ? "all" : undefined) } };
    const sinp = await loadInputs(sp, { defaultMode: "ex-post", assets: "all" });
    const codes = codesOnAxis(sinp.phases.history, sinp.panel.start, sinp.panel.months, 0);
    const scores = scoreJson(scorePhases(sinp.panel, codes, {
      permutations: int(p, "permutations") ?? 199, bootstrap: int(p, "bootstrap") ?? 199, riskFree: sinp.cash, riskFreeLabel: sinp.prices.cashLabel, exPost: true,
    }));

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
    writeFileSync(out, page(`Kitchin report — ${inp.region ? inp.region.toUpperCase() : inp.prices.source}`, intro, sections, stamp, warnings));
    io.out(`wrote ${out}\n`);
  },
};
