/**
 * The report: one self-contained HTML page from results, in
 * the order a strategist reads it — the call first (phase, months in it, since when, past episodes,
 * data through, staleness, the honest headline), the table of past cycles, demand and inventory YoY
 * with the phases shaded, the headline assets' prices with the phases shaded, strategies against
 * benchmarks (axes fitted to the data), scores by phase with the assets' names, and the region's
 * leading indicators and China–US synchronisation. Every heading and label comes from the core's
 * word table (`WORDS`) in the chosen language. Used by `kitchin report` and by `kitchin overview`'s
 * main job; it computes nothing but the charts and tables of what it is given.
 */
import { checkReportAssets } from "@kitchin/jobs";
import { PHASE_IDS, formatMonth, phaseLabel, wordOf, type Lang, uniqueNotes } from "@kitchin/core";
import type { Headline, ScoreJson } from "@kitchin/backtest";
import { displayName } from "@kitchin/datasets";
import type { Inputs, ReportExtras } from "@kitchin/jobs/node";
import { fmt, pct } from "./text/numbers.ts";
import { byPhaseTable, metricsTable, vsEqual } from "./text/results.ts";
import { isBenchmark } from "@kitchin/jobs";
import type { Runs } from "@kitchin/jobs/node";
import {
  STRATEGY_COLOURS,
  chartSvg,
  cumulativeChart,
  heatmapParts,
  phaseChart,
  scoreHeatmap,
  startChartIds,
} from "./charts.ts";
import { figure, html, join, page, table, type Section } from "./html.ts";
import { callSection, cycleSection, type CallInput } from "./call.ts";
import { outlookSection } from "./outlookBox.ts";
import { contribReportSections } from "./contrib.ts";
import { macroReportSections } from "./macro.ts";
import { priceCaveatText } from "./text/priceCaveats.ts";
import { industryReportSections } from "./industries.ts";
import { phaseLegendHtml } from "./legend.ts";
import { fileName } from "./text/fileName.ts";
import { specName } from "./clientText.ts";

/** The version named in the report's footnote (the CLI's, apps/cli/package.json). */
export const VERSION = "0.1.0";

export interface ReportData {
  /** The strategies' inputs (as-of phases by default) and their runs. */
  inputs: Inputs;
  runs: Runs;
  /** The scores' inputs (ex-post phases) and the scores. */
  scoreInputs: Inputs;
  scores: ScoreJson;
  lang?: Lang;
  /** The cycle analysis behind the call and the cycle table (the core's one "now"). */
  call?: CallInput;
  /** The walk-forward headline; null when the window is too short for it. */
  headline?: Headline | null;
  /** When the report was made (`YYYY-MM-DD`, or the pinned month). */
  made?: string;
  /** The growth line of the headline and the region's macro, contribution and industry sections (reportExtras). */
  extras: ReportExtras;
}

/** A strategy or benchmark spec in words (`hold:cn.csi300` → "buy-and-hold 沪深300"). */
export function strategyName(spec: string, lang: Lang): string {
  if (spec === "equal" || spec === "equal-weight") return wordOf("equalWeight", lang);
  if (spec.startsWith("hold:")) return `${wordOf("buyAndHold", lang)} ${displayName(spec.slice(5), lang)}`;
  // the rotations by what they do (no spec syntax in client text)
  const top = /^topk:(\d+)(.*)$/.exec(spec);
  if (top) return lang === "zh" ? `阶段得分前${top[1]}${top[2]}` : `top ${top[1]} by phase score${top[2]}`;
  const clock = /^clock(.*)$/.exec(spec);
  if (clock) return (lang === "zh" ? "投资时钟" : "investment clock") + clock[1];
  return spec;
}

