/**
 * `kitchin compare`: several strategies side by side, phase by phase (methods.md §9), on the same
 * inputs and the same phase labels.
 */
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang, type WordKey, uniqueNotes } from "@kitchin/core";
import { USES_FUTURE_INFORMATION } from "@kitchin/backtest";
import { list, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printWarnings, toJson, type Io } from "../context.ts";
import { fmt, pct, renderTable, termText } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf } from "../options.ts";
import { backtestInputs } from "@kitchin/jobs/node";
import { BACKTEST_INPUT_FLAGS } from "../flags.ts";
import { inputOptions } from "../requests.ts";
import { defaultBenchmarks, defaultSpecs } from "@kitchin/jobs";
import { runSpecs } from "@kitchin/jobs/node";
import { STRATEGY_FLAGS } from "../flags.ts";
import { runOptions } from "../requests.ts";
import { writeTables } from "@kitchin/jobs/node";
import { sourceName, riskFreeLabel, strategyLabel } from "@kitchin/report";
import { BEST_CRITERION, bestBySharpe, returnsSheet, shortAnnualisedWarnings, vsEqual } from "@kitchin/report";

const ROW_KEYS = [
  "strategy",
  "phase",
  "months",
  "totalReturn",
  "cagr",
  "volatility",
  "sharpe",
  "sortino",
  "maxDrawdown",
  "calmar",
  "hitRate",
  "stamp",
] as const;

export const compareCommand: Command = {
  name: "compare",
  summary: "compare strategies side by side, phase by phase",
  usage:
    "kitchin compare (--dataset cn|us | --prices F --phases F) --strategy SPEC --strategy SPEC … [--cost BPS] [--format table|json|csv]",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    ...STRATEGY_FLAGS,
    strategy: {
      type: "string",
      multiple: true,
      arg: "SPEC",
      description:
        "topk[:K[:WEIGHTING[:REBALANCE]]], clock, map:F.json, equal, hold:ASSET (repeatable; default topk:1, clock, equal and buy-and-hold of equities)",
    },
    lang: { type: "string", arg: "en|zh", description: "language of phase labels (default en)" },
  },
  async run(p: ParsedArgs, io: Io) {
    const inp = await backtestInputs(inputOptions(p), { defaultMode: "as-of", assets: "classes" });
    let specs = list(p, "strategy");
    if (!specs.length)
      specs = inp.region
        ? defaultSpecs(inp.region, inp.panel.assets)
        : ["topk:1", "topk:2", ...defaultBenchmarks(null, inp.panel.assets)];
    const runs = runSpecs(inp, specs, runOptions(p));
    const c = runs.comparison;
    const stamp = runs.results.some((r) => r.stamp) ? USES_FUTURE_INFORMATION : null;
    const warnings = uniqueNotes([
      ...runs.results.flatMap((r) => r.warnings),
      ...inp.prices.notes,
      ...inp.phases.notes,
    ]);
    const rows = c.rows.map((r) => ROW_KEYS.map((k) => r[k]));
    // "Best" by Sharpe, the headline's criterion, named in the JSON and the table.
    const bestByPhase = bestBySharpe(c.rows);
    warnings.push(...shortAnnualisedWarnings(c.rows, "en"));
    const json = {
      stamp,
      window: { from: formatMonth(inp.from), to: formatMonth(inp.to) },
      phases: { source: inp.phases.source, mode: inp.mode },
      costBps: runs.context.cost,
      rows: c.rows,
      bestCriterion: BEST_CRITERION,
      bestByPhase,
      warnings,
    };
    const out = str(p, "out");
    if (out)
      await writeTables(out, [{ name: "compare", header: [...ROW_KEYS], rows }, returnsSheet(runs.results)], json);
    const format = formatOf(p);
    if (format === "json") return io.out(toJson(json));
    const lang: Lang = langOf(p);
    const allWarnings = [
      ...(stamp ? [stamp] : []),
      ...warnings.filter((w) => !shortAnnualisedWarnings(c.rows, "en").includes(String(w))),
      ...shortAnnualisedWarnings(c.rows, lang),
    ];
    if (format === "csv") {
      io.out(toCsv([...ROW_KEYS], rows));
      printWarnings(io, allWarnings, lang);
      return;
    }
    const zh = lang === "zh";
    if (stamp)
      io.out(
        zh
          ? "*** 使用了未来信息：部分策略所用阶段为事后确定 ***\n"
          : `*** ${stamp.toUpperCase()}: some strategies used phases dated ex-post ***\n`,
      );
    io.out(
      zh
        ? `策略对比 ${json.window.from}..${json.window.to}；阶段来自 ${sourceName(inp.phases.source, lang)}（${inp.mode === "as-of" ? wordOf("asOfMode", lang) : wordOf("exPost", lang)}）；交易成本 ${runs.context.cost} 个基点；无风险利率 ${riskFreeLabel(runs.metrics[0].riskFree, lang)}\n`
        : `Compare ${json.window.from}..${json.window.to}; phases ${inp.phases.source} (${inp.mode}); cost ${runs.context.cost} bps; risk-free ${runs.metrics[0].riskFree}\n`,
    );
    for (const key of ["all", ...PHASE_IDS] as const) {
      const sub = c.rows.filter((r) => r.phase === key);
      io.out(
        `\n${key === "all" ? (zh ? "全部月份" : "All months") : `${phaseLabel(PHASE_IDS.indexOf(key), lang)} (${key})`} — ${zh ? "最优（夏普比率）" : "best by Sharpe"}: ${termText(bestByPhase[key] ? strategyLabel(bestByPhase[key]!, lang) : "—")}\n`,
      );
      const vs = vsEqual(sub, lang);
      io.out(
        renderTable(
          [
            ...["strategy", "months", "total", "cagr", "vol", "sharpe", "sortino", "maxDD", "hit"].map((k) =>
              wordOf(k as WordKey, lang),
            ),
            wordOf("vsBenchmark", lang),
          ],
          sub.map((r, i) => [
            strategyLabel(r.strategy, lang) + (r.stamp ? " *" : ""),
            String(r.months),
            pct(r.totalReturn),
            pct(r.cagr, 1),
            pct(r.volatility, 1),
            fmt(r.sharpe),
            fmt(r.sortino),
            pct(r.maxDrawdown, 1),
            pct(r.hitRate),
            vs.text[i],
          ]),
        ),
      );
    }
    if (stamp) io.out(zh ? "* 使用了未来信息\n" : `* ${stamp}\n`);
    printWarnings(io, allWarnings, lang);
  },
};
