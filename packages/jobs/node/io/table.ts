/**
 * A user's table (CSV or XLSX) → named columns of cells with their row numbers.
 *
 * Wind and Choice exports load as they are: a header row (`指标名称` …), metadata rows
 * (`频率`, `单位`, `指标ID`, `来源`, `更新时间` …) before the first dated row, and footer lines
 * such as `数据来源：Wind` after the last one. Data starts at the first row whose date cell
 * reads as a month; anything after the last dated row must be blank or a source/note line.
 * Newest-first exports (strictly decreasing dates) are turned around; any other disorder is
 * an error.
 */
import { readFileSync } from "node:fs";
import {
  KitchinError,
  decimalMarkOf,
  decodeText,
  monthOfDateKey,
  readDateKey,
  readMonth,
  shortText,
  notDateMessage,
  type Cell,
  type DecimalMark,
  type TextEncoding,
  about,
  say,
  type Note,
} from "@kitchin/core";
import { checkInputFile } from "./inputFile.ts";
import { parseCsvWithDelimiter } from "./csv.ts";
import { readXlsx } from "./xlsx.ts";
import { readXls } from "./xls.ts";

export interface UserTable {
  file: string;
  /** Column names from the header row (`column N` when there is none). */
  header: string[];
  /** Wind indicator ids (`指标ID` row) by column, when present. */
  ids: (string | null)[];
  /** Units (`单位` row) by column, when present. */
  units: (string | null)[];
  dateColumn: number;
  /**
   * Data rows in increasing date order, with their 1-based row numbers in the file and their date
   * cell read once: `month` (`NaN` when the cell is not a date) and `date`, its key with the day
   * (core `readDateKey`: `32 × month + day`).
   */
  rows: TableRow[];
  allowSerialDates: boolean;
  /** Text encoding of a CSV file (XLSX: UTF-8). */
  encoding: TextEncoding;
  /** Field delimiter of a CSV file; `;` and tab files may use decimal commas. */
  delimiter: string;
  /** What reading did to the table (reversed order, encoding, merged cells …), one sentence each. */
  notes: Note[];
  /** XLSX columns (0-based) whose numbers are all percent-formatted (read ×100, with a note). */
  percentColumns: Set<number>;
  /** XLSX columns (0-based) where only some numbers are percent-formatted (refused when used). */
  mixedPercentColumns: Set<number>;
}

export interface TableRow {
  row: number;
  cells: Cell[];
  month: number;
  date: number;
}

const FOOTER = /^\s*(数据来源|来源|资料来源|注|备注|source|note)/i;
/** NBS download preamble: one-cell lines such as `数据库：月度数据`, `时间：2016-`, `地区：全国`. */
const PREAMBLE = /^\s*[^\s：:]{1,12}\s*[：:]/;
const META_ID = /^\s*(指标ID|指标代码|ID|代码|Wind代码)\s*$/i;
const META_UNIT = /^\s*(单位|unit)\s*$/i;

/** The raw rows of a CSV or XLSX file, with how they were read. Every file command reads through here. */
export interface RawRows {
  rows: Cell[][];
  serial: boolean;
  encoding: TextEncoding;
  delimiter: string;
  notes: Note[];
  /** XLSX columns (0-based) whose numbers are all percent-formatted. */
  percentColumns: Set<number>;
  /** XLSX columns (0-based) where only some numbers are percent-formatted. */
  mixedPercentColumns: Set<number>;
}

/** `bytes`: the file's content when a caller has already read it (the price reader's fast path), so it is read once. */
export async function readRows(file: string, sheet?: string, bytes?: Uint8Array): Promise<RawRows> {
  checkInputFile(file);
  const lower = file.toLowerCase();
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
    const r = await readXlsx(file, sheet);
    return {
      rows: r.rows as Cell[][],
      serial: r.serialDates,
      encoding: "UTF-8",
      delimiter: ",",
      notes: r.notes,
      percentColumns: r.percentColumns,
      mixedPercentColumns: r.mixedPercentColumns,
    };
  }
  if (lower.endsWith(".xls")) {
    const r = await readXls(file, sheet);
    return {
      rows: r.rows as Cell[][],
      serial: r.serialDates,
      encoding: "UTF-8",
      delimiter: ",",
      notes: r.notes,
      percentColumns: r.percentColumns,
      mixedPercentColumns: r.mixedPercentColumns,
    };
  }
  const { text, encoding } = decodeText(bytes ?? readFileSync(file), file);
  const { rows, delimiter } = parseCsvWithDelimiter(text, file);
  const notes = encoding === "UTF-8" ? [] : [say("encodingRead", { file, encoding })];
  return { rows, serial: false, encoding, delimiter, notes, percentColumns: new Set(), mixedPercentColumns: new Set() };
}

