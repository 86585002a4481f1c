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
