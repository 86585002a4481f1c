/**
 * Monthly series (methods.md §1): a start month plus a `Float64Array`, `NaN` for missing.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";

export interface Series {
  /** Month index of `values[0]`. */
  start: number;
  values: Float64Array;
}

export function series(start: number, values: ArrayLike<number>): Series {
  return { start, values: values instanceof Float64Array ? values : Float64Array.from(values) };
}

export function endMonth(s: Series): number {
  return s.start + s.values.length - 1;
}

/** Value at a month, `NaN` outside the series. */
export function valueAt(s: Series, month: number): number {
  const i = month - s.start;
  return i >= 0 && i < s.values.length ? s.values[i] : NaN;
}

/** The months [from, to] (inclusive) of a series; months outside it become `NaN`. */
export function sliceMonths(s: Series, from: number, to: number): Series {
  const n = Math.max(0, to - from + 1);
  const out = new Float64Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    const i = from + k - s.start;
    if (i >= 0 && i < s.values.length) out[k] = s.values[i];
  }
  return { start: from, values: out };
}

/** First and last month with a finite value, or `null` when there is none. */
export function observedSpan(s: Series): { first: number; last: number } | null {
  const v = s.values;
  let a = 0;
  while (a < v.length && !Number.isFinite(v[a])) a++;
  if (a === v.length) return null;
  let b = v.length - 1;
  while (!Number.isFinite(v[b])) b--;
  return { first: s.start + a, last: s.start + b };
}

/** Drop leading and trailing missing months. Throws `empty` when nothing is left. */
export function trim(s: Series, name = "series"): Series {
  const span = observedSpan(s);
  if (!span) throw new KitchinError("empty", say("noNumericValues", { name }));
  return sliceMonths(s, span.first, span.last);
}

/**
 * What is known about a series at the end of the cut-off month when its value for month m is
 * released at the end of month m + releaseLag (methods.md §1): the months up to cutoff − releaseLag.
 */
export function knownAsOf(s: Series, cutoff: number, releaseLag: number): Series {
  const last = Math.min(endMonth(s), cutoff - releaseLag);
  if (last < s.start) return { start: s.start, values: new Float64Array(0) };
  return { start: s.start, values: s.values.slice(0, last - s.start + 1) };
}

/** Text of the month span, for messages. */
export function spanText(s: Series): string {
  return s.values.length ? `${formatMonth(s.start)}…${formatMonth(endMonth(s))}` : "(empty)";
}
