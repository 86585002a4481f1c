/**
 * Headers and words the add-in prints, English and Chinese. Phase and state names are the
 * core's (`PHASES`, `STATE_LABELS`); this table holds only table headers and turn types.
 */
import type { Lang } from "@kitchin/core";

const WORDS = {
  date: { en: "date", zh: "日期" },
  row: { en: "row", zh: "行" },
  type: { en: "type", zh: "类型" },
  value: { en: "value", zh: "数值" },
  note: { en: "close call", zh: "边缘情况" },
  peak: { en: "peak", zh: "高点" },
  trough: { en: "trough", zh: "低点" },
  cycle: { en: "cycle", zh: "周期" },
  current: { en: "current", zh: "当前" },
  startTrough: { en: "start trough", zh: "起点低点" },
  endTrough: { en: "end trough", zh: "终点低点" },
  months: { en: "months", zh: "月数" },
  restock: { en: "restocking", zh: "补库" },
  destock: { en: "destocking", zh: "去库" },
  unknownPhase: { en: "phase unknown", zh: "阶段未知" },
} as const;

export type Word = keyof typeof WORDS;

export function word(w: Word, lang: Lang): string {
  return WORDS[w][lang];
}

/** Column headers of CYCLE.SCORE (the contract of `kitchin score`, in the add-in's words). */
export const SCORE_HEADERS = {
  en: ["phase", "asset", "score", "episodes", "positive", "mean episode return", "annualised return", "hit rate", "p-value", "rank"],
  zh: ["阶段", "资产", "得分", "阶段次数", "上涨次数", "阶段平均收益", "年化收益", "胜率", "p值", "排名"],
} as const;

/** Column headers of CYCLE.BACKTEST. */
export const BACKTEST_HEADERS = {
  en: ["strategy", "phase", "months", "total return", "CAGR", "volatility", "Sharpe", "Sortino", "max drawdown", "Calmar", "hit rate"],
  zh: ["策略", "阶段", "月数", "累计收益", "年化收益", "波动率", "夏普比率", "索提诺比率", "最大回撤", "卡玛比率", "月胜率"],
} as const;

export const NOTE = { en: "note", zh: "注" } as const;
export const ALL_MONTHS = { en: "all months", zh: "全部月份" } as const;
