/**
 * `kitchin data import FILE [--map COLUMN=SERIES_ID]…` (issue 11): a Wind/Choice export, an NBS
 * website download (GBK CSV, months as rows or as columns) or a FRED CSV → the user's folder
 * (home.ts). Each mapped column extends one shipped series month by month; the user's value wins
 * where both exist, and a difference larger than the rounding of the two figures is reported as a
 * revision. Series derived from an imported one (China's demand from revenue, US inventory and
 * sales growth from the levels) are updated with it. Everything is read and checked before anything
 * is written (store.ts `writeAll`), so a bad file changes nothing.
 */
import { KitchinError, formatMonth, readMonth, type Cell } from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import { UsageError } from "../errors.ts";
import { columnSeries } from "../inputs.ts";
import { nameList, readRows, readUserTable, tableFromRows, valueColumns, type UserTable } from "../io/table.ts";
import { aliasOf } from "./aliases.ts";
import { kitchinHome, manifestFile, seriesFile } from "./home.ts";
import { formatImported, readImported, readManifest, withImports, writeAll, type Manifest, type Monthly } from "./store.ts";

export interface Revision { month: string; shipped: number; imported: number }

export interface ImportedSeries {
  id: string;
  /** Column of the file, or the series it was derived from. */
  from: string;
  derived: boolean;
  months: number;
  first: string;
  last: string;
  /** Months after the shipped series ends. */
  newMonths: number;
  /** Last month with a value after the import (shipped + all imports). */
  through: string;
  revisions: Revision[];
}

export interface ImportResult {
  file: string;
  home: string;
  series: ImportedSeries[];
  skipped: string[];
  notes: string[];
}

/** Decimals written in a number's shortest form (capped at 6). */
function decimals(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 6;
  const i = s.indexOf(".");
  return i < 0 ? 0 : Math.min(6, s.length - i - 1);
}

/** Equal within the rounding of the coarser figure (5.53 vs 5.5 is rounding; 5.6 vs 5.5 is a revision). */
export function sameUpToRounding(a: number, b: number): boolean {
  const d = Math.min(decimals(a), decimals(b));
  return Math.abs(a - b) <= 0.5 * 10 ** -d + 1e-9;
}

/** Parses `--map COLUMN=SERIES_ID` values. */
function mapsOf(list: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of list) {
    const eq = m.lastIndexOf("=");
    if (eq <= 0 || eq === m.length - 1) throw new UsageError(`--map takes COLUMN=SERIES_ID, got "${m}"`);
    const col = m.slice(0, eq).trim();
    const id = m.slice(eq + 1).trim();
    findEntry(id); // unknown ids: one line with suggestions
    out.set(col, id);
  }
  return out;
}

/**
 * NBS downloads come with months as rows or as columns (`指标,2020年4月,2020年3月,…`): a table with
 * no dated rows but a row of dates is turned around before reading.
 */
async function readTable(file: string, sheet?: string): Promise<UserTable> {
  try {
    return await readUserTable(file, { sheet });
  } catch (e) {
    if (!(e instanceof KitchinError) || e.code !== "bad-date") throw e;
    const raw = await readRows(file, sheet);
    const t = transposed(raw.rows, raw.serial);
    if (!t) throw e;
    const table = tableFromRows(t, file, { allowSerialDates: raw.serial, encoding: raw.encoding, delimiter: raw.delimiter });
    table.notes.unshift(...raw.notes, `${file}: months run across the columns; read turned around`);
    return table;
  }
}

const FOOTER = /^\s*(数据来源|来源|资料来源|注|备注|source|note)/i;

function transposed(rows: Cell[][], serial: boolean): Cell[][] | null {
  const isDate = (c: Cell) => !Number.isNaN(readMonth(c, serial));
  const h = rows.findIndex((r) => r && r.length > 3 && r.slice(1).filter(isDate).length >= 3);
  if (h < 0) return null;
  const body: Cell[][] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i];
    if (!r || r.every((c) => c === null || c === undefined || String(c).trim() === "")) break;
    if (FOOTER.test(String(r[0] ?? ""))) break;
    body.push(r);
  }
  if (body.length === 0) return null;
  const head = rows[h];
  const out: Cell[][] = [[head[0] ?? "date", ...body.map((r) => r[0])]];
  for (let c = 1; c < head.length; c++) {
    if (head[c] === null || head[c] === undefined || String(head[c]).trim() === "") continue;
    out.push([head[c], ...body.map((r) => (r[c] === undefined ? null : r[c]))]);
  }
  return out;
}

