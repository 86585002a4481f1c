/**
 * Shared presentation of a cycle analysis for `phase`, `cycles` and `overview`: the JSON
 * objects of the contract and the terminal lines. No analytics here — only formatting.
 */
import { formatMonth, phaseLabel, stateName, type CycleAnalysis, type Lang } from "@kitchin/core";
import { printWarnings, type Io } from "./context.ts";
import { fmt, pct, renderTable, useColour } from "./format/table.ts";
import { STALE_WARN_MONTHS, cycleJson, staleness, type NowContext } from "@kitchin/jobs";

const T = {
  en: {
    now: "Now",
    asOf: "as of",
    months: "months",
    past: "past episodes",
    realTime: "real-time basis",
    hindsight: "hindsight basis",
    median: "median",
    longer: "lasted longer",
    none: "no past episode",
    data: "data through",
    demand: "demand",
    inventory: "inventory",
    unknown: "unknown",
    rising: "rising",
    falling: "falling",
    knownAt: "known",
    stale: (m: number, asOf: string, today: string) =>
      `this call is ${m} months old (as of ${asOf}, today ${today}); bring newer data with \`kitchin data import\``,
  },
  zh: {
    now: "当前",
    asOf: "截至",
    months: "个月",
    past: "历史同阶段",
    realTime: "实时口径",
    hindsight: "事后口径",
    median: "中位数",
    longer: "持续更久",
    none: "无历史同阶段",
    data: "数据截至",
    demand: "需求",
    inventory: "库存",
    unknown: "未知",
    rising: "上行",
    falling: "下行",
    knownAt: "发布于",
    stale: (m: number, asOf: string, today: string) =>
      `该判断已滞后 ${m} 个月（截至 ${asOf}，当前 ${today}）；可用 \`kitchin data import\` 导入更新的数据`,
  },
};

export function nowLines(a: CycleAnalysis, lang: Lang): string {
  const t = T[lang];
  const n = a.now;
  if (!n) return `${t.now}: ${t.unknown}\n`;
  const label = phaseLabel(n.code, lang);
  const other = phaseLabel(n.code, lang === "en" ? "zh" : "en");
  const head = `${t.now} (${t.asOf} ${formatMonth(n.month)}): ${label}${n.code >= 0 ? ` / ${other}` : ""}, ${n.monthsInPhase} ${t.months}`;
  // Real-time basis first (the basis of the current run), hindsight after it.
  const basis = (label: string, episodes: number, medianLength: number, shareLonger: number) =>
    episodes > 0
      ? `${t.past} (${label}): ${episodes}, ${t.median} ${fmt(medianLength, medianLength % 1 ? 1 : 0)} ${t.months}; ${pct(shareLonger)} ${t.longer}`
      : `${t.none} (${label})`;
  const hist = `${basis(t.realTime, n.realTime.episodes, n.realTime.medianMonths, n.realTime.shareLonger)}\n  ${basis(t.hindsight, n.pastEpisodes, n.medianLength, n.shareLonger)}`;
  // Per input: how far it reaches and its state there (beyond the common month when it runs later).
  const input = (name: string, x: CycleAnalysis["inputsNow"]["revenue"]) => {
    const st = stateName(x.state);
    const beyond = x.knownAt > a.asOf ? `, ${t.knownAt} ${formatMonth(x.knownAt)}` : "";
    return `${name} ${formatMonth(x.through)} (${st ? t[st] : t.unknown}${beyond})`;
  };
  const data = `${t.data}: ${input(t.demand, a.inputsNow.revenue)}, ${input(t.inventory, a.inputsNow.inventory)}`;
  return `${head}\n  ${hist}\n  ${data}\n`;
}

/** The warning of a call older than `STALE_WARN_MONTHS` (printed on stderr), or none. */
export function staleWarnings(a: CycleAnalysis, lang: Lang, ctx: NowContext): string[] {
  if (!a.now) return [];
  const st = staleness(a, ctx.today);
  return st.staleMonths > STALE_WARN_MONTHS ? [T[lang].stale(st.staleMonths, formatMonth(a.asOf), st.today)] : [];
}

/** The cycle table of `cycles` and `overview`, with the summary, the cycle in progress and now. */
export function printCycleTable(a: CycleAnalysis, lang: Lang, io: Io, ctx: NowContext): void {
  const zh = lang === "zh";
  const header = zh
    ? ["起点低点", "高点", "终点低点", "月数", "补库(主动+被动)", "去库(主动+被动)"]
    : ["start trough", "peak", "end trough", "months", "restock (active+passive)", "destock (active+passive)"];
  const rows = a.cycles.map((c) => {
    const j = cycleJson(a, c);
    const split = (total: number, active: number, passive: number) => {
      const unknown = total - active - passive;
      return `${total} (${active}+${passive}${unknown ? `, ${unknown}?` : ""})`;
    };
    return [
      j.startTrough,
      j.peak,
      j.endTrough,
      String(j.months),
      split(j.restockMonths, j.activeRestockMonths, j.passiveRestockMonths),
      split(j.destockMonths, j.activeDestockMonths, j.passiveDestockMonths),
    ];
  });
  io.out(renderTable(header, rows, { colour: useColour(io.isTTY, io.env) }));
  if (rows.some((r) => r[4].includes("?") || r[5].includes("?"))) {
    io.out(
      zh
        ? "（n? = 需求状态未知的月数：最后一个需求拐点之后）\n"
        : "(n? = months whose demand state is not yet known: after the last dated demand turn)\n",
    );
  }
  const s = a.summary.cycles;
  io.out(
    zh
      ? `${s.count} 轮完整周期，平均 ${fmt(s.mean, 1)} 个月，中位数 ${fmt(s.median, 1)}（${fmt(s.min, 0)}–${fmt(s.max, 0)}）\n`
      : `${s.count} complete cycles, mean ${fmt(s.mean, 1)} months, median ${fmt(s.median, 1)} (${fmt(s.min, 0)}–${fmt(s.max, 0)})\n`,
  );
  const c = a.current;
  if (c) {
    const start = formatMonth(a.history.start + c.startTrough);
    const peak = c.peak === null ? null : formatMonth(a.history.start + c.peak);
    io.out(
      zh
        ? `进行中：${start} 低点以来 ${c.months} 个月${peak ? `，${peak} 见顶（补库 ${c.restockMonths}，去库 ${c.destockMonths}）` : `，补库中`}\n`
        : `In progress: ${c.months} months since the ${start} trough${peak ? `, peak ${peak} (${c.restockMonths} restocking, ${c.destockMonths} destocking)` : ", restocking so far"}\n`,
    );
  }
  io.out(nowLines(a, lang));
  printWarnings(io, staleWarnings(a, lang, ctx), lang);
}
