/**
 * `kitchin score`: assets scored by phase (methods.md §8) — the note-004 score and, beyond it,
 * annualised return over the phase's months, median episode return, hit rate, volatility, Sharpe,
 * t-statistic, bootstrap interval and permutation p-value, ranked per phase, with thin-sample
 * warnings. The JSON is a stable contract.
 */
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang, type WordKey } from "@kitchin/core";
import { displayName } from "@kitchin/datasets";
import { BACKTEST_DEFAULTS, codesOnAxis, scoreJson } from "@kitchin/backtest";
import { scorePhasesParallel } from "@kitchin/backtest/node";
import { int, num, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printWarnings, toJson, type Io } from "../context.ts";
import { fmt, pct, renderTable, useColour, PHASE_COLOURS } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf } from "../options.ts";
import { backtestInputs } from "@kitchin/jobs/node";
import { BACKTEST_INPUT_FLAGS } from "../flags.ts";
import { inputOptions } from "../requests.ts";
import { writeTables } from "@kitchin/jobs/node";
import { sourceName, riskFreeLabel } from "@kitchin/report";

export const SCORE_HEADER = [
  "asset",
  "phase",
  "score",
  "episodes",
  "positive",
  "meanEpisodeReturn",
  "annualizedReturn",
  "hitRate",
  "pValue",
  "qValue",
  "rank",
  "medianEpisodeReturn",
  "months",
  "volatility",
  "sharpe",
  "tStat",
  "ciLow",
  "ciHigh",
] as const;

