/**
 * `kitchin sweep`: a grid of rotation backtests — phase-dating parameters (the as-of reversal rule,
 * or turning-point minimum phase for ex-post runs), release lag, rebalancing, top-k, weighting and
 * cost — evaluated in one pass over shared intermediate results, on worker threads when large,
 * ranked, with the number of configurations tried. `--walk-forward FIT:TEST[:rolling]` picks the
 * best configuration on each fit window and reports the next block out of sample.
 */
import { SIZE_LIMITS, inLang, say, KitchinError, formatMonth, wordOf } from "@kitchin/core";
import {
  BACKTEST_DEFAULTS,
  USES_FUTURE_INFORMATION, buyAndHold, equalWeight, gridSize, metrics, market, runStrategy, topKRotation, walkForward,
  type PhaseTimeline, type StrategyResult, type SweepGrid, type SweepRow,
} from "@kitchin/backtest";
import { parallelSweep } from "@kitchin/backtest/node";
import { int, numberList, oneOf, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printWarnings, toJson, type Io } from "../context.ts";
import { strategyLabel } from "@kitchin/report";
import { UsageError } from "../errors.ts";
import { fmt, pct, renderTable, termText } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf } from "../options.ts";
import { defaultBenchmarks } from "@kitchin/jobs/node";
import { vsEqual } from "@kitchin/report";
import { backtestInputs } from "@kitchin/jobs/node";
import { BACKTEST_INPUT_FLAGS } from "../flags.ts";
import { inputOptions, wordList } from "../requests.ts";
import { datasetPhases } from "@kitchin/jobs/node";
import { writeTables } from "../format/export.ts";
import { progressBar } from "../format/progress.ts";

const ROW_KEYS = ["timeline", "lag", "rebalance", "topK", "weighting", "cost", "months", "totalReturn", "cagr", "volatility", "sharpe", "sortino", "maxDrawdown", "calmar", "hitRate", "turnover"] as const;

