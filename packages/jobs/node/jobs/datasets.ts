/**
 * The shipped datasets as `kitchin data list|show|export` reads them: the catalog (by region and
 * group), each series with the user's newer months from the data folder (`$KITCHIN_HOME`), a series'
 * monthly points with their flags, and a table of several series on one month axis.
 */
import { formatMonth, parseMonth, say } from "@kitchin/core";
import { catalog, flagNames, type CatalogEntry, type DatasetSeries } from "@kitchin/datasets";
import { UsageError } from "../../src/errors.ts";
import { kitchinHome } from "../userData/home.ts";
import { importedIds, readImported, readManifest, seriesWithImports as loadSeries } from "../userData/store.ts";

/** The catalog's entries of a region (`cn`, `us`) and group, or all. */
export function datasetEntries(region?: string, group?: string): CatalogEntry[] {
  if (region !== undefined && region !== "cn" && region !== "us")
    throw new UsageError(say("flagMustBe", { flag: "dataset", allowed: ["cn", "us"], got: region }));
  return catalog.filter((e) => (!region || e.region === region) && (!group || e.group === group));
}

/** What the user's data folder adds to a shipped series: its months, where it now ends, the file it came from. */
export interface ImportedPart {
  months: number;
  end: string;
  source: string | null;
}

/** The catalog with, for each series extended from the user's folder, what the folder adds. */
export function datasetList(
  region?: string,
  group?: string,
): { list: CatalogEntry[]; imported: Map<string, ImportedPart>; home: string } {
  const list = datasetEntries(region, group);
  const home = kitchinHome();
  const mine = new Set(importedIds(home));
  const manifest = mine.size ? readManifest(home) : {};
  const imported = new Map(
    list
      .filter((e) => mine.has(e.id))
      .map((e) => {
        const d = loadSeries(e.id);
        let last = d.values.length - 1;
        while (last > 0 && !Number.isFinite(d.values[last])) last--;
        const n = readImported(e.id, home)?.size ?? 0;
        return [e.id, { months: n, end: formatMonth(d.start + last), source: manifest[e.id]?.source ?? null }] as const;
      }),
  );
  return { list, imported, home };
}

function window(d: DatasetSeries, from?: string, to?: string): { start: number; end: number } {
  const a = from ? parseMonth(from, "--from") : d.start;
  const b = to ? parseMonth(to, "--to") : d.start + d.values.length - 1;
  if (b < a) throw new UsageError(say("fromAfterTo", { from: String(from), to: String(to) }));
  return { start: Math.max(a, d.start), end: Math.min(b, d.start + d.values.length - 1) };
}

/** One series' months (`YYYY-MM` bounds, either open) with their values (null when missing) and flags. */
export function seriesPoints(id: string, from?: string, to?: string) {
  const series = loadSeries(id);
  const w = window(series, from, to);
  const points: { date: string; value: number | null; flags: string[] }[] = [];
  for (let m = w.start; m <= w.end; m++) {
    const i = m - series.start;
    points.push({
      date: formatMonth(m),
      value: Number.isFinite(series.values[i]) ? series.values[i] : null,
      flags: flagNames(series.flags[i]),
    });
  }
  return { series, points };
}

/** Several series (by id, or a region's and group's) on one month axis: a header and one row per month. */
export function exportTable(ids: readonly string[], region?: string, group?: string, from?: string, to?: string) {
  const list = ids.length
    ? ids.map((id) => loadSeries(id))
    : datasetEntries(region, group).map((e) => loadSeries(e.id));
  if (list.length === 0) throw new UsageError(say("dataExportNothing"));
  const first = Math.min(...list.map((d) => d.start));
  const last = Math.max(...list.map((d) => d.start + d.values.length - 1));
  const a = from ? parseMonth(from, "--from") : first;
  const b = to ? parseMonth(to, "--to") : last;
  const header = ["date", ...list.map((d) => d.entry.id)];
  const rows: (string | number | null)[][] = [];
  for (let m = a; m <= b; m++)
    rows.push([
      formatMonth(m),
      ...list.map((d) => {
        const v = d.values[m - d.start];
        return Number.isFinite(v) ? v : null;
      }),
    ]);
  return { list, header, rows };
}
