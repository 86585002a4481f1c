/**
 * The user's data folder as generations (layout in home.ts). Each generation holds the
 * user's months of each series in the curated format, `imports.json` and `history.json`; it is
 * written completely under a temporary name, renamed into `generations/`, and only then made live
 * by replacing `CURRENT` with one rename. A process killed at any point leaves `CURRENT` naming
 * either the old generation or the new one, never a mixture; leftovers of a killed writer are
 * removed by the next writer (under the lock, lock.ts).
 *
 * `withImports` lays the user's months over a shipped series (the user's value wins where both
 * exist; months equal to the shipped value are never stored, so shipped flags survive, merge.ts).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { KitchinError, formatMonth, say, type Damage } from "@kitchin/core";
import { catalog, findEntry, formatCuratedCsv, parseCuratedCsv, type DatasetSeries } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import {
  currentFile,
  generationDir,
  generationsDir,
  historyFile,
  kitchinHome,
  manifestFile,
  seriesDir,
  seriesFile,
} from "./home.ts";

/** month → value */
export type Monthly = Map<number, number>;

export interface ManifestEntry {
  /** The file the months came from (path as given), or the series it was derived from. */
  source: string;
  column?: string;
  derivedFrom?: string;
  importedAt: string;
}
export type Manifest = Record<string, ManifestEntry>;

/** What one change did to one series. */
export interface SeriesChange {
  id: string;
  from: string;
  derived: boolean;
  /** Months with a value where there was none. */
  added: number;
  /** Months whose value changed beyond the file's rounding. */
  revised: number;
  /** Months where a shipped flag (e.g. `anomaly`) no longer applies. */
  flagsAffected: number;
}

/** One recorded change set (`kitchin data history`). */
export interface HistoryEntry {
  n: number;
  kind: "import" | "undo" | "remove";
  at: string;
  /** The generation this change made live, and the one before it (null: the shipped data only). */
  generation: string;
  before: string | null;
  file?: string;
  series: SeriesChange[];
  /** Concept guards overridden with --force: "series: reason". */
  forced?: string[];
  acceptedRevisions?: boolean;
  /** undo: the entries undone; remove: the series removed. */
  undoes?: number[];
  removed?: string[];
}

export interface StoreState {
  home: string;
  /** The live generation; null for an empty folder or one of the first layout. */
  generation: string | null;
  /** Where `series/`, `imports.json` and `history.json` are read (null: nothing imported). */
  dir: string | null;
}

const GENERATION = /^g\d{6}$/;

function damaged(file: string, damage: Damage): KitchinError {
  return new KitchinError("bad-file", say("dataFolderDamaged", { damage, home: kitchinHomeOf(file) }), { file });
}
function kitchinHomeOf(file: string): string {
  const i = file.lastIndexOf("/generations/");
  return i >= 0 ? file.slice(0, i) : file.replace(/\/(CURRENT|imports\.json|history\.json|series\/[^/]*)$/, "");
}

/** Which generation is live (no lock: `CURRENT` is replaced by one rename). */
export function currentState(home = kitchinHome()): StoreState {
  const cur = currentFile(home);
  if (existsSync(cur)) {
    const name = readFileSync(cur, "utf8").trim();
    if (!GENERATION.test(name)) throw damaged(cur, { kind: "current-name", found: name.slice(0, 40) });
    const dir = generationDir(home, name);
    if (!existsSync(dir)) throw damaged(cur, { kind: "current-missing", name, dir: generationsDir(home) });
    return { home, generation: name, dir };
  }
  // The first layout: series/ and imports.json at the top of the folder.
  if (existsSync(seriesDir(home)) || existsSync(manifestFile(home))) return { home, generation: null, dir: home };
  return { home, generation: null, dir: null };
}

/** The text of the user's file for one series in a state, or null. */
function seriesText(state: StoreState, id: string): Buffer | null {
  if (!state.dir) return null;
  const f = seriesFile(state.dir, id);
  return existsSync(f) ? readFileSync(f) : null;
}

function parseMonthly(id: string, file: string, text: string): Monthly {
  const entry = { ...findEntry(id), file, start: "", end: "" };
  let d: DatasetSeries;
  try {
    d = parseCuratedCsv(text, entry);
  } catch (e) {
    throw damaged(file, { kind: "unreadable", why: (e as Error).message });
  }
  const out: Monthly = new Map();
  d.values.forEach((v, i) => {
    if (Number.isFinite(v)) out.set(d.start + i, v);
  });
  return out;
}

