/**
 * Reading and writing the user's series (home.ts): each file holds the user's months of one shipped
 * series in the curated format; `withImports` lays them over the shipped series (the user's value
 * wins where both exist). Writes go to a temporary file in the same folder and are renamed into
 * place, all files only after every one of them was written, so a failed import leaves the folder as
 * it was.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { KitchinError, formatMonth } from "@kitchin/core";
import { findEntry, formatCuratedCsv, parseCuratedCsv, type DatasetSeries } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import { kitchinHome, manifestFile, seriesDir, seriesFile } from "./home.ts";

/** month → value */
export type Monthly = Map<number, number>;

export interface ManifestEntry {
  /** The file the months came from (absolute path as given), or the series it was derived from. */
  source: string;
  column?: string;
  derivedFrom?: string;
  importedAt: string;
}
export type Manifest = Record<string, ManifestEntry>;

/** The user's months of one series, or null when there are none. */
export function readImported(id: string, home = kitchinHome()): Monthly | null {
  const file = seriesFile(home, id);
  if (!existsSync(file)) return null;
  const entry = { ...findEntry(id), file, start: "", end: "" };
  const d = parseCuratedCsv(readFileSync(file, "utf8"), entry);
  const out: Monthly = new Map();
  d.values.forEach((v, i) => { if (Number.isFinite(v)) out.set(d.start + i, v); });
  return out;
}

/** Ids with a file in the user's folder. */
export function importedIds(home = kitchinHome()): string[] {
  const dir = seriesDir(home);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".csv")).map((f) => f.slice(0, -4)).sort();
}

export function readManifest(home = kitchinHome()): Manifest {
  const f = manifestFile(home);
  if (!existsSync(f)) return {};
  try {
    return JSON.parse(readFileSync(f, "utf8")) as Manifest;
  } catch {
    throw new KitchinError("bad-file", "not valid JSON (written by kitchin data import; remove it to start over)", { file: f });
  }
}

/** A shipped series with the user's months laid over it (their value wins; their months carry no flag). */
export function withImports(d: DatasetSeries, user: Monthly | null): DatasetSeries {
  if (!user || user.size === 0) return d;
  let lo = d.start, hi = d.start + d.values.length - 1;
  for (const m of user.keys()) { if (m < lo) lo = m; if (m > hi) hi = m; }
  const n = hi - lo + 1;
  const values = new Float64Array(n).fill(NaN);
  const flags = new Uint8Array(n);
  values.set(d.values, d.start - lo);
  flags.set(d.flags, d.start - lo);
  for (const [m, v] of user) { values[m - lo] = v; flags[m - lo] = 0; }
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
  const lo = Math.min(...ks), hi = Math.max(...ks);
  const values = new Float64Array(hi - lo + 1).fill(NaN);
  for (const [m, v] of months) values[m - lo] = v;
  return formatCuratedCsv(lo, values, new Uint8Array(values.length));
}

/**
 * Writes every file, or none: each text goes to `<path>.tmp-<pid>` first; only when all are
 * written are they renamed into place (a rename within one folder is atomic).
 */
export function writeAll(files: Map<string, string>): void {
  const temps: [string, string][] = [];
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp-${process.pid}`;
      writeFileSync(tmp, text);
      temps.push([tmp, path]);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw new KitchinError("bad-file", `cannot write the data folder (${(e as Error).message}); nothing was changed`, { file: kitchinHome() });
  }
  for (const [tmp, path] of temps) renameSync(tmp, path);
}
