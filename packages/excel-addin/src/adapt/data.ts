/**
 * CYCLE.DATA and CYCLE.SERIES: the shipped curated series. Files are fetched lazily from the
 * add-in's own `data/` folder (never bundled) and kept per id for the session. DATA gives
 * (month, value, flags); an anomaly month's value is blank, its published value in the flags.
 */
import { KitchinError, formatMonth, parseMonthLoose, say } from "@kitchin/core";
import {
  FLAG_ANOMALY,
  analysisView,
  catalog,
  fetchSeries,
  findEntry,
  formatFlags,
  type DatasetSeries,
  type FetchLike,
} from "@kitchin/datasets";
import { table, type Out } from "../cells.ts";

/** Where `data/` is served: beside the page that loaded the bundle, else the URL fixed at build time. */
declare const KITCHIN_DATA_BASE: string;

export function dataBase(): string {
  const href = (globalThis as { location?: { href?: string } }).location?.href;
  return href && /^https?:/.test(href) ? new URL("data/", href).href : KITCHIN_DATA_BASE;
}

const loaded = new Map<string, Promise<DatasetSeries>>();

function load(id: string, fetchFn: FetchLike): Promise<DatasetSeries> {
  let p = loaded.get(id);
  if (!p) {
    p = fetchSeries(id, dataBase(), fetchFn);
    loaded.set(id, p);
    p.catch(() => loaded.delete(id)); // a failed fetch is retried on the next recalculation
  }
  return p;
}

function monthArg(v: unknown, what: string): number | null {
  if (v === undefined || v === null || v === "") return null;
  const m = typeof v === "number" || typeof v === "string" ? parseMonthLoose(v, true) : NaN;
  if (Number.isNaN(m)) throw new KitchinError("bad-date", say("xlNotMonthArg", { what, value: String(v) }));
  return m;
}

export async function dataOf(
  seriesId: string,
  from?: unknown,
  to?: unknown,
  fetchFn: FetchLike = (u) => fetch(u),
): Promise<Out> {
  const id = String(seriesId ?? "").trim();
  if (id === "") throw new KitchinError("unknown-series", say("xlNoSeriesId"));
  findEntry(id); // unknown ids fail here, before any request
  const a = monthArg(from, "from");
  const b = monthArg(to, "to");
  if (a !== null && b !== null && b < a)
    throw new KitchinError("bad-option", say("xlToBeforeFrom", { to: formatMonth(b), from: formatMonth(a) }));
  const s = await load(id, fetchFn);
  const values = analysisView(s).values; // anomaly months blank, as `kitchin --dataset` reads them
  const rows: (number | string)[][] = [];
  for (let i = 0; i < s.values.length; i++) {
    const m = s.start + i;
    if ((a !== null && m < a) || (b !== null && m > b)) continue;
    const f = s.flags[i];
    rows.push([
      formatMonth(m),
      values[i],
      f & FLAG_ANOMALY ? `${formatFlags(f)} (published ${s.values[i]})` : formatFlags(f),
    ]);
  }
  if (rows.length === 0) {
    throw new KitchinError(
      "no-overlap",
      say("xlNoMonthsIn", {
        id,
        from: a === null ? "…" : formatMonth(a),
        to: b === null ? "…" : formatMonth(b),
        start: s.entry.start,
        end: s.entry.end,
      }),
    );
  }
  return table(rows);
}

let listing: Out | null = null;

export function seriesList(): Out {
  listing ??= table([
    ["id", "name", "名称", "unit", "kind", "start", "end", "lag", "source"],
    ...catalog.map((e) => [e.id, e.name, e.nameZh, e.unit, e.kind, e.start, e.end, e.lag, e.source]),
  ]);
  return listing.map((r) => r.slice());
}
