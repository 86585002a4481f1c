/**
 * China NBS cumulative (year-to-date) data → monthly values and monthly YoY (methods.md §1;
 * note 003 第1则, "根据累计值与累计同比倒推得到当月同比").
 *
 * For a flow variable with YTD value C_m and YTD growth g_m (percent):
 *   monthly value        x_m = C_m − C_{m−1}   (first published month of a year: x_m = C_m)
 *   prior-year YTD base  B_m = C_m / (1 + g_m/100)
 *   monthly YoY          100 · (x_m / (B_m − B_{m−1}) − 1)
 * NBS merges January into a January–February release: when January is missing, February's
 * monthly YoY is g_Feb (the Jan–Feb rule) and its value is the two-month total. NBS growth
 * rates are on a comparable basis, so B is implied by g rather than read from last year.
 *
 * Stock variables (inventories) need none of this: their "cumulative YoY" is already the
 * YoY of the period-end level.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { calendarMonthOf } from "../time/month.ts";
import { yoyPercent } from "./yoy.ts";

export interface MonthlyFromCumulative {
  /** Monthly values (February holds Jan+Feb when January is not published). */
  value: Float64Array;
  /** Monthly YoY in percent. */
  yoy: Float64Array;
}

export function monthlyFromCumulative(
  start: number,
  cumulative: ArrayLike<number>,
  cumulativeYoy: ArrayLike<number>,
): MonthlyFromCumulative {
  const n = cumulative.length;
  if (cumulativeYoy.length !== n) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "cumulative values and cumulative YoY", a: n, b: cumulativeYoy.length }),
    );
  }
  const value = new Float64Array(n).fill(NaN);
  const out = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const c = cumulative[i];
    const g = cumulativeYoy[i];
    if (!Number.isFinite(c)) continue;
    const cal = calendarMonthOf(start + i);
    // The previous month of the same year, if it is published.
    const prevInYear = cal > 1 && i > 0 ? i - 1 : -1;
    const firstOfYear = cal === 1 || (cal === 2 && (prevInYear < 0 || !Number.isFinite(cumulative[prevInYear])));
    if (firstOfYear) {
      value[i] = c;
      out[i] = Number.isFinite(g) ? g : NaN;
      continue;
    }
    const cPrev = cumulative[prevInYear];
    const gPrev = cumulativeYoy[prevInYear];
    if (!Number.isFinite(cPrev)) continue; // a hole inside the year: monthly value unknown
    value[i] = c - cPrev;
    if (!Number.isFinite(g) || !Number.isFinite(gPrev)) continue;
    const base = c / (1 + g / 100) - cPrev / (1 + gPrev / 100);
    out[i] = yoyPercent(value[i], base);
  }
  return { value, yoy: out };
}