export const scoreCommand: Command = {
  name: "score",
  summary: "score assets by phase: note-004 score, returns, hit rate, Sharpe, bootstrap CI, permutation p-value",
  usage:
    "kitchin score (--dataset cn|us | --prices F --phases F) [--assets LIST] [--from YYYY-MM] [--to YYYY-MM] [--mode ex-post|as-of] [--format table|json|csv]",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    bootstrap: {
      type: "string",
      arg: "N",
      value: "number",
      description: `bootstrap resamples for the interval (default ${BACKTEST_DEFAULTS.bootstrap}; 0 = none)`,
    },
    permutations: {
      type: "string",
      arg: "N",
      value: "number",
      description: `permutations for the p-value (default ${BACKTEST_DEFAULTS.permutations}; 0 = none)`,
    },
    confidence: {
      type: "string",
      arg: "X",
      value: "number",
      description: `confidence level of the interval (default ${BACKTEST_DEFAULTS.confidence})`,
    },
    seed: {
      type: "string",
      arg: "N",
      value: "number",
      description: `seed of the random draws (default ${BACKTEST_DEFAULTS.seed})`,
    },
    threads: {
      type: "string",
      arg: "N",
      value: "number",
      description:
        "threads for the bootstrap and permutations (default: one per idle core when the panel is large; 1 = none); same results either way",
    },
    top: { type: "string", arg: "N", value: "number", description: "table: rows per phase (default 10)" },
    lang: { type: "string", arg: "en|zh", description: "language of phase labels (default en)" },
  },
  async run(p: ParsedArgs, io: Io) {
    const inp = await backtestInputs(inputOptions(p), { defaultMode: "ex-post", assets: "all" });
    const tl = inp.mode === "ex-post" ? inp.phases.history : inp.phases.signal;
    // Descriptive: a month's return belongs to the phase of that data month (ex-post), or to the
    // phase known at its end (as-of: a file's --lag shifts it; the core's as-of path is already shifted).
    const lag = inp.mode === "as-of" ? inp.phases.signalLag : 0;
    const codes = codesOnAxis(tl, inp.panel.start, inp.panel.months, lag);
    const s = await scorePhasesParallel(inp.panel, codes, {
      bootstrap: int(p, "bootstrap") ?? BACKTEST_DEFAULTS.bootstrap,
      permutations: int(p, "permutations") ?? BACKTEST_DEFAULTS.permutations,
      confidence: num(p, "confidence", 0.5) ?? BACKTEST_DEFAULTS.confidence,
      seed: int(p, "seed") ?? BACKTEST_DEFAULTS.seed,
      riskFree: inp.cash,
      riskFreeLabel: inp.prices.cashLabel,
      exPost: tl.mode !== "as-of",
      threads: int(p, "threads", 1),
    });
    const json = scoreJson(s);
    json.warnings.push(...inp.prices.notes, ...inp.phases.notes);
    const out = {
      ...json,
      window: { from: s.start, to: s.start + inp.panel.months - 1 },
      phases: inp.phases.source,
      mode: inp.mode,
    };
    const jsonOut = {
      ...json,
      window: { from: formatMonth(out.window.from), to: formatMonth(out.window.to) },
      phases: out.phases,
      mode: out.mode,
    };
    const rows = json.scores.map((r) => SCORE_HEADER.map((k) => r[k]));
    const outFile = p.flags.out as string | undefined;
    if (outFile) {
      await writeTables(
        outFile,
        [
          { name: "scores", header: [...SCORE_HEADER], rows },
          {
            name: "crossAssetMean",
            header: ["phase", "crossAssetMean"],
            rows: PHASE_IDS.map((id) => [id, json.crossAssetMean[id]]),
          },
          { name: "warnings", header: ["warning"], rows: json.warnings.map((w) => [w]) },
        ],
        jsonOut,
      );
    }
    const format = formatOf(p);
    if (format === "json") return io.out(toJson(jsonOut));
    const lang: Lang = langOf(p);
    if (format === "csv") {
      io.out(toCsv([...SCORE_HEADER], rows));
      printWarnings(io, json.warnings, lang);
      return;
    }
    const top = int(p, "top", 1) ?? 10;
    const colour = useColour(io.isTTY, io.env);
    const zh = lang === "zh";
    const w = (k: WordKey) => wordOf(k, lang);
    io.out(
      zh
        ? `分阶段资产得分 — ${inp.panel.assets.length} 个资产，${jsonOut.window.from}..${jsonOut.window.to}，阶段来自 ${sourceName(inp.phases.source, lang)}（${inp.mode === "as-of" ? w("asOfMode") : w("exPost")}）；无风险利率 ${riskFreeLabel(s.riskFree, lang)}\n`
        : `Scores by phase — ${inp.panel.assets.length} assets, ${jsonOut.window.from}..${jsonOut.window.to}, phases ${inp.phases.source} (${inp.mode}); risk-free ${s.riskFree}\n`,
    );
    for (let k = 0; k < 4; k++) {
      const id = PHASE_IDS[k];
      const eps = s.phaseEpisodes[k];
      const list = json.scores.filter((r) => r.phase === id && r.episodes > 0).slice(0, top);
      io.out(
        zh
          ? `\n${phaseLabel(k, lang)} (${id}) — ${eps.length} 次，${w("crossAssetMean")} ${pct(json.crossAssetMean[id], 1)}\n`
          : `\n${phaseLabel(k, lang)} (${id}) — ${eps.length} episode${eps.length === 1 ? "" : "s"}, cross-asset mean ${pct(json.crossAssetMean[id], 1)}\n`,
      );
      if (!list.length) continue;
      io.out(
        renderTable(
          zh
            ? [
                w("rank"),
                w("asset"),
                w("name"),
                w("score"),
                w("episodes"),
                w("positive"),
                w("meanEpisode"),
                w("medianEpisode"),
                w("annualised"),
                `${Math.round(s.confidence * 100)}% ${w("ci")}`,
                w("hit"),
                w("sharpe"),
                w("tStat"),
                w("pValue"),
                w("qValue"),
              ]
            : [
                "#",
                "asset",
                "name",
                "score",
                "eps",
                "pos",
                "mean ep",
                "median ep",
                "ann. ret",
                `${Math.round(s.confidence * 100)}% CI`,
                "hit",
                "Sharpe",
                "t",
                "p",
                "q",
              ],
          list.map((r) => [
            String(r.rank),
            r.asset,
            displayName(r.asset, lang),
            String(r.score),
            String(r.episodes),
            String(r.positive),
            pct(r.meanEpisodeReturn, 1),
            pct(r.medianEpisodeReturn, 1),
            pct(r.annualizedReturn, 1),
            `${pct(r.ciLow, 0)}..${pct(r.ciHigh, 0)}`,
            pct(r.hitRate),
            fmt(r.sharpe),
            fmt(r.tStat),
            fmt(r.pValue, 3),
            fmt(r.qValue, 3),
          ]),
          { colour, rowColour: () => PHASE_COLOURS[k] },
        ),
      );
    }
    printWarnings(io, json.warnings, lang);
  },
};
