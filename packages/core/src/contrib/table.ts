/**
 * The contribution table every face shows (`kitchin contrib`, `CYCLE.CONTRIB`): the months with a
 * total YoY between `from` and `to`, and one window — one rule, here, so the faces agree:
 *
 * - months shown: `from`…`to`, by default the first to the last month whose total has a value and a
 *   year-earlier value;
 * - the window: the last `window` months shown when `window` is given, else `from`…`to` when both
 *   are given, else the last 12 months shown.
 *
 * Without components the table is the total's YoY and its window growth (residual `NaN`).
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import { contributions, type WindowContribution } from "./contributions.ts";
import { pairsOn, yoyOfPairs, type YoyPairs } from "./pairs.ts";
import { checkAggregate, windowGrowth, type WindowAggregate } from "./window.ts";

export interface ContributionTableOptions {
  from?: number;
  to?: number;
  window?: number;
  aggregate?: WindowAggregate;
  totalName?: string;
}

export interface ContributionRow {
  month: number;
  totalYoy: number;
  contributions: Float64Array;
  residual: number;
  shares: Float64Array;
}

export interface ContributionTable {
  rows: ContributionRow[];
  window: WindowContribution;
}

export function contributionTable(
  total: YoyPairs,
  components: YoyPairs[],
  names: string[],
  options: ContributionTableOptions = {},
): ContributionTable {
  const aggregate = checkAggregate(options.aggregate ?? "sum");
  const totalName = options.totalName ?? "total";
  if (options.window !== undefined && !(Number.isInteger(options.window) && options.window >= 1)) {
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "window", kind: "months", min: 1, got: options.window }),
    );
  }
  // Default span: months with a value and a year-earlier value (a zero base inside it is an error, not a silent gap).
  let first = -1,
    last = -1;
  for (let i = 0; i < total.current.length; i++) {
    if (Number.isFinite(total.current[i]) && Number.isFinite(total.base[i])) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) throw new KitchinError("too-short", say("totalNoYearEarlier", { name: totalName }));
  const from = options.from ?? total.start + first;
  const to = options.to ?? total.start + last;
  if (from > to)
    throw new KitchinError("bad-option", say("firstShownAfterLast", { from: formatMonth(from), to: formatMonth(to) }));
  const wFrom =
    options.window !== undefined || options.from === undefined || options.to === undefined
      ? to - (options.window ?? 12) + 1
      : from;
  const k = components.length;
  const rows: ContributionRow[] = [];
  if (k > 0) {
    const c = contributions(
      { total, components, names },
      { from, to, window: { from: wFrom, to }, aggregate, totalName },
    );
    for (let t = 0; t < c.totalYoy.length; t++) {
      if (!Number.isFinite(c.totalYoy[t])) continue;
      rows.push({
        month: from + t,
        totalYoy: c.totalYoy[t],
        residual: c.residual[t],
        contributions: Float64Array.from(c.contributions, (x) => x[t]),
        shares: Float64Array.from(c.shares, (x) => x[t]),
      });
    }
    return { rows, window: c.window };
  }
  const on = pairsOn(total, from, to);
  for (let t = 0; t < on.base.length; t++) {
    if (Number.isFinite(on.current[t]) && on.base[t] <= 0) {
      throw new KitchinError(
        "zero-base",
        say("baseNotPositive", { name: totalName, base: on.base[t], month: formatMonth(from + t) }),
      );
    }
  }
  const yy = yoyOfPairs(on);
  for (let t = 0; t < yy.length; t++) {
    if (Number.isFinite(yy[t]))
      rows.push({
        month: from + t,
        totalYoy: yy[t],
        residual: NaN,
        contributions: new Float64Array(0),
        shares: new Float64Array(0),
      });
  }
  const w = windowGrowth(total, wFrom, to, aggregate, totalName);
  return {
    rows,
    window: {
      from: w.from,
      to: w.to,
      totalYoy: w.growth,
      contributions: new Float64Array(0),
      residual: NaN,
      shares: new Float64Array(0),
      months: w.months,
      skipped: w.skipped,
    },
  };
}
