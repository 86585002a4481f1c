/**
 * Series specs shared by lead, sync, decompose, contrib and the report: a shipped id (`cn.ppi_yoy`)
 * or a column of `--file`, each optionally followed by modifiers (documented in docs/macro.md):
 *   :inv            the indicator moves against the target (e.g. the inventory/sales ratio)
 *   :yoy            12-month growth of a level series, in percent
 *   :amp=X          minimum amplitude for this series' turns, in its own unit
 *   :minus=NAME     difference with another series (e.g. cn.m1_yoy:minus=cn.m2_yoy)
 *   :real=NAME      real growth, deflated by NAME (exact form, methods.md §1)
 *   :realdiff=NAME  real growth, difference form (note 003's 库存同比 − PPI同比)
 */
import { align, KitchinError, realGrowth, say, yoy, type Series } from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";
import type { SourceRequest } from "../../src/request.ts";
import { Readers } from "./readers.ts";
import { UsageError } from "../../src/errors.ts";
import { columnSeries, shippedSeries, type NamedSeries } from "./inputs.ts";
import { columnIndex, type UserTable } from "../io/table.ts";

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
  /** Release lag in months of the file's columns (`--lag`). */
  releaseLag: number;
}

function known(name: string, ctx: SpecContext): boolean {
  if (ctx.table?.header.includes(name)) return true;
  try {
    findEntry(name);
    return true;
  } catch {
    return false;
  }
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
    if (known(name, ctx) && parts.slice(i).every((p, k) => k > 0 || MOD.test(p))) {
      cut = i;
      break;
    }
  }
  if (cut < 0) {
    cut = parts.findIndex((p, k) => k > 0 && MOD.test(p));
    if (cut < 0) cut = parts.length;
  }
  const spec: SeriesSpec = { name: parts.slice(0, cut).join(":"), inverted: false, yoy: false };
  // Modifier tokens; a token that is not a modifier continues the previous value (names with ':').
  const tokens: string[] = [];
  for (const p of parts.slice(cut)) {
    if (MOD.test(p) || tokens.length === 0) tokens.push(p);
    else tokens[tokens.length - 1] += `:${p}`;
  }
  for (const t of tokens) {
    const eq = t.indexOf("=");
    const key = eq < 0 ? t : t.slice(0, eq);
    const val = eq < 0 ? "" : t.slice(eq + 1);
    if (key === "inv" || key === "inverted") spec.inverted = true;
    else if (key === "yoy") spec.yoy = true;
    else if (key === "amp") {
      const x = Number(val);
      if (!(val !== "" && Number.isFinite(x) && x >= 0)) throw new UsageError(say("specAmp", { spec: text, got: val }));
      spec.amp = x;
    } else if (key === "minus") spec.minus = parseSpec(val, ctx);
    else if (key === "real" || key === "realdiff")
      spec.real = { spec: parseSpec(val, ctx), form: key === "real" ? "exact" : "difference" };
    else throw new UsageError(say("specModifier", { spec: text, modifier: t }));
  }
  if (spec.name === "") throw new UsageError(say("specEmpty", { spec: text }));
  return spec;
}

function resolveName(name: string, ctx: SpecContext): NamedSeries {
  let s: NamedSeries;
  if (ctx.table?.header.includes(name))
    s = columnSeries(ctx.table, columnIndex(ctx.table, name, "series"), ctx.releaseLag);
  else if (/^(cn|us)\./.test(name) || !ctx.table) s = shippedSeries(name);
  else throw new KitchinError("not-found", say("notColumnNorId", { name }), { file: ctx.table.file });
  if (s.step !== 1) {
    throw new KitchinError("bad-file", say("quarterlySpec", { name }), { file: ctx.table?.file });
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

/**
 * Where specs resolve: the user's file (read by the command's readers stage) and its release lag, or the shipped data
 * alone.
 */
export async function specContext(q: SourceRequest = {}, readers = new Readers()): Promise<SpecContext> {
  const table = q.file ? await readers.table(q.file, { dateColumn: q.dateColumn, sheet: q.sheet }) : undefined;
  return { table, releaseLag: q.lag ?? 0 };
}
