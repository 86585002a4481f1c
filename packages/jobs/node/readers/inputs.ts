/**
 * Where a command's series come from: the shipped datasets (`--dataset cn|us`, or a series id)
 * or a user's file (`--file F` with `--column`, `--inventory`, `--demand`, `--date-column`,
 * `--lag`). Everything ends as core `Series` with a name and a release lag.
 */
import {
  KitchinError,
  formatMonth,
  seriesFromObservations,
  shortText,
  type Series,
  say,
  type Note,
} from "@kitchin/core";
import { FLAG_ANOMALY, REGION_DEFAULTS, analysisView, type DatasetSeries } from "@kitchin/datasets";
import { loadWithImports } from "../userData/store.ts";
import { kitchinHome } from "../userData/home.ts";
import type { SourceRequest } from "../../src/request.ts";
import { Readers } from "./readers.ts";
import { UsageError } from "../../src/errors.ts";
import { columnIndex, decimalOf, nameList, valueColumns, type UserTable } from "../io/table.ts";

export interface NamedSeries {
  series: Series;
  /** Series id (shipped) or column name (file). */
  name: string;
  /** Release lag in months. */
  releaseLag: number;
  /** Observation step in months: 1 monthly, 3 quarterly. */
  step: number;
  /** Months flagged in the shipped data: proxy months, anomalies (kept out of the analytics). */
  notes: Note[];
}

/**
 * A shipped series as the analytics should see it (`analysisView` of @kitchin/datasets, the rule
 * the Excel add-in shares): months flagged `anomaly` are read as missing.
 */
export function shippedSeries(id: string): NamedSeries {
  const { series: d, imported } = loadWithImports(id);
  const notes = notesOf(d);
  if (imported?.size) {
    const ks = [...imported.keys()];
    notes.push(
      say("importedMonths", {
        id,
        n: imported.size,
        from: formatMonth(Math.min(...ks)),
        to: formatMonth(Math.max(...ks)),
        home: kitchinHome(),
      }),
    );
  }
  return { series: analysisView(d), name: id, releaseLag: d.entry.lag, step: 1, notes };
}

function notesOf(d: DatasetSeries): Note[] {
  const notes: Note[] = [];
  const anomalies: string[] = [];
  let proxyFrom = -1;
  for (let i = 0; i < d.flags.length; i++) {
    if (d.flags[i] & FLAG_ANOMALY) anomalies.push(formatMonth(d.start + i));
    if (d.flags[i] & 2 && proxyFrom < 0) proxyFrom = d.start + i;
  }
  if (anomalies.length) notes.push(say("anomalies", { id: d.entry.id, months: anomalies }));
  if (proxyFrom >= 0) notes.push(say("proxyFrom", { id: d.entry.id, from: formatMonth(proxyFrom) }));
  return notes;
}

function region(q: SourceRequest): "cn" | "us" {
  const r = q.dataset!;
  if (r !== "cn" && r !== "us")
    throw new UsageError(say("flagMustBe", { flag: "dataset", allowed: ["cn", "us"], got: r }));
  return r;
}

function requireOneSource(q: SourceRequest): "dataset" | "file" {
  const d = q.dataset;
  const f = q.file;
  if (d && f) throw new UsageError(say("eitherNotBoth", { a: "--dataset", b: "--file" }));
  if (!d && !f) throw new UsageError(say("noInput"));
  return d ? "dataset" : "file";
}

/**
 * Reads one named column of a user table as a series; quarterly tables keep their observations.
 * The notes say what reading did: the table's (newest first reversed, encoding) and the column's
 * (cells read as missing with their rows, absent months, rows at the end without a value).
 */
