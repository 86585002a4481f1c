/**
 * Node loader for the curated files: synchronous reads from this package's `data/` folder.
 * Re-exports the browser-safe API so Node callers need one import.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { entriesOf, findEntry, findVintageEntry } from "./catalog.ts";
import { parseCuratedCsv } from "./csv.ts";
import type { CatalogEntry, DatasetSeries, Region } from "./types.ts";
import { industryPanelFile, parseIndustryPanel, type IndustryPanel } from "./industries.ts";

export * from "./index.ts";

/** Absolute path of the `data/` folder (catalog.json and `<region>/<id>.csv`). */
export const dataDir: string = fileURLToPath(new URL("../data/", import.meta.url));

/** Reads one current series; unknown ids throw `unknown-series`, broken files `bad-file` with the row. */
export function loadSeries(id: string): DatasetSeries {
  return loadEntry(findEntry(id));
}

/** Reads one series as published in an older FRED-MD vintage (e.g. `loadVintage("us.inventory_yoy", "2019-10")`). */
export function loadVintage(id: string, vintage: string): DatasetSeries {
  return loadEntry(findVintageEntry(id, vintage));
}

export function loadEntry(entry: CatalogEntry): DatasetSeries {
  return parseCuratedCsv(readFileSync(join(dataDir, entry.file), "utf8"), entry);
}

/** Every current series of a region, keyed by id, in catalog order. */
export function loadRegion(region: Region): Record<string, DatasetSeries> {
  const out: Record<string, DatasetSeries> = {};
  for (const e of entriesOf(region)) out[e.id] = loadEntry(e);
  return out;
}

/** A region's shipped industry panel (`data/industries/<region>.json`). */
export function loadIndustryPanel(region: Region): IndustryPanel {
  const rel = industryPanelFile(region);
  return parseIndustryPanel(readFileSync(join(dataDir, rel), "utf8"), rel);
}
