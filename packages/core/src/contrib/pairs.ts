/**
 * Year-on-year pairs: for each month, the value and the value of the same month a year
 * earlier (the "base"). Growth over a month, over a window and contributions to growth are
 * all ratios of sums of these two columns (note 001: "2024年11月-2025年9月美国商品进口同比增长
 * 8.1%"; methods.md §1), so both kinds of input end here:
 *
 * - levels (a flow such as imports, or a period-end stock such as inventories): the base of
 *   month m is the level of month m − 12;
 * - China NBS year-to-date values with their year-to-date growth: the monthly value comes from
 *   differencing and the base is the one NBS's own growth implies, value / (1 + monthly YoY),
 *   through the core's cumulative→monthly rule (`monthlyFromCumulative`, note 003 第1则). NBS
 *   growth rates are on a comparable sample, so this base is the comparable-basis one, not last
 *   year's published level. February of a year without a published January holds Jan+Feb on
 *   both sides, which sums correctly over any window that contains it.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import type { Series } from "../series/series.ts";
import { monthlyFromCumulative } from "../transforms/cumulative.ts";
import { yoyPercent } from "../transforms/yoy.ts";
import { calendarMonthOf, formatMonth } from "../time/month.ts";

export interface YoyPairs {
  /** Month index of `current[0]` and `base[0]`. */
  start: number;
  /** The value of each month (`NaN` when missing). */
  current: Float64Array;
  /** The comparable value of the same month a year earlier (`NaN` when missing). */
  base: Float64Array;
}

/** Pairs from levels: base_m = x_{m−12}. */
export function pairsFromLevels(s: Series): YoyPairs {
  const n = s.values.length;
  const base = new Float64Array(n).fill(NaN);
  for (let i = 12; i < n; i++) base[i] = s.values[i - 12];
  return { start: s.start, current: s.values, base };
}

/**
 * Pairs from NBS year-to-date values C and year-to-date growth g (percent) on the months from
 * `start`: current = the monthly value, base = current / (1 + monthly YoY / 100).
 */
export function pairsFromCumulative(
  start: number,
  cumulative: ArrayLike<number>,
  cumulativeYoy: ArrayLike<number>,
): YoyPairs {
  const { value, yoy } = monthlyFromCumulative(start, cumulative, cumulativeYoy);
  const n = value.length;
  const current = new Float64Array(n).fill(NaN);
  const base = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(value[i]) || !Number.isFinite(yoy[i])) continue;
    if (yoy[i] <= -100)
      throw new KitchinError(
        "not-numeric",
        say("ytdImpliesFall", { month: formatMonth(start + i), fall: yoy[i].toFixed(1) }),
      );
    current[i] = value[i];
    base[i] = value[i] / (1 + yoy[i] / 100);
  }
  return { start, current, base };
}

/**
 * Pairs from NBS year-to-date values alone (no published growth): the monthly value by differencing
 * and, as its base, the same span of the previous year's year-to-date values — C'_m − C'_{m−1}, or
 * C'_m when the month opens its year's data (a Jan–Feb release holds two months on both sides).
 * Unlike `pairsFromCumulative` the base is last year's published values, not NBS's comparable sample.
 */
export function pairsFromYtd(start: number, cumulative: ArrayLike<number>): YoyPairs {
  const n = cumulative.length;
  const current = new Float64Array(n).fill(NaN);
  const base = new Float64Array(n).fill(NaN);
  // The span each month's value covers: opens the year (YTD itself) or one month (a difference).
  const span = (i: number): { value: number; opens: boolean } => {
    const c = i >= 0 && i < n ? cumulative[i] : NaN;
    if (!Number.isFinite(c)) return { value: NaN, opens: false };
    const cal = calendarMonthOf(start + i);
    const prev = cal > 1 && i > 0 ? cumulative[i - 1] : NaN;
    if (cal === 1 || (cal === 2 && !Number.isFinite(prev))) return { value: c, opens: true };
    return { value: Number.isFinite(prev) ? c - prev : NaN, opens: false };
  };
  for (let i = 0; i < n; i++) {
    const cur = span(i);
    if (!Number.isFinite(cur.value)) continue;
    current[i] = cur.value;
    const j = i - 12;
    if (j < 0) continue;
    const c = cumulative[j];
    if (!Number.isFinite(c)) continue;
    if (cur.opens)
      base[i] = c; // the same months of last year: YTD through this calendar month
    else if (j > 0 && calendarMonthOf(start + j) > 1 && Number.isFinite(cumulative[j - 1]))
      base[i] = c - cumulative[j - 1];
  }
  return { start, current, base };
}

/** The pairs on the months [from, to]; months outside the input become `NaN`. */
export function pairsOn(p: YoyPairs, from: number, to: number): YoyPairs {
  const n = Math.max(0, to - from + 1);
  const current = new Float64Array(n).fill(NaN);
  const base = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    const i = from + k - p.start;
    if (i >= 0 && i < p.current.length) {
      current[k] = p.current[i];
      base[k] = p.base[i];
    }
  }
  return { start: from, current, base };
}

/**
 * Monthly YoY in percent from pairs: 100 · (current / base − 1); `NaN` when either is missing or the base is not
 * positive.
 */
export function yoyOfPairs(p: YoyPairs): Float64Array {
  const n = p.current.length;
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) out[i] = yoyPercent(p.current[i], p.base[i]);
  return out;
}
