/**
 * Concept guard of `kitchin data import` (issue 21): a column whose header, unit row or indicator id
 * says it measures something other than the series it would extend is refused, with the reason.
 * The series' concept comes from the catalog (@kitchin/datasets concept.ts). `--force` imports it
 * anyway and the override is recorded in the history.
 *
 * Words read (Wind, NBS and English exports): 环比 / MoM / 上月=100 (month-on-month); 同比 / YoY /
 * 上年同月=100 / 增长(%) (year-on-year); 累计 / YTD (year to date); 当月 / 当期 (single month);
 * 亿元, 万元, 千美元, 期末值, 余额 (a level in money); % (a percentage).
 */
import type { CatalogEntry } from "@kitchin/datasets";

const MOM = /环比|\bmom\b|month[-\s]?on[-\s]?month|上月\s*=\s*100|\bm\/m\b/i;
const YOY = /同比|\byoy\b|year[-\s]?on[-\s]?year|上年同[月期]\s*=\s*100|增长\s*\(\s*%\s*\)|增减\s*\(\s*%\s*\)|增速|\by\/y\b/i;
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

/** Why the column does not measure `entry`'s concept, or null when nothing says so. */
export function conceptClash(entry: CatalogEntry, col: ColumnText): string | null {
  const c = entry.concept;
  if (!c) return null;
  const text = [col.header, col.unit ?? "", col.id ?? ""].join(" ").normalize("NFKC");
  const says = (re: RegExp) => re.test(text);
  const what = c.change === "yoy" ? "year-on-year growth (同比)" : c.change === "mom" ? "month-on-month growth (环比)" : `a level in ${c.unit}`;
  const span = c.span === "month" ? ", single month (当月)" : c.span === "cumulative" ? ", year to date (累计)" : "";
  const target = `${entry.id} is ${what}${span}`;
  if (c.change === "yoy" && says(MOM)) return `the column says 环比 (month-on-month); ${target}`;
  if (c.change === "none" && (says(MOM) || says(YOY))) return `the column says ${says(MOM) ? "环比 (month-on-month)" : "同比 (year-on-year)"} growth; ${target}`;
  if (c.change === "yoy" && !says(YOY) && says(MONEY)) return `the column is a level in money (${(text.match(MONEY) ?? [""])[0]}); ${target} in %`;
  if (c.change === "none" && !PERCENT.test(c.unit) && (says(PERCENT) || col.percentFormat)) return `the column is in %; ${target}`;
  if (c.span === "month" && says(CUMULATIVE) && !says(SINGLE_MONTH)) return `the column says 累计 (year to date); ${target}`;
  if (c.span === "cumulative" && says(SINGLE_MONTH) && !says(CUMULATIVE)) return `the column says 当月 (single month); ${target}`;
  return null;
}
