/**
 * `kitchin data import FILE [--map COLUMN=SERIES_ID]… [--dry-run] [--accept-revisions] [--force]`:
 * a Wind/Choice export, an NBS website download (GBK CSV or .xls, months as rows
 * or as columns), a CEInet table or a FRED CSV → the user's folder (home.ts, store.ts).
 *
 * Each mapped column extends one shipped series by the merge rule (merge.ts): values equal to the
 * shipped ones at the file's precision keep the shipped value and its flags. A column whose header
 * says it measures another concept is refused (guard.ts, `--force` overrides); an import revising
 * more than `MAX_REVISIONS` existing months of a series is refused unless `--accept-revisions`.
 * `--dry-run` prints the change set and writes nothing. Series derived from an imported one follow
 * it (derived.ts). Everything is read and checked before the lock is taken; the change is computed
 * again under the lock from the live generation and committed as one new generation.
 */
import { formatMonth, KitchinError, readMonth, say, type Cell, type Note } from "@kitchin/core";
import { findEntry } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import { resolve } from "node:path";
import { UsageError } from "../../src/errors.ts";
import { columnSeries } from "../readers/inputs.ts";
import { nameList, readRows, readUserTable, tableFromRows, valueColumns, type UserTable } from "../io/table.ts";
import { aliasOf, aliasOfFileName } from "./aliases.ts";
import { followDerived } from "./derived.ts";
import { clashOf } from "./guard.ts";
import { kitchinHome } from "./home.ts";
import { withLock } from "./lock.ts";
import { columnPrecision, largestRevision, mergeSeries, type FlagAffected, type Revision } from "./merge.ts";
import {
  commitGeneration,
  currentState,
  formatImported,
  readDataFiles,
  readHistory,
  readImported,
  readManifest,
  withImports,
  type HistoryEntry,
  type Manifest,
  type Monthly,
  type SeriesChange,
  type StoreState,
} from "./store.ts";

/** An import revising more existing months than this, in any one series, needs --accept-revisions. */
export const MAX_REVISIONS = 3;

export interface ImportedSeries {
  id: string;
  /** Column of the file, or the series it was derived from. */
  from: string;
  derived: boolean;
  /** Months the column has (derived: months that changed). */
  months: number;
  first: string;
  last: string;
  /** Decimals the column shows (null for a derived series). */
  precision: number | null;
  /** Months with a value where there was none. */
  added: number;
  /** Added months after the shipped series ends. */
  newMonths: number;
  /** Months whose value changes beyond the file's rounding (old → new). */
  revisions: Revision[];
  largest: Revision | null;
  /** Months where the file agreed with the shipped value at its precision (shipped value and flags kept). */
  keptShipped: number;
  flagsAffected: FlagAffected[];
  /** Last month with a value after the import (shipped + all imports). */
  through: string;
}

export interface Refusal {
  column: string;
  id: string;
  reason: Note;
}

export interface ImportResult {
  file: string;
  home: string;
  dryRun: boolean;
  /** False when the file changes nothing (nothing is written, no history entry). */
  changed: boolean;
  /** The history number and generation of this import (null for a dry run or no change). */
  entry: number | null;
  generation: string | null;
  series: ImportedSeries[];
  skipped: string[];
  /** Concept guards overridden with --force. */
  forced: Refusal[];
  notes: Note[];
}

export interface ImportOptions {
  maps: string[];
  sheet?: string;
  now?: Date;
  dryRun?: boolean;
  acceptRevisions?: boolean;
  force?: boolean;
  env?: Record<string, string | undefined>;
}

