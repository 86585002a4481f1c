/**
 * `kitchin sweep`: the sweep job (packages/jobs, sweep.ts) — a grid of rotation backtests ranked, with
 * the number of configurations tried, the benchmarks and the optional walk-forward — as a table, CSV
 * or JSON, and `--out` as CSV, JSON or XLSX.
 */
import { wordOf, say } from "@kitchin/core";
import { BACKTEST_DEFAULTS } from "@kitchin/backtest";
import { SWEEP_ROW_KEYS, sweepJob, toCsv } from "@kitchin/jobs/node";
import { strategyLabel, vsEqual } from "@kitchin/report";
import { int, numberList, oneOf, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printWarnings, toJson, type Io } from "../context.ts";
import { UsageError } from "../errors.ts";
import { BACKTEST_INPUT_FLAGS } from "../flags.ts";
import { writeTables } from "@kitchin/jobs/node";
import { progressBar } from "../format/progress.ts";
import { fmt, pct, renderTable } from "../format/table.ts";
import { formatOf, langOf } from "../options.ts";
import { inputOptions, wordList } from "../requests.ts";

export const sweepCommand: Command = {
  name: "sweep",
  summary: "run a grid of rotation backtests (phase rule, lag, top-k, weighting, cost) and rank them; walk-forward",
  usage:
    "kitchin sweep (--dataset cn|us | --prices F --phases F) [--top-k 1,2,3] [--weighting equal,inverse-vol,score] [--lag 0,1] [--cost 0,10,30] [--rebalance monthly,quarterly] [--reversal 0.5,1,2] [--confirm 1,2] [--walk-forward 60:12[:rolling]]",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    "top-k": { type: "string", arg: "LIST", value: "numbers", description: "numbers of assets held (default 1,2)" },
    weighting: { type: "string", arg: "LIST", description: "equal, inverse-vol, score (default all three)" },
    "signal-lag": {
      type: "string",
      arg: "LIST",
      value: "numbers",
      description: "signal lags tried: months between a phase being known and trading on it (default 0,1)",
    },
    lag: {
      type: "string",
      arg: "LIST",
      value: "numbers",
      description: "old spelling of --signal-lag",
      deprecatedFor: "signal-lag",
    },
    cost: { type: "string", arg: "LIST", value: "numbers", description: "cost in bps of turnover (default 10)" },
    rebalance: { type: "string", arg: "LIST", description: "monthly, quarterly, phase-change (default monthly)" },
    reversal: {
      type: "string",
      arg: "LIST",
      value: "numbers",
      description: "as-of phases (--dataset): size of a confirmed reversal, in YoY points (default: the core's)",
    },
    confirm: {
      type: "string",
      arg: "LIST",
      value: "numbers",
      description: "as-of phases (--dataset): months a reversal must hold (default: the core's)",
    },
    "min-phase": {
      type: "string",
      arg: "LIST",
      value: "numbers",
      description: "ex-post phases (--dataset --mode ex-post): shortest phase of the turning points",
    },
    lang: { type: "string", arg: "en|zh", description: "language of the table's benchmark words (default en)" },
    objective: { type: "string", arg: "sharpe|cagr|calmar", description: "ranking objective (default sharpe)" },
    threads: { type: "string", arg: "N", value: "number", description: "worker threads (default: cores; 1 = none)" },
    top: { type: "string", arg: "N", value: "number", description: "rows shown (default 20)" },
    "walk-forward": {
      type: "string",
      arg: "FIT:TEST[:rolling]",
      description: "choose on FIT months, test on the next TEST months, expanding (default) or rolling",
    },
  },
  async run(p: ParsedArgs, io: Io) {
    // Here the lags are signal lags (--signal-lag, once --lag), so a --file's release lag could not be given:
    // its phases would be taken as known the month they describe (look-ahead). Refuse, and say how.
    if (str(p, "file") !== undefined) {
      throw new UsageError(say("sweepNoFile"));
    }
    const bar = progressBar(io, "sweep");
    const { grid, timelines, res, seconds, stamp, wf, benchmarks, json, rows } = await sweepJob({
      inputs: inputOptions(p, { fileLag: false }),
      objective: oneOf(p, "objective", ["sharpe", "cagr", "calmar"] as const, "sharpe"),
      signalLags: numberList(p, "signal-lag", [0, 1], { whole: true }),
      topK: numberList(p, "top-k", [1, 2], { whole: true, min: 1 }),
      weighting: wordList(p, "weighting", ["equal", "inverse-vol", "score"] as const, [
        "equal",
        "inverse-vol",
        "score",
      ]),
      cost: numberList(p, "cost", [BACKTEST_DEFAULTS.costBps]),
      rebalance: wordList(p, "rebalance", ["monthly", "quarterly", "phase-change"] as const, ["monthly"]),
      reversal: str(p, "reversal") === undefined ? undefined : numberList(p, "reversal", []),
      confirm: str(p, "confirm") === undefined ? undefined : numberList(p, "confirm", [], { whole: true, min: 1 }),
      minPhase: str(p, "min-phase") === undefined ? undefined : numberList(p, "min-phase", [], { whole: true, min: 1 }),
      threads: int(p, "threads", 1),
      walkForward: str(p, "walk-forward"),
      top: int(p, "top", 1),
      onProgress: (d, t) => bar.update(d, t),
    });
    bar.done();
    const objective = json.objective,
      wfSpec = str(p, "walk-forward"),
      top = json.rows.length;
    const out = str(p, "out");
    if (out)
      await writeTables(
        out,
        [
          { name: "sweep", header: [...SWEEP_ROW_KEYS], rows },
          ...(wf
            ? [
                {
                  name: "walkForward",
                  header: ["fitFrom", "fitTo", "testFrom", "testTo", "chosen", "inSample", "outOfSample"],
                  rows: wf.folds.map((f) => [
                    f.fitFrom,
                    f.fitTo,
                    f.testFrom,
                    f.testTo,
                    f.chosen,
                    f.inSample,
                    f.outOfSample,
                  ]),
                },
              ]
            : []),
        ],
        { ...json, rows: res.rows },
      );
    const format = formatOf(p);
    if (format === "json") return io.out(toJson(json));
    const allWarnings = stamp ? [stamp, ...json.warnings] : json.warnings;
    if (format === "csv") {
      io.out(toCsv([...SWEEP_ROW_KEYS], rows));
      printWarnings(io, allWarnings, langOf(p));
      return;
    }
    const lang = langOf(p);
    const zh = lang === "zh";
    if (stamp)
      io.out(
        zh ? "*** 使用了未来信息：阶段为事后确定 ***\n" : `*** ${stamp.toUpperCase()}: phases dated ex-post ***\n`,
      );
    io.out(
      zh
        ? `参数扫描 ${json.window.from}..${json.window.to}：共试 ${res.tried} 种配置（${timelines.length} 条阶段规则 × ${grid.signalLags.length} 个滞后 × ${grid.rebalance!.length} 种调仓 × ${grid.topK.length} 个 top-k × ${grid.weighting.length} 种加权 × ${grid.cost.length} 档成本），用时 ${seconds.toFixed(1)} 秒，${res.threads} 个线程；按 ${objective} 排序\n`
        : `Sweep ${json.window.from}..${json.window.to}: ${res.tried} configurations tried (${timelines.length} phase rule${timelines.length > 1 ? "s" : ""} × ${grid.signalLags.length} lags × ${grid.rebalance!.length} schedules × ${grid.topK.length} top-k × ${grid.weighting.length} weightings × ${grid.cost.length} costs) in ${seconds.toFixed(1)} s on ${res.threads} thread${res.threads > 1 ? "s" : ""}; ranked by ${objective}\n`,
    );
    const shown = res.rows.slice(0, top);
    const eq = benchmarks.find((b) => b.strategy === "equal-weight");
    const vs = vsEqual([...shown.map((r) => ({ strategy: "", cagr: r.cagr })), ...benchmarks], lang);
    const dash = "—";
    io.out(
      renderTable(
        zh
          ? [
              "#",
              "阶段规则",
              "滞后",
              "调仓",
              "前 k 名",
              "加权",
              "成本（基点）",
              wordOf("cagr", lang),
              wordOf("vol", lang),
              wordOf("sharpe", lang),
              wordOf("maxDD", lang),
              wordOf("calmar", lang),
              wordOf("turnover", lang),
              wordOf("vsBenchmark", lang),
            ]
          : [
              "#",
              "phase rule",
              "lag",
              "rebalance",
              "top-k",
              "weighting",
              "bps",
              "CAGR",
              "vol",
              "Sharpe",
              "max DD",
              "Calmar",
              "turnover/yr",
              wordOf("vsBenchmark", lang),
            ],
        [
          ...shown.map((r, i) => [
            String(i + 1),
            r.timeline,
            String(r.lag),
            r.rebalance,
            String(r.topK),
            r.weighting,
            String(r.cost),
            pct(r.cagr, 1),
            pct(r.volatility, 1),
            fmt(r.sharpe),
            pct(r.maxDrawdown, 1),
            fmt(r.calmar),
            fmt(r.turnover, 1),
            eq ? vs.text[i] : "",
          ]),
          ...benchmarks.map((b, j) => [
            wordOf("benchmark", lang),
            strategyLabel(b.strategy, lang),
            dash,
            dash,
            dash,
            dash,
            dash,
            pct(b.cagr, 1),
            pct(b.volatility, 1),
            fmt(b.sharpe),
            pct(b.maxDrawdown, 1),
            fmt(b.calmar),
            fmt(b.turnover, 1),
            vs.text[shown.length + j],
          ]),
        ],
      ),
    );
    if (wf) {
      io.out(
        `\nWalk-forward (${wf.window}, fit ${wfSpec}; objective ${objective}): in-sample ${objective} ${fmt(wf.inSampleObjective)} on average; out of sample CAGR ${pct(wf.outOfSample.cagr, 1)}, Sharpe ${fmt(wf.outOfSample.sharpe)}, max DD ${pct(wf.outOfSample.maxDrawdown, 1)} over ${wf.outOfSample.months} months\n`,
      );
      io.out(
        renderTable(
          ["fit", "test", "chosen", `IS ${objective}`, `OOS ${objective}`],
          wf.folds.map((f) => [
            `${f.fitFrom}..${f.fitTo}`,
            `${f.testFrom}..${f.testTo}`,
            f.chosen,
            fmt(f.inSample),
            fmt(f.outOfSample),
          ]),
        ),
      );
    }
    printWarnings(io, allWarnings, lang);
  },
};
