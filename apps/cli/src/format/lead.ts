/** `kitchin lead` in the terminal: one row per indicator (matched turns, leads, best lag and correlation). */
import type { LeadTableData } from "@kitchin/jobs/node";
import { seriesName } from "@kitchin/report";
import { fmt, renderTable } from "./table.ts";

const LEAD_HEADER = {
  en: ["indicator", "matched", "missed", "extra", "mean", "median", "min", "max", "best lag", "r"],
  zh: ["指标", "匹配", "遗漏", "多余", "平均", "中位数", "最小", "最大", "最佳滞后", "相关系数"],
};

export function renderLeadTable(data: LeadTableData, colour = false, lang: "en" | "zh" = "en"): string {
  const rows = data.rows.map((r) => [
    seriesName(r.indicator, lang),
    String(r.matched),
    String(r.missed),
    String(r.extra),
    fmt(r.meanLead, 1),
    fmt(r.medianLead, 1),
    fmt(r.minLead, 0),
    fmt(r.maxLead, 0),
    fmt(r.bestLag, 0),
    fmt(r.bestCorr, 2),
  ]);
  return renderTable(LEAD_HEADER[lang], rows, { colour });
}
