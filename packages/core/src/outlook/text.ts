/**
 * The outlook in words, English and Chinese, for every face (terminal, report, Excel): one table of
 * sentences with parameters in the shape of the message table (phases/messages.ts), so the call reads
 * the same wherever it is shown. Chinese terms follow the notes (被动去库, 主动补库 …; 名义/实际库存 from
 * note 003 第4则 and note 000).
 */
import { formatMonth } from "../time/month.ts";
import { phaseLabel, type Lang } from "../phases/phase.ts";
import type { Outlook, InputReading, FlipCall, OddsCall } from "./outlook.ts";
import type { NowcastResult } from "./nowcast.ts";
import type { Persistence } from "./persistence.ts";

const n1 = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "—");
const pc = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : "—");
const both = (code: number, lang: Lang) =>
  code < 0 ? phaseLabel(code, lang) : `${phaseLabel(code, lang)} / ${phaseLabel(code, lang === "en" ? "zh" : "en")}`;
const stateWord = (s: number | string, lang: Lang) => {
  const k = typeof s === "string" ? s : s > 0 ? "rising" : s < 0 ? "falling" : "unknown";
  return lang === "zh" ? ({ rising: "上行", falling: "下行", unknown: "未知" } as Record<string, string>)[k] : k;
};
const monthsEn = (n: number) => `${n} month${n === 1 ? "" : "s"}`;
const inputWord = (i: "inventory" | "demand", lang: Lang) =>
  lang === "zh" ? (i === "inventory" ? "库存" : "需求") : i;

export const OUTLOOK_TEXT = {
  title: { en: "Outlook", zh: "展望" },
  nominal: { en: "Nominal call", zh: "名义判断" },
  real: { en: "Real call", zh: "实际判断" },
  odds: { en: "Odds of a phase change", zh: "阶段切换概率" },
  flips: { en: "What flips the call", zh: "何种数据会改变判断" },
  nowcast: { en: "Nowcast of the next prints", zh: "下一期数据的即时预测" },
  horizon: { en: "within", zh: "期限" },
  probability: { en: "odds", zh: "概率" },
  brier: { en: "Brier", zh: "Brier" },
  base: { en: "base rate Brier", zh: "基准 Brier" },
  skill: { en: "skill", zh: "技能分" },
  events: { en: "changes / months", zh: "切换次数 / 月数" },
  noSkill: { en: "no skill out of sample", zh: "样本外无预测能力" },
  months: { en: "months", zh: "个月" },
} as const;

export function outlookWord(k: keyof typeof OUTLOOK_TEXT, lang: Lang): string {
  return OUTLOOK_TEXT[k][lang];
}

/** "Active restocking / 主动补库, 3 months (as of 2026-06)". */
export function callText(o: Outlook, lang: Lang): string {
  if (o.code < 0)
    return lang === "zh" ? `截至 ${formatMonth(o.asOf)}：阶段未知` : `As of ${formatMonth(o.asOf)}: phase unknown`;
  return lang === "zh"
    ? `截至 ${formatMonth(o.asOf)}：${both(o.code, lang)}，已持续 ${o.monthsInPhase} 个月`
    : `As of ${formatMonth(o.asOf)}: ${both(o.code, lang)}, ${monthsEn(o.monthsInPhase)}`;
}

/** One persistence line on a basis ("real-time" is the headline's). */
export function persistenceText(
  p: Persistence,
  basis: "realTime" | "hindsight",
  monthsInPhase: number,
  lang: Lang,
): string {
  const b =
    basis === "realTime"
      ? lang === "zh"
        ? "实时口径（历次实时阶段）"
        : "real-time basis (as-of episodes)"
      : lang === "zh"
        ? "事后口径（事后定阶段）"
        : "hindsight basis (ex-post episodes)";
  if (p.episodes === 0) return lang === "zh" ? `${b}：无已完成的同阶段` : `${b}: no completed past episode`;
  return lang === "zh"
    ? `${b}：过去 ${p.episodes} 次，持续月数中位数 ${n1(p.medianMonths, 1)}；${pc(p.shareLonger)} 持续超过 ${monthsInPhase} 个月`
    : `${b}: ${p.episodes} past episodes, median ${n1(p.medianMonths, 1)} months; ${pc(p.shareLonger)} lasted longer than ${monthsInPhase}`;
}

/** The headline: the call with its real-time persistence. */
export function headlineText(o: Outlook, lang: Lang): string {
  const p = o.persistence.realTime;
  if (o.code < 0 || p.episodes === 0) return callText(o, lang);
  return lang === "zh"
    ? `${callText(o, lang)}（实时口径：过去 ${p.episodes} 次中位数 ${n1(p.medianMonths, 1)} 个月，${pc(p.shareLonger)} 更久）`
    : `${callText(o, lang)} (real-time basis: ${p.episodes} past episodes, median ${n1(p.medianMonths, 1)} months, ${pc(p.shareLonger)} lasted longer)`;
}

