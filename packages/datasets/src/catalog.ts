/**
 * The generated catalog (`data/catalog.json`, written by `scripts/build.ts`): one entry per
 * shipped series. Browser-safe: a static JSON import that bundlers inline.
 */
import { editDistance, KitchinError, say, SIZE_LIMITS } from "@kitchin/core";
import catalogFile from "../data/catalog.json" with { type: "json" };
import type { CatalogEntry, CatalogFile, Region } from "./types.ts";

const file = catalogFile as CatalogFile;

/** Every current series, in catalog order (China first, then US). */
export const catalog: readonly CatalogEntry[] = file.series;

/** Older FRED-MD vintages of a few US series (same ids as the current series, `vintage` set). */
export const vintages: readonly CatalogEntry[] = file.vintages;

const byId = new Map(catalog.map((e) => [e.id, e]));

/** The catalog entry of `id`; throws `unknown-series` with the nearest ids as suggestions. */
export function findEntry(id: string): CatalogEntry {
  const hit = byId.get(id);
  if (hit) return hit;
  if (id.length > SIZE_LIMITS.seriesIdLength)
    throw new KitchinError("unknown-series", say("idTooLong", { n: id.length, max: SIZE_LIMITS.seriesIdLength }));
  throw new KitchinError("unknown-series", say("unknownSeriesId", { id, near: suggest(id) }));
}

/** The entry of `id` in FRED-MD vintage `vintage` (`YYYY-MM`). */
export function findVintageEntry(id: string, vintage: string): CatalogEntry {
  const hit = vintages.find((e) => e.id === id && e.vintage === vintage);
  if (hit) return hit;
  const have = vintages.filter((e) => e.id === id).map((e) => e.vintage);
  throw new KitchinError(
    "unknown-series",
    say("noVintage", { id, vintage, have: have.map(String), withVintages: [...new Set(vintages.map((e) => e.id))] }),
  );
}

export function entriesOf(region: Region): CatalogEntry[] {
  return catalog.filter((e) => e.region === region);
}

/** Up to three catalog ids near `id` (edit distance), nearest first. */
function suggest(id: string): string[] {
  const scored = catalog
    .map((e) => ({ id: e.id, d: editDistance(id.toLowerCase(), e.id) }))
    .sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : 1));
  const best = scored.filter((s) => s.d <= Math.max(2, Math.floor(id.length / 3))).slice(0, 3);
  return best.map((s) => s.id);
}
