/**
 * The report's macro sections: the region's leading-indicator table and the
 * China–US synchronisation over all common months, as HTML tables. Empty for reports on the
 * user's own files (no region).
 */
import { wordOf, type Lang } from "@kitchin/core";
import { fmt, pct } from "./text/numbers.ts";
import type { LeadTableData, SyncData } from "@kitchin/jobs/node";
import { table, type Section } from "./html.ts";

export function macroReportSections(x: { lead: LeadTableData; sync: SyncData } | null, lang: Lang = "en"): Section[] {
  if (!x) return [];
  const w = (k: Parameters<typeof wordOf>[0]) => wordOf(k, lang);
  const zh = lang === "zh";
  const { lead, sync: s } = x;
  const n = s.counts;
  return [
    {
      id: "leading",
      title: zh
        ? `${w("leading")}：${lead.target} 的拐点（月；正数 = 指标领先；窗口 −${lead.params.maxLag}…+${lead.params.maxLead}）`
        : `${w("leading")} of ${lead.target} turns (months; + = indicator first; window −${lead.params.maxLag}…+${lead.params.maxLead})`,
      html: table(
        [
          w("indicator"),
          w("matched"),
          w("missed"),
          w("extra"),
          w("mean"),
          w("median"),
          w("min"),
          w("max"),
          w("bestLag"),
          w("corr"),
        ],
        lead.rows.map((r) => [
          r.indicator,
          String(r.matched),
          String(r.missed),
          String(r.extra),
          fmt(r.meanLead, 1),
          fmt(r.medianLead, 1),
          fmt(r.minLead, 0),
          fmt(r.maxLead, 0),
          fmt(r.bestLag, 0),
          fmt(r.bestCorr, 2),
        ]),
      ),
    },
    {
      id: "sync",
      title: zh
        ? `${w("sync")}，${s.from}..${s.to}（${s.mode === "as-of" ? w("asOfMode") : w("exPost")}）：${s.months} 个月`
        : `${w("sync")}, ${s.from}..${s.to} (${s.mode}): ${s.months} months`,
      html: table(
        ["", w("months"), w("share")],
        [
          [w("inStep"), String(n.inStep), pct(s.inStep, 1)],
          [w("coRestock"), String(n.coRestock), pct(s.coRestock, 1)],
          [w("coDestock"), String(n.coDestock), pct(s.coDestock, 1)],
          [w("cnUpUsDown"), String(n.aRestockBDestock), pct(s.aRestockBDestock, 1)],
          [w("cnDownUsUp"), String(n.aDestockBRestock), pct(s.aDestockBRestock, 1)],
          [w("concordance"), `${s.concordance.toFixed(3)} (${s.concordanceIfIndependent.toFixed(3)})`, ""],
        ],
      ),
    },
  ];
}