export const sweepCommand: Command = {
  name: "sweep",
  summary: "run a grid of rotation backtests (phase rule, lag, top-k, weighting, cost) and rank them; walk-forward",
  usage: "kitchin sweep (--dataset cn|us | --prices F --phases F) [--top-k 1,2,3] [--weighting equal,inverse-vol,score] [--lag 0,1] [--cost 0,10,30] [--rebalance monthly,quarterly] [--reversal 0.5,1,2] [--confirm 1,2] [--walk-forward 60:12[:rolling]]",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    "top-k": { type: "string", arg: "LIST", value: "numbers", description: "numbers of assets held (default 1,2)" },
    weighting: { type: "string", arg: "LIST", description: "equal, inverse-vol, score (default all three)" },
    lag: { type: "string", arg: "LIST", value: "numbers", description: "extra release lag of the signal in months (default 0,1)" },
    cost: { type: "string", arg: "LIST", value: "numbers", description: "cost in bps of turnover (default 10)" },
    rebalance: { type: "string", arg: "LIST", description: "monthly, quarterly, phase-change (default monthly)" },
    reversal: { type: "string", arg: "LIST", value: "numbers", description: "as-of phases (--dataset): size of a confirmed reversal, in YoY points (default: the core's)" },
    confirm: { type: "string", arg: "LIST", value: "numbers", description: "as-of phases (--dataset): months a reversal must hold (default: the core's)" },
    "min-phase": { type: "string", arg: "LIST", value: "numbers", description: "ex-post phases (--dataset --mode ex-post): shortest phase of the turning points" },
    lang: { type: "string", arg: "en|zh", description: "language of the table's benchmark words (default en)" },
    objective: { type: "string", arg: "sharpe|cagr|calmar", description: "ranking objective (default sharpe)" },
    threads: { type: "string", arg: "N", value: "number", description: "worker threads (default: cores; 1 = none)" },
    top: { type: "string", arg: "N", value: "number", description: "rows shown (default 20)" },
    "walk-forward": { type: "string", arg: "FIT:TEST[:rolling]", description: "choose on FIT months, test on the next TEST months, expanding (default) or rolling" },
  },
  async run(p: ParsedArgs, io: Io) {
    // Here --lag is a list of extra signal lags, so a --file's release lag could not be given:
    // its phases would be taken as known the month they describe (look-ahead). Refuse, and say how.
    if (str(p, "file") !== undefined) {
      throw new UsageError("sweep does not take --file (its --lag is a list of signal lags, so your data's release lag cannot be given); write the as-of phases with kitchin phase --file F --inventory COL --revenue COL --lag N --mode as-of --format csv > phases.csv, then sweep --prices P --phases phases.csv --phases-as-of");
    }
    const inp = await backtestInputs(inputOptions(p, { fileLag: false }), { defaultMode: "as-of", assets: "classes" });
    const objective = oneOf(p, "objective", ["sharpe", "cagr", "calmar"] as const, "sharpe");
    const timelines = timelineGrid(p, inp.region, inp.mode, inp.mode === "ex-post" && !str(p, "phases") ? inp.phases.history : inp.phases.signal);
    const baseLag = str(p, "phases") ? inp.phases.signalLag : 0;
    const grid: SweepGrid = {
      timelines,
      lags: numberList(p, "lag", [0, 1], { whole: true }).map((l) => l + baseLag),
      topK: numberList(p, "top-k", [1, 2], { whole: true, min: 1 }).filter((k) => k <= inp.panel.assets.length),
      weighting: wordList(p, "weighting", ["equal", "inverse-vol", "score"] as const, ["equal", "inverse-vol", "score"]),
      cost: numberList(p, "cost", [BACKTEST_DEFAULTS.costBps]),
      rebalance: wordList(p, "rebalance", ["monthly", "quarterly", "phase-change"] as const, ["monthly"]),
    };
    if (!grid.topK.length) throw new UsageError(`--top-k: the universe has only ${inp.panel.assets.length} assets`);
    const size = timelines.length * grid.lags.length * grid.topK.length * grid.weighting.length * grid.cost.length * grid.rebalance!.length;
    if (size > SIZE_LIMITS.sweepConfigurations) {
      throw new UsageError(`the grid has ${size.toLocaleString("en-US")} configurations (${timelines.length} phase rules × ${grid.lags.length} lags × ${grid.rebalance!.length} schedules × ${grid.topK.length} top-k × ${grid.weighting.length} weightings × ${grid.cost.length} costs); a sweep runs at most ${SIZE_LIMITS.sweepConfigurations.toLocaleString("en-US")}: use fewer values per flag`);
    }
    const mk = market(inp.panel, inp.cash, inp.prices.cashLabel);
    const bar = progressBar(io, "sweep");
    const t0 = Date.now();
    const res = await parallelSweep(mk, grid, { objective, threads: int(p, "threads", 1), onProgress: (d, t) => bar.update(d, t) });
    bar.done();
    const seconds = (Date.now() - t0) / 1000;
    const exPost = res.rows.some((r) => r.exPost);
    const stamp = exPost ? USES_FUTURE_INFORMATION : null;
    let wf: ReturnType<typeof walkForwardOn> | null = null;
    const wfSpec = str(p, "walk-forward");
    if (wfSpec) wf = walkForwardOn(wfSpec, mk, grid, objective);
    // Benchmarks on the same window (issue 14): a sweep table without them cannot say whether any
    // configuration beat simply holding everything.
    // They pay cost like the configurations (issue 24), at the grid's first cost.
    const benchCost = grid.cost[0];
    const benchmarks = defaultBenchmarks(inp.region, inp.panel.assets).map((spec) => {
      const r = runStrategy(spec === "equal" ? equalWeight("equal-weight", benchCost) : buyAndHold(spec.slice(5), spec, benchCost), mk);
      return metrics(r, { riskFree: inp.cash, riskFreeLabel: inp.prices.cashLabel });
    });
    const top = int(p, "top", 1) ?? 20;
    const rows = res.rows.map((r) => ROW_KEYS.map((k) => r[k]));
    const json = {
      stamp, tried: res.tried, objective, threads: res.threads, seconds,
      window: { from: formatMonth(inp.from), to: formatMonth(inp.to) },
      grid: { timelines: timelines.map((t) => t.label), lags: grid.lags, topK: grid.topK, weighting: grid.weighting, cost: grid.cost, rebalance: grid.rebalance },
      rows: res.rows.slice(0, top).map(strip),
      walkForward: wf,
      benchmarks: benchmarks.map((b) => ({ strategy: b.strategy, cagr: b.cagr, volatility: b.volatility, sharpe: b.sharpe, maxDrawdown: b.maxDrawdown, calmar: b.calmar, turnover: b.turnover })),
      warnings: [...inp.prices.notes, ...inp.phases.notes, say("sweepBias", { tried: res.tried })],
    };
    const out = str(p, "out");
    if (out) await writeTables(out, [{ name: "sweep", header: [...ROW_KEYS], rows }, ...(wf ? [{ name: "walkForward", header: ["fitFrom", "fitTo", "testFrom", "testTo", "chosen", "inSample", "outOfSample"], rows: wf.folds.map((f) => [f.fitFrom, f.fitTo, f.testFrom, f.testTo, f.chosen, f.inSample, f.outOfSample]) }] : [])], { ...json, rows: res.rows.map(strip) });
    const format = formatOf(p);
    if (format === "json") return io.out(toJson(json));
    const allWarnings = stamp ? [stamp, ...json.warnings] : json.warnings;
    if (format === "csv") { io.out(toCsv([...ROW_KEYS], rows)); printWarnings(io, allWarnings, langOf(p)); return; }
    const lang = langOf(p);
    const zh = lang === "zh";
    if (stamp) io.out(zh ? "*** 使用了未来信息：阶段为事后确定 ***\n" : `*** ${stamp.toUpperCase()}: phases dated ex-post ***\n`);
    io.out(zh
      ? `参数扫描 ${json.window.from}..${json.window.to}：共试 ${res.tried} 种配置（${timelines.length} 条阶段规则 × ${grid.lags.length} 个滞后 × ${grid.rebalance!.length} 种调仓 × ${grid.topK.length} 个 top-k × ${grid.weighting.length} 种加权 × ${grid.cost.length} 档成本），用时 ${seconds.toFixed(1)} 秒，${res.threads} 个线程；按 ${objective} 排序\n`
      : `Sweep ${json.window.from}..${json.window.to}: ${res.tried} configurations tried (${timelines.length} phase rule${timelines.length > 1 ? "s" : ""} × ${grid.lags.length} lags × ${grid.rebalance!.length} schedules × ${grid.topK.length} top-k × ${grid.weighting.length} weightings × ${grid.cost.length} costs) in ${seconds.toFixed(1)} s on ${res.threads} thread${res.threads > 1 ? "s" : ""}; ranked by ${objective}\n`);
    const shown = res.rows.slice(0, top);
    const eq = benchmarks.find((b) => b.strategy === "equal-weight");
    const vs = vsEqual([...shown.map((r) => ({ strategy: "", cagr: r.cagr })), ...benchmarks], lang);
    const dash = "—";
    io.out(renderTable(
      zh
        ? ["#", "阶段规则", "滞后", "调仓", "前 k 名", "加权", "成本（基点）", wordOf("cagr", lang), wordOf("vol", lang), wordOf("sharpe", lang), wordOf("maxDD", lang), wordOf("calmar", lang), wordOf("turnover", lang), wordOf("vsBenchmark", lang)]
        : ["#", "phase rule", "lag", "rebalance", "top-k", "weighting", "bps", "CAGR", "vol", "Sharpe", "max DD", "Calmar", "turnover/yr", wordOf("vsBenchmark", lang)],
      [
        ...shown.map((r, i) => [String(i + 1), r.timeline, String(r.lag), r.rebalance, String(r.topK), r.weighting, String(r.cost), pct(r.cagr, 1), pct(r.volatility, 1), fmt(r.sharpe), pct(r.maxDrawdown, 1), fmt(r.calmar), fmt(r.turnover, 1), eq ? vs.text[i] : ""]),
        ...benchmarks.map((b, j) => [wordOf("benchmark", lang), strategyLabel(b.strategy, lang), dash, dash, dash, dash, dash, pct(b.cagr, 1), pct(b.volatility, 1), fmt(b.sharpe), pct(b.maxDrawdown, 1), fmt(b.calmar), fmt(b.turnover, 1), vs.text[shown.length + j]]),
      ],
    ));
    if (wf) {
      io.out(`\nWalk-forward (${wf.window}, fit ${wfSpec}; objective ${objective}): in-sample ${objective} ${fmt(wf.inSampleObjective)} on average; out of sample CAGR ${pct(wf.outOfSample.cagr, 1)}, Sharpe ${fmt(wf.outOfSample.sharpe)}, max DD ${pct(wf.outOfSample.maxDrawdown, 1)} over ${wf.outOfSample.months} months\n`);
      io.out(renderTable(["fit", "test", "chosen", `IS ${objective}`, `OOS ${objective}`], wf.folds.map((f) => [`${f.fitFrom}..${f.fitTo}`, `${f.testFrom}..${f.testTo}`, f.chosen, fmt(f.inSample), fmt(f.outOfSample)])));
    }
    printWarnings(io, allWarnings, lang);
  },
};

