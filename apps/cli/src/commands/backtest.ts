/**
 * `kitchin backtest`: one rotation strategy against benchmarks (methods.md §9). At each month-end
 * the strategy sees only what was known then — as-of phases (ex-post only with --mode ex-post, and
 * then every output says it uses future information) and scores from episodes that had ended.
 */
import { formatMonth, wordOf, type Lang, uniqueNotes } from "@kitchin/core";
import { displayName } from "@kitchin/datasets";
import { DEFAULT_STRATEGIES, USES_FUTURE_INFORMATION } from "@kitchin/backtest";
import { list, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printWarnings, toJson, type Io } from "../context.ts";
import { renderTable, pct, termText } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf } from "../options.ts";
import { backtestInputs } from "@kitchin/jobs/node";
import { BACKTEST_INPUT_FLAGS } from "../flags.ts";
import { inputOptions } from "../requests.ts";
import { runSpecs } from "@kitchin/jobs/node";
import { STRATEGY_FLAGS } from "../flags.ts";
import { runOptions } from "../requests.ts";
import { defaultBenchmarks } from "@kitchin/jobs";
import { writeTables } from "@kitchin/jobs/node";
import { sourceName, riskFreeLabel, strategyLabel } from "@kitchin/report";
import {
  METRIC_HEADER,
  shortAnnualisedWarnings,
  byPhaseSheet,
  byPhaseTable,
  metricRow,
  metricsTable,
  returnsSheet,
  vsEqual,
  weightsSheet,
} from "@kitchin/report";

export const backtestCommand: Command = {
  name: "backtest",
  summary: "backtest a phase-rotation strategy against equal weight and buy-and-hold, split by phase",
  usage:
    "kitchin backtest (--dataset cn|us | --prices F --phases F) [--strategy topk:1|clock|map:F.json] [--benchmark equal|hold:ASSET]… [--cost BPS] [--mode as-of|ex-post] [--format table|json|csv]",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    ...STRATEGY_FLAGS,
    strategy: {
      type: "string",
      arg: "SPEC",
      description:
        "topk[:K[:equal|inverse-vol|score[:monthly|quarterly|phase-change]]], clock, map:F.json (default topk:1)",
    },
    benchmark: {
      type: "string",
      multiple: true,
      arg: "SPEC",
      description: "equal or hold:ASSET (repeatable; default equal, and buy-and-hold of equities with --dataset)",
    },
    lang: { type: "string", arg: "en|zh", description: "language of phase labels (default en)" },
  },
  async run(p: ParsedArgs, io: Io) {
    const inp = await backtestInputs(inputOptions(p), { defaultMode: "as-of", assets: "classes" });
    const specs = [
      str(p, "strategy") ?? DEFAULT_STRATEGIES[0],
      ...(list(p, "benchmark").length ? list(p, "benchmark") : defaultBenchmarks(inp.region, inp.panel.assets)),
    ];
    const runs = runSpecs(inp, specs, runOptions(p));
    const [main] = runs.results;
    const stamp = runs.results.some((r) => r.stamp) ? USES_FUTURE_INFORMATION : null;
    const byPhaseRows = runs.metrics.flatMap((m) =>
      Object.entries(m.byPhase).map(([phase, b]) => ({ phase, months: b.months })),
    );
    const warnings = uniqueNotes([
      ...runs.results.flatMap((r) => r.warnings),
      ...inp.prices.notes,
      ...inp.phases.notes,
      ...shortAnnualisedWarnings(byPhaseRows, "en"),
    ]);
    const last = main.last - 1;
    const current = main.assets
      .map((a, i) => ({ asset: a, weight: main.weights[i * main.months + last] }))
      .filter((x) => x.weight > 0);
    const json = {
      stamp,
      window: { from: formatMonth(inp.from), to: formatMonth(inp.to) },
      phases: { source: inp.phases.source, mode: inp.mode },
      costBps: runs.context.cost,
      strategies: runs.metrics,
      latest: { decided: formatMonth(main.start + last), weights: current },
      warnings,
    };
    const out = str(p, "out");
    const sheets = () => [
      { name: "metrics", header: [...METRIC_HEADER], rows: runs.metrics.map(metricRow) },
      byPhaseSheet(runs.metrics),
      returnsSheet(runs.results),
      weightsSheet(main),
    ];
    if (out) await writeTables(out, sheets(), json);
    const format = formatOf(p);
    if (format === "json") return io.out(toJson(json));
    const lang: Lang = langOf(p);
    // The look-ahead stamp is a warning too: on stderr with the others, in table and CSV alike.
    const short = shortAnnualisedWarnings(byPhaseRows, "en");
    const allWarnings = [
      ...(stamp ? [stamp] : []),
      ...warnings.filter((w) => !short.includes(String(w))),
      ...shortAnnualisedWarnings(byPhaseRows, lang),
    ];
    if (format === "csv") {
      const r = returnsSheet(runs.results);
      io.out(toCsv(r.header, r.rows));
      printWarnings(io, allWarnings, lang);
      return;
    }
    const zh = lang === "zh";
    if (stamp)
      io.out(
        zh
          ? "*** 使用了未来信息：阶段为事后确定（以后见之明） ***\n"
          : `*** ${stamp.toUpperCase()}: phases dated ex-post (with hindsight) ***\n`,
      );
    io.out(
      zh
        ? `回测 ${json.window.from}..${json.window.to}，${inp.panel.assets.length} 个资产；阶段来自 ${sourceName(inp.phases.source, lang)}（${inp.mode === "as-of" ? wordOf("asOfMode", lang) : wordOf("exPost", lang)}）；交易成本 ${runs.context.cost} 个基点；无风险利率 ${riskFreeLabel(runs.metrics[0].riskFree, lang)}\n\n`
        : `Backtest ${json.window.from}..${json.window.to} on ${inp.panel.assets.length} assets; phases ${inp.phases.source} (${inp.mode}); cost ${runs.context.cost} bps; risk-free ${runs.metrics[0].riskFree}\n\n`,
    );
    const t = metricsTable(runs.metrics, lang, (s) => strategyLabel(s, lang));
    const vs = vsEqual(runs.metrics, lang);
    io.out(
      renderTable(
        [...t.header, wordOf("vsBenchmark", lang)],
        t.rows.map((r, i) => [...r, vs.text[i]]),
      ),
    );
    io.out(lang === "zh" ? "\n分阶段（策略所依据的阶段）：\n" : "\nBy phase (the phase the strategy acted on):\n");
    const b = byPhaseTable(runs.metrics, lang, (s) => strategyLabel(s, lang));
    io.out(renderTable(b.header, b.rows));
    const holding =
      current.map((c) => `${termText(displayName(c.asset, lang))} ${pct(c.weight)}`).join(zh ? "、" : ", ") ||
      (zh ? "现金" : "cash");
    io.out(
      zh ? `\n${json.latest.decided} 之后持有：${holding}\n` : `\nHolding after ${json.latest.decided}: ${holding}\n`,
    );
    printWarnings(io, allWarnings, lang);
  },
};