/** Parses `--map COLUMN=SERIES_ID` values. */
function mapsOf(list: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of list) {
    const eq = m.lastIndexOf("=");
    if (eq <= 0 || eq === m.length - 1) throw new UsageError(say("mapForm", { got: m }));
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
    const table = tableFromRows(t, file, {
      allowSerialDates: raw.serial,
      encoding: raw.encoding,
      delimiter: raw.delimiter,
    });
    table.notes.unshift(...raw.notes, say("monthsAcross", { file }));
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

/** Column names that say nothing of the series. */
const GENERIC = /^(value|values|obs|observation|column \d+)$/i;

interface Incoming {
  months: Monthly;
  from: string;
  precision: number;
}

export async function importFile(file: string, opts: ImportOptions): Promise<ImportResult> {
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
  // `date,value`: the series id in the file name (FRED API downloads)
  const byName =
    cols.length === 1 && chosen.length === 0 && maps.size === 0 && GENERIC.test(t.header[cols[0]])
      ? aliasOfFileName(file)
      : null;
  if (byName) {
    chosen.push({ col: cols[0], id: byName.id, offset: 0 });
    skipped.length = 0;
    t.notes.push(say("importByFileName", { column: t.header[cols[0]], id: byName.id, token: byName.token }));
  }
  for (const k of maps.keys()) {
    if (!usedMaps.has(k))
      throw new UsageError(say("mapNoColumn", { column: k, columns: nameList(cols.map((c) => t.header[c])) }));
  }
  if (chosen.length === 0) {
    throw new KitchinError(
      "not-found",
      say("importNoKnownColumn", { columns: nameList(cols.map((c) => t.header[c])) }),
      { file: t.file },
    );
  }
  const seen = new Map<string, string>();
  for (const ch of chosen) {
    const prev = seen.get(ch.id);
    if (prev) throw new UsageError(say("mapTwice", { a: prev, b: t.header[ch.col], id: ch.id }));
    seen.set(ch.id, t.header[ch.col]);
  }
  // Concept guard: a column that says it measures something else is refused (--force overrides).
  const forced: Refusal[] = [];
  for (const ch of chosen) {
    const clash = clashOf(findEntry(ch.id), {
      header: t.header[ch.col],
      unit: t.units[ch.col],
      id: t.ids[ch.col],
      percentFormat: t.percentColumns.has(ch.col),
    });
    if (!clash) continue;
    const reason = say("conceptClash", clash);
    if (!opts.force)
      throw new KitchinError("bad-file", say("importConceptRefused", { id: ch.id, clash }), {
        file: t.file,
        column: t.header[ch.col],
      });
    forced.push({ column: t.header[ch.col], id: ch.id, reason });
  }
  const notes = [...t.notes];
  // Read every column first (bad cells stop here, before anything is written).
  const incoming = new Map<string, Incoming>();
  for (const ch of chosen) {
    const s = columnSeries(t, ch.col, 0);
    if (s.step !== 1)
      throw new KitchinError("bad-file", say("importQuarterly", { column: t.header[ch.col] }), { file: t.file });
    for (const n of s.notes) if (!notes.some((m) => String(m) === String(n))) notes.push(n);
    const months: Monthly = new Map();
    s.series.values.forEach((v, i) => {
      if (Number.isFinite(v)) months.set(s.series.start + i, ch.offset ? Number((v + ch.offset).toFixed(6)) : v);
    });
    if (months.size === 0)
      throw new KitchinError("empty", say("importNoValues", { column: t.header[ch.col] }), { file: t.file });
    if (ch.offset) notes.push(say("importIndexOffset", { column: t.header[ch.col], id: ch.id }));
    let precision = columnPrecision(t.rows.map((r) => r.cells[ch.col]));
    if (t.percentColumns.has(ch.col)) precision = Math.max(0, precision - 2); // 0.032 shown as 3.2 %
    incoming.set(ch.id, { months, from: t.header[ch.col], precision });
  }
  const source = resolve(file);
  const at = (opts.now ?? new Date()).toISOString();
  if (opts.dryRun) {
    const p = plan(currentState(home), incoming, source, at);
    return {
      file,
      home,
      dryRun: true,
      changed: p.changed,
      entry: null,
      generation: null,
      series: p.series,
      skipped,
      forced,
      notes,
    };
  }
  return withLock(
    home,
    `data import ${file}`,
    () => {
      const state = currentState(home);
      const p = plan(state, incoming, source, at);
      if (!opts.acceptRevisions) {
        for (const x of p.series) {
          if (x.derived || x.revisions.length <= MAX_REVISIONS) continue;
          const big = x.largest!;
          throw new KitchinError(
            "bad-file",
            say("importRevisions", { n: x.revisions.length, id: x.id, month: big.month, old: big.old, new: big.new }),
            { file: t.file, column: x.from },
          );
        }
      }
      if (!p.changed)
        return {
          file,
          home,
          dryRun: false,
          changed: false,
          entry: null,
          generation: null,
          series: p.series,
          skipped,
          forced,
          notes,
        };
      const history = readHistory(home, state);
      const n = (history.at(-1)?.n ?? 0) + 1;
      const generation = commitGeneration(home, state, p.files, (name) => [
        ...history,
        {
          n,
          kind: "import",
          at,
          generation: name,
          before: state.generation,
          file: source,
          series: p.series.map(changeOf),
          ...(forced.length ? { forced: forced.map((f) => `${f.id}: ${f.reason}`) } : {}),
          ...(opts.acceptRevisions ? { acceptedRevisions: true } : {}),
        } satisfies HistoryEntry,
      ]);
      return {
        file,
        home,
        dryRun: false,
        changed: true,
        entry: n,
        generation,
        series: p.series,
        skipped,
        forced,
        notes,
      };
    },
    opts.env,
  );
}

export function changeOf(x: ImportedSeries): SeriesChange {
  return {
    id: x.id,
    from: x.from,
    derived: x.derived,
    added: x.added,
    revised: x.revisions.length,
    flagsAffected: x.flagsAffected.length,
  };
}

interface Plan {
  series: ImportedSeries[];
  changed: boolean;
  files: ReturnType<typeof readDataFiles>;
}

/** The change set of an import against a state of the folder, and the folder's files after it. */
function plan(state: StoreState, incoming: Map<string, Incoming>, source: string, at: string): Plan {
  const user = new Map<string, Monthly>();
  const changed = new Map<string, Set<number>>();
  const series: ImportedSeries[] = [];
  const merges = new Map<string, ReturnType<typeof mergeSeries>>();
  for (const [id, x] of incoming) {
    const earlier = readImported(id, state.home, state);
    const r = mergeSeries(loadSeries(id), earlier, x.months, x.precision);
    merges.set(id, r);
    user.set(id, r.months);
    const moved = new Set<number>();
    for (const m of new Set([...(earlier?.keys() ?? []), ...r.months.keys()]))
      if (earlier?.get(m) !== r.months.get(m)) moved.add(m);
    if (moved.size) changed.set(id, moved);
  }
  // Derived series see every imported series' months (earlier imports included)
  for (const id of readDataFiles(state).series.keys())
    if (!user.has(id)) user.set(id, readImported(id, state.home, state) ?? new Map());
  const derivedFrom = followDerived(user, changed, new Set(incoming.keys()));
  const files = readDataFiles(state);
  const manifest: Manifest = readManifest(state.home, state);
  for (const [id, x] of incoming) series.push(summary(id, x, merges.get(id)!, user.get(id)!));
  for (const [id, from] of derivedFrom) series.push(derivedSummary(id, from, state, user.get(id)!, changed.get(id)!));
  const stamp = at.slice(0, 10);
  for (const id of changed.keys()) {
    const months = user.get(id)!;
    if (months.size === 0) {
      files.series.delete(id);
      delete manifest[id];
      continue;
    }
    files.series.set(id, Buffer.from(formatImported(months), "utf8"));
    const d = derivedFrom.get(id);
    manifest[id] = d
      ? { source: `derived from ${d}`, derivedFrom: d, importedAt: stamp }
      : { source: source, column: incoming.get(id)!.from, importedAt: stamp };
  }
  files.manifest = Buffer.from(JSON.stringify(manifest, null, 1) + "\n", "utf8");
  return { series, changed: changed.size > 0, files };
}

function throughOf(id: string, months: Monthly): string {
  const after = withImports(loadSeries(id), months);
  let last = after.values.length - 1;
  while (last > 0 && !Number.isFinite(after.values[last])) last--;
  return formatMonth(after.start + last);
}

function summary(id: string, x: Incoming, r: ReturnType<typeof mergeSeries>, months: Monthly): ImportedSeries {
  const shipped = loadSeries(id);
  const shippedEnd = shipped.start + shipped.values.length - 1;
  const ks = [...x.months.keys()];
  return {
    id,
    from: x.from,
    derived: false,
    months: x.months.size,
    first: formatMonth(Math.min(...ks)),
    last: formatMonth(Math.max(...ks)),
    precision: x.precision,
    added: r.added.length,
    newMonths: r.added.filter((m) => m > formatMonth(shippedEnd)).length,
    revisions: r.revisions,
    largest: largestRevision(r.revisions),
    keptShipped: r.keptShipped,
    flagsAffected: r.flagsAffected,
    through: throughOf(id, months),
  };
}

function derivedSummary(
  id: string,
  from: string,
  state: StoreState,
  months: Monthly,
  moved: Set<number>,
): ImportedSeries {
  const shipped = loadSeries(id);
  const shippedEnd = shipped.start + shipped.values.length - 1;
  const before = withImports(shipped, readImported(id, state.home, state));
  const at = (m: number) => {
    const i = m - before.start;
    return i >= 0 && i < before.values.length ? before.values[i] : NaN;
  };
  const after = withImports(shipped, months);
  const now = (m: number) => {
    const i = m - after.start;
    return i >= 0 && i < after.values.length ? after.values[i] : NaN;
  };
  const revisions: Revision[] = [];
  let added = 0,
    newMonths = 0;
  const flagsAffected: FlagAffected[] = [];
  const ks = [...moved].sort((a, b) => a - b);
  for (const m of ks) {
    const old = at(m),
      v = now(m);
    if (!Number.isFinite(v)) continue;
    if (Number.isFinite(old)) revisions.push({ month: formatMonth(m), old, new: v });
    else {
      added++;
      if (m > shippedEnd) newMonths++;
    }
  }
  return {
    id,
    from,
    derived: true,
    months: moved.size,
    first: formatMonth(ks[0]),
    last: formatMonth(ks[ks.length - 1]),
    precision: null,
    added,
    newMonths,
    revisions,
    largest: largestRevision(revisions),
    keptShipped: 0,
    flagsAffected,
    through: throughOf(id, months),
  };
}
