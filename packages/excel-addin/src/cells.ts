/**
 * Range adapters: Excel hands a custom function a 2-D array (rows × columns) of cell values;
 * the core wants flat series. These helpers only reshape — parsing and its errors are the core's
 * (`numericColumn`, `seriesFromObservations`), so the CLI and Excel say the same thing.
 *
 * A series range is one column or one row. Blank cells are missing values; rows are counted
 * from the first cell of the range, as the user sees them.
 */
import {
  KitchinError,
  SIZE_LIMITS,
  formatMonth,
  notDateMessage,
  readMonth,
  seriesFromObservations,
  type Series,
  type Note,
  type Lang,
  inLang,
  say,
  wordOf,
} from "@kitchin/core";

export type Cell = number | string | boolean | null | undefined;
export type Range = Cell[][];
export type Out = (number | string)[][];

/** Orientation of the input, so a row in gives a row out. */
export type Shape = "column" | "row";

export interface Flat {
  cells: Cell[];
  shape: Shape;
}

/**
 * Ranges longer than `SIZE_LIMITS.excelRows` are refused before any work: a function must answer
 * within about two seconds (docs/excel.md, Limits), and 20,000 months is 1,600 years.
 */
export function checkRows(n: number, what: string): void {
  if (n > SIZE_LIMITS.excelRows)
    throw new KitchinError("bad-option", say("xlTooManyRows", { what, n, max: SIZE_LIMITS.excelRows }));
}

/** A 1-D view of a single-row or single-column range; `what` names it in errors. */
export function flatten(range: Range | null | undefined, what: string): Flat {
  if (!Array.isArray(range) || range.length === 0) return { cells: [], shape: "column" };
  const rows = range.length;
  const cols = Array.isArray(range[0]) ? range[0].length : 0;
  if (cols === 0) return { cells: [], shape: "column" };
  checkRows(Math.max(rows, cols), what);
  // A ragged range (rows of different widths) is refused: its extra cells would be dropped silently.
  for (let i = 1; i < rows; i++) {
    if (!Array.isArray(range[i]) || range[i].length !== cols) {
      throw new KitchinError(
        "bad-option",
        say("xlRagged", { what, row: i + 1, cells: Array.isArray(range[i]) ? range[i].length : 0, width: cols }),
      );
    }
  }
  if (cols === 1) {
    const cells = new Array<Cell>(rows);
    for (let i = 0; i < rows; i++) cells[i] = range[i][0];
    return { cells, shape: "column" };
  }
  if (rows === 1) return { cells: range[0].slice(), shape: "row" };
  throw new KitchinError("bad-option", say("xlNotVector", { what, rows, cols }));
}

/**
 * A range argument left empty: omitted, an empty range, or one blank cell (`""` or an empty
 * argument `,,`, which Excel passes as a single blank). CYCLE.CYCLES takes its demand this way,
 * because Excel refuses to load functions whose required argument follows an optional one
 * (office-js #1749), so demand cannot be `[demand]` before the required inventory; CYCLE.OUTLOOK's
 * optional deflator is read the same way.
 */
export function leftEmpty(range: Range | null | undefined): boolean {
  if (range === undefined || range === null) return true;
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]) || range[0].length === 0) return true;
  if (range.length !== 1 || range[0].length !== 1) return false;
  const v = range[0][0];
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Text cells of a range (e.g. asset names), blanks → "". */
export function texts(range: Range | null | undefined, what: string): string[] {
  return flatten(range, what).cells.map((v) => (v === null || v === undefined ? "" : String(v).trim()));
}

