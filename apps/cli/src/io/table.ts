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
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { KitchinError, parseMonthLoose, type Cell } from "@kitchin/core";
import { parseCsv } from "./csv.ts";
import { readXlsx, type SheetCell } from "./xlsx.ts";

export interface UserTable {
  file: string;
  /** Column names from the header row (`column N` when there is none). */
  header: string[];
  /** Wind indicator ids (`指标ID` row) by column, when present. */
  ids: (string | null)[];
  /** Units (`单位` row) by column, when present. */
  units: (string | null)[];
  dateColumn: number;
  /** Data rows in increasing date order, with their 1-based row numbers in the file. */
  rows: { row: number; cells: Cell[] }[];
  allowSerialDates: boolean;
}

const FOOTER = /^\s*(数据来源|来源|资料来源|注|备注|source|note)/i;
const META_ID = /^\s*(指标ID|指标代码|ID|代码|Wind代码)\s*$/i;
const META_UNIT = /^\s*(单位|unit)\s*$/i;

export async function readUserTable(file: string, opts: { dateColumn?: string; sheet?: string } = {}): Promise<UserTable> {
  if (!existsSync(file)) throw new KitchinError("bad-file", "file not found", { file });
  if (statSync(file).isDirectory()) throw new KitchinError("bad-file", "is a folder, not a file", { file });
  const lower = file.toLowerCase();
  let rows: (Cell | SheetCell)[][];
  let serial = false;
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
    const r = await readXlsx(file, opts.sheet);
    rows = r.rows;
    serial = r.serialDates;
  } else if (lower.endsWith(".xls")) {
    throw new KitchinError("bad-file", "old .xls workbooks are not read; open it in Excel and save as .xlsx or .csv", { file });
  } else {
    const buf = readFileSync(file);
    if (buf.includes(0)) throw new KitchinError("bad-file", "looks like a binary file, not CSV text; give a .csv or .xlsx file", { file });
    rows = parseCsv(buf.toString("utf8"), file);
  }
  return tableFromRows(rows as Cell[][], basename(file) === file ? file : file, { ...opts, allowSerialDates: serial });
}

export function tableFromRows(rows: Cell[][], file: string, opts: { dateColumn?: string; allowSerialDates?: boolean } = {}): UserTable {
  const blank = (r: Cell[] | undefined) => !r || r.every((c) => c === null || c === undefined || String(c).trim() === "");
  const nonBlank = rows.filter((r) => !blank(r));
  if (nonBlank.length === 0) throw new KitchinError("empty", "the file is empty", { file });
  const serial = opts.allowSerialDates ?? false;
  const isDate = (c: Cell) => (typeof c === "number" || typeof c === "string") && !Number.isNaN(parseMonthLoose(c as string | number, serial && typeof c === "number"));

  // Which column holds dates: the one named by --date-column, else the first.
  let firstHeader = rows.findIndex((r) => !blank(r));
  const headerGuess = (rows[firstHeader] ?? []).map((c, i) => (c === null || c === undefined || String(c).trim() === "" ? `column ${i + 1}` : String(c).trim()));
  let dateColumn = 0;
  if (opts.dateColumn !== undefined) {
    dateColumn = headerGuess.findIndex((h) => h === opts.dateColumn);
    if (dateColumn < 0) throw new KitchinError("not-found", `no date column "${opts.dateColumn}"; the columns are: ${headerGuess.join(", ")}`, { file });
  }
  const firstData = rows.findIndex((r) => r && isDate(r[dateColumn]));
  if (firstData < 0) {
    throw new KitchinError("bad-date", `no row has a date in column "${headerGuess[dateColumn] ?? dateColumn + 1}"; dates look like 2023-07 or 2023-07-31`, { file });
  }
  let lastData = rows.length - 1;
  while (lastData > firstData && !(rows[lastData] && isDate(rows[lastData][dateColumn]))) lastData--;
  for (let i = lastData + 1; i < rows.length; i++) {
    const r = rows[i];
    if (blank(r)) continue;
    const first = String(r.find((c) => c !== null && c !== undefined && String(c).trim() !== "") ?? "");
    if (!FOOTER.test(first)) {
      throw new KitchinError("bad-date", `"${String(r[dateColumn] ?? "")}" is not a date (only blank, source or note lines may follow the data)`, { file, row: i + 1, column: headerGuess[dateColumn] });
    }
  }
  // The header is the first non-blank row above the data; metadata rows sit between.
  const hasHeader = firstHeader < firstData;
  if (!hasHeader) firstHeader = -1;
  // Width: the header's (trailing blank header cells dropped); without a header, the widest row.
  const headerRow = hasHeader ? rows[firstHeader] : null;
  let width = headerRow ? headerRow.length : Math.max(...rows.slice(firstData, lastData + 1).map((r) => (r ? r.length : 0)));
  while (headerRow && width > 1 && (headerRow[width - 1] === null || headerRow[width - 1] === undefined || String(headerRow[width - 1]).trim() === "")) width--;
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
    if (target) for (let c = 0; c < width; c++) if (c !== dateColumn && r[c] !== null && r[c] !== undefined) target[c] = String(r[c]).trim();
  }
  const data: { row: number; cells: Cell[] }[] = [];
  for (let i = firstData; i <= lastData; i++) {
    const r = rows[i] ?? [];
    if (blank(r)) continue;
    let cells = r.length;
    while (cells > width && (r[cells - 1] === null || r[cells - 1] === undefined || String(r[cells - 1]).trim() === "")) cells--;
    if (cells > width) {
      throw new KitchinError("bad-file", `row has ${r.length} cells but the header has ${width} columns`, { file, row: i + 1 });
    }
    data.push({ row: i + 1, cells: r });
  }
  // Newest-first exports: strictly decreasing dates are turned around.
  if (data.length > 1) {
    const m = data.map((d) => parseMonthLoose(d.cells[dateColumn] as string | number, serial));
    let decreasing = true;
    for (let k = 1; k < m.length && decreasing; k++) decreasing = m[k] < m[k - 1];
    if (decreasing) data.reverse();
  }
  return { file, header, ids, units, dateColumn, rows: data, allowSerialDates: serial };
}

/** Finds a column by header name or Wind indicator id; a clear error lists the choices. */
export function columnIndex(t: UserTable, name: string, flag: string): number {
  let c = t.header.findIndex((h) => h === name);
  if (c < 0) c = t.ids.findIndex((id) => id === name);
  if (c < 0) {
    const lower = name.toLowerCase();
    const hits = t.header.map((h, i) => [h, i] as const).filter(([h]) => h.toLowerCase() === lower);
    if (hits.length === 1) c = hits[0][1];
  }
  if (c < 0 || c === t.dateColumn) {
    const choices = t.header.filter((_, i) => i !== t.dateColumn).map((h) => `"${h}"`).join(", ");
    throw new KitchinError("not-found", `${flag} "${name}" is not a column of the file; the columns are: ${choices}`, { file: t.file });
  }
  return c;
}

/** The value columns (all but the date column). */
export function valueColumns(t: UserTable): number[] {
  return t.header.map((_, i) => i).filter((i) => i !== t.dateColumn);
}
