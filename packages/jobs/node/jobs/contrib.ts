/**
 * Contributions to a total's YoY growth from series specs (the core's `contrib` module on resolved
 * series): the data behind `kitchin contrib` and the report's contribution sections.
 */
import {
  checkAggregate,
  contributionTable,
  divergence,
  formatMonth,
  pairsFromCumulative,
  pairsFromLevels,
  pairsFromYtd,
  pairsOn,
  rollingWindowGrowth,
  say,
  sliceMonths,
  uniqueNotes,
  windowGrowth,
  type Series,
  type WindowAggregate,
  type YoyPairs,
  type Note,
} from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";
import { UsageError } from "../../src/errors.ts";
import type { NamedSeries } from "../readers/inputs.ts";
import { parseSpec, resolveSpec, type SpecContext } from "../readers/seriesSpecs.ts";

/** `--dataset us`: Census MTIS total business inventories and its three sectors (1992-01…2019-06). */
export const CONTRIB_DEFAULTS = {
  us: {
    total: "us.census.total_inventory",
    components: ["us.census.manufacturing_inventory", "us.census.wholesale_inventory", "us.census.retail_inventory"],
  },
} as const;

export interface ContribInput {
  total: string;
  components: string[];
  from?: number;
  to?: number;
  /** Window length in months (the last N months shown); without it, from…to or the last 12. */
  window?: number;
  aggregate?: WindowAggregate;
  /** Series are NBS year-to-date values. */
  cumulative?: boolean;
  /** With `cumulative`: year-to-date growth series, total first then components. */
  cumulativeYoy?: string[];
  /** Divergence: another series whose window growth the total's is compared with. */
  vs?: string;
  /** Past window gaps needed for a z-score (default 36). */
  minHistory?: number;
}

export interface ContribRow {
  date: string;
  totalYoy: number;
  contributions: Record<string, number>;
  residual: number;
  shares: Record<string, number>;
}

export interface ContribWindow {
  from: string;
  to: string;
  totalYoy: number;
  contributions: Record<string, number>;
  residual: number;
  shares: Record<string, number>;
  months: number;
  skipped: string[];
}

export interface ContribDivergence {
  vs: string;
  from: string;
  to: string;
  months: number;
  totalGrowth: number;
  vsGrowth: number;
  /** totalGrowth − vsGrowth, pp. */
  gap: number;
  /** The gap against the same-length window gaps ending in earlier months (no look-ahead). */
  z: number;
  historyMean: number;
  historySd: number;
  historyMonths: number;
}

export interface ContribData {
  total: string;
  components: string[];
  aggregate: WindowAggregate;
  basis: "levels" | "cumulative" | "cumulative-yoy";
  rows: ContribRow[];
  window: ContribWindow;
  divergence?: ContribDivergence;
  notes: Note[];
}

/** Component names: each value of --components split on commas, unless the whole value is a column. */
export function componentNames(values: string[], ctx: SpecContext): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (ctx.table?.header.includes(v)) out.push(v);
    else
      out.push(
        ...v
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      );
  }
  return out;
}

function levelsOf(spec: string, ctx: SpecContext): NamedSeries {
  const parsed = parseSpec(spec, ctx);
  // Growth transforms and turn options make no sense on levels; :minus=NAME (a difference of levels) does.
  if (parsed.yoy || parsed.real || parsed.inverted || parsed.amp !== undefined) {
    throw new UsageError(say("contribModifiers", { spec }));
  }
  const s = resolveSpec(parsed, ctx);
  if (!ctx.table?.header.includes(spec)) {
    let kind: string | undefined;
    try {
      kind = findEntry(spec).kind;
    } catch {
      kind = undefined;
    }
    if (kind === "yoy" || kind === "cumulative_yoy") {
      throw new UsageError(say("contribNeedsLevels", { spec, level: spec.replace(/_yoy$/, "") }));
    }
  }
  return s;
}

function toPairs(s: Series, cumulative: boolean, growth?: Series): YoyPairs {
  if (!cumulative) return pairsFromLevels(s);
  if (growth) {
    return pairsFromCumulative(s.start, s.values, sliceMonths(growth, s.start, s.start + s.values.length - 1).values);
  }
  // Year-to-date values without their growth: monthly values by differencing, base = the same span a year earlier.
  return pairsFromYtd(s.start, s.values);
}

const ym = formatMonth;

/** Table labels, English and Chinese (JSON and CSV keys stay English). */
export const LABELS = {
  en: {
    month: "month",
    total: "total YoY",
    residual: "residual",
    share: "share",
    head: "YoY (%)",
    contrib: " and contributions (pp)",
    window: "window",
    months: "months",
    gap: "gap",
    against: "against",
    earlier: "earlier windows of",
    divergence: "divergence",
  },
  zh: {
    month: "月份",
    total: "总量同比",
    residual: "残差",
    share: "占比",
    head: "同比（%）",
    contrib: "及各分项拉动（百分点）",
    window: "区间",
    months: "个月",
    gap: "差值",
    against: "相对",
    earlier: "个更早的同长区间，区间长度",
    divergence: "背离",
  },
} as const;

/** The contribution tables' column labels (browser-safe, in src/ for the report). */

