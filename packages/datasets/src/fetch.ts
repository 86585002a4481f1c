import { KitchinError } from "@kitchin/core";
import { findEntry, findVintageEntry } from "./catalog.ts";
import { parseCuratedCsv } from "./csv.ts";
import type { CatalogEntry, DatasetSeries } from "./types.ts";

/** The part of `fetch` the loader needs (so tests and the add-in can pass their own). */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/**
 * Fetches and parses one curated series from `baseUrl` (the URL that serves this package's
 * `data/` folder, e.g. the add-in's `dist/data/`). Browser-safe. Unknown ids throw
 * `unknown-series` before any request is made.
 */
export async function fetchSeries(
  id: string,
  baseUrl: string,
  fetchFn: FetchLike = fetch,
  vintage?: string,
): Promise<DatasetSeries> {
  const entry = vintage ? findVintageEntry(id, vintage) : findEntry(id);
  return fetchEntry(entry, baseUrl, fetchFn);
}

export async function fetchEntry(
  entry: CatalogEntry,
  baseUrl: string,
  fetchFn: FetchLike = fetch,
): Promise<DatasetSeries> {
  const url = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + entry.file;
  const res = await fetchFn(url);
  if (!res.ok)
    throw new KitchinError("not-found", `${entry.id}: cannot fetch ${url} (HTTP ${res.status})`, { file: entry.file });
  return parseCuratedCsv(await res.text(), entry);
}
