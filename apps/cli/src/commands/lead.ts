/**
 * `kitchin lead`: the leading-indicator table (methods.md §4; issue 6) — turning-point
 * matching (matched, missed, extra; mean, median, min, max lead) and the cross-correlation's
 * best lag for each indicator against one target.
 *
 * Series are shipped ids (`cn.ppi_yoy`) or columns of `--file`, each optionally followed by
 * modifiers (documented in docs/macro.md):
 *   :inv            the indicator moves against the target (e.g. the inventory/sales ratio)
 *   :yoy            12-month growth of a level series, in percent
 *   :amp=X          minimum amplitude for this series' turns, in its own unit
 *   :minus=NAME     difference with another series (e.g. cn.m1_yoy:minus=cn.m2_yoy)
 *   :real=NAME      real growth, deflated by NAME (exact form, methods.md §1)
 *   :realdiff=NAME  real growth, difference form (note 003's 库存同比 − PPI同比)
 */
import {
  KitchinError, align, formatMonth, leadTable, parseMonth, realGrowth, sliceMonths, yoy,
  type IndicatorInput, type LeadOptions, type LeadResult, type LeadRow, type Series,
} from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";
import { int, list, str, bool, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { UsageError } from "../errors.ts";
import { fmt, renderTable, useColour } from "../format/table.ts";
import { INPUT_FLAGS, columnSeries, shippedSeries, type NamedSeries } from "../inputs.ts";
import { toCsv } from "../io/csv.ts";
import { columnIndex, readUserTable, type UserTable } from "../io/table.ts";
import { OUTPUT_FLAGS, TURN_FLAGS, formatOf } from "../options.ts";

// ---------------------------------------------------------------------------------------------
// Series specs shared by lead, sync and decompose.

export interface SeriesSpec {
  name: string;
  inverted: boolean;
  yoy: boolean;
  amp?: number;
  minus?: SeriesSpec;
  real?: { spec: SeriesSpec; form: "exact" | "difference" };
}

const MOD = /^(inv|inverted|yoy|amp=.*|minus=.*|real=.*|realdiff=.*)$/;

/** Where names resolve: columns of the user's file first, then shipped ids. */
export interface SpecContext {
  table?: UserTable;
  lag: number;
}

function known(name: string, ctx: SpecContext): boolean {
  if (ctx.table && ctx.table.header.includes(name)) return true;
  try { findEntry(name); return true; } catch { return false; }
}

/**
 * Parses `NAME[:mod]…`. Column names may themselves contain `:` (Wind: `中国:M1:同比`), so the
 * name is the longest prefix that is a known column or id, or failing that everything before
 * the first modifier.
 */
export function parseSpec(text: string, ctx: SpecContext): SeriesSpec {
  const parts = text.split(":");
  let cut = -1;
  for (let i = parts.length; i >= 1; i--) {
    const name = parts.slice(0, i).join(":");
    if (known(name, ctx) && parts.slice(i).every((p, k) => k > 0 || MOD.test(p))) { cut = i; break; }
  }
  if (cut < 0) {
    cut = parts.findIndex((p, k) => k > 0 && MOD.test(p));
    if (cut < 0) cut = parts.length;
  }
  const spec: SeriesSpec = { name: parts.slice(0, cut).join(":"), inverted: false, yoy: false };
  // Modifier tokens; a token that is not a modifier continues the previous value (names with ':').
  const tokens: string[] = [];
  for (const p of parts.slice(cut)) {
    if (MOD.test(p) || tokens.length === 0) tokens.push(p); else tokens[tokens.length - 1] += `:${p}`;
  }
  for (const t of tokens) {
    const eq = t.indexOf("=");
    const key = eq < 0 ? t : t.slice(0, eq);
    const val = eq < 0 ? "" : t.slice(eq + 1);
    if (key === "inv" || key === "inverted") spec.inverted = true;
    else if (key === "yoy") spec.yoy = true;
    else if (key === "amp") {
      const x = Number(val);
      if (!(val !== "" && Number.isFinite(x) && x >= 0)) throw new UsageError(`"${text}": amp must be a number ≥ 0, got "${val}"`);
      spec.amp = x;
    } else if (key === "minus") spec.minus = parseSpec(val, ctx);
    else if (key === "real" || key === "realdiff") spec.real = { spec: parseSpec(val, ctx), form: key === "real" ? "exact" : "difference" };
    else throw new UsageError(`"${text}": unknown modifier ":${t}" (use :inv, :yoy, :amp=X, :minus=NAME, :real=NAME, :realdiff=NAME)`);
  }
  if (spec.name === "") throw new UsageError(`"${text}" names no series`);
  return spec;
}

function resolveName(name: string, ctx: SpecContext): NamedSeries {
  let s: NamedSeries;
  if (ctx.table && ctx.table.header.includes(name)) s = columnSeries(ctx.table, columnIndex(ctx.table, name, "series"), ctx.lag);
  else if (/^(cn|us)\./.test(name) || !ctx.table) s = shippedSeries(name);
  else throw new KitchinError("not-found", `"${name}" is neither a column of the file nor a shipped series id`, { file: ctx.table.file });
  if (s.step !== 1) {
    throw new KitchinError("bad-file", `${name} is quarterly; lead/lag, synchronisation and decomposition compare months, so give monthly data`, { file: ctx.table?.file });
  }
  return s;
}

function combine(a: Series, b: Series, f: (x: Float64Array, y: Float64Array) => Float64Array): Series {
  const p = align([a, b], "inner");
  return { start: p.start, values: f(p.columns[0], p.columns[1]) };
}

/** The series a spec describes, with its notes (flagged months of shipped data). */
export function resolveSpec(spec: SeriesSpec, ctx: SpecContext): NamedSeries {
  const base = resolveName(spec.name, ctx);
  let series = base.series;
  const notes = [...base.notes];
  if (spec.yoy) series = { start: series.start, values: yoy(series.values, 12) };
  if (spec.minus) {
    const m = resolveSpec(spec.minus, ctx);
    notes.push(...m.notes);
    series = combine(series, m.series, (x, y) => Float64Array.from(x, (v, i) => v - y[i]));
  }
  if (spec.real) {
    const d = resolveSpec(spec.real.spec, ctx);
    notes.push(...d.notes);
    const form = spec.real.form;
    series = combine(series, d.series, (x, y) => realGrowth(x, y, form));
  }
  return { ...base, series, notes };
}

export async function specContext(p: ParsedArgs): Promise<SpecContext> {
  const file = str(p, "file");
  const table = file ? await readUserTable(file, { dateColumn: str(p, "date-column"), sheet: str(p, "sheet") }) : undefined;
  return { table, lag: int(p, "lag") ?? 0 };
}

/** Turning-point flags shared with `turns`, as partial core options (unset flags stay unset). */
export function turnFlags(p: ParsedArgs): Pick<LeadOptions, "turns" | "preset"> {
  const preset = str(p, "preset");
  if (preset !== undefined && !["monthly", "quarterly", "inventory"].includes(preset)) {
    throw new UsageError(`--preset must be one of monthly, quarterly, inventory, got "${preset}"`);
  }
  const method = str(p, "method");
  if (method !== undefined && method !== "bbq" && method !== "bry-boschan") throw new UsageError(`--method must be bbq or bry-boschan, got "${method}"`);
  const amp = str(p, "min-amplitude");
  const a = amp === undefined ? undefined : Number(amp);
  if (a !== undefined && !(Number.isFinite(a) && a >= 0)) throw new UsageError(`--min-amplitude must be a number ≥ 0, got "${amp}"`);
  const turns = {
    method: method as "bbq" | "bry-boschan" | undefined,
    window: int(p, "window", 1), censor: int(p, "censor", 0),
    minPhase: int(p, "min-phase", 1), minCycle: int(p, "min-cycle", 2), minAmplitude: a,
  };
  return { turns, preset: (preset ?? "inventory") as LeadOptions["preset"] };
}

export function monthRange(p: ParsedArgs): { from?: number; to?: number } {
  const f = str(p, "from"), t = str(p, "to");
  const from = f === undefined ? undefined : parseMonth(f, "--from");
  const to = t === undefined ? undefined : parseMonth(t, "--to");
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${f} is after --to ${t}`);
  return { from, to };
}

// ---------------------------------------------------------------------------------------------
// The leading-indicator table.

/** Both target and indicators are dated with one set of rules (no separate demand preset here). */
const { "demand-preset": _demandPreset, ...LEAD_TURN_FLAGS } = TURN_FLAGS;

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
  details: { indicator: string; matches: { target: string; type: string; indicator: string; lead: number }[]; missed: string[]; extra: string[]; unmatchable: string[] }[];
  notes: string[];
  params: { maxLead: number; maxLag: number; maxCorrLag: number; preset: string; from: string | null; to: string | null };
}

/** Computes the table from specs; used by `kitchin lead` and by the report (`leadTableSection`). */
export function computeLeadTable(input: LeadTableInput, ctx: SpecContext): LeadTableData {
  const o: LeadOptions = { maxLead: 12, maxLag: 6, maxCorrLag: 24, ...input.options };
  const tSpec = parseSpec(input.target, ctx);
  const target = resolveSpec(tSpec, ctx);
  const notes = [...target.notes];
  const cut = (s: Series, a?: number, b?: number) => {
    if (a === undefined && b === undefined) return s;
    const first = a ?? s.start, last = b ?? s.start + s.values.length - 1;
    if (last < first) throw new KitchinError("no-overlap", `no months of the series fall in ${formatMonth(first)}…${formatMonth(last)}`);
    return sliceMonths(s, first, last);
  };
  const tSeries = cut(target.series, input.from, input.to);
  const indicators: IndicatorInput[] = input.indicators.map((text) => {
    const spec = parseSpec(text, ctx);
    const ns = resolveSpec(spec, ctx);
    notes.push(...ns.notes);
    const series = cut(ns.series, input.from === undefined ? undefined : input.from - (o.maxLead ?? 12), input.to === undefined ? undefined : input.to + (o.maxLag ?? 6));
    const options: LeadOptions | undefined = spec.amp !== undefined ? { indicatorTurns: { minAmplitude: spec.amp } } : undefined;
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
      matches: r.matches.map((m) => ({ target: month(r, m.target.index), type: m.target.type, indicator: month(r, m.indicator.index), lead: m.lead })),
      missed: r.missedTurns.map((x) => `${month(r, x.index)} ${x.type}`),
      extra: r.extraTurns.map((x) => `${month(r, x.index)} ${x.type}`),
      unmatchable: r.unmatchable.map((x) => `${month(r, x.index)} ${x.type}`),
    })),
    notes: [...new Set(notes)],
    params: {
      maxLead: o.maxLead!, maxLag: o.maxLag!, maxCorrLag: o.maxCorrLag!, preset: o.preset ?? "inventory",
      from: input.from === undefined ? null : formatMonth(input.from), to: input.to === undefined ? null : formatMonth(input.to),
    },
  };
}

/** Default leading-indicator sets per region (note 003 第4–6则; note 000 §1). */
export const DEFAULT_INDICATORS: Record<"cn" | "us", { target: string; indicators: string[] }> = {
  cn: { target: "cn.inventory_yoy", indicators: ["cn.ppi_yoy", "cn.m1_yoy", "cn.m2_yoy", "cn.m1_yoy:minus=cn.m2_yoy", "cn.demand_yoy"] },
  us: { target: "us.inventory_yoy", indicators: ["us.isratio:yoy:inv", "us.sales_yoy", "us.cli:amp=0.5", "us.ppi_yoy"] },
};

/** Report hook: the region's leading-indicator table on the shipped data (data only, no text). */
export function leadTableSection(region: "cn" | "us", options: { from?: number; to?: number; lead?: LeadOptions } = {}): LeadTableData {
  const d = DEFAULT_INDICATORS[region];
  return computeLeadTable({ target: d.target, indicators: d.indicators, options: options.lead, from: options.from, to: options.to }, { lag: 0 });
}

export function renderLeadTable(data: LeadTableData, colour = false): string {
  const rows = data.rows.map((r) => [
    r.indicator, String(r.matched), String(r.missed), String(r.extra),
    fmt(r.meanLead, 1), fmt(r.medianLead, 1), fmt(r.minLead, 0), fmt(r.maxLead, 0), fmt(r.bestLag, 0), fmt(r.bestCorr, 2),
  ]);
  return renderTable(["indicator", "matched", "missed", "extra", "mean", "median", "min", "max", "best lag", "r"], rows, { colour });
}

export const leadCommand: Command = {
  name: "lead",
  summary: "leading-indicator table: turning-point leads and cross-correlation against a target",
  usage: "kitchin lead (--dataset cn|us | --target ID|COLUMN --indicator ID|COLUMN…) [--file F] [--max-lead N] [--max-lag N] [--max-corr-lag K] [--from YYYY-MM] [--to YYYY-MM] [turning-point flags] [--details] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    target: { type: "string", arg: "ID|COLUMN", description: "the series whose turns are led (e.g. cn.inventory_yoy)" },
    indicator: { type: "string", multiple: true, arg: "ID|COLUMN[:mod]", description: "an indicator; repeat for a table (modifiers :inv :yoy :amp=X :minus=NAME :real=NAME :realdiff=NAME)" },
    "max-lead": { type: "string", arg: "N", description: "longest lead matched, months (default 12)" },
    "max-lag": { type: "string", arg: "N", description: "longest lag matched, months (default 6)" },
    "max-corr-lag": { type: "string", arg: "K", description: "cross-correlation lags −K…K (default 24)" },
    from: { type: "string", arg: "YYYY-MM", description: "first month of the target's window" },
    to: { type: "string", arg: "YYYY-MM", description: "last month of the target's window" },
    details: { type: "boolean", description: "list the matched, missed and extra turns" },
    ...LEAD_TURN_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p, io) {
    const ctx = await specContext(p);
    const region = str(p, "dataset");
    if (region !== undefined && region !== "cn" && region !== "us") throw new UsageError(`--dataset must be cn or us, got "${region}"`);
    const target = str(p, "target") ?? (region ? DEFAULT_INDICATORS[region].target : undefined);
    // `--indicator A B C` works as well as `--indicator A --indicator B …` (the words after the flag).
    let indicators = [...list(p, "indicator"), ...p.positionals];
    if (p.positionals.length && list(p, "indicator").length === 0) throw new UsageError(`unexpected "${p.positionals[0]}"; indicators follow --indicator`);
    if (indicators.length === 0 && region) indicators = DEFAULT_INDICATORS[region].indicators;
    if (!target) throw new UsageError("name the target: --target ID|COLUMN (or --dataset cn|us for the default table)");
    if (indicators.length === 0) throw new UsageError("name at least one --indicator ID|COLUMN");
    const { from, to } = monthRange(p);
    const options: LeadOptions = {
      ...turnFlags(p),
      maxLead: int(p, "max-lead", 0) ?? 12, maxLag: int(p, "max-lag", 0) ?? 6, maxCorrLag: int(p, "max-corr-lag", 0) ?? 24,
    };
    const data = computeLeadTable({ target, indicators, options, from, to }, ctx);
    const format = formatOf(p);
    if (format === "json") { io.out(toJson(data)); return; }
    if (format === "csv") {
      printNotes(io, data.notes);
      io.out(toCsv(["indicator", "inverted", "matched", "missed", "extra", "meanLead", "medianLead", "minLead", "maxLead", "bestLag", "bestCorr"],
        data.rows.map((r) => [r.indicator, r.inverted, r.matched, r.missed, r.extra, r.meanLead, r.medianLead, r.minLead, r.maxLead, r.bestLag, r.bestCorr])));
      return;
    }
    const w = data.params;
    io.out(`leads over ${target} turns (months; + = indicator first; window −${w.maxLag}…+${w.maxLead}, ${w.preset} preset${w.from || w.to ? `, ${w.from ?? "start"}…${w.to ?? "end"}` : ""}); best lag of the cross-correlation (−${w.maxCorrLag}…${w.maxCorrLag})\n`);
    io.out(renderLeadTable(data, useColour(io.isTTY, io.env)));
    if (bool(p, "details")) {
      for (const d of data.details) {
        io.out(`\n${d.indicator}\n`);
        for (const m of d.matches) io.out(`  ${m.target} ${m.type} ← ${m.indicator} (${m.lead > 0 ? "+" : ""}${m.lead})\n`);
        if (d.missed.length) io.out(`  missed: ${d.missed.join(", ")}\n`);
        if (d.extra.length) io.out(`  extra: ${d.extra.join(", ")}\n`);
        if (d.unmatchable.length) io.out(`  too near the ends to judge: ${d.unmatchable.join(", ")}\n`);
      }
    }
    printNotes(io, data.notes);
  },
};
