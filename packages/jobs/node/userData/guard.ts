/**
 * Concept guard of `kitchin data import`: a column whose header, unit row or indicator id
 * says it measures something other than the series it would extend is refused, with the reason.
 * The series' concept comes from the catalog (@kitchin/datasets concept.ts). `--force` imports it
 * anyway and the override is recorded in the history.
 *
 * Words read (Wind, NBS and English exports): 环比 / MoM / 上月=100 (month-on-month); 同比 / YoY /
 * 上年同月=100 / 增长(%) (year-on-year); 累计 / YTD (year to date); 当月 / 当期 (single month);
 * 亿元, 万元, 千美元, 期末值, 余额 (a level in money); % (a percentage).
 */
import type { CatalogEntry } from "@kitchin/datasets";
import { say, type Clash, type Message } from "@kitchin/core";

const MOM = /环比|\bmom\b|month[-\s]?on[-\s]?month|上月\s*=\s*100|\bm\/m\b/i;
const YOY =
  /同比|\byoy\b|year[-\s]?on[-\s]?year|上年同[月期]\s*=\s*100|增长\s*\(\s*%\s*\)|增减\s*\(\s*%\s*\)|增速|\by\/y\b/i;
const CUMULATIVE = /累计|\bytd\b|year[-\s]?to[-\s]?date/i;
const SINGLE_MONTH = /当月|当期|本月|单月/;
const MONEY = /亿元|万元|千元|千美元|百万美元|亿美元|期末值|余额|usd\s*mn|rmb|\$/i;
const PERCENT = /%|％|百分比|percent/i;

export interface ColumnText {
  header: string;
  unit?: string | null;
  id?: string | null;
  /** An XLSX column formatted as percent. */
  percentFormat?: boolean;
}

/**
 * Why the column does not measure `entry`'s concept, as a message (English text; Chinese with `inLang`), or null when
 * nothing says so.
 */
export function conceptClash(entry: CatalogEntry, col: ColumnText): Message | null {
  const c = clashOf(entry, col);
  return c ? say("conceptClash", c) : null;
}

/** Why the column does not measure `entry`'s concept (what its words say and what the series is), or null. */
export function clashOf(entry: CatalogEntry, col: ColumnText): Clash | null {
  const c = entry.concept;
  if (!c) return null;
  const text = [col.header, col.unit ?? "", col.id ?? ""].join(" ").normalize("NFKC");
  const says = (re: RegExp) => re.test(text);
  const target = { id: entry.id, change: c.change, span: c.span, unit: c.unit };
  if (c.change === "yoy" && says(MOM)) return { ...target, says: "mom" };
  if (c.change === "none" && (says(MOM) || says(YOY))) return { ...target, says: "growth", mom: says(MOM) };
  if (c.change === "yoy" && !says(YOY) && says(MONEY))
    return { ...target, says: "money", money: (text.match(MONEY) ?? [""])[0] };
  if (c.change === "none" && !PERCENT.test(c.unit) && (says(PERCENT) || col.percentFormat))
    return { ...target, says: "percent" };
  if (c.span === "month" && says(CUMULATIVE) && !says(SINGLE_MONTH)) return { ...target, says: "cumulative" };
  if (c.span === "cumulative" && says(SINGLE_MONTH) && !says(CUMULATIVE)) return { ...target, says: "single-month" };
  return null;
}
