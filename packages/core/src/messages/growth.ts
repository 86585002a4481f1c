/**
 * Growth over a year, contributions to it and the inventory decomposition (the core's contrib and
 * decompose): refusals of a base that is not positive, a window that cannot be summed, inputs that
 * do not fit, each sentence in English and Chinese as a function of its parameters. `name` is a
 * user's series name or the core's default (`total`, `series`, `component 2`).
 */
import { nameZh, nameZhBefore, nameZhInside } from "./names.ts";

export const GROWTH_MESSAGES = {
  noComponents: {
    en: () => "no components given: name at least one series that makes up the total",
    zh: () => "没有给出分项：请至少指定一个构成总量的序列",
  },
  namesForComponents: {
    en: (p: { names: number; components: number }) => `${p.names} names for ${p.components} components`,
    zh: (p: { names: number; components: number }) => `${p.names} 个名称对应 ${p.components} 个分项`,
  },
  componentNoMonth: {
    en: (p: { component: string; total: string }) =>
      `${p.component} shares no month with ${p.total}; put the components on the total's months`,
    zh: (p: { component: string; total: string }) =>
      `${nameZhBefore(p.component)}与${nameZhInside(p.total)}没有共同的月份；请把分项放到总量的月份上`,
  },
  /** A month whose year-earlier value is zero or negative (a growth rate over it is undefined). */
  baseNotPositive: {
    en: (p: { name: string; base: number; month: string }) =>
      `${p.name} is ${p.base} in the year before ${p.month}: growth over a base that is not positive is undefined (a blank written as 0?)`,
    zh: (p: { name: string; base: number; month: string }) =>
      `${nameZhBefore(p.name)}在 ${p.month} 的上年同期为 ${p.base}：基数不为正时增速没有定义（是否把空白写成了 0？）`,
  },
  /** A window whose year-earlier sum (or end value) is zero or negative. */
  windowBaseNotPositive: {
    en: (p: { name: string; end: boolean; from: string; to: string; base: number }) =>
      `${p.name}: the year-earlier ${p.end ? "value" : "sum"} for ${p.from}…${p.to} is ${p.base}; growth over a base that is not positive is undefined`,
    zh: (p: { name: string; end: boolean; from: string; to: string; base: number }) =>
      `${nameZh(p.name)}：${p.from}…${p.to} 的上年同期${p.end ? "值" : "合计"}为 ${p.base}；基数不为正时增速没有定义`,
  },
  ytdImpliesFall: {
    en: (p: { month: string; fall: string }) =>
      `${p.month}: the year-to-date values imply a monthly fall of ${p.fall} %, which leaves no positive base; check the cumulative values`,
    zh: (p: { month: string; fall: string }) =>
      `${p.month}：累计值意味着当月同比为 ${p.fall} %，由此得不到为正的基数；请检查累计值`,
  },
  totalNoYearEarlier: {
    en: (p: { name: string }) => `${p.name} has no month with a value a year earlier; growth needs at least 13 months`,
    zh: (p: { name: string }) => `${nameZhBefore(p.name)}没有任何一个月有上年同期值；计算增速至少需要 13 个月`,
  },
  firstShownAfterLast: {
    en: (p: { from: string; to: string }) => `the first month shown (${p.from}) is after the last (${p.to})`,
    zh: (p: { from: string; to: string }) => `显示的第一个月（${p.from}）晚于最后一个月（${p.to}）`,
  },
  windowEndsBeforeStart: {
    en: (p: { from: string; to: string }) => `the window ends (${p.to}) before it starts (${p.from})`,
    zh: (p: { from: string; to: string }) => `窗口的结束月（${p.to}）早于开始月（${p.from}）`,
  },
  unknownAggregate: {
    en: (p: { aggregate: string }) =>
      `unknown window aggregate "${p.aggregate}"; use sum (flows), mean or end (stocks)`,
    zh: (p: { aggregate: string }) => `没有 "${p.aggregate}" 这种窗口汇总方式；请用 sum（流量）、mean 或 end（存量）`,
  },
  // the inventory decomposition
  unknownDecompositionForm: {
    en: (p: { form: string }) => `unknown decomposition form "${p.form}"; use additive or log`,
    zh: (p: { form: string }) => `没有 "${p.form}" 这种分解形式；请用 additive（加法）或 log（对数）`,
  },
  ratioOrSales: {
    en: () => "give the inventory/sales ratio YoY or the sales (revenue) YoY to derive it",
    zh: () => "请给出库存销售比同比，或给出销售（营收）同比以推算它",
  },
} as const;
