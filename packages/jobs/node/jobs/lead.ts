/**
 * The leading-indicator table (methods.md §4) — turning-point matching (matched, missed,
 * extra; mean, median, min, max lead) and the cross-correlation's best lag for each indicator
 * against one target — computed from series specs; shown by `kitchin lead` and by the report.
 */
import {
  LEAD_DEFAULTS,
  KitchinError,
  formatMonth,
  leadTable,
  sliceMonths,
  type IndicatorInput,
  type LeadOptions,
  type LeadResult,
  type LeadRow,
  type Series,
  type Note,
  uniqueNotes,
  say,
} from "@kitchin/core";
import { parseSpec, resolveSpec, type SpecContext } from "../readers/seriesSpecs.ts";

export interface LeadTableInput {
  target: string;
  indicators: string[];
  options?: LeadOptions;
  from?: number;
  to?: number;
}

export interface LeadTableData {
  target: string;
  rows: LeadRow[];
  details: {
    indicator: string;
    matches: { target: string; type: string; indicator: string; lead: number }[];
    missed: string[];
    extra: string[];
    unmatchable: string[];
  }[];
  notes: Note[];
  params: {
    maxLead: number;
    maxLag: number;
    maxCorrLag: number;
    preset: string;
    from: string | null;
    to: string | null;
  };
}

/** Computes the table from specs; used by `kitchin lead` and by the report (`leadTableSection`). */
export function computeLeadTable(input: LeadTableInput, ctx: SpecContext): LeadTableData {
  const given = input.options ?? {};
  const o: LeadOptions = {
    ...given,
    maxLead: given.maxLead ?? LEAD_DEFAULTS.maxLead,
    maxLag: given.maxLag ?? LEAD_DEFAULTS.maxLag,
    maxCorrLag: given.maxCorrLag ?? LEAD_DEFAULTS.maxCorrLag,
  };
  const tSpec = parseSpec(input.target, ctx);
  const target = resolveSpec(tSpec, ctx);
  const notes = [...target.notes];
  const cut = (s: Series, a?: number, b?: number) => {
    if (a === undefined && b === undefined) return s;
    const first = a ?? s.start,
      last = b ?? s.start + s.values.length - 1;
    if (last < first)
      throw new KitchinError("no-overlap", say("noMonthsIn", { from: formatMonth(first), to: formatMonth(last) }));
    return sliceMonths(s, first, last);
  };
  const tSeries = cut(target.series, input.from, input.to);
  const indicators: IndicatorInput[] = input.indicators.map((text) => {
    const spec = parseSpec(text, ctx);
    const ns = resolveSpec(spec, ctx);
    notes.push(...ns.notes);
    const series = cut(
      ns.series,
      input.from === undefined ? undefined : input.from - o.maxLead!,
      input.to === undefined ? undefined : input.to + o.maxLag!,
    );
    const options: LeadOptions | undefined =
      spec.amp !== undefined ? { indicatorTurns: { minAmplitude: spec.amp } } : undefined;
    return { name: text, series, inverted: spec.inverted, options };
  });
  if (tSpec.amp !== undefined) o.targetTurns = { ...o.targetTurns, minAmplitude: tSpec.amp };
  const t = leadTable(tSeries, indicators, o);
  const month = (r: LeadResult, i: number) => formatMonth(r.start + i);
  return {
    target: input.target,
    rows: t.rows,
    details: t.details.map((r, k) => ({
      indicator: t.rows[k].indicator,
      matches: r.matches.map((m) => ({
        target: month(r, m.target.index),
        type: m.target.type,
        indicator: month(r, m.indicator.index),
        lead: m.lead,
      })),
      missed: r.missedTurns.map((x) => `${month(r, x.index)} ${x.type}`),
      extra: r.extraTurns.map((x) => `${month(r, x.index)} ${x.type}`),
      unmatchable: r.unmatchable.map((x) => `${month(r, x.index)} ${x.type}`),
    })),
    notes: uniqueNotes(notes),
    params: {
      maxLead: o.maxLead!,
      maxLag: o.maxLag!,
      maxCorrLag: o.maxCorrLag!,
      preset: o.preset ?? LEAD_DEFAULTS.preset,
      from: input.from === undefined ? null : formatMonth(input.from),
      to: input.to === undefined ? null : formatMonth(input.to),
    },
  };
}

/** Default leading-indicator sets per region (note 003 第4–6则; note 000 §1). */
export const DEFAULT_INDICATORS: Record<"cn" | "us", { target: string; indicators: string[] }> = {
  cn: {
    target: "cn.inventory_yoy",
    indicators: ["cn.ppi_yoy", "cn.m1_yoy", "cn.m2_yoy", "cn.m1_yoy:minus=cn.m2_yoy", "cn.demand_yoy"],
  },
  us: {
    target: "us.inventory_yoy",
    indicators: ["us.isratio:yoy:inv", "us.sales_yoy", "us.cli:amp=0.5", "us.ppi_yoy"],
  },
};

/** Report hook: the region's leading-indicator table on the shipped data (data only, no text). */
export function leadTableSection(
  region: "cn" | "us",
  options: { from?: number; to?: number; lead?: LeadOptions } = {},
): LeadTableData {
  const d = DEFAULT_INDICATORS[region];
  return computeLeadTable(
    { target: d.target, indicators: d.indicators, options: options.lead, from: options.from, to: options.to },
    { releaseLag: 0 },
  );
}
