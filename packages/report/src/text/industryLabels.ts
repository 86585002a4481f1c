/** Words of the industry tables (kitchin sectors and the report's industries section), English and Chinese. */
import { PHASE_IDS, phaseLabel, wordOf, type Lang } from "@kitchin/core";

/** Column headings and words of the industry tables, English and Chinese. */
export const INDUSTRY_LABELS = {
  en: {
    industry: "industry",
    code: "code",
    position: "position",
    phase: "phase",
    months: "months",
    inventory: "inventory",
    weight: "weight",
    theme: "theme",
    china: "China",
    us: "US",
    usPhase: "US phase",
    relation: "relation",
    restockingOf: "restocking",
    byWeight: "by weight",
    industries: "industries",
    month: "month",
    same: "same",
    opposite: "opposite",
    unknown: "unknown",
    real: "real",
    inventoryOnly: "inventory state only",
    phaseBasis: "inventory × sales",
    mixed: "phases where sales exist",
  },
  zh: {
    industry: "行业",
    code: "代码",
    position: "位置",
    phase: "阶段",
    months: "月数",
    inventory: "库存",
    weight: "权重",
    theme: "链条",
    china: "中国",
    us: "美国",
    usPhase: "美国阶段",
    relation: "关系",
    restockingOf: "补库",
    byWeight: "按规模",
    industries: "个行业",
    month: "月份",
    same: "同向",
    opposite: "反向",
    unknown: "未知",
    real: "实际",
    inventoryOnly: "仅库存状态",
    phaseBasis: "库存 × 销售",
    mixed: "有销售者给出阶段",
  },
} as const;
const POSITION = {
  en: { upstream: "upstream", midstream: "midstream", downstream: "downstream" },
  zh: { upstream: "上游", midstream: "中游", downstream: "下游" },
} as const;

export function positionLabel(p: string, lang: Lang): string {
  return (POSITION[lang] as Record<string, string>)[p] ?? p;
}
export function stateLabel(s: string, lang: Lang): string {
  return s === "restocking" || s === "destocking" ? wordOf(s, lang) : INDUSTRY_LABELS[lang].unknown;
}
export function phaseText(id: string, lang: Lang): string {
  const c = (PHASE_IDS as readonly string[]).indexOf(id);
  return c >= 0 ? phaseLabel(c, lang) : "—";
}
