/**
 * The backtest half of the main job (issue 4 §4): for `kitchin overview` on a shipped region —
 * assets and commodities scored by phase, the best of them in the phase known now, the rotation
 * backtest against equal weight, and the HTML report. `kitchin overview` calls `mainJobExtras`
 * after its cycle table; the inputs, strategies and report are the backtest commands' modules.
 */
import { checkWritable, writeChecked } from "./io/write.ts";
import { resolve } from "node:path";
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang, type Note, uniqueNotes } from "@kitchin/core";
import { displayName, priceCaveats, type PriceCaveats } from "@kitchin/datasets";
import { bestInPhase, codesOnAxis, scoreJson, scorePhases, type Headline, type ScoreRow, type StrategyMetrics } from "@kitchin/backtest";
import { printWarnings, type Io } from "./context.ts";
import { fmt, pct, renderTable, termText } from "./format/table.ts";
import { backtestInputs, type InputOptions } from "./backtestInputs.ts";
import { defaultSpecs, runHeadline, runSpecs } from "./strategies.ts";
import { checkReportAssets, headlineText, reportHtml } from "./report/report.ts";
import type { CallInput } from "./report/call.ts";
import { vsEqual } from "./format/results.ts";
import { priceCaveatText } from "./format/priceCaveats.ts";
import { riskFreeLabel, strategyLabel } from "./format/names.ts";

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
  /** The cycle analysis for the report's call and cycle table. */
  call?: CallInput;
  /** The date the report says it was made. */
  made?: string;
  /** `--risk-free zero|shipped|ID` (riskFree.ts); default the region's shipped rate. */
  riskFree?: string;
  /** `--vintages` (US): the as-of signal from the shipped FRED-MD vintages (vintagePhases.ts). */
  vintages?: boolean;
}

export interface MainJob {
  phaseNow: { id: string | null; knownAt: string };
  topNow: ScoreRow[];
  classesNow: ScoreRow[];
  backtest: StrategyMetrics[];
  /** The honest headline: walk-forward rotation out of sample beside the benchmarks (null: window too short). */
  headline: Headline | null;
  /** The headline's assets that are monthly averages or roll-gapped futures (issue 24). */
  priceCaveats: PriceCaveats;
  report: string | null;
  warnings: Note[];
}

/**
 * The source of the main job: a shipped region, or the user's own data — `--file` with its
 * `--inventory`/`--revenue` columns (phases computed as of each month) and `--prices` (issue 14).
 */
export type MainJobSource = "cn" | "us" | { own: InputOptions };

/**
 * The main job's first month: on shipped data note 004's window (2011-01 on, where the futures
 * panel is broad), on the user's data its whole window, unless `--from` says otherwise. `overview`
 * and `report` both take it, so their headlines are the same figures.
 */
export function mainJobFrom(dataset: string | undefined, from: string | undefined): string | undefined {
  return from ?? (dataset ? "2011-01" : undefined);
}

