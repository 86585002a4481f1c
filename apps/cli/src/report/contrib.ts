/**
 * The report's contribution sections (issue 15), present only when their inputs are shipped: for
 * the US, imports (goods and services) against business inventories over the latest 12 months both
 * cover, and the Census sectors' contributions to total inventory growth over the data's last 12
 * months. China has no shipped components: no section. A small, separate addition to `kitchin
 * report`; the numbers are `kitchin contrib`'s (computeContrib).
 */
import { wordOf, type Lang } from "@kitchin/core";
import { fmt, pct } from "../format/table.ts";
import { table, type Section } from "./html.ts";
import { CONTRIB_DEFAULTS, computeContrib, shortLabels } from "../contribData.ts";
import { specContext } from "../seriesSpecs.ts";

export async function contribReportSections(region: "cn" | "us" | null | undefined, lang: Lang = "en"): Promise<Section[]> {
  if (region !== "us") return [];
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const ctx = await specContext({ positionals: [], flags: {} });
  const d = computeContrib({ total: "us.imports_gs", components: [], vs: "us.inventory", window: 12 }, ctx).divergence!;
  const { total, components } = CONTRIB_DEFAULTS.us;
  const s = computeContrib({ total, components: [...components], window: 12 }, ctx);
  const labels = shortLabels(s.components);
  const row = (first: string, r: { totalYoy: number; contributions: Record<string, number>; residual: number }) =>
    [first, fmt(r.totalYoy), ...s.components.map((c) => fmt(r.contributions[c])), fmt(r.residual)];
  return [
    {
      id: "imports",
      title: `${w("importsVsInventories")}, ${d.from}..${d.to} ${w("onYearEarlier")}`,
      html: table(["", w("growthGap"), w("zEarlier")], [
        [w("importsGs"), pct(d.totalGrowth / 100, 2), ""],
        [w("inventoriesAvg"), pct(d.vsGrowth / 100, 2), ""],
        [w("gapPp"), fmt(d.gap), `${fmt(d.z)} (${d.historyMonths} ${w("windows")})`],
      ]),
    },
    {
      id: "contributions",
      title: `${w("contributions")}; ${w("dataEnd")} ${s.rows[s.rows.length - 1].date})`,
      html: table([w("month"), w("totalYoy"), ...labels, w("residual")], [...s.rows.slice(-6).map((r) => row(r.date, r)), row(`${s.window.from}..${s.window.to}`, s.window)]),
    },
  ];
}
