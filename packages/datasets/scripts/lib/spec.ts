/**
 * What a recipe returns: catalog metadata (without the parts the writer fills in) plus the data.
 */
import type { CatalogEntry } from "../../src/types.ts";
import type { Monthly } from "./raw.ts";

export type EntryMeta = Omit<CatalogEntry, "region" | "start" | "end" | "file" | "frequency" | "concept" | "sourceIds">;

export interface Built {
  meta: EntryMeta;
  data: Monthly;
  /** Flag bits per month (FLAG_PROXY, FLAG_ANOMALY; never FLAG_FILLED in shipped files). */
  flags?: Map<number, number>;
  /** FRED-MD vintage for real-time copies. */
  vintage?: string;
}

/** Build-time figures that DATA.md quotes (written to data/build-report.json, checked like the data). */
export type Report = Record<string, unknown>;