function strip(r: SweepRow) {
  return r;
}

/** Phase timelines of the grid: one per phase-dating rule (dataset), or the file's. */
function timelineGrid(p: ParsedArgs, region: "cn" | "us" | null, mode: "as-of" | "ex-post", base: PhaseTimeline): { label: string; timeline: PhaseTimeline }[] {
  const rev = str(p, "reversal");
  const conf = str(p, "confirm");
  const minPhase = str(p, "min-phase");
  if (!region || str(p, "phases")) {
    if (rev || conf || minPhase) throw new UsageError("--reversal, --confirm and --min-phase date phases from the shipped data; with --phases the file is the only timeline");
    return [{ label: "file", timeline: base }];
  }
  if (mode === "as-of") {
    if (minPhase) throw new UsageError("--min-phase changes ex-post turning points; with as-of phases sweep --reversal and --confirm");
    if (!rev && !conf) return [{ label: "default", timeline: base }];
    const out: { label: string; timeline: PhaseTimeline }[] = [];
    for (const r of numberList(p, "reversal", [NaN])) {
      for (const c of numberList(p, "confirm", [NaN], { whole: true, min: 1 })) {
        const reversal: Record<string, number> = {};
        if (!Number.isNaN(r)) reversal.reversal = r;
        if (!Number.isNaN(c)) reversal.confirm = c;
        out.push({ label: `rev ${Number.isNaN(r) ? "def" : r} conf ${Number.isNaN(c) ? "def" : c}`, timeline: datasetPhases(region, { mode, turns: { reversal } }).signal });
      }
    }
    return out;
  }
  if (rev || conf) throw new UsageError("--reversal and --confirm change as-of phases; with --mode ex-post sweep --min-phase");
  if (!minPhase) return [{ label: "default", timeline: base }];
  return numberList(p, "min-phase", [], { whole: true, min: 1 }).map((m) => ({ label: `minPhase ${m}`, timeline: datasetPhases(region, { mode, turns: { turns: { minPhase: m } } }).history }));
}