export function columnSeries(t: UserTable, column: number, lag: number): NamedSeries {
  const months = t.rows.map((r) => r.month); // read once by the table
  const step = isQuarterly(months) ? 3 : 1;
  const name = t.header[column];
  const notes = [...t.notes];
  const opts = {
    file: t.file,
    column: name,
    dateColumn: t.header[t.dateColumn],
    allowSerialDates: t.allowSerialDates,
    rowNumbers: t.rows.map((r) => r.row),
    decimal: decimalOf(t, column),
    notes,
  };
  const dates = t.rows.map((r) => r.cells[t.dateColumn]);
  const cells = t.rows.map((r) => r.cells[column]);
  if (t.mixedPercentColumns.has(column)) {
    throw new KitchinError("not-numeric", say("mixedPercent"), { file: t.file, column: name });
  }
  let series: Series;
  if (step === 3) {
    // Quarterly: one observation per quarter; indices count quarters (methods.md §2).
    const values = new Float64Array(t.rows.length);
    const s = seriesFromObservations(dates, cells, { ...opts, maxGap: 2, notes: undefined });
    for (let k = 0; k < months.length; k++) values[k] = s.values[months[k] - s.start];
    series = { start: months[0], values };
  } else series = seriesFromObservations(dates, cells, opts);
  if (t.percentColumns.has(column)) {
    // Excel shows 0.032 as 3.2% and analysts read 3.2: the thresholds are in percentage points.
    for (let k = 0; k < series.values.length; k++) series.values[k] *= 100;
    notes.push(say("percentColumn", { file: t.file, column: shortText(name) }));
  }
  if (t.delimiter !== "," && opts.decimal === ",")
    notes.push(say("decimalCommas", { file: t.file, column: shortText(name) }));
  return { series, name, releaseLag: lag, step, notes };
}

function isQuarterly(months: number[]): boolean {
  if (months.length < 3) return false;
  for (let k = 1; k < months.length; k++) if (months[k] - months[k - 1] !== 3) return false;
  return true;
}

/** The series for `turns`: `--dataset` + `--series ID`, or `--file` + `--column`. */
export async function turnInput(q: SourceRequest, readers = new Readers()): Promise<NamedSeries> {
  const source = requireOneSource(q);
  if (source === "dataset") {
    const id = q.series ?? REGION_DEFAULTS[region(q)].inventory;
    if (!id.startsWith(`${region(q)}.`)) throw new UsageError(say("seriesNotInDataset", { id, region: region(q) }));
    return shippedSeries(id);
  }
  const t = await readers.table(q.file!, { dateColumn: q.dateColumn, sheet: q.sheet });
  const name = q.column;
  let c: number;
  if (name !== undefined) c = columnIndex(t, name, "--column");
  else {
    const cols = valueColumns(t);
    if (cols.length !== 1)
      throw new UsageError(say("oneColumnNeeded", { n: cols.length, columns: nameList(cols.map((i) => t.header[i])) }));
    c = cols[0];
  }
  return columnSeries(t, c, q.lag ?? 0);
}

/** The demand and inventory series (shipped, or the file's columns) that phase and cycle work read. */
export async function demandAndInventory(
  q: SourceRequest,
  readers = new Readers(),
): Promise<{ revenue: NamedSeries; inventory: NamedSeries }> {
  const source = requireOneSource(q);
  if (source === "dataset") {
    const d = REGION_DEFAULTS[region(q)];
    const inv = q.inventory ?? d.inventory;
    const rev = q.demand ?? d.demand;
    return { revenue: shippedSeries(rev), inventory: shippedSeries(inv) };
  }
  const t = await readers.table(q.file!, { dateColumn: q.dateColumn, sheet: q.sheet });
  const invName = q.inventory;
  const revName = q.demand;
  if (!invName || !revName) {
    throw new UsageError(say("fileColumnsNeeded", { columns: nameList(valueColumns(t).map((i) => t.header[i])) }));
  }
  const lag = q.lag ?? 0;
  const inventory = columnSeries(t, columnIndex(t, invName, "--inventory"), lag);
  const revenue = columnSeries(t, columnIndex(t, revName, "--demand"), lag);
  if (inventory.step !== 1) throw new KitchinError("bad-file", say("quarterlyPhases"), { file: t.file });
  return { revenue, inventory };
}
