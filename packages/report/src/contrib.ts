/**
 * The report's contribution sections, present only when their inputs are shipped: for
 * the US, imports (goods and services) against business inventories over the latest 12 months both
 * cover, and the Census sectors' contributions to total inventory growth over the data's last 12
 * months. China has no shipped components: no section. A small, separate addition to `kitchin
 * report`; the numbers are `kitchin contrib`'s (computeContrib).
 */
import { wordOf, type Lang, parseMonth } from "@kitchin/core";
import { fmt, pct } from "./text/numbers.ts";
import { html, table, type Section } from "./html.ts";
import { shortLabels } from "@kitchin/jobs";
import type { ContribData, ContribDivergence } from "@kitchin/jobs/node";

/**
 * Sector contributions older than this many months before the report's last month are left out: a table years
 * older than the rest of the report would read as current.
 */
export const CONTRIB_STALE_MONTHS = 24;

export function contribReportSections(
  x: { divergence: ContribDivergence; sectors: ContribData } | null,
  lang: Lang = "en",
  reportEnd?: string,
): Section[] {
  if (!x) return [];
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const d = x.divergence,
    s = x.sectors;
  const labels = shortLabels(s.components);
  const end = s.rows[s.rows.length - 1].date;
  const stale = reportEnd !== undefined && parseMonth(reportEnd) - parseMonth(end) > CONTRIB_STALE_MONTHS;
  const row = (first: string, r: { totalYoy: number; contributions: Record<string, number>; residual: number }) => [
    first,
    fmt(r.totalYoy),
    ...s.components.map((c) => fmt(r.contributions[c])),
    fmt(r.residual),
  ];
  return [
    {
      id: "imports",
      title: `${w("importsVsInventories")}, ${d.from}..${d.to} ${w("onYearEarlier")}`,
      html: table(
        ["", w("growthGap"), w("zEarlier")],
        [
          [w("importsGs"), pct(d.totalGrowth / 100, 2), ""],
          [w("inventoriesAvg"), pct(d.vsGrowth / 100, 2), ""],
          [w("gapPp"), fmt(d.gap), `${fmt(d.z)} (${d.historyMonths} ${w("windows")})`],
        ],
      ),
    },
    // A table that stops years before the report would read as current: a sentence says why it is absent.
    ...(stale
      ? [
          {
            id: "contributions",
            title: lang === "zh" ? "分行业库存贡献" : "Contributions to inventory growth by sector",
            html: html`<p class="intro">${
              lang === "zh"
                ? `未列出：随附的 Census 分行业库存数据截至 ${end}，早于本报告数据（${reportEnd}）超过 ${CONTRIB_STALE_MONTHS} 个月。`
                : `Not shown: the shipped Census sector inventories end ${end}, more than ${CONTRIB_STALE_MONTHS} months before this report's data (${reportEnd}).`
            }</p>`,
          },
        ]
      : []),
    ...(stale
      ? []
      : [
          {
            id: "contributions",
            title: `${w("contributions")}; ${w("dataEnd")} ${s.rows[s.rows.length - 1].date})`,
            html: table(
              [w("month"), w("totalYoy"), ...labels, w("residual")],
              [...s.rows.slice(-6).map((r) => row(r.date, r)), row(`${s.window.from}..${s.window.to}`, s.window)],
            ),
          },
        ]),
  ];
}