/** Fails when two parallel ranges differ in length. */
export function sameLength(a: ArrayLike<unknown>, aName: string, b: ArrayLike<unknown>, bName: string): void {
  if (a.length !== b.length) {
    throw new KitchinError("length-mismatch", say("xlLengths", { a: aName, b: bName, na: a.length, nb: b.length }));
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

/**
 * The month axis of a dates range, the first argument of every time-series function. Dates may
 * run oldest first or newest first (Wind's native order); anything else is refused with the row.
 * Values are read on the months in increasing order (`onAxis`) and answers are given back in the
 * input's own row order and orientation (`backToRows`), so a newest-first range gets a
 * newest-first answer that equals, row for row, the answer for the same data sorted.
 */
export interface Axis {
  /** The month of each input row. */
  months: Int32Array;
  /** Input rows in increasing month order. */
  order: Int32Array;
  newestFirst: boolean;
  shape: Shape;
  /** The first (earliest) month. */
  start: number;
  /** What reading did (newest first, cells read as missing, absent months …), one sentence each. */
  notes: Note[];
  /** `notes=true`: the notes are appended below the answer (see `appendNotes`). */
  showNotes: boolean;
  /** The language the notes are rendered in (option `lang`), from their message keys when appended. */
  lang: Lang;
}

export function axisOf(dates: Range | null | undefined, showNotes = false, headerRows = 0, lang: Lang = "en"): Axis {
  const f = flatten(dates, "dates");
  const n = f.cells.length;
  if (n === 0) throw new KitchinError("empty", say("xlDatesEmpty"));
  const months = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const m = readMonth(f.cells[i], true);
    if (Number.isNaN(m))
      throw new KitchinError("bad-date", notDateMessage(f.cells[i]), { row: i + 1 + headerRows, column: "dates" });
    months[i] = m;
  }
  const newestFirst = n > 1 && months[1] < months[0];
  for (let i = 1; i < n; i++) {
    const step = newestFirst ? months[i - 1] - months[i] : months[i] - months[i - 1];
    if (step === 0)
      throw new KitchinError("duplicate", say("monthTwice", { month: formatMonth(months[i]) }), {
        row: i + 1 + headerRows,
        column: "dates",
      });
    if (step < 0) {
      throw new KitchinError(
        "unsorted",
        say("xlDatesOrder", { month: formatMonth(months[i]), prev: formatMonth(months[i - 1]) }),
        { row: i + 1 + headerRows, column: "dates" },
      );
    }
  }
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = newestFirst ? n - 1 - k : k;
  const notes: Note[] = newestFirst ? [say("newestFirstRange")] : [];
  return { months, order, newestFirst, shape: f.shape, start: months[order[0]], notes, showNotes, lang };
}

/**
 * A value range on the axis: a monthly series from the earliest month (gaps and bad cells checked by the core, rows
 * named as the user sees them).
 */
export function onAxis(axis: Axis, values: Range | null | undefined, name: string): Series {
  const cells = flatten(values, name).cells;
  if (cells.length === 0) throw new KitchinError("empty", say("xlRangeEmpty", { what: name }));
  sameLength(axis.months, "dates", cells, name);
  const n = cells.length;
  const dates = new Array<Cell>(n);
  const vals = new Array<Cell>(n);
  const rows = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const i = axis.order[k];
    dates[k] = axis.months[i];
    vals[k] = cells[i];
    rows[k] = i + 1;
  }
  // Months are already indices: give them back as YYYY-MM text for the core's reader.
  return seriesFromObservations(
    dates.map((m) => formatMonth(m as number)),
    vals,
    { column: name, dateColumn: "dates", rowNumbers: rows, notes: axis.notes },
  );
}

/** A per-month answer (`values[k]` is month `start + k`) back on the input's rows, in its orientation. */
export function backToRows(
  axis: Axis,
  start: number,
  values: ArrayLike<number | string>,
  missing: number | string = NaN,
): Out {
  const n = axis.months.length;
  const out = new Array<number | string>(n);
  for (let i = 0; i < n; i++) {
    const k = axis.months[i] - start;
    out[i] = k >= 0 && k < values.length ? values[k] : missing;
  }
  return appendNotes(vector(out, axis.shape), axis);
}

/**
 * With `notes=true`, the notes go below the answer, one row each (`note: …` in the first cell,
 * the rest blank so the spill stays rectangular); the answer's own rows keep their place.
 */
export function appendNotes(out: Out, axis: Axis): Out {
  if (!axis.showNotes || axis.notes.length === 0) return out;
  const width = Math.max(1, out[0]?.length ?? 1);
  // The same note twice (two series read from one range) once: compared by its rendered text.
  for (const n of new Set(axis.notes.map((x) => inLang(x, axis.lang)))) {
    const r: (number | string)[] = new Array(width).fill("");
    r[0] = `${wordOf("note", axis.lang)}: ${n}`;
    out.push(r);
  }
  return out;
}