/** Walk-forward over every configuration of the grid (kept in memory: up to 3,000). */
function walkForwardOn(spec: string, mk: ReturnType<typeof market>, grid: SweepGrid, objective: "sharpe" | "cagr" | "calmar") {
  const m = /^(\d+):(\d+)(?::(expanding|rolling))?$/.exec(spec);
  if (!m) throw new UsageError(`--walk-forward takes FIT:TEST[:rolling] in months, e.g. 60:12, got "${spec}"`);
  if (gridSize(grid) > 3000) throw new KitchinError("bad-option", `walk-forward keeps every configuration's returns in memory: at most 3,000 configurations, the grid has ${gridSize(grid)}`);
  const candidates: StrategyResult[] = [];
  for (const tl of grid.timelines)
    for (const lag of grid.lags)
      for (const rebalance of grid.rebalance ?? ["monthly" as const])
        for (const topK of grid.topK)
          for (const weighting of grid.weighting) {
            const r = runStrategy(topKRotation({ timeline: tl.timeline, lag, topK, weighting, rebalance, cost: 0 }), mk);
            for (const cost of grid.cost) {
              const net = new Float64Array(r.returns.length).fill(NaN);
              for (let t = r.first + 1; t <= r.last; t++) net[t] = r.gross[t] - (cost / 1e4) * r.turnover[t - 1];
              // costBps: a switch into this configuration pays its cost too (walkForward.ts).
              candidates.push({ ...r, name: `${tl.label} lag ${lag} ${rebalance} top-${topK} ${weighting} ${cost}bps`, returns: net, costBps: cost });
            }
          }
  // Sharpe over the same cash rate as the table (issue 24).
  return walkForward(candidates, { fit: +m[1], test: +m[2], window: (m[3] as "expanding" | "rolling") ?? "expanding", objective, riskFree: mk.cash });
}
