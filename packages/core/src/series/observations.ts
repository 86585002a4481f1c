/**
 * Turning user tables (CSV, XLSX, Excel ranges) into monthly series, with one actionable
 * error for each kind of bad input: empty, ragged, non-numeric, unsorted, duplicated or
 * gapped data. Readers (CLI, add-in) pass cells; rows are reported 1-based as the user sees them.
 */
import { KitchinError } from "../errors.ts";
import { formatMonth, parseMonthLoose } from "../time/month.ts";
import type { Series } from "./series.ts";

export type Cell = string | number | boolean | null | undefined;

export interface ObservationOptions {
  /** Column name for messages. */
  column?: string;
  dateColumn?: string;
  file?: string;
  /** Row number (as the user sees it) of the first cell; default 1. */
  firstRow?: number;
  /** Accept Excel serial day numbers as dates (Excel ranges). */
  allowSerialDates?: boolean;
  /**
   * Longest run of absent months accepted and read as missing values; longer holes are
   * a `gap` error. Default 2: NBS omits January (merged into the Jan–Feb release), and a
   * one-month hole is common in exports; a longer hole usually means a wrong file.
   */
  maxGap?: number;
}

/** A numeric cell: number, numeric text (thousands separators and `%` allowed); blank → NaN; else `undefined`. */
export function readNumber(cell: Cell): number | undefined {
  if (cell === null || cell === undefined) return NaN;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell === "boolean") return undefined;
  const t = cell.trim();
  if (t === "" || t === "--" || t === "-" || t === "NA" || t === "N/A" || t === "#N/A" || t === "NaN" || t === ".") return NaN;
  const x = Number(t.replace(/,/g, "").replace(/%$/, ""));
  return Number.isFinite(x) ? x : undefined;
}

/** Parses a column of values; throws `not-numeric` naming the first bad row. */
export function numericColumn(cells: readonly Cell[], opts: ObservationOptions = {}): Float64Array {
  const out = new Float64Array(cells.length);
  const first = opts.firstRow ?? 1;
  for (let i = 0; i < cells.length; i++) {
    const x = readNumber(cells[i]);
    if (x === undefined) {
      throw new KitchinError("not-numeric", `"${String(cells[i])}" is not a number`, {
        file: opts.file, row: first + i, column: opts.column,
      });
    }
    out[i] = x;
  }
  return out;
}

/**
 * Dates and values → a monthly series. Dates must increase strictly, one per month;
 * absent months up to `maxGap` long become `NaN`.
 */
export function seriesFromObservations(dates: readonly Cell[], values: readonly Cell[], opts: ObservationOptions = {}): Series {
  const first = opts.firstRow ?? 1;
  const place = (i: number, column = opts.column) => ({ file: opts.file, row: first + i, column });
  if (dates.length !== values.length) {
    throw new KitchinError("length-mismatch", `dates and values differ in length: ${dates.length} vs ${values.length}`, { file: opts.file });
  }
  if (dates.length === 0) throw new KitchinError("empty", "no observations", { file: opts.file, column: opts.column });
  const maxGap = opts.maxGap ?? 2;
  const months = new Int32Array(dates.length);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const m = typeof d === "number" || typeof d === "string" ? parseMonthLoose(d as string | number, opts.allowSerialDates) : NaN;
    if (Number.isNaN(m)) throw new KitchinError("bad-date", `"${String(d ?? "")}" is not a date`, place(i, opts.dateColumn));
    months[i] = m;
    if (i > 0) {
      const step = m - months[i - 1];
      if (step === 0) throw new KitchinError("duplicate", `${formatMonth(m)} appears twice`, place(i, opts.dateColumn));
      if (step < 0) throw new KitchinError("unsorted", `dates are not in increasing order: ${formatMonth(m)} follows ${formatMonth(months[i - 1])}; sort the table by date`, place(i, opts.dateColumn));
      if (step - 1 > maxGap) {
        throw new KitchinError("gap", `${step - 1} months are missing between ${formatMonth(months[i - 1])} and ${formatMonth(m)}; monthly data is expected`, place(i, opts.dateColumn));
      }
    }
  }
  const vals = numericColumn(values, opts);
  const start = months[0];
  const out = new Float64Array(months[months.length - 1] - start + 1).fill(NaN);
  for (let i = 0; i < months.length; i++) out[months[i] - start] = vals[i];
  let any = false;
  for (let i = 0; i < out.length && !any; i++) any = Number.isFinite(out[i]);
  if (!any) throw new KitchinError("empty", "the column has no numeric values", { file: opts.file, column: opts.column });
  return { start, values: out };
}