export async function readUserTable(
  file: string,
  opts: { dateColumn?: string; sheet?: string; bytes?: Uint8Array } = {},
): Promise<UserTable> {
  const raw = await readRows(file, opts.sheet, opts.bytes);
  try {
    const t = tableFromRows(raw.rows, file, {
      dateColumn: opts.dateColumn,
      allowSerialDates: raw.serial,
      encoding: raw.encoding,
      delimiter: raw.delimiter,
    });
    t.notes.unshift(...raw.notes);
    t.percentColumns = raw.percentColumns;
    t.mixedPercentColumns = raw.mixedPercentColumns;
    return t;
  } catch (e) {
    // Mojibake shows first in names and dates: say how the bytes were read.
    if (e instanceof KitchinError && raw.encoding !== "UTF-8" && (e.code === "not-found" || e.code === "bad-date")) {
      throw new KitchinError(e.code, say("readAsEncoding", { why: e.said, encoding: raw.encoding }), e.place);
    }
    throw e;
  }
}

export interface TableOptions {
  dateColumn?: string;
  allowSerialDates?: boolean;
  encoding?: TextEncoding;
  delimiter?: string;
}

export function tableFromRows(rows: Cell[][], file: string, opts: TableOptions = {}): UserTable {
  const blank = (r: Cell[] | undefined) =>
    !r || r.every((c) => c === null || c === undefined || String(c).trim() === "");
  const nonBlank = rows.filter((r) => !blank(r));
  if (nonBlank.length === 0) throw new KitchinError("empty", say("fileEmpty"), { file });
  const serial = opts.allowSerialDates ?? false;
  const isDate = (c: Cell) => !Number.isNaN(readMonth(c, serial));
  const nonBlankCells = (r: Cell[]) => r.filter((c) => c !== null && c !== undefined && String(c).trim() !== "");
  const preamble = (r: Cell[]) => {
    const c = nonBlankCells(r);
    return c.length === 1 && PREAMBLE.test(String(c[0])) && !isDate(c[0]);
  };

  // Which column holds dates: the one named by --date-column, else the first.
  let firstHeader = rows.findIndex((r) => !blank(r) && !preamble(r));
  if (firstHeader < 0) firstHeader = rows.findIndex((r) => !blank(r));
  const headerGuess = (rows[firstHeader] ?? []).map((c, i) =>
    c === null || c === undefined || String(c).trim() === "" ? `column ${i + 1}` : String(c).trim(),
  );
  let dateColumn = 0;
  if (opts.dateColumn !== undefined) {
    dateColumn = headerGuess.indexOf(opts.dateColumn);
    if (dateColumn < 0)
      throw new KitchinError(
        "not-found",
        say("noDateColumn", { column: shortText(opts.dateColumn), columns: nameList(headerGuess) }),
        { file },
      );
  }
  // Each row's date cell is read once, whichever scan reaches it first.
  const dateKeys = new Float64Array(rows.length).fill(-1);
  const dateAt = (i: number) =>
    dateKeys[i] === -1 ? (dateKeys[i] = readDateKey(rows[i]?.[dateColumn] ?? null, serial)) : dateKeys[i];
  const dateRow = (i: number) => !Number.isNaN(dateAt(i));
  const firstData = rows.findIndex((r, i) => r && dateRow(i));
  if (firstData < 0) {
    throw new KitchinError(
      "bad-date",
      say("noDates", { column: shortText(headerGuess[dateColumn] ?? String(dateColumn + 1)) }),
      { file },
    );
  }
  let lastData = rows.length - 1;
  while (lastData > firstData && !(rows[lastData] && dateRow(lastData))) lastData--;
  // After the data: blank lines, then source/note lines; a note may run on over several lines.
  // Rows with an empty date cell (an analyst's sums or ratios below a CEInet table) are skipped
  // with a note naming them; a non-date in the date column is refused (a stray "total" line).
  let inFooter = false;
  const below: number[] = [];
  for (let i = lastData + 1; i < rows.length; i++) {
    const r = rows[i];
    if (blank(r)) continue;
    const first = String(nonBlankCells(r)[0] ?? "");
    if (FOOTER.test(first)) inFooter = true;
    else if (!inFooter) {
      const d = r[dateColumn];
      if (d === null || d === undefined || String(d).trim() === "") {
        below.push(i + 1);
        continue;
      }
      throw new KitchinError("bad-date", say("notDateInData", { why: notDateMessage(r[dateColumn]) }), {
        file,
        row: i + 1,
        column: headerGuess[dateColumn],
      });
    }
  }
  // The header is the first non-blank row above the data; metadata rows sit between.
  const hasHeader = firstHeader < firstData;
  if (!hasHeader) firstHeader = -1;
  // Width: the header's (trailing blank header cells dropped); without a header, the widest row.
  const headerRow = hasHeader ? rows[firstHeader] : null;
  let width = 0;
  if (headerRow) width = headerRow.length;
  // no spread: >125k rows overflow the stack
  else for (let i = firstData; i <= lastData; i++) width = Math.max(width, rows[i] ? rows[i].length : 0);
  while (
    headerRow &&
    width > 1 &&
    (headerRow[width - 1] === null || headerRow[width - 1] === undefined || String(headerRow[width - 1]).trim() === "")
  )
    width--;
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    const h = hasHeader ? rows[firstHeader][c] : null;
    header.push(h === null || h === undefined || String(h).trim() === "" ? `column ${c + 1}` : String(h).trim());
  }
  const ids: (string | null)[] = new Array(width).fill(null);
  const units: (string | null)[] = new Array(width).fill(null);
  for (let i = firstHeader + 1; i < firstData; i++) {
    const r = rows[i];
    if (!r) continue;
    const label = String(r[dateColumn] ?? "");
    const target = META_ID.test(label) ? ids : META_UNIT.test(label) ? units : null;
    if (target)
      for (let c = 0; c < width; c++)
        if (c !== dateColumn && r[c] !== null && r[c] !== undefined) target[c] = String(r[c]).trim();
  }
  const data: TableRow[] = [];
  for (let i = firstData; i <= lastData; i++) {
    const r = rows[i] ?? [];
    if (blank(r)) continue;
    let cells = r.length;
    while (cells > width && (r[cells - 1] === null || r[cells - 1] === undefined || String(r[cells - 1]).trim() === ""))
      cells--;
    if (cells > width) {
      throw new KitchinError("bad-file", say("rowWidth", { cells: r.length, columns: width }), { file, row: i + 1 });
    }
    const date = dateAt(i);
    data.push({ row: i + 1, cells: r, month: monthOfDateKey(date), date });
  }
  // Newest-first exports: strictly decreasing dates are turned around.
  const notes: Note[] = [];
  if (below.length) {
    notes.push(
      about(
        file,
        say("undatedRowsSkipped", { rows: below, last: String(rows[lastData][dateColumn]), lastRow: lastData + 1 }),
      ),
    );
  }
  if (data.length > 1) {
    let decreasing = true;
    for (let k = 1; k < data.length && decreasing; k++) decreasing = data[k].month < data[k - 1].month;
    if (decreasing) {
      data.reverse();
      notes.push(say("newestFirst", { file }));
    }
  }
  return {
    file,
    header,
    ids,
    units,
    dateColumn,
    rows: data,
    allowSerialDates: serial,
    encoding: opts.encoding ?? "UTF-8",
    delimiter: opts.delimiter ?? ",",
    notes,
    percentColumns: new Set(),
    mixedPercentColumns: new Set(),
  };
}