export async function mainJobExtras(source: MainJobSource, io: Io, o: MainJobOptions = {}): Promise<MainJob> {
  const lang = o.lang ?? "en";
  const region = typeof source === "string" ? source : null;
  const from = mainJobFrom(region ?? undefined, o.from);
  const print = o.print ?? true;
  const base: InputOptions = { ...(typeof source === "string" ? { dataset: source } : source.own), ...(o.riskFree !== undefined ? { riskFree: o.riskFree } : {}), ...(o.vintages ? { vintages: true } : {}) };
  if (o.report !== null) checkWritable(resolve(o.report ?? "kitchin-report.html")); // before the work, not after
  // The rotation: shipped asset classes (or the user's prices), as-of phases.
  const inp = await backtestInputs({ ...base, from }, { defaultMode: "as-of", assets: "classes" });
  if (o.report !== null) checkReportAssets(inp.panel.assets.length);
  const runs = runSpecs(inp, defaultSpecs(region, inp.panel.assets));
  const headline = runHeadline(inp, runs);
  const known = codesOnAxis(runs.context.timeline, inp.panel.start, inp.panel.months, runs.context.lag);
  const nowCode = o.now ? o.now.code : known[known.length - 1];
  const nowId = nowCode >= 0 ? PHASE_IDS[nowCode] : null;
  const nowMonth = o.now ? o.now.month : inp.to;
  // Scores: every shipped asset, ex-post phases (descriptive).
  const sinp = await backtestInputs({ ...base, vintages: false, from, mode: "ex-post", ...(region ? { assets: "all" } : {}) }, { defaultMode: "ex-post", assets: "all" });
  if (o.report !== null) checkReportAssets(sinp.panel.assets.length);
  const s = scoreJson(scorePhases(sinp.panel, codesOnAxis(sinp.phases.history, sinp.panel.start, sinp.panel.months, 0), {
    riskFree: sinp.cash, riskFreeLabel: sinp.prices.cashLabel, exPost: true,
  }));
  const { classesNow, topNow } = bestInPhase(s.scores, nowId, inp.panel.assets);
  let report: string | null = null;
  if (o.report !== null) {
    report = resolve(o.report ?? "kitchin-report.html");
    // The report shows the scores printed above (one run, one set of p-values); inputs and runs too.
    writeChecked(report, await reportHtml({ inputs: inp, runs, scoreInputs: sinp, scores: s, lang, call: o.call, headline, made: o.made }));
  }
  if (print) {
    const zh = lang === "zh";
    const label = nowId ? `${phaseLabel(nowCode, lang)} (${nowId})` : wordOf("unknownPhase", lang);
    io.out(zh ? `\n${formatMonth(nowMonth)} 已知阶段（实时）：${label}\n` : `\nPhase known at ${formatMonth(nowMonth)} (as-of): ${label}\n`);
    if (nowId) {
      io.out(zh
        ? `${formatMonth(sinp.from)} 以来该阶段表现最好的资产（笔记 004 得分，事后阶段；样本较少，见 kitchin score）：\n`
        : `Best in this phase since ${formatMonth(sinp.from)} (note-004 score, ex-post episodes; thin samples — see kitchin score):\n`);
      const rows = [...classesNow, ...topNow].map((r) => [displayName(r.asset, lang), String(r.score), String(r.episodes), pct(r.meanEpisodeReturn, 1), pct(r.annualizedReturn, 1), fmt(r.pValue, 3), fmt(r.qValue, 3)]);
      io.out(renderTable(["asset", "score", "episodes", "meanEpisode", "annualised", "pValue", "qValue"].map((k) => wordOf(k as Parameters<typeof wordOf>[0], lang)), rows));
      const listed = priceCaveatText([...classesNow, ...topNow].map((r) => r.asset), lang);
      if (listed) io.out(`${termText(listed.trim())}\n`);
    }
    const ht = headlineText(headline, lang, inp.panel.assets);
    if (ht) io.out(`\n${termText(ht)}\n`);
    io.out(zh
      ? `\n轮动回测 ${formatMonth(inp.from)}..${formatMonth(inp.to)}（实时阶段，交易成本 ${runs.context.cost} 个基点，无风险利率 ${riskFreeLabel(runs.metrics[0].riskFree, lang)}）：\n`
      : `\nRotation backtest ${formatMonth(inp.from)}..${formatMonth(inp.to)} (as-of phases, ${runs.context.cost} bps, risk-free ${runs.metrics[0].riskFree}):\n`);
    const vs = vsEqual(runs.metrics, lang);
    io.out(renderTable(
      [wordOf("strategy", lang), wordOf("cagr", lang), wordOf("vol", lang), wordOf("sharpe", lang), wordOf("maxDD", lang), ...PHASE_IDS.map((_, k) => phaseLabel(k, lang)), wordOf("vsBenchmark", lang)],
      runs.metrics.map((m, i) => [strategyLabel(m.strategy, lang), pct(m.cagr, 1), pct(m.volatility, 1), fmt(m.sharpe), pct(m.maxDrawdown, 1), ...PHASE_IDS.map((id) => pct(m.byPhase[id].cagr, 1)), vs.text[i]]),
    ));
    if (report) io.out(zh ? `\n报告：${report}\n` : `\nReport: ${report}\n`);
  }
  const warnings = uniqueNotes([...s.warnings, ...runs.results.flatMap((r) => r.warnings)]);
  // The warnings the JSON holds (thin samples, missing prices …), on stderr (issue 26).
  if (print) printWarnings(io, warnings, lang);
  return {
    phaseNow: { id: nowId, knownAt: formatMonth(nowMonth) },
    topNow,
    classesNow,
    backtest: runs.metrics,
    headline,
    priceCaveats: priceCaveats(inp.panel.assets),
    report,
    warnings,
  };
}
