/**
 * Range adapters: Excel hands a custom function a 2-D array (rows × columns) of cell values;
 * the core wants flat series. These helpers only reshape — parsing and its errors are the core's
 * (`numericColumn`, `seriesFromObservations`), so the CLI and Excel say the same thing.
 *
 * A series range is one column or one row. Blank cells are missing values; rows are counted
 * from the first cell of the range, as the user sees them.
 */
import { KitchinError, numericColumn, seriesFromObservations, type Series } from "@kitchin/core";

export type Cell = number | string | boolean | null | undefined;
export type Range = Cell[][];
export type Out = (number | string)[][];

/** Orientation of the input, so a row in gives a row out. */
export type Shape = "column" | "row";

export interface Flat {
  cells: Cell[];
  shape: Shape;
}

/** A 1-D view of a single-row or single-column range; `what` names it in errors. */
export function flatten(range: Range | null | undefined, what: string): Flat {
  if (!Array.isArray(range) || range.length === 0) return { cells: [], shape: "column" };
  const rows = range.length;
  const cols = Array.isArray(range[0]) ? range[0].length : 0;
  if (cols === 0) return { cells: [], shape: "column" };
  if (cols === 1) {
    const cells = new Array<Cell>(rows);
    for (let i = 0; i < rows; i++) cells[i] = range[i][0];
    return { cells, shape: "column" };
  }
  if (rows === 1) return { cells: range[0].slice(), shape: "row" };
  throw new KitchinError("bad-option", `${what} must be one column or one row; got ${rows} rows × ${cols} columns`);
}

/** Numbers of a series range: blanks (and Wind's "--") are NaN; text is a `not-numeric` error naming the row. */
export function numbers(range: Range | null | undefined, what: string, required = true): { values: Float64Array; shape: Shape } {
  const f = flatten(range, what);
  if (required && f.cells.length === 0) throw new KitchinError("empty", `${what} range is empty`);
  return { values: numericColumn(f.cells, { column: what }), shape: f.shape };
}

/** A dated series from a date range and a value range of the same length (gaps, order, duplicates checked by the core). */
export function dated(dates: Range, values: Range, valueName: string): Series {
  const d = flatten(dates, "dates").cells;
  const v = numbers(values, valueName).values;
  if (d.length === 0) throw new KitchinError("empty", "dates range is empty");
  sameLength(d, "dates", v, valueName);
  return seriesFromObservations(d, Array.from(v), { column: valueName, dateColumn: "dates", allowSerialDates: true });
}

/** Text cells of a range (e.g. asset names), blanks → "". */
export function texts(range: Range | null | undefined, what: string): string[] {
  return flatten(range, what).cells.map((v) => (v === null || v === undefined ? "" : String(v).trim()));
}

/** Fails when two parallel ranges differ in length. */
export function sameLength(a: ArrayLike<unknown>, aName: string, b: ArrayLike<unknown>, bName: string): void {
  if (a.length !== b.length) {
    throw new KitchinError("length-mismatch", `${aName} and ${bName} ranges differ in length: ${a.length} vs ${b.length}`);
  }
}

/** One output cell: NaN/±Infinity → blank so Excel shows an empty cell, not #NUM!. */
export function cell(v: number | string): number | string {
  return typeof v === "number" && !Number.isFinite(v) ? "" : v;
}

/** A spilled vector in the input's orientation. */
export function vector(values: ArrayLike<number | string>, shape: Shape): Out {
  const n = values.length;
  if (shape === "row") {
    const row = new Array<number | string>(n);
    for (let i = 0; i < n; i++) row[i] = cell(values[i]);
    return [row];
  }
  const out = new Array<(number | string)[]>(n);
  for (let i = 0; i < n; i++) out[i] = [cell(values[i])];
  return out;
}

/** A table (header row first) with non-finite numbers blanked. */
export function table(rows: (number | string)[][]): Out {
  for (const r of rows) for (let j = 0; j < r.length; j++) r[j] = cell(r[j]);
  return rows;
}
