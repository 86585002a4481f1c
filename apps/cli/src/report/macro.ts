/**
 * The report's macro sections (issue 6 item 5): the region's leading-indicator table and the
 * China–US synchronisation over all common months, as HTML tables. Empty for reports on the
 * user's own files (no region).
 */
import { fmt, pct } from "../format/table.ts";
import { leadTableSection } from "../leadTable.ts";
import { syncSection } from "../syncView.ts";
import { table, type Section } from "./html.ts";

export function macroReportSections(region: "cn" | "us" | null | undefined): Section[] {
  if (!region) return [];
  const lead = leadTableSection(region);
  const s = syncSection();
  const n = s.counts;
  return [
    {
      title: `Leading indicators of ${lead.target} turns (months; + = indicator first; window −${lead.params.maxLag}…+${lead.params.maxLead})`,
      html: table(["indicator", "matched", "missed", "extra", "mean", "median", "min", "max", "best lag", "r"], lead.rows.map((r) => [
        r.indicator, String(r.matched), String(r.missed), String(r.extra), fmt(r.meanLead, 1), fmt(r.medianLead, 1), fmt(r.minLead, 0), fmt(r.maxLead, 0), fmt(r.bestLag, 0), fmt(r.bestCorr, 2),
      ])),
    },
    {
      title: `China–US inventory cycles, ${s.from}..${s.to} (${s.mode}): ${s.months} months`,
      html: table(["", "months", "share"], [
        ["in step", String(n.inStep), pct(s.inStep, 1)],
        ["co-restocking", String(n.coRestock), pct(s.coRestock, 1)],
        ["co-destocking", String(n.coDestock), pct(s.coDestock, 1)],
        ["China restocking, US destocking", String(n.aRestockBDestock), pct(s.aRestockBDestock, 1)],
        ["China destocking, US restocking", String(n.aDestockBRestock), pct(s.aDestockBRestock, 1)],
        ["Harding–Pagan concordance (if independent)", `${s.concordance.toFixed(3)} (${s.concordanceIfIndependent.toFixed(3)})`, ""],
      ]),
    },
  ];
}
