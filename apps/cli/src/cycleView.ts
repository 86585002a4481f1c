/**
 * Shared presentation of a cycle analysis for `phase`, `cycles` and `overview`: the JSON
 * objects of the contract and the terminal lines. No analytics here — only formatting.
 */
import { formatMonth, phaseIdOf, phaseLabel, stateName, type CycleAnalysis, type Cycle, type Lang } from "@kitchin/core";
import { fmt, pct } from "./format/table.ts";

export function currentJson(a: CycleAnalysis) {
  const n = a.now;
  return {
    mode: "as-of" as const,
    asOf: n ? formatMonth(n.month) : null,
    phase: n ? phaseIdOf(n.code) : null,
    label: n ? { en: phaseLabel(n.code, "en"), zh: phaseLabel(n.code, "zh") } : null,
    monthsInPhase: n?.monthsInPhase ?? null,
    pastEpisodes: n?.pastEpisodes ?? 0,
    medianPastLength: n?.medianLength ?? null,
    shareLonger: n?.shareLonger ?? null,
    dataThrough: { revenue: formatMonth(a.dataThrough.revenue), inventory: formatMonth(a.dataThrough.inventory) },
  };
}

export function cycleJson(a: CycleAnalysis, c: Cycle) {
  const m = (i: number) => formatMonth(a.history.start + i);
  return {
    startTrough: m(c.startTrough), peak: m(c.peak), endTrough: m(c.endTrough), months: c.months,
    restockMonths: c.restockMonths, destockMonths: c.destockMonths,
    activeRestockMonths: c.activeRestockMonths, passiveRestockMonths: c.passiveRestockMonths,
    activeDestockMonths: c.activeDestockMonths, passiveDestockMonths: c.passiveDestockMonths,
    unknownPhaseMonths: c.unknownPhaseMonths,
  };
}

export function currentCycleJson(a: CycleAnalysis) {
  const c = a.current;
  const m = (i: number) => formatMonth(a.history.start + i);
  return {
    cycle: c ? {
      startTrough: m(c.startTrough), peak: c.peak === null ? null : m(c.peak), months: c.months,
      restockMonths: c.restockMonths, destockMonths: c.destockMonths,
      activeRestockMonths: c.activeRestockMonths, passiveRestockMonths: c.passiveRestockMonths,
      activeDestockMonths: c.activeDestockMonths, passiveDestockMonths: c.passiveDestockMonths,
    } : null,
    ...currentJson(a),
  };
}

export function paramsJson(a: CycleAnalysis, extra: Record<string, unknown>) {
  return { ...a.params, demand: a.demandParams, ...extra };
}

export function phaseRows(t: CycleAnalysis["history"]) {
  return Array.from(t.codes, (code, i) => ({
    date: formatMonth(t.start + i),
    phase: phaseIdOf(code),
    revenueState: stateName(t.revenueStates[i]),
    inventoryState: stateName(t.inventoryStates[i]),
  }));
}

const T = {
  en: { now: "Now", asOf: "as of", months: "months", past: "past episodes", median: "median", longer: "lasted longer", none: "no past episode", data: "data through", demand: "demand", inventory: "inventory", unknown: "unknown" },
  zh: { now: "当前", asOf: "截至", months: "个月", past: "历史同阶段", median: "中位数", longer: "持续更久", none: "无历史同阶段", data: "数据截至", demand: "需求", inventory: "库存", unknown: "未知" },
};

export function nowLines(a: CycleAnalysis, lang: Lang): string {
  const t = T[lang];
  const n = a.now;
  if (!n) return `${t.now}: ${t.unknown}\n`;
  const label = phaseLabel(n.code, lang);
  const other = phaseLabel(n.code, lang === "en" ? "zh" : "en");
  const head = `${t.now} (${t.asOf} ${formatMonth(n.month)}): ${label}${n.code >= 0 ? ` / ${other}` : ""}, ${n.monthsInPhase} ${t.months}`;
  const hist = n.pastEpisodes > 0
    ? `${t.past}: ${n.pastEpisodes}, ${t.median} ${fmt(n.medianLength, 0)} ${t.months}; ${pct(n.shareLonger)} ${t.longer}`
    : t.none;
  const data = `${t.data}: ${t.demand} ${formatMonth(a.dataThrough.revenue)}, ${t.inventory} ${formatMonth(a.dataThrough.inventory)}`;
  return `${head}\n  ${hist}\n  ${data}\n`;
}
