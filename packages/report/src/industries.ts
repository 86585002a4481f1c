/**
 * The report's "industries" section (docs/macro.md §4a): for the report's region, a
 * breadth chart (share of inventories restocking per group over time), the latest industry table by
 * group (phase where sales exist, inventory state alone where not), and the China–US matched pairs
 * at the last month both cover. Numbers are `kitchin sectors --dataset` / `--pairs`' (../industries.ts).
 * Built with the escaping template (`html`, `table`, `figure`, `chartSvg`): every value is escaped.
 */
import { inLang, wordOf, type Lang } from "@kitchin/core";
import { pct } from "./text/numbers.ts";
import type { IndustriesData, PairsData } from "@kitchin/jobs/node";
import { INDUSTRY_LABELS, phaseText, positionLabel, stateLabel } from "./text/industryLabels.ts";
import { CHART_WIDTH, chartSvg, type Spec } from "./charts.ts";
import { figure, html, join, table, type SafeHtml, type Section } from "./html.ts";

const TITLES = {
  en: {
    section: "Industries: which are restocking",
    breadth: "Share of inventories restocking, by group",
    latest: "Latest, by group",
    pairs: "China–US matched industries (inventory states)",
    group: "group",
    share: "share restocking",
  },
  zh: {
    section: "分行业：哪些行业在补库",
    breadth: "补库行业的库存占比（按组）",
    latest: "最新状态（按组）",
    pairs: "中美对应行业（库存状态）",
    group: "组",
    share: "补库占比",
  },
} as const;

/** Restocking share (by inventory level, among industries with a known state) per group and month. */
export function breadthChart(d: IndustriesData, lang: Lang): Spec {
  const T = TITLES[lang];
  const values = d.groups.flatMap((g) =>
    g.breadth
      .filter((b) => b.share !== null)
      .map((b) => ({ date: `${b.month}-01`, group: lang === "zh" ? g.nameZh : g.name, share: b.share })),
  );
  return {
    width: CHART_WIDTH,
    height: 220,
    data: { values },
    mark: { type: "line", strokeWidth: 1.2, interpolate: "step-after" },
    encoding: {
      x: { field: "date", type: "temporal", title: null, axis: { format: "%Y" } },
      y: { field: "share", type: "quantitative", title: T.share, axis: { format: "%" }, scale: { domain: [0, 1] } },
      color: { field: "group", type: "nominal", title: T.group },
    },
  };
}

function latestTable(d: IndustriesData, lang: Lang): SafeHtml {
  const L = INDUSTRY_LABELS[lang];
  return join(
    d.groups.map((g) => {
      const basis = g.basis === "phase" ? L.phaseBasis : g.basis === "inventory" ? L.inventoryOnly : L.mixed;
      const head = html`<h4>${lang === "zh" ? g.nameZh : g.name} · ${g.month} · ${basis}${g.industries.some((r) => r.real) ? html` · ${L.real}` : ""} — ${L.restockingOf} ${String(g.states.counts.restocking)}/${String(g.industries.length)} (${L.byWeight} ${pct(g.states.shares.restocking, 0)})</h4>`;
      return html`${head}${table(
        [L.industry, L.code, L.position, L.phase, L.inventory, L.weight],
        g.industries.map((r) => [
          lang === "zh" ? r.nameZh : r.name,
          r.code,
          positionLabel(r.position, lang),
          phaseText(r.phase, lang),
          stateLabel(r.inventoryState, lang),
          pct(r.weight, 1),
        ]),
      )}`;
    }),
  );
}

function pairsTable(p: PairsData, lang: Lang): SafeHtml {
  const L = INDUSTRY_LABELS[lang];
  const rel = (r: string) => (r === "same" ? L.same : r === "opposite" ? L.opposite : L.unknown);
  const nm = (x: { name: string; nameZh: string }) => (lang === "zh" ? x.nameZh : x.name);
  return html`<p>${p.at} · ${L.same} ${String(p.summary.same)}, ${L.opposite} ${String(p.summary.opposite)}, ${L.unknown} ${String(p.summary.unknown)}</p>${table(
    [L.theme, L.china, L.inventory, L.us, L.inventory, L.usPhase, L.relation],
    p.pairs.map((r) => [
      lang === "zh" ? r.themeZh : r.theme,
      nm(r.cn),
      stateLabel(r.cn.state, lang),
      nm(r.us),
      stateLabel(r.us.state, lang),
      phaseText(r.us.phase, lang),
      rel(r.relation),
    ]),
  )}`;
}

export async function industryReportSections(
  x: { data: IndustriesData; pairs: PairsData } | null,
  lang: Lang = "en",
): Promise<Section[]> {
  if (!x) return [];
  const T = TITLES[lang];
  const d = x.data;
  const svg = await chartSvg(breadthChart(d, lang));
  const notes = join(d.notes.map((n) => html`<p class="intro">${wordOf("note", lang)}: ${inLang(n, lang)}</p>`));
  return [
    {
      id: "industries",
      title: T.section,
      html: html`<h3>${T.breadth}</h3>${figure("industry-breadth", svg)}<h3>${T.latest}</h3>${latestTable(d, lang)}<h3>${T.pairs}</h3>${pairsTable(x.pairs, lang)}${notes}`,
    },
  ];
}
