/**
 * CYCLE.YOY and CYCLE.MONTHLYYOY: the core's growth transforms, output aligned with the input rows.
 */
import { KitchinError, monthlyFromCumulative, parseMonthLoose, yoy } from "@kitchin/core";
import { dated, flatten, numbers, sameLength, vector, type Out, type Range } from "../cells.ts";

export function yoyOf(values: Range, lag?: number | null): Out {
  const { values: y, shape } = numbers(values, "values");
  return vector(yoy(y, lag ?? 12), shape);
}

/**
 * NBS year-to-date values and YTD growth → monthly YoY (methods.md §1). The calendar month of each
 * row decides where a year starts and whether January was merged into the Jan–Feb release, so the
 * rows need their dates; rows may skip January.
 */
export function monthlyYoyOf(cumulativeValues: Range, cumulativeYoy: Range, dates: Range): Out {
  const c = numbers(cumulativeValues, "cumulative values");
  const g = numbers(cumulativeYoy, "cumulative YoY").values;
  sameLength(c.values, "cumulative values", g, "cumulative YoY");
  const cum = dated(dates, cumulativeValues, "cumulative values");
  const growth = dated(dates, cumulativeYoy, "cumulative YoY");
  const { yoy: out } = monthlyFromCumulative(cum.start, cum.values, growth.values);
  // Back from the month axis (January rows may be absent) to the user's rows.
  const d = flatten(dates, "dates").cells;
  const rows = new Float64Array(d.length);
  for (let i = 0; i < d.length; i++) {
    const m = parseMonthLoose(d[i] as string | number, true);
    if (Number.isNaN(m)) throw new KitchinError("bad-date", `"${String(d[i])}" is not a date`, { row: i + 1, column: "dates" });
    rows[i] = out[m - cum.start];
  }
  return vector(rows, c.shape);
}
