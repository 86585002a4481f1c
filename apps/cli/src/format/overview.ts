/**
 * The overview job in the terminal, and its report: runs the job (packages/jobs), writes the report
 * (packages/report) when asked, prints the phase known now, the best assets in it, the headline and
 * the rotation table, and the job's warnings on stderr. Used by `kitchin overview`.
 */
import { resolve } from "node:path";
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang } from "@kitchin/core";
import { displayName } from "@kitchin/datasets";
import {
  checkWritable,
  overviewJob,
  reportExtras,
  overviewJson,
  writeChecked,
  type OverviewJson,
  type OverviewSource,
  type Readers,
} from "@kitchin/jobs/node";
import {
  headlineText,
  priceCaveatText,
  render,
  riskFreeLabel,
  strategyLabel,
  vsEqual,
  type CallInput,
} from "@kitchin/report";
import { printWarnings, type Io } from "../context.ts";
import { fmt, pct, renderTable, termText } from "./table.ts";

export interface OverviewRunOptions {
  lang?: Lang;
  from?: string;
  /** Path of the HTML report; null = no report. Default `kitchin-report.html` in the working folder. */
  report?: string | null;
  /** Print tables (false: only compute, for JSON). */
  print?: boolean;
  /** The phase known now, from the call's analysis (else the backtest window's last as-of phase). */
  now?: { code: number; month: number };
  call?: CallInput;
  made?: string;
  riskFree?: string;
  vintages?: boolean;
  readers?: Readers;
}

export async function runOverview(source: OverviewSource, io: Io, o: OverviewRunOptions = {}): Promise<OverviewJson> {
  const lang = o.lang ?? "en";
  const print = o.print ?? true;
  const report = o.report === null ? null : resolve(o.report ?? "kitchin-report.html");
  if (report) checkWritable(report); // before the work, not after
  const job = await overviewJob(
    { source, from: o.from, riskFree: o.riskFree, vintages: o.vintages, now: o.now, forReport: report !== null },
    o.readers,
  );
  if (report) {
    writeChecked(
      report,
      await render({
        inputs: job.inputs,
        runs: job.runs,
        scoreInputs: job.scoreInputs,
        scores: job.scores,
        lang,
        call: o.call,
        headline: job.headline,
        made: o.made,
        extras: await reportExtras(job.inputs, job.runs, job.headline),
      }),
    );
  }
  if (print) printOverview(job, lang, io, report);
  // The warnings the JSON holds (thin samples, missing prices …), on stderr.
  if (print) printWarnings(io, job.warnings, lang);
  return overviewJson(job, report);
}

function printOverview(job: Awaited<ReturnType<typeof overviewJob>>, lang: Lang, io: Io, report: string | null): void {
  const { inputs: inp, runs, scoreInputs: sinp, headline, classesNow, topNow } = job;
  const { code: nowCode, id: nowId, month: nowMonth } = job.now;
  const zh = lang === "zh";
  const label = nowId ? `${phaseLabel(nowCode, lang)} (${nowId})` : wordOf("unknownPhase", lang);
  io.out(
    zh
      ? `\n${formatMonth(nowMonth)} 已知阶段（实时）：${label}\n`
      : `\nPhase known at ${formatMonth(nowMonth)} (as-of): ${label}\n`,
  );
  if (nowId) {
    io.out(
      zh
        ? `${formatMonth(sinp.from)} 以来该阶段表现最好的资产（笔记 004 得分，事后阶段；样本较少，见 kitchin score）：\n`
        : `Best in this phase since ${formatMonth(sinp.from)} (note-004 score, ex-post episodes; thin samples — see kitchin score):\n`,
    );
    const rows = [...classesNow, ...topNow].map((r) => [
      displayName(r.asset, lang),
      String(r.score),
      String(r.episodes),
      pct(r.meanEpisodeReturn, 1),
      pct(r.annualizedReturn, 1),
      fmt(r.pValue, 3),
      fmt(r.qValue, 3),
    ]);
    io.out(
      renderTable(
        ["asset", "score", "episodes", "meanEpisode", "annualised", "pValue", "qValue"].map((k) =>
          wordOf(k as Parameters<typeof wordOf>[0], lang),
        ),
        rows,
      ),
    );
    const listed = priceCaveatText(
      [...classesNow, ...topNow].map((r) => r.asset),
      lang,
    );
    if (listed) io.out(`${termText(listed.trim())}\n`);
  }
  const ht = headlineText(headline, lang, inp.panel.assets);
  if (ht) io.out(`\n${termText(ht)}\n`);
  io.out(
    zh
      ? `\n轮动回测 ${formatMonth(inp.from)}..${formatMonth(inp.to)}（实时阶段，交易成本 ${runs.context.cost} 个基点，无风险利率 ${riskFreeLabel(runs.metrics[0].riskFree, lang)}）：\n`
      : `\nRotation backtest ${formatMonth(inp.from)}..${formatMonth(inp.to)} (as-of phases, ${runs.context.cost} bps, risk-free ${runs.metrics[0].riskFree}):\n`,
  );
  const vs = vsEqual(runs.metrics, lang);
  io.out(
    renderTable(
      [
        wordOf("strategy", lang),
        wordOf("cagr", lang),
        wordOf("vol", lang),
        wordOf("sharpe", lang),
        wordOf("maxDD", lang),
        ...PHASE_IDS.map((_, k) => phaseLabel(k, lang)),
        wordOf("vsBenchmark", lang),
      ],
      runs.metrics.map((m, i) => [
        strategyLabel(m.strategy, lang),
        pct(m.cagr, 1),
        pct(m.volatility, 1),
        fmt(m.sharpe),
        pct(m.maxDrawdown, 1),
        ...PHASE_IDS.map((id) => pct(m.byPhase[id].cagr, 1)),
        vs.text[i],
      ]),
    ),
  );
  if (report) io.out(zh ? `\n报告：${report}\n` : `\nReport: ${report}\n`);
}
