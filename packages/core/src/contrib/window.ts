/**
 * Growth over a window (note 001: "2024年11月-2025年9月美国商品进口同比增长8.1%… 同期美国工商库存
 * 金额同比仅增长1.9%"): the window's months against the same months a year earlier.
 *
 * - `sum` (flows: imports, revenue): 100 · (Σ current / Σ base − 1) over the window;
 * - `mean` (stocks: inventories, read as the window's average level): the same number — both
 *   sides average over the same months — offered so a stock can be called what it is;
 * - `end` (stocks read at the window's end): the YoY of the last month of the window.
 *
 * A month enters only when the value and its base are both known (and, for contributions, every
 * component's too), so both sides always cover the same months; months left out are returned as
 * `skipped`. A window whose base sums to zero or less has no growth rate: `zero-base` error.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import type { YoyPairs } from "./pairs.ts";

export type WindowAggregate = "sum" | "mean" | "end";

export interface WindowGrowth {
  from: number;
  to: number;
  /** Growth in percent; `NaN` when no month of the window is usable. */
  growth: number;
  /** Σ current and Σ base over the months used (the end month's values for `end`). */
  current: number;
  base: number;
  /** Months used. */
  months: number;
  /** Months of the window left out because a value or a base is missing. */
  skipped: number[];
}

export function checkAggregate(a: string): WindowAggregate {
  if (a !== "sum" && a !== "mean" && a !== "end")
    throw new KitchinError("bad-option", say("unknownAggregate", { aggregate: a }));
  return a;
}

export function checkWindow(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to))
    throw new KitchinError("bad-option", "window months must be whole month indices");
  if (to < from)
    throw new KitchinError(
      "bad-option",
      say("windowEndsBeforeStart", { from: formatMonth(from), to: formatMonth(to) }),
    );
}

/** Growth of one series over the months [from, to] (inclusive). */
export function windowGrowth(
  p: YoyPairs,
  from: number,
  to: number,
  aggregate: WindowAggregate = "sum",
  name = "series",
): WindowGrowth {
  checkWindow(from, to);
  checkAggregate(aggregate);
  const skipped: number[] = [];
  let cur = 0,
    base = 0,
    months = 0,
    lastUsed = -1;
  for (let m = from; m <= to; m++) {
    const i = m - p.start;
    const x = i >= 0 && i < p.current.length ? p.current[i] : NaN;
    const b = i >= 0 && i < p.base.length ? p.base[i] : NaN;
    if (!Number.isFinite(x) || !Number.isFinite(b)) {
      skipped.push(m);
      continue;
    }
    cur += x;
    base += b;
    months++;
    lastUsed = m;
  }
  if (aggregate === "end") {
    if (lastUsed !== to) return { from, to, growth: NaN, current: NaN, base: NaN, months: 0, skipped };
    const i = to - p.start;
    cur = p.current[i];
    base = p.base[i];
  }
  if (months === 0) return { from, to, growth: NaN, current: NaN, base: NaN, months, skipped };
  if (!(base > 0)) {
    throw new KitchinError(
      "zero-base",
      say("windowBaseNotPositive", {
        name,
        end: aggregate === "end",
        from: formatMonth(from),
        to: formatMonth(to),
        base,
      }),
    );
  }
  return { from, to, growth: 100 * (cur / base - 1), current: cur, base, months, skipped };
}

/**
 * Window growth ending at every month: entry i is the growth over the `length` months ending at
 * month start + i (`NaN` until a full window is known, or when any month in it is missing — a
 * rolling series should compare like with like). `length` 1 is the monthly YoY.
 */
export function rollingWindowGrowth(p: YoyPairs, length: number, aggregate: WindowAggregate = "sum"): Float64Array {
  if (!Number.isInteger(length) || length < 1)
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "window length", kind: "months", min: 1, got: length }),
    );
  checkAggregate(aggregate);
  const n = p.current.length;
  const out = new Float64Array(n).fill(NaN);
  // Sums are recomputed per window (length is a few dozen months at most): no drift from a running sum.
  for (let i = length - 1; i < n; i++) {
    let cur = 0,
      base = 0,
      ok = true;
    for (let k = i - length + 1; k <= i && ok; k++) {
      const x = p.current[k],
        b = p.base[k];
      if (Number.isFinite(x) && Number.isFinite(b)) {
        cur += x;
        base += b;
      } else ok = false;
    }
    if (!ok) continue;
    if (aggregate === "end") {
      cur = p.current[i];
      base = p.base[i];
    }
    if (base > 0) out[i] = 100 * (cur / base - 1);
  }
  return out;
}
