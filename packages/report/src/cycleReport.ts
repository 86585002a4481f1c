/**
 * The report's cycle part on its own (`--report` is written whenever it is asked for):
 * the call, the table of past cycles and demand and inventory YoY with the phases shaded — for a
 * user's `--file` without `--prices` (scores and strategies need prices, and the report says so)
 * and for `--as-of` (the report as of that month: the series cut at that month, the call as known
 * then; scores and backtest are left out because the shipped prices and the ex-post dating of
 * their episodes are not vintages of that month). Built from the report's own sections.
 */
import { formatMonth, wordOf, type CycleAnalysis, type Lang, type Outlook, type Note } from "@kitchin/core";
import type { NamedSeries } from "@kitchin/jobs/node";
import type { NowContext } from "@kitchin/jobs";
import { chartSvg, phaseChart, startChartIds } from "./charts.ts";
import { callSection, cycleSection } from "./call.ts";
import { outlookSection } from "./outlookBox.ts";
import { figure, html, page, type Section } from "./html.ts";
import { phaseLegendHtml } from "./legend.ts";
import { fileName } from "./text/fileName.ts";

export type CycleOnlyWhy = "no-prices" | "as-of";

export interface CycleReportData {
  a: CycleAnalysis;
  ctx: NowContext;
  outlook?: Outlook;
  revenue: NamedSeries;
  inventory: NamedSeries;
  lang: Lang;
  /** Why the report holds the cycle part only (said in its introduction). */
  why: CycleOnlyWhy;
  /** The data's place: a region or the user's file. */
  region?: "cn" | "us";
  file?: string;
  made?: string;
  notes?: readonly Note[];
}

/** The sentence a cycle-only report opens with: what it holds and why the rest is absent. */
export function cycleOnlyText(why: CycleOnlyWhy, lang: Lang, asOf?: string): string {
  const zh = lang === "zh";
  if (why === "no-prices") {
    return zh
      ? "本报告只含周期部分（当前判断、历史周期表、需求与库存同比图）：分阶段资产得分与轮动回测需要价格数据，本次未提供。"
      : "This report holds the cycle part only (the call, the table of past cycles, demand and inventory YoY): scores by phase and the rotation backtest need prices, and none were given.";
  }
  return zh
    ? `本报告为截至 ${asOf} 的视图，只用当月末已知的数据；只含周期部分，资产得分与轮动回测不在其中（价格与事后阶段并非当时的版本）。`
    : `This report is as of ${asOf}, using only what was known at the end of that month; it holds the cycle part only — scores and the rotation backtest are left out (the prices and the ex-post phases are not vintages of that month).`;
}

/** The series cut at the analysis' last month with data (an `--as-of` run shows nothing later). */
function cut(s: NamedSeries, through: number): { start: number; values: Float64Array } {
  const n = Math.max(0, Math.min(s.series.values.length, through - s.series.start + 1));
  return { start: s.series.start, values: s.series.values.subarray(0, n) };
}

export async function cycleReportHtml(d: CycleReportData): Promise<string> {
  const { a, lang } = d;
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const zh = lang === "zh";
  // As in the full report: the lines' legend says "demand" and "inventory"; the series are named in a caption.
  const lines = [
    { name: w("demand"), ...cut(d.revenue, a.dataThrough.revenue) },
    { name: w("inventory"), ...cut(d.inventory, a.dataThrough.inventory) },
  ];
  const caption = `${w("demand")}${zh ? "：" : ": "}${d.revenue.name}${zh ? "；" : "; "}${w("inventory")}${zh ? "：" : ": "}${d.inventory.name}`;
  const h = a.history;
  const from = Math.min(...lines.map((l) => l.start));
  const to = Math.max(a.asOf, a.dataThrough.revenue, a.dataThrough.inventory, h.start + h.codes.length - 1);
  await startChartIds(); // the same page for the same data, whatever was drawn before
  const svg = await chartSvg(phaseChart(h, lines, from, to, { lang, asOf: a.realtime, legend: false }));
  const sections: Section[] = [
    ...(d.outlook ? [outlookSection(d.outlook, lang)] : []),
    callSection({ a, ctx: d.ctx, outlook: d.outlook }, lang, null),
    cycleSection(a, lang),
    {
      id: "phases",
      title: `${w("phaseChart")} (${w("exPost")}${zh ? "、" : ", "}${w("asOfMode")})`,
      html: html`${phaseLegendHtml(lang, h.mode !== "as-of")}${figure("phases", svg)}<p class="caption">${caption}</p>`,
    },
  ];
  const place = d.region === "cn" ? w("regionCn") : d.region === "us" ? w("regionUs") : fileName(d.file ?? "");
  const through = formatMonth(Math.max(a.dataThrough.revenue, a.dataThrough.inventory));
  const byline = [
    [
      d.made ? `${w("made")} ${d.made}` : null,
      `${w("dataThrough")} ${through} (${w("demand")} ${formatMonth(a.dataThrough.revenue)}, ${w("inventory")} ${formatMonth(a.dataThrough.inventory)})`,
    ]
      .filter(Boolean)
      .join(" · "),
  ];
  return page({
    lang,
    title: `${w("reportTitle")} — ${place}`,
    byline,
    intro: [cycleOnlyText(d.why, lang, formatMonth(a.asOf))],
    sections,
    stamp: false,
    warnings: [...(d.notes ?? [])],
  });
}