/** Derived series kept in step with an imported one (DATA.md derivations). */
interface Derived { id: string; from: string[]; at(m: number, get: (id: string, m: number) => number): number }
const yoy = (id: string) => (m: number, get: (id: string, m: number) => number) => {
  const a = get(id, m), b = get(id, m - 12);
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? round6(100 * (a / b - 1)) : NaN;
};
const DERIVED: Derived[] = [
  // cn.demand_yoy is revenue wherever revenue is published (packages/datasets DATA.md)
  { id: "cn.demand_yoy", from: ["cn.revenue_yoy"], at: (m, get) => get("cn.revenue_yoy", m) },
  { id: "us.inventory_yoy", from: ["us.inventory"], at: yoy("us.inventory") },
  { id: "us.sales", from: ["us.inventory", "us.isratio"], at: (m, get) => { const r = get("us.isratio", m); return r > 0 ? round6(get("us.inventory", m) / r) : NaN; } },
  { id: "us.sales_yoy", from: ["us.sales"], at: yoy("us.sales") },
];

function round6(x: number): number {
  const r = Number(x.toFixed(6));
  return r === 0 ? 0 : r;
}

export async function importFile(file: string, opts: { maps: string[]; sheet?: string; now?: Date }): Promise<ImportResult> {
  const home = kitchinHome();
  const maps = mapsOf(opts.maps);
  const t = await readTable(file, opts.sheet);
  const cols = valueColumns(t);
  // Which column extends which series
  const chosen: { col: number; id: string; offset: number }[] = [];
  const skipped: string[] = [];
  const usedMaps = new Set<string>();
  for (const c of cols) {
    const name = t.header[c];
    const wid = t.ids[c];
    const explicit = maps.get(name) ?? (wid ? maps.get(wid) : undefined);
    if (explicit) {
      usedMaps.add(maps.has(name) ? name : wid!);
      chosen.push({ col: c, id: explicit, offset: 0 });
      continue;
    }
    const a = aliasOf(wid) ?? aliasOf(name);
    if (a) chosen.push({ col: c, id: a.id, offset: a.offset ?? 0 });
    else skipped.push(name);
  }
  for (const k of maps.keys()) {
    if (!usedMaps.has(k)) throw new UsageError(`--map: the file has no column "${k}"; its columns are: ${nameList(cols.map((c) => t.header[c]))}`);
  }
  if (chosen.length === 0) {
    throw new KitchinError("not-found", `no column is a known series; name them with --map COLUMN=SERIES_ID (columns: ${nameList(cols.map((c) => t.header[c]))})`, { file: t.file });
  }
  const seen = new Map<string, string>();
  for (const ch of chosen) {
    const prev = seen.get(ch.id);
    if (prev) throw new UsageError(`columns "${prev}" and "${t.header[ch.col]}" both map to ${ch.id}; keep one with --map`);
    seen.set(ch.id, t.header[ch.col]);
  }
  const notes = [...t.notes];
  // Read every column first (bad cells stop here, before anything is written).
  const incoming = new Map<string, { months: Monthly; from: string }>();
  for (const ch of chosen) {
    const s = columnSeries(t, ch.col, 0);
    if (s.step !== 1) throw new KitchinError("bad-file", `column "${t.header[ch.col]}" is quarterly; imports extend monthly series`, { file: t.file });
    for (const n of s.notes) if (!notes.includes(n)) notes.push(n);
    const months: Monthly = new Map();
    s.series.values.forEach((v, i) => { if (Number.isFinite(v)) months.set(s.series.start + i, ch.offset ? round6(v + ch.offset) : v); });
    if (months.size === 0) throw new KitchinError("empty", `column "${t.header[ch.col]}" has no values`, { file: t.file });
    if (ch.offset) notes.push(`column "${t.header[ch.col]}": an index with the same month a year earlier = 100; stored as ${ch.id} = value − 100`);
    incoming.set(ch.id, { months, from: t.header[ch.col] });
  }
  // Derived series follow their sources
  const merged = new Map<string, Monthly>(); // id → all user months after this import
  for (const [id, x] of incoming) merged.set(id, new Map([...(readImported(id, home) ?? []), ...x.months]));
  const cache = new Map<string, ReturnType<typeof loadSeries>>();
  const full = (id: string) => {
    let d = cache.get(id);
    if (!d) { d = withImports(loadSeries(id), merged.get(id) ?? readImported(id, home)); cache.set(id, d); }
    return d;
  };
  const get = (id: string, m: number) => { const d = full(id); const i = m - d.start; return i >= 0 && i < d.values.length ? d.values[i] : NaN; };
  const derivedFrom = new Map<string, string>();
  for (const r of DERIVED) {
    const src = r.from.filter((f) => merged.has(f));
    if (src.length === 0 || incoming.has(r.id)) continue;
    const touched = new Set<number>();
    for (const f of src) for (const m of merged.get(f)!.keys()) { touched.add(m); if (r.id.endsWith("_yoy") && r.from.length === 1) touched.add(m + 12); }
    const shipped = loadSeries(r.id);
    const out: Monthly = new Map(readImported(r.id, home) ?? []);
    for (const m of touched) {
      const v = r.at(m, get);
      if (!Number.isFinite(v)) continue;
      const i = m - shipped.start;
      const old = i >= 0 && i < shipped.values.length ? shipped.values[i] : NaN;
      if (Number.isFinite(old) && Math.abs(old - v) <= 1e-6) continue; // same as shipped: nothing to store
      out.set(m, v);
    }
    if (out.size === 0) continue;
    merged.set(r.id, out);
    cache.delete(r.id);
    derivedFrom.set(r.id, src.join(" + "));
  }
  // Report and files
  const files = new Map<string, string>();
  const manifest: Manifest = readManifest(home);
  const stamp = (opts.now ?? new Date()).toISOString().slice(0, 10);
  const series: ImportedSeries[] = [];
  for (const [id, months] of merged) {
    const shipped = loadSeries(id);
    const shippedEnd = shipped.start + shipped.values.length - 1;
    const mine = derivedFrom.has(id) ? months : incoming.get(id)!.months;
    const revisions: Revision[] = [];
    let newMonths = 0;
    for (const [m, v] of [...mine].sort((a, b) => a[0] - b[0])) {
      const i = m - shipped.start;
      const old = i >= 0 && i < shipped.values.length ? shipped.values[i] : NaN;
      if (m > shippedEnd || !Number.isFinite(old)) { if (m > shippedEnd) newMonths++; continue; }
      if (!derivedFrom.has(id) && !sameUpToRounding(old, v)) revisions.push({ month: formatMonth(m), shipped: old, imported: v });
    }
    const ks = [...mine.keys()];
    const after = withImports(shipped, months);
    let last = after.values.length - 1;
    while (last > 0 && !Number.isFinite(after.values[last])) last--;
    series.push({
      id, from: derivedFrom.get(id) ?? incoming.get(id)!.from, derived: derivedFrom.has(id), months: mine.size,
      first: formatMonth(Math.min(...ks)), last: formatMonth(Math.max(...ks)), newMonths, through: formatMonth(after.start + last), revisions,
    });
    files.set(seriesFile(home, id), formatImported(months));
    manifest[id] = derivedFrom.has(id)
      ? { source: `derived from ${derivedFrom.get(id)}`, derivedFrom: derivedFrom.get(id), importedAt: stamp }
      : { source: file, column: incoming.get(id)!.from, importedAt: stamp };
  }
  files.set(manifestFile(home), JSON.stringify(manifest, null, 1) + "\n");
  writeAll(files);
  return { file, home, series, skipped, notes };
}