/** The user's months of one series, or null when there are none. */
export function readImported(id: string, home = kitchinHome(), state = currentState(home)): Monthly | null {
  const text = seriesText(state, id);
  return text === null ? null : parseMonthly(id, seriesFile(state.dir!, id), text.toString("utf8"));
}

/** Ids with a file in the user's folder. */
export function importedIds(home = kitchinHome(), state = currentState(home)): string[] {
  if (!state.dir) return [];
  const dir = seriesDir(state.dir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => f.slice(0, -4))
    .sort();
}

const KNOWN = new Set(catalog.map((e) => e.id));

/** Parses JSON written by this module; a damaged file is refused with one line (never half-read). */
function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw damaged(file, { kind: "json", why: String((e as Error).message).slice(0, 80) });
  }
}

const kindOf = (x: unknown) =>
  x === null ? "null" : Array.isArray(x) ? "a list" : typeof x === "object" ? "an object" : `a ${typeof x}`;

/** imports.json: `{ "<series id>": { "source": "…", "importedAt": "…", … } }`, checked entry by entry. */
export function readManifest(home = kitchinHome(), state = currentState(home)): Manifest {
  if (!state.dir) return {};
  const f = manifestFile(state.dir);
  if (!existsSync(f)) return {};
  const raw = parseJson(f);
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw damaged(f, { kind: "not-object", found: kindOf(raw) });
  const out: Manifest = {};
  for (const [id, e] of Object.entries(raw as Record<string, unknown>)) {
    if (!KNOWN.has(id)) throw damaged(f, { kind: "unknown-id", id: id.slice(0, 40) });
    const o = e as Record<string, unknown>;
    if (o === null || typeof o !== "object" || Array.isArray(o))
      throw damaged(f, { kind: "entry-not-object", id, found: kindOf(o) });
    for (const k of ["source", "importedAt"])
      if (typeof o[k] !== "string") throw damaged(f, { kind: "entry-no-text", id, key: k });
    for (const k of ["column", "derivedFrom"])
      if (o[k] !== undefined && typeof o[k] !== "string") throw damaged(f, { kind: "entry-not-text", id, key: k });
    // the key order import.ts writes, so that a rewritten manifest keeps its bytes
    out[id] = {
      source: o.source as string,
      ...(o.column !== undefined ? { column: o.column as string } : {}),
      ...(o.derivedFrom !== undefined ? { derivedFrom: o.derivedFrom as string } : {}),
      importedAt: o.importedAt as string,
    };
  }
  return out;
}

/** history.json: a list of change sets, oldest first. */
export function readHistory(home = kitchinHome(), state = currentState(home)): HistoryEntry[] {
  if (!state.dir) return [];
  const f = historyFile(state.dir);
  if (!existsSync(f)) return [];
  const raw = parseJson(f);
  if (!Array.isArray(raw)) throw damaged(f, { kind: "not-list", found: kindOf(raw) });
  for (const [i, e] of raw.entries()) {
    const o = e as Record<string, unknown>;
    if (
      o === null ||
      typeof o !== "object" ||
      typeof o.n !== "number" ||
      typeof o.kind !== "string" ||
      typeof o.generation !== "string" ||
      !Array.isArray(o.series)
    ) {
      throw damaged(f, { kind: "not-change", n: i + 1 });
    }
  }
  return raw as HistoryEntry[];
}

/** Every data file of a state, byte for byte: `series/<id>.csv` texts and `imports.json`. */
export interface DataFiles {
  series: Map<string, Buffer>;
  manifest: Buffer | null;
}

export function readDataFiles(state: StoreState): DataFiles {
  const series = new Map<string, Buffer>();
  for (const id of importedIds(state.home, state)) series.set(id, seriesText(state, id)!);
  const mf = state.dir ? manifestFile(state.dir) : null;
  return { series, manifest: mf && existsSync(mf) ? readFileSync(mf) : null };
}

/** The data files of an older generation (for undo), by name; null = the shipped data only. */
export function generationState(home: string, name: string | null): StoreState {
  if (name === null) return { home, generation: null, dir: null };
  const dir = generationDir(home, name);
  if (!existsSync(dir))
    throw new KitchinError("not-found", say("generationGone", { name }), { file: generationsDir(home) });
  return { home, generation: name, dir };
}