/** The headline in one sentence: the walk-forward rotation's CAGR beside each benchmark's, and whether it trails. */
export function headlineText(
  h: Headline | null | undefined,
  lang: Lang,
  assets: readonly string[] = [],
  candidateName: (spec: string) => string = (s) => s,
): string | null {
  if (h === undefined) return null;
  const zh = lang === "zh";
  if (h === null)
    return zh
      ? "样本太短，无法做滚动样本外检验（至少需 60 个月拟合加 1 个检验月）。"
      : "The window is too short for a walk-forward test (60 fitting months and one test month at least).";
  const bench = h.benchmarks
    .map((b) => `${strategyName(b.name, lang)} ${pct(b.metrics.cagr, 1)}`)
    .join(zh ? "，" : ", ");
  const trails = h.trails.map((t) => strategyName(t, lang)).join(zh ? "、" : " and ");
  return (
    (zh
      ? `结论：滚动样本外轮动（每 ${h.test} 个月按此前夏普比率在 ${h.candidates.map(candidateName).join("、")} 中选择）${h.from}..${h.to} 年化 ${pct(h.rotation.cagr, 1)}，同期 ${bench}。${trails ? `落后于${trails}。` : "不落后于基准。"}`
      : `Headline: the walk-forward rotation (every ${h.test} months the best past Sharpe among ${h.candidates.map(candidateName).join(", ")}) earned ${pct(h.rotation.cagr, 1)} a year out of sample ${h.from}..${h.to}, against ${bench} over the same months. ${trails ? `It trails ${trails}.` : "It does not trail the benchmarks."}`) +
    headlineFairness(h, lang) +
    priceCaveatText(assets, lang)
  );
}

/** What the headline held and paid: months it was a benchmark's portfolio, and its switches. */
export function headlineFairness(h: Headline, lang: Lang): string {
  const zh = lang === "zh";
  const held = [...new Set(h.asBenchmark.map((b) => b.benchmark))]
    .map((b) => strategyName(b, lang))
    .join(zh ? "、" : " and ");
  const since = h.asBenchmark.length ? h.asBenchmark[0].testFrom : "";
  const bench = h.benchmarkMonths
    ? zh
      ? `其中 ${h.benchmarkMonths}/${h.months} 个样本外月份（自 ${since} 起的 ${h.asBenchmark.length} 个检验期）所选策略的持仓与${held}完全相同。`
      : ` In ${h.benchmarkMonths} of its ${h.months} out-of-sample months (${h.asBenchmark.length} test block${h.asBenchmark.length === 1 ? "" : "s"} from ${since}) the chosen rotation held exactly ${held}.`
    : "";
  const sw = zh
    ? `候选之间切换 ${h.switches} 次（换手 ${fmt(h.switchTurnover, 2)}），按相同成本计费。`
    : ` It switched candidates ${h.switches === 1 ? "once" : `${h.switches} times`} (turnover ${fmt(h.switchTurnover, 2)}), charged at the same cost.`;
  return bench + sw;
}

/**
 * The report: one self-contained HTML page of the overview job's results (and the call), drawn —
 * charts, tables and words — without computing anything new.
 */
