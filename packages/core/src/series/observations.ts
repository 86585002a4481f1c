/**
 * Turning user tables (CSV, XLSX, Excel ranges) into monthly series, with one actionable
 * error for each kind of bad input: empty, ragged, non-numeric, unsorted, duplicated or
 * gapped data. Readers (CLI, add-in) pass cells; rows are reported 1-based as the user sees them.
 */
import { KitchinError } from "../errors.ts";
import { formatMonth } from "../time/month.ts";
import { say, type Note } from "../phases/messages.ts";
import { notNumberMessage, quoteCell, readNumber, shortText, type DecimalMark } from "../input/number.ts";
import { notDateMessage, readMonth } from "../input/dates.ts";
import type { Series } from "./series.ts";

export type { Cell } from "../input/cell.ts";
import type { Cell } from "../input/cell.ts";

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
  /** The user's row number of each cell, when rows are not consecutive (blank lines skipped, reversed files). */
  rowNumbers?: ArrayLike<number>;
  /** Decimal mark of text cells (`,` only for `;`- or tab-separated files; see `decimalMarkOf`). */
  decimal?: DecimalMark;
  /**
   * Collects what was done to the data, one sentence each: cells read as missing (with their rows),
   * absent months read as missing, rows at the end without a value. The CLI prints them as `note:`.
   */
  notes?: Note[];
}

/** Parses a column of values; throws `not-numeric` naming the first bad row (see `readNumber`). */
export function numericColumn(cells: readonly Cell[], opts: ObservationOptions = {}): Float64Array {
  const out = new Float64Array(cells.length);
  const decimal = opts.decimal ?? ".";
  let percent = -1,
    plain = -1; // first cell written with and without a % sign
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const x = readNumber(c, decimal);
    if (x === undefined) {
      throw new KitchinError("not-numeric", notNumberMessage(c, decimal), {
        file: opts.file,
        row: rowOf(opts, i),
        column: opts.column,
      });
    }
    out[i] = x;
    if (Number.isNaN(x)) continue;
    if (typeof c === "string" && c.trim().endsWith("%")) {
      if (percent < 0) percent = i;
    } else if (plain < 0) plain = i;
    if (percent >= 0 && plain >= 0) {
      // "3.2%" next to 0.032: one of them is in the wrong unit, and which one cannot be told.
      const at = Math.max(percent, plain);
      throw new KitchinError(
        "not-numeric",
        say("mixedPercentText", { percent: quoteCell(cells[percent]), plain: quoteCell(cells[plain]) }),
        { file: opts.file, row: rowOf(opts, at), column: opts.column },
      );
    }
  }
  return out;
}

/** The user's row number of the i-th cell. */
function rowOf(opts: ObservationOptions, i: number): number {
  return opts.rowNumbers ? opts.rowNumbers[i] : (opts.firstRow ?? 1) + i;
}

/** Longest run of absent months read as missing values (`NaN`); a longer hole is an error. */
export const MAX_GAP_MONTHS = 2;

/**
 * Dates and values → a monthly series. Dates must increase strictly, one per month;
 * absent months up to `maxGap` long become `NaN`.
 */
export function seriesFromObservations(
  dates: readonly Cell[],
  values: readonly Cell[],
  opts: ObservationOptions = {},
): Series {
  const place = (i: number, column = opts.column) => ({ file: opts.file, row: rowOf(opts, i), column });
  if (dates.length !== values.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "dates and values", a: dates.length, b: values.length }),
      { file: opts.file },
    );
  }
  if (dates.length === 0)
    throw new KitchinError("empty", say("noObservations"), { file: opts.file, column: opts.column });
  const maxGap = opts.maxGap ?? MAX_GAP_MONTHS;
  const months = new Int32Array(dates.length);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const m = readMonth(d, opts.allowSerialDates);
    if (Number.isNaN(m)) throw new KitchinError("bad-date", notDateMessage(d), place(i, opts.dateColumn));
    months[i] = m;
    if (i > 0) {
      const step = m - months[i - 1];
      if (step === 0)
        throw new KitchinError("duplicate", say("monthTwice", { month: formatMonth(m) }), place(i, opts.dateColumn));
      if (step < 0)
        throw new KitchinError(
          "unsorted",
          say("unsortedDates", { month: formatMonth(m), prev: formatMonth(months[i - 1]) }),
          place(i, opts.dateColumn),
        );
      if (step - 1 > maxGap) {
        throw new KitchinError(
          "gap",
          say("monthsMissing", { n: step - 1, from: formatMonth(months[i - 1]), to: formatMonth(m) }),
          place(i, opts.dateColumn),
        );
      }
    }
  }
  const vals = numericColumn(values, opts);
  const start = months[0];
  const out = new Float64Array(months[months.length - 1] - start + 1).fill(NaN);
  for (let i = 0; i < months.length; i++) out[months[i] - start] = vals[i];
  let any = false;
  for (let i = 0; i < out.length && !any; i++) any = Number.isFinite(out[i]);
  if (!any)
    throw new KitchinError("empty", say("noNumericValues", { name: "the column" }), {
      file: opts.file,
      column: opts.column,
    });
  if (opts.notes) noteChanges(opts, values, vals, months, opts.notes);
  return { start, values: out };
}

/** What reading did to the column, as notes: missing cells, absent months, trailing rows without values. */
function noteChanges(
  opts: ObservationOptions,
  cells: readonly Cell[],
  vals: Float64Array,
  months: Int32Array,
  notes: Note[],
): void {
  const column = opts.column !== undefined ? shortText(opts.column) : undefined;
  let first = 0;
  while (first < vals.length && Number.isNaN(vals[first])) first++;
  let last = vals.length - 1;
  while (last >= 0 && Number.isNaN(vals[last])) last--;
  const missing: number[] = [];
  const tokens = new Set<string>();
  for (let i = first + 1; i < last; i++) {
    if (!Number.isNaN(vals[i])) continue;
    missing.push(rowOf(opts, i));
    const c = cells[i];
    tokens.add(
      c === null || c === undefined || String(c).trim() === "" ? "blank" : `"${shortText(String(c).trim(), 12)}"`,
    );
  }
  if (first > 0) {
    notes.push(say("leadingEmpty", { column, n: first, start: formatMonth(months[first]) }));
  }
  if (missing.length > 0) {
    const n = missing.length;
    notes.push(
      say("cellsMissing", {
        column,
        n,
        tokens: [...tokens],
        rows: missing.slice(0, 6),
        more: Math.max(0, missing.length - 6),
      }),
    );
  }
  const absent: string[] = [];
  for (let i = 1; i < months.length; i++) {
    const step = months[i] - months[i - 1];
    if (step > 1)
      absent.push(
        step === 2 ? formatMonth(months[i] - 1) : `${formatMonth(months[i - 1] + 1)}–${formatMonth(months[i] - 1)}`,
      );
  }
  if (absent.length)
    notes.push(say("monthsAbsent", { column, absent: absent.slice(0, 6), more: Math.max(0, absent.length - 6) }));
  if (last < vals.length - 1) {
    const n = vals.length - 1 - last;
    notes.push(
      say("trailingEmpty", { column, n, from: formatMonth(months[last + 1]), end: formatMonth(months[last]) }),
    );
  }
}