/**
 * Finds a column by header name or Wind indicator id; a clear error lists the choices. A name two columns share is
 * refused.
 */
export function columnIndex(t: UserTable, name: string, flag: string): number {
  let c = t.header.indexOf(name);
  if (c < 0) c = t.ids.indexOf(name);
  if (c < 0) {
    const lower = name.toLowerCase();
    const hits = t.header.map((h, i) => [h, i] as const).filter(([h]) => h.toLowerCase() === lower);
    if (hits.length === 1) c = hits[0][1];
  }
  if (c < 0 || c === t.dateColumn) {
    const choices = nameList(t.header.filter((_, i) => i !== t.dateColumn));
    throw new KitchinError("not-found", say("notAColumn", { flag, name: shortText(name), columns: choices }), {
      file: t.file,
    });
  }
  const same = t.header.map((h, i) => (h === t.header[c] ? i + 1 : 0)).filter((i) => i > 0);
  if (same.length > 1) {
    throw new KitchinError("bad-file", say("columnNamedTwice", { flag, name: shortText(name), columns: same }), {
      file: t.file,
    });
  }
  return c;
}

/** Column names for a message: each quoted and cut, at most 12 listed. */
export function nameList(names: readonly string[]): string {
  const shown = names
    .slice(0, 12)
    .map((h) => `"${shortText(h, 40)}"`)
    .join(", ");
  return names.length > 12 ? `${shown} and ${names.length - 12} more` : shown;
}

/**
 * The decimal mark of a column: a point, unless the file is `;`- or tab-separated and the column
 * shows decimal commas (`decimalMarkOf`); an ambiguous column is refused.
 */
export function decimalOf(t: UserTable, column: number): DecimalMark {
  if (t.delimiter === ",") return ".";
  const mark = decimalMarkOf(t.rows.map((r) => r.cells[column]));
  if (typeof mark === "string") return mark;
  throw new KitchinError("not-numeric", mark.ambiguous, { file: t.file, column: t.header[column] });
}

/** The value columns (all but the date column). */
export function valueColumns(t: UserTable): number[] {
  return t.header.map((_, i) => i).filter((i) => i !== t.dateColumn);
}