export async function render(d: ReportData): Promise<string> {
  const { inputs: inp, runs, scoreInputs: sinp, scores } = d;
  checkReportAssets(Math.max(inp.panel.assets.length, sinp.panel.assets.length));
  await startChartIds(); // the same page for the same data, whatever was drawn before
  const lang = d.lang ?? "en";
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const zh = lang === "zh";
  const name = (id: string) => displayName(id, lang);
  const stamp = runs.results.some((r) => r.stamp);
  const modeWord = inp.mode === "as-of" ? w("asOfMode") : w("exPost");
  const history = d.call ? d.call.a.history : inp.phases.history;
  const lines = (
    [
      [w("demand"), inp.phases.demand],
      [w("inventory"), inp.phases.inventory],
    ] as const
  ).flatMap(([label, s]) => (s ? [{ name: label, start: s.start, values: s.values }] : []));
  // The lines' legend says "demand" and "inventory"; which series they are, in a caption that wraps.
  const yoyCaption = (
    [
      [w("demand"), inp.phases.demand],
      [w("inventory"), inp.phases.inventory],
    ] as const
  )
    .flatMap(([label, s]) => (s ? [`${label}${zh ? "：" : ": "}${specName(s.id, lang)}`] : []))
    .join(zh ? "；" : "; ");
  const yoyFrom = d.call ? Math.min(inp.from, history.start) : inp.from;
  // The as-of path shades the months after the ex-post history's last dated one, up to "now".
  const asOf = d.call ? d.call.a.realtime : inp.phases.signal.mode === "as-of" ? inp.phases.signal : null;
  const yoyTo = d.call ? Math.max(inp.to, history.start + history.codes.length - 1, d.call.a.asOf) : inp.to;
  // Headline assets: the shipped classes (or the user's first four), indexed to 100, phases shaded.
  const heads = inp.panel.assets.slice(0, 4);
  const priceSpecs = heads.map((id, a) => {
    const T = inp.panel.months;
    const row = inp.panel.prices.subarray(a * T, (a + 1) * T);
    let base = NaN;
    for (let t = 0; t < T && !Number.isFinite(base); t++) if (row[t] > 0) base = row[t];
    return phaseChart(
      history,
      [{ name: name(id), start: inp.panel.start, values: Float64Array.from(row, (x) => (x / base) * 100) }],
      inp.from,
      inp.to,
      { lang, yTitle: w("indexed"), log: true, height: 170, asOf, legend: false, title: name(id) },
    );
  });
  // The growth chart leads with the headline's walk-forward rotation, named with its window.
  const hLine = d.headline ? d.extras.headlineGrowth : null;
  const window = `${formatMonth(inp.from)}..${formatMonth(inp.to)}`;
  const cap = (t: string) => t[0].toUpperCase() + t.slice(1);
  // A second growth chart over the headline's own months: the rotation and its benchmarks from 1.
  const hBench = hLine
    ? runs.results
        .filter((r) => isBenchmark(r.name))
        .map((r) => ({
          name: strategyName(r.name, lang),
          start: r.start,
          returns: r.returns,
          first: Math.max(r.first, hLine.first),
          last: Math.min(r.last, hLine.last),
        }))
    : [];
  const headSeries = hLine && d.headline ? [{ name: w("walkForward"), ...hLine, bold: true }, ...hBench] : [];
  // One colour per strategy in both growth charts (the rotation first).
  const colours = Object.fromEntries(
    [w("walkForward"), ...runs.results.map((r) => strategyName(r.name, lang))].map((n, i) => [
      n,
      STRATEGY_COLOURS[i % STRATEGY_COLOURS.length],
    ]),
  );
  const [phaseSvg, headSvg, cumSvg, ...priceSvgs] = await Promise.all([
    chartSvg(phaseChart(history, lines, yoyFrom, yoyTo, { lang, asOf, legend: false })),
    headSeries.length ? chartSvg(cumulativeChart(headSeries, lang, colours)) : Promise.resolve(html``),
    chartSvg(
      cumulativeChart(
        runs.results.map((r) => ({
          name: strategyName(r.name, lang),
          start: r.start,
          returns: r.returns,
          first: r.first,
          last: r.last,
        })),
        lang,
        colours,
      ),
    ),
    ...priceSpecs.map(chartSvg),
  ]);
  // The heat map in parts of at most 20 assets, on one colour scale, the legend under the last.
  const ordered = [...new Set(scores.scores.map((r) => r.asset))];
  const parts = heatmapParts(ordered);
  const maxScore = Math.max(1, ...scores.scores.map((r) => r.score));
  const heatSvgs = await Promise.all(
    parts.map((p, i) =>
      chartSvg(
        scoreHeatmap(
          scores.scores.filter((r) => p.includes(r.asset)).map((r) => ({ ...r, asset: name(r.asset) })),
          lang,
          { maxScore, legend: i === parts.length - 1 },
        ),
      ),
    ),
  );
  const mt = metricsTable(runs.metrics, lang, (s) => strategyName(s, lang));
  const vs = vsEqual(runs.metrics, lang);
  const bt = byPhaseTable(runs.metrics, lang, (s) => strategyName(s, lang));
  const topScores = PHASE_IDS.flatMap((id) =>
    scores.scores.filter((r) => r.phase === id && r.episodes > 0 && (r.annualizedReturn ?? -1) > 0).slice(0, 5),
  ).map((r) => [
    phaseLabel(PHASE_IDS.indexOf(r.phase), lang),
    name(r.asset),
    String(r.score),
    String(r.episodes),
    pct(r.meanEpisodeReturn, 1),
    pct(r.annualizedReturn, 1),
    pct(r.hitRate),
    fmt(r.pValue, 3),
    fmt(r.qValue, 3),
  ]);
  // the report names the candidates by what they do; the terminal keeps the specs its tables show
  const hl = headlineText(d.headline, lang, inp.panel.assets, (c) => strategyName(c, lang));
  const headlineTable = d.headline
    ? html`<h3>${zh ? `结论：样本外 ${d.headline.from}..${d.headline.to}（基准同期）` : `Headline: out of sample ${d.headline.from}..${d.headline.to} (benchmarks over the same months)`}</h3>${table(
        [w("strategy"), w("cagr"), w("vol"), w("sharpe"), w("maxDD")],
        [
          [
            `${w("walkForward")} (${d.headline.from}..${d.headline.to})`,
            pct(d.headline.rotation.cagr, 1),
            pct(d.headline.rotation.volatility, 1),
            fmt(d.headline.rotation.sharpe),
            pct(d.headline.rotation.maxDrawdown, 1),
          ],
          ...d.headline.benchmarks.map((b) => [
            strategyName(b.name, lang),
            pct(b.metrics.cagr, 1),
            pct(b.metrics.volatility, 1),
            fmt(b.metrics.sharpe),
            pct(b.metrics.maxDrawdown, 1),
          ]),
        ],
        [d.headline.trails.length ? ["", "trails"] : undefined],
      )}${hLine ? figure("headline-growth", headSvg) : ""}`
    : html``;
  const sections: Section[] = [
    ...(d.call?.outlook ? [outlookSection(d.call.outlook, lang)] : []), // the call box
    ...(d.call ? [callSection(d.call, lang, hl), cycleSection(d.call.a, lang)] : []),
    {
      id: "phases",
      title: `${w("phaseChart")} (${asOf && history.mode !== "as-of" ? `${w("exPost")}${zh ? "、" : ", "}${w("asOfMode")}` : w(history.mode === "as-of" ? "asOfMode" : "exPost")})`,
      html: html`${phaseLegendHtml(lang, !!asOf && history.mode !== "as-of")}${figure("phases", phaseSvg)}${yoyCaption ? html`<p class="caption">${yoyCaption}</p>` : ""}`,
    },
    {
      id: "prices",
      title: `${w("priceCharts")}: ${heads.map(name).join(zh ? "、" : ", ")}${zh ? `，${window}` : `, ${window}`}`,
      html: html`${phaseLegendHtml(lang, priceSpecs.length > 0 && !!asOf && history.mode !== "as-of")}${join(heads.map((id, i) => figure(`price:${id}`, priceSvgs[i])))}`,
    },
    {
      id: "strategies",
      title: zh
        ? `${w("strategies")}（${modeWord}阶段，交易成本 ${runs.context.cost} 个基点）`
        : `${w("strategies")} (${modeWord} phases, cost ${runs.context.cost} bps)`,
      html: html`${!d.call && hl ? html`<p>${hl}</p>` : ""}${headlineTable}<h3>${zh ? `${w("growth")}，${window}` : `${cap(w("growth"))}, ${window}`}</h3>${figure("cumulative", cumSvg)}<h3>${zh ? `${w("metrics")}，${window}` : `${w("metrics")}, ${window}`}</h3>${table(
        [...mt.header, w("vsBenchmark")],
        mt.rows.map((r, i) => [...r, vs.text[i]]),
        vs.trails.map((t) => (t ? [...mt.rows[0].map(() => undefined), "trails"] : undefined)),
      )}<h3>${zh ? `${w("byPhase")}，${window}` : `${w("byPhase")}, ${window}`}</h3>${table(bt.header, bt.rows)}`,
    },
    {
      id: "scores",
      title: zh
        ? `${w("scores")}，${formatMonth(sinp.from)}..${formatMonth(sinp.to)}，${w("exPost")}阶段`
        : `${w("scores")}, ${formatMonth(sinp.from)}..${formatMonth(sinp.to)}, ex-post phases`,
      html: join(heatSvgs.map((svg, i) => figure(i ? `scores-${i + 1}` : "scores", svg))),
    },
    {
      id: "best",
      title: w("bestFive"),
      html: table(
        [
          w("phase"),
          w("asset"),
          w("score"),
          w("episodes"),
          w("meanEpisode"),
          w("annualised"),
          w("hit"),
          w("pValue"),
          w("qValue"),
        ],
        topScores,
      ),
    },
    ...macroReportSections(d.extras.macro, lang), // leading indicators and China–US sync (docs/macro.md)
    // imports vs inventories, sector contributions (docs/macro.md §7)
    ...contribReportSections(d.extras.contrib, lang, formatMonth(inp.to)),
    // industry breadth, latest by group, China–US pairs (docs/macro.md §4a)
    ...(await industryReportSections(d.extras.industries, lang)),
  ];
  const assets = inp.panel.assets.map(name).join(zh ? "、" : ", ");
  const intro = zh
    ? [
        `回测窗口 ${formatMonth(inp.from)}..${formatMonth(inp.to)}；阶段来自 ${inp.phases.source}；策略资产 ${inp.panel.assets.length} 个（${assets}）；无风险利率 ${runs.metrics[0].riskFree === "zero" ? "零" : specName(runs.metrics[0].riskFree, lang)}。`,
        "策略在每个月末只用当时已知的信息决策；轮动所用得分只来自已结束的阶段。热力图中的得分是事后对历史的描述。",
        "结论的规则：在固定的候选轮动策略中，以扩展窗口（至少 60 个月）上的夏普比率选出最优者并持有 12 个月，拼接各检验期即为样本外结果，与等权和买入持有在同一时期比较。",
      ]
    : [
        `Window ${formatMonth(inp.from)}..${formatMonth(inp.to)}; phases from ${inp.phases.source}; ${inp.panel.assets.length} assets in the strategies (${assets}); risk-free ${runs.metrics[0].riskFree === "zero" ? "zero" : specName(runs.metrics[0].riskFree, lang)}.`,
        "Strategies decide at each month-end with what was known then; scores of the rotation come only from episodes that had ended. Scores in the heat map describe the history with hindsight.",
        "The headline's rule: among a fixed list of candidate rotations, the one with the best Sharpe ratio over an expanding window (60 months at least) is held for the next 12 months; the stitched test months are the out-of-sample result, set beside equal weight and buy-and-hold over the same months.",
      ];
  const warnings = uniqueNotes([
    ...runs.results.flatMap((r) => r.warnings),
    ...scores.warnings,
    ...inp.prices.notes,
    ...inp.phases.notes,
  ]);
  // A user's own file: the title says so; the file's name goes to the footnote, not the title.
  const place =
    inp.region === "cn" ? w("regionCn") : inp.region === "us" ? w("regionUs") : zh ? "用户数据" : "own data";
  const a = d.call?.a;
  const byline = [
    [
      d.made ? `${w("made")} ${d.made}` : null,
      a
        ? `${w("dataThrough")} ${formatMonth(Math.max(a.dataThrough.revenue, a.dataThrough.inventory))} (${w("demand")} ${formatMonth(a.dataThrough.revenue)}, ${w("inventory")} ${formatMonth(a.dataThrough.inventory)})`
        : null,
    ]
      .filter(Boolean)
      .join(" · "),
  ].filter(Boolean);
  const data = inp.region
    ? zh
      ? "随附数据集（来源见数据目录的 PROVENANCE）"
      : "the shipped datasets (sources in their provenance records)"
    : fileName(inp.prices.source);
  const footnote = zh
    ? `数据：${data}。方法：库存周期四阶段、拐点与回测的定义见项目方法说明。Kitchin ${VERSION} 生成。`
    : `Data: ${data}. Methods: the four inventory-cycle phases, turning points and backtests as defined in the project's methods notes. Made with Kitchin ${VERSION}.`;
  return page({ lang, title: `${w("reportTitle")} — ${place}`, byline, intro, sections, stamp, warnings, footnote });
}