export function computeContrib(input: ContribInput, ctx: SpecContext): ContribData {
  const aggregate = checkAggregate(input.aggregate ?? "sum");
  if (input.cumulativeYoy && !input.cumulative) throw new UsageError(say("cumulativeYoyAlone"));
  const names = input.components;
  if (new Set(names).size !== names.length) throw new UsageError(say("componentTwice", { names }));
  if (names.includes(input.total)) throw new UsageError(say("totalAsComponent", { total: input.total }));
  if (input.cumulativeYoy && input.cumulativeYoy.length !== names.length + 1) {
    throw new UsageError(say("cumulativeYoyCount", { n: names.length + 1, got: input.cumulativeYoy.length }));
  }
  const growth = (i: number) =>
    input.cumulativeYoy ? resolveSpec(parseSpec(input.cumulativeYoy[i], ctx), ctx).series : undefined;
  const total = levelsOf(input.total, ctx);
  const comps = names.map((n) => levelsOf(n, ctx));
  const totalPairs = toPairs(total.series, !!input.cumulative, growth(0));
  const compPairs = comps.map((c, i) => toPairs(c.series, !!input.cumulative, growth(i + 1)));
  const notes = uniqueNotes([total, ...comps].flatMap((s) => s.notes));

  const table = contributionTable(totalPairs, compPairs, names, {
    from: input.from,
    to: input.to,
    window: input.window,
    aggregate,
    totalName: input.total,
  });
  const rec = (xs: ArrayLike<number>) => Object.fromEntries(names.map((n, i) => [n, xs[i]]));
  const rows: ContribRow[] = table.rows.map((r) => ({
    date: ym(r.month),
    totalYoy: r.totalYoy,
    contributions: rec(r.contributions),
    residual: r.residual,
    shares: rec(r.shares),
  }));
  const w = table.window;
  const win: ContribWindow = {
    from: ym(w.from),
    to: ym(w.to),
    totalYoy: w.totalYoy,
    contributions: rec(w.contributions),
    residual: w.residual,
    shares: rec(w.shares),
    months: w.months,
    skipped: w.skipped.map(ym),
  };
  const window = { from: w.from, to: w.to };
  if (win.skipped.length)
    notes.push(say("contribWindowSkipped", { from: win.from, to: win.to, skipped: win.skipped, months: win.months }));

  const data: ContribData = {
    total: input.total,
    components: names,
    aggregate,
    basis: input.cumulative ? (input.cumulativeYoy ? "cumulative-yoy" : "cumulative") : "levels",
    rows,
    window: win,
    notes,
  };
  if (input.vs) data.divergence = divergenceOf(input, ctx, totalPairs, window, aggregate, notes);
  return data;
}

/**
 * The total's window growth against another series' over the same months (only months where both
 * are known), and the gap's z-score against the gaps of same-length windows ending earlier.
 */
function divergenceOf(
  input: ContribInput,
  ctx: SpecContext,
  totalPairs: YoyPairs,
  window: { from: number; to: number },
  aggregate: WindowAggregate,
  notes: Note[],
): ContribDivergence {
  const vs = levelsOf(input.vs!, ctx);
  notes.push(...vs.notes);
  const vsPairs = toPairs(vs.series, !!input.cumulative);
  const lo = Math.min(totalPairs.start, vsPairs.start);
  const hi = Math.max(totalPairs.start + totalPairs.current.length, vsPairs.start + vsPairs.current.length) - 1;
  const a = pairsOn(totalPairs, lo, hi),
    b = pairsOn(vsPairs, lo, hi);
  // Both series on the months where both are known: the same months on both sides of the gap.
  for (let i = 0; i < a.current.length; i++) {
    const ok =
      Number.isFinite(a.current[i]) &&
      Number.isFinite(a.base[i]) &&
      Number.isFinite(b.current[i]) &&
      Number.isFinite(b.base[i]);
    if (!ok) a.current[i] = a.base[i] = b.current[i] = b.base[i] = NaN;
  }
  let ga = windowGrowth(a, window.from, window.to, aggregate, input.total);
  // Months missing only at the ends (one series ends earlier): compare the window the data cover.
  if (ga.skipped.length && ga.months > 0 && aggregate !== "end") {
    const used: number[] = [];
    for (let m = window.from; m <= window.to; m++) if (!ga.skipped.includes(m)) used.push(m);
    if (used[used.length - 1] - used[0] + 1 === used.length) {
      notes.push(
        say("divergenceNarrowed", {
          skipped: ga.skipped.map(ym),
          total: input.total,
          vs: input.vs!,
          from: ym(used[0]),
          to: ym(used[used.length - 1]),
        }),
      );
      window = { from: used[0], to: used[used.length - 1] };
      ga = windowGrowth(a, window.from, window.to, aggregate, input.total);
    } else
      notes.push(
        say("divergenceSkipped", {
          from: ym(window.from),
          to: ym(window.to),
          skipped: ga.skipped.map(ym),
          total: input.total,
          vs: input.vs!,
          months: ga.months,
        }),
      );
  }
  const gb = windowGrowth(b, window.from, window.to, aggregate, input.vs);
  // History: same-length windows of the months actually compared, ending before the window's end.
  const len = window.to - window.from + 1;
  const d = divergence(rollingWindowGrowth(a, len, aggregate), rollingWindowGrowth(b, len, aggregate), {
    minHistory: input.minHistory ?? 36,
  });
  const end = window.to - lo;
  let hist = 0;
  for (let u = 0; u < end; u++) if (Number.isFinite(d.gap[u])) hist++;
  // The gap of the window as computed (it may skip months); z against the complete windows before it.
  const gap = ga.growth - gb.growth;
  const m = d.historyMean[end],
    sd = d.historySd[end];
  return {
    vs: input.vs!,
    from: ym(window.from),
    to: ym(window.to),
    months: ga.months,
    totalGrowth: ga.growth,
    vsGrowth: gb.growth,
    gap,
    z: sd > 0 ? (gap - m) / sd : NaN,
    historyMean: m,
    historySd: sd,
    historyMonths: hist,
  };
}
