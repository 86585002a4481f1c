/**
 * CYCLE.YOY and CYCLE.MONTHLYYOY: the core's growth transforms on the months of a dates range
 * (first argument; oldest or newest first), output aligned with the input rows. YoY compares each
 * month with the same month `lag` months earlier by date, not by row, so a skipped month is no
 * silent shift.
 */
import { KitchinError, monthlyFromCumulative, say, yoy } from "@kitchin/core";
import { axisOf, backToRows, onAxis, type Out, type Range } from "../cells.ts";

export function yoyOf(dates: Range, values: Range, lag?: number | null): Out {
  const ax = axisOf(dates);
  const y = onAxis(ax, values, "values");
  const l = lag === undefined || lag === null || (lag as unknown) === "" ? 12 : lag;
  if (typeof l !== "number" || !Number.isInteger(l) || l < 1 || l > 120) {
    throw new KitchinError("bad-option", say("xlYoyLag", { value: String(lag) }));
  }
  return backToRows(ax, y.start, yoy(y.values, l));
}

/**
 * NBS year-to-date values and YTD growth → monthly YoY (methods.md §1). The calendar month of each
 * row decides where a year starts and whether January was merged into the Jan–Feb release, so the
 * rows need their dates; rows may skip January.
 */
export function monthlyYoyOf(dates: Range, cumulativeValues: Range, cumulativeYoy: Range): Out {
  const ax = axisOf(dates);
  const cum = onAxis(ax, cumulativeValues, "cumulative values");
  const growth = onAxis(ax, cumulativeYoy, "cumulative YoY");
  const { yoy: out } = monthlyFromCumulative(cum.start, cum.values, growth.values);
  return backToRows(ax, cum.start, out);
}