/** A shipped series with the user's months laid over it (their value wins; their months carry no flag). */
export function withImports(d: DatasetSeries, user: Monthly | null): DatasetSeries {
  if (!user || user.size === 0) return d;
  let lo = d.start,
    hi = d.start + d.values.length - 1;
  for (const m of user.keys()) {
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  const n = hi - lo + 1;
  const values = new Float64Array(n).fill(NaN);
  const flags = new Uint8Array(n);
  values.set(d.values, d.start - lo);
  flags.set(d.flags, d.start - lo);
  for (const [m, v] of user) {
    values[m - lo] = v;
    flags[m - lo] = 0;
  }
  return { entry: { ...d.entry, start: formatMonth(lo), end: formatMonth(hi) }, start: lo, values, flags };
}

/** `loadSeries` of @kitchin/datasets plus the user's imported months (every `--dataset` path reads through here). */
export function loadWithImports(id: string, home = kitchinHome()): { series: DatasetSeries; imported: Monthly | null } {
  const d = loadSeries(id);
  const user = readImported(id, home);
  return { series: withImports(d, user), imported: user };
}

/** A shipped series with the user's imported months (what every `--dataset` command reads). */
export function seriesWithImports(id: string): DatasetSeries {
  return loadWithImports(id).series;
}

/** The text of a user series file. */
export function formatImported(months: Monthly): string {
  const ks = [...months.keys()];
  const lo = Math.min(...ks),
    hi = Math.max(...ks);
  const values = new Float64Array(hi - lo + 1).fill(NaN);
  for (const [m, v] of months) values[m - lo] = v;
  return formatCuratedCsv(lo, values, new Uint8Array(values.length));
}

/** Test-only fault injection: `KITCHIN_CRASH_AT=<step>` kills the process with SIGKILL at that step of a commit. */
function crashPoint(step: string): void {
  if (process.env.KITCHIN_CRASH_AT === step) process.kill(process.pid, "SIGKILL");
}

function writeSynced(path: string, data: string | Buffer): void {
  const fd = openSync(path, "w");
  try {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    // writeSync may write less than asked: loop, and stop on a write that makes no progress.
    for (let at = 0; at < bytes.length; ) {
      const n = writeSync(fd, bytes, at, bytes.length - at);
      if (n <= 0) throw new Error(`${path}: write made no progress at byte ${at} of ${bytes.length}`);
      at += n;
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function generationNumber(name: string): number {
  return Number(name.slice(1));
}

/**
 * Removes what a killed writer left: temporary generation folders, generations newer than the
 * live one (written but never made live) and temporary `CURRENT` files. Call under the lock.
 */
export function cleanLeftovers(home: string, state: StoreState): void {
  const gd = generationsDir(home);
  const live = state.generation ? generationNumber(state.generation) : 0;
  if (existsSync(gd)) {
    for (const n of readdirSync(gd)) {
      if (n.startsWith(".tmp-") || (GENERATION.test(n) && generationNumber(n) > live))
        rmSync(join(gd, n), { recursive: true, force: true });
    }
  }
  if (existsSync(home))
    for (const n of readdirSync(home)) if (n.startsWith("CURRENT.tmp-")) rmSync(join(home, n), { force: true });
}

/**
 * Makes a new generation live holding exactly `files` and `history`. Call under the lock, with
 * the state read under it. Returns the new generation's name.
 */
export function commitGeneration(
  home: string,
  state: StoreState,
  files: DataFiles,
  history: (name: string) => HistoryEntry[],
): string {
  cleanLeftovers(home, state);
  const gd = generationsDir(home);
  const name = `g${String((state.generation ? generationNumber(state.generation) : 0) + 1).padStart(6, "0")}`;
  const tmp = join(gd, `.tmp-${name}-${process.pid}`);
  try {
    mkdirSync(join(tmp, "series"), { recursive: true });
    let k = 0;
    for (const [id, text] of files.series) {
      writeSynced(seriesFile(tmp, id), text);
      crashPoint(`file-${++k}`);
    }
    if (files.manifest) writeSynced(manifestFile(tmp), files.manifest);
    crashPoint("manifest");
    writeSynced(historyFile(tmp), JSON.stringify(history(name), null, 1) + "\n");
    crashPoint("history");
    renameSync(tmp, generationDir(home, name));
    crashPoint("generation");
    const ptr = `${currentFile(home)}.tmp-${process.pid}`;
    writeSynced(ptr, name + "\n");
    crashPoint("pointer");
    renameSync(ptr, currentFile(home));
    crashPoint("committed");
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (e instanceof KitchinError) throw e;
    throw new KitchinError("bad-file", say("cannotWrite", { what: "write", why: (e as Error).message }), {
      file: home,
    });
  }
  // The first layout's files are now in the generation: remove them (readers prefer CURRENT).
  if (state.generation === null && state.dir === home) {
    rmSync(seriesDir(home), { recursive: true, force: true });
    rmSync(manifestFile(home), { force: true });
    rmSync(historyFile(home), { force: true });
  }
  return name;
}
