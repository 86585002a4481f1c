/**
 * The core's analytics (turning points, lead/lag, phases and cycles, the real-time rule, China–US
 * synchronisation, the outlook, transforms): their refusals of options and of series they cannot
 * date, each sentence in English and Chinese as a function of its parameters.
 */
import { nameZh, nameZhBefore } from "./names.ts";

/** A whole number, a whole number of months, or any number. */
type BoundKind = "whole" | "months" | "number";
const KIND_EN: Record<BoundKind, string> = {
  whole: "a whole number",
  months: "a whole number of months",
  number: "a number",
};
const KIND_ZH: Record<BoundKind, string> = { whole: "整数", months: "整月数", number: "数" };

export const ANALYTICS_MESSAGES = {
  /** `minAmplitude must be a number ≥ 0, got -1`: an option below its bound (`op` ">" for a strict one). */
  optionBound: {
    en: (p: { name: string; kind: BoundKind; op?: ">"; min: number; got: unknown }) =>
      `${p.name} must be ${KIND_EN[p.kind]} ${p.op ?? "≥"} ${p.min}, got ${String(p.got)}`,
    zh: (p: { name: string; kind: BoundKind; op?: ">"; min: number; got: unknown }) =>
      `${nameZh(p.name)} 须为 ${p.op ?? "≥"} ${p.min} 的${KIND_ZH[p.kind]}，收到 ${String(p.got)}`,
  },
  unknownPreset: {
    en: (p: { preset: string }) => `unknown preset "${p.preset}"; use monthly, quarterly or inventory`,
    zh: (p: { preset: string }) =>
      `没有 "${p.preset}" 这个预设；请用 monthly（月度）、quarterly（季度）或 inventory（库存）`,
  },
  unknownTurnMethod: {
    en: (p: { method: string }) => `unknown turning-point method "${p.method}"; use bbq or bry-boschan`,
    zh: (p: { method: string }) => `没有 "${p.method}" 这种拐点方法；请用 bbq 或 bry-boschan`,
  },
  turnsTooShort: {
    en: (p: { need: number; got: number }) =>
      `turning points need at least ${p.need} observations with these parameters, got ${p.got}`,
    zh: (p: { need: number; got: number }) => `按这些参数识别拐点至少需要 ${p.need} 个观测值，实际只有 ${p.got} 个`,
  },
  // lead/lag
  targetNoTurns: {
    en: () =>
      "the target has no turning points with these rules, so no lead can be measured; use a longer series or a smaller minAmplitude",
    zh: () => "按这些规则，目标序列没有拐点，无法衡量领先；请用更长的序列或更小的 minAmplitude",
  },
  indicatorNoTurns: {
    en: () => "the indicator has no turning points with these rules; check the column, or use a smaller minAmplitude",
    zh: () => "按这些规则，指标序列没有拐点；请检查该列，或用更小的 minAmplitude",
  },
  notMonthly: {
    en: (p: { name: string; every: number }) =>
      `${p.name} has a value only every ${p.every} months, not monthly data; convert it to monthly (or give every series the same frequency) first`,
    zh: (p: { name: string; every: number }) =>
      `${nameZhBefore(p.name)}每 ${p.every} 个月才有一个值，不是月度数据；请先转换为月度（或让所有序列频率一致）`,
  },
  noIndicators: {
    en: () => "no indicators given; name at least one",
    zh: () => "没有给出指标；请至少指定一个",
  },
  // phases and cycles
  nothingKnownAt: {
    en: (p: { cutoff: string; demandLag: number; inventoryLag: number }) =>
      `nothing was known yet at ${p.cutoff} (release lags: demand ${p.demandLag}, inventory ${p.inventoryLag} months)`,
    zh: (p: { cutoff: string; demandLag: number; inventoryLag: number }) =>
      `截至 ${p.cutoff} 尚无任何已知数据（发布滞后：需求 ${p.demandLag} 个月，库存 ${p.inventoryLag} 个月）`,
  },
  // the outlook
  horizonsNone: {
    en: () => "horizons: give at least one",
    zh: () => "horizons：请至少给出一个预测期",
  },
  horizonRange: {
    en: (p: { max: number; got: number }) =>
      `a horizon must be a whole number of months from 1 to ${p.max}, got ${p.got}`,
    zh: (p: { max: number; got: number }) => `预测期须为 1 到 ${p.max} 之间的整月数，收到 ${p.got}`,
  },
  horizonsRepeat: {
    en: (p: { horizons: readonly number[] }) => `horizons repeat: ${p.horizons.join(",")}`,
    zh: (p: { horizons: readonly number[] }) => `预测期有重复：${p.horizons.join(",")}`,
  },
  // China–US synchronisation
  statesNeverBothKnown: {
    en: () => "the two state paths have no month in which both states are known",
    zh: () => "两条状态路径没有任何一个月两边的状态都已知",
  },
  timelineModes: {
    en: (p: { a: "ex-post" | "as-of"; b: "ex-post" | "as-of" }) =>
      `cannot compare an ${p.a} timeline with an ${p.b} one; date both the same way`,
    zh: (p: { a: "ex-post" | "as-of"; b: "ex-post" | "as-of" }) =>
      `无法比较${p.a === "as-of" ? "实时" : "事后"}阶段与${p.b === "as-of" ? "实时" : "事后"}阶段；请用同一种方式划分两者`,
  },
  syncFromAfterTo: {
    en: (p: { from: string; to: string }) => `from ${p.from} is after to ${p.to}`,
    zh: (p: { from: string; to: string }) => `from（${p.from}）晚于 to（${p.to}）`,
  },
  timelinesNoMonths: {
    en: () => "the two timelines share no months in the requested window",
    zh: () => "两条阶段时间线在所选窗口内没有共同的月份",
  },
} as const;