function readingText(r: InputReading, lang: Lang): string {
  const i = inputWord(r.input, lang);
  const nom = `${n1(r.nominalThen)} → ${n1(r.nominal)}%`;
  const real = `${n1(r.realThen)} → ${n1(r.real)}%`;
  const why =
    r.nominalState === r.realState
      ? ""
      : r.nominalState > 0 && r.realState < 0
        ? lang === "zh"
          ? "：上行来自价格"
          : ": the rise is price"
        : r.nominalState < 0 && r.realState > 0
          ? lang === "zh"
            ? "：下行来自价格"
            : ": the fall is price"
          : "";
  return lang === "zh"
    ? `${i}（${formatMonth(r.since)}–${formatMonth(r.through)}）：名义 ${nom}（${stateWord(r.nominalState, lang)}），实际 ${real}（${stateWord(r.realState, lang)}），PPI 同比 ${n1(r.deflator)}%${why}`
    : `${i} (${formatMonth(r.since)}–${formatMonth(r.through)}): nominal ${nom} (${stateWord(r.nominalState, lang)}), real ${real} (${stateWord(r.realState, lang)}), PPI YoY ${n1(r.deflator)}%${why}`;
}

/** The real call and, where nominal and real differ, why. */
export function realLines(o: Outlook, lang: Lang): string[] {
  const r = o.real;
  if (!r) return [];
  const agree = r.code === o.code;
  const head =
    lang === "zh"
      ? `实际判断（以 ${r.deflator} 平减）：${both(r.code, lang)}，${r.monthsInPhase} 个月${agree ? "，与名义一致" : "，与名义判断不同"}`
      : `Real call (deflated by ${r.deflator}): ${both(r.code, lang)}, ${monthsEn(r.monthsInPhase)}${agree ? " — agrees with the nominal call" : " — differs from the nominal call"}`;
  return [head, ...r.inputs.map((x) => readingText(x, lang))];
}

export function oddsText(d: OddsCall, lang: Lang): string {
  const h = lang === "zh" ? `${d.horizon} 个月内` : `within ${d.horizon} month${d.horizon === 1 ? "" : "s"}`;
  const score =
    lang === "zh"
      ? `Brier ${n1(d.brier, 3)}，基准 ${n1(d.brierBase, 3)}，技能分 ${n1(d.skill, 2)}，${d.events}/${d.months} 个月有切换`
      : `Brier ${n1(d.brier, 3)} vs base rate ${n1(d.brierBase, 3)}, skill ${n1(d.skill, 2)}, ${d.events} changes in ${d.months} months`;
  const p = d.probability === null ? OUTLOOK_TEXT.noSkill[lang] : pc(d.probability);
  return lang === "zh" ? `${h}：${p}（${score}）` : `${h}: ${p} (${score})`;
}

export function flipText(f: FlipCall, lang: Lang): string {
  const i = inputWord(f.input, lang);
  const cmp = f.to === "falling" ? "≤" : "≥";
  const n = f.months;
  return lang === "zh"
    ? `${i}（${stateWord(f.state, lang)}）：自 ${formatMonth(f.from)} 起 ${n} 期 ${cmp} ${n1(f.threshold, 2)} 则转为${stateWord(f.to, lang)} → ${phaseLabel(f.nextPhase, lang)}`
    : `${i} (${stateWord(f.state, lang)}): ${n} print${n === 1 ? "" : "s"} ${cmp} ${n1(f.threshold, 2)} from ${formatMonth(f.from)} turn it ${f.to} → ${phaseLabel(f.nextPhase, lang)}`;
}

export function nowcastText(input: "inventory" | "demand", r: NowcastResult, lang: Lang): string {
  const i = inputWord(input, lang);
  const errs =
    lang === "zh"
      ? `样本外均方根误差：模型 ${n1(r.rmse, 2)}，上期值 ${n1(r.rmseNaive, 2)}（${r.history.length} 个月）`
      : `out-of-sample RMSE: model ${n1(r.rmse, 2)}, last value ${n1(r.rmseNaive, 2)} (${r.history.length} months)`;
  if (!r.next)
    return lang === "zh"
      ? `${i}：无可用的领先指标（${errs}）`
      : `${i}: no indicator known for the next print (${errs})`;
  if (!r.beatsNaive) {
    return lang === "zh"
      ? `${i} ${formatMonth(r.next.month)}：不显示，模型不优于上期值（${errs}）`
      : `${i} ${formatMonth(r.next.month)}: not shown — the model does not beat the last value (${errs})`;
  }
  return lang === "zh"
    ? `${i} ${formatMonth(r.next.month)}：${n1(r.next.forecast, 2)}%（上期 ${n1(r.next.last, 2)}%，据 ${r.next.indicators.join("、")}；${errs}）`
    : `${i} ${formatMonth(r.next.month)}: ${n1(r.next.forecast, 2)}% (last ${n1(r.next.last, 2)}%, from ${r.next.indicators.join(", ")}; ${errs})`;
}
