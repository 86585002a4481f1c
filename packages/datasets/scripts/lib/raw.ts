/**
 * Readers for the raw files in `shared/data` (PROVENANCE.md): plain CSV (quoted cells, BOM),
 * Wind-layout Excel sheets via exceljs, and the month helpers the series recipes share.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { formatMonth, monthIndex, parseMonthLoose } from "@kitchin/core";

/** Month → value; months without a value are absent. */
export type Monthly = Map<number, number>;

export class Raw {
  constructor(readonly dir: string) {}
  path(rel: string): string {
    return join(this.dir, rel);
  }
  text(rel: string): string {
    return readFileSync(this.path(rel), "utf8");
  }
  csv(rel: string): string[][] {
    return parseCsv(this.text(rel));
  }
  json<T = unknown>(rel: string): T {
    return JSON.parse(this.text(rel)) as T;
  }
  private books = new Map<string, Promise<ExcelJS.Workbook>>();
  workbook(rel: string): Promise<ExcelJS.Workbook> {
    let p = this.books.get(rel);
    if (!p) {
      const wb = new ExcelJS.Workbook();
      p = wb.xlsx.readFile(this.path(rel)).then(() => wb);
      this.books.set(rel, p);
    }
    return p;
  }
}

/** RFC-4180-ish CSV: quoted cells with doubled quotes, CRLF or LF, leading BOM dropped. */
export function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.includes('"')) {
    // fast path (most raw files): no quoting, so rows are lines and cells are comma-separated
    const lines = text.split(/\r?\n|\r/);
    if (lines.length && lines[lines.length - 1] === "") lines.pop();
    return lines.map((l) => l.split(","));
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** A numeric cell; `NaN` for blank. Throws on text that is not a number (raw files are trusted but checked). */
export function num(cell: string | undefined, where: string): number {
  if (cell === undefined) return NaN;
  const t = cell.trim();
  if (t === "") return NaN;
  const v = Number(t);
  if (!Number.isFinite(v)) throw new Error(`${where}: "${cell}" is not a number`);
  return v;
}

export function month(cell: string, where: string): number {
  const m = parseMonthLoose(cell);
  if (Number.isNaN(m)) throw new Error(`${where}: "${cell}" is not a date`);
  return m;
}

/** Column `col` of a CSV with a header row and a date column, as a monthly map (one value per month, else error). */
export function csvColumn(
  rows: string[][],
  col: string,
  opts: { dateCol?: number; file: string; lastPerMonth?: boolean },
): Monthly {
  const header = rows[0].map((h) => h.trim());
  const j = header.indexOf(col);
  if (j < 0) throw new Error(`${opts.file}: no column "${col}" (have ${header.join(", ")})`);
  const dc = opts.dateCol ?? 0;
  const out: Monthly = new Map();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.length === 1 && r[0].trim() === "") continue;
    if (r[dc].trim() === "" && r.every((c) => c.trim() === "")) continue;
    const m = month(r[dc], `${opts.file} row ${i + 1}`);
    const v = num(r[j], `${opts.file} row ${i + 1} column ${col}`);
    if (Number.isNaN(v)) continue;
    if (out.has(m) && !opts.lastPerMonth)
      throw new Error(`${opts.file} row ${i + 1}: second value for ${formatMonth(m)}`);
    out.set(m, v);
  }
  return out;
}

/** Daily rows → the last available close of each calendar month (month-end), with the date of that close. */
export interface DailyClose {
  month: number;
  day: string; // YYYY-MM-DD of the last close
  value: number;
}
export function monthEnds(rows: string[][], dateCol: number, valueCol: number, file: string): DailyClose[] {
  const out: DailyClose[] = [];
  let prevDay = "";
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.length <= Math.max(dateCol, valueCol)) continue;
    const v = num(r[valueCol], `${file} row ${i + 1}`);
    if (Number.isNaN(v)) continue;
    const day = r[dateCol].trim().slice(0, 10);
    if (day <= prevDay) throw new Error(`${file} row ${i + 1}: date ${day} not after ${prevDay}`);
    prevDay = day;
    const m = monthIndex(+day.slice(0, 4), +day.slice(5, 7));
    const last = out[out.length - 1];
    if (last && last.month === m) {
      last.day = day;
      last.value = v;
    } else out.push({ month: m, day, value: v });
  }
  return out;
}

/**
 * Month-end closes of complete months only: the last month of a daily file is kept only if its last
 * close falls within the final 4 calendar days of the month (e.g. a file ending 2026-04-01 or
 * 2019-06-12 contributes no April 2026 / June 2019 "month-end").
 */
export function completeMonthEnds(daily: DailyClose[]): Monthly {
  const out: Monthly = new Map();
  daily.forEach((d, i) => {
    if (i === daily.length - 1) {
      const y = +d.day.slice(0, 4);
      const mo = +d.day.slice(5, 7);
      const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
      if (+d.day.slice(8, 10) < lastDay - 3) return;
    }
    out.set(d.month, d.value);
  });
  return out;
}

/** A Wind-layout sheet (row 1 indicator names from column B, column A dates, footer "数据来源：Wind"). */
export interface WindSheet {
  names: string[];
  columns: Monthly[];
  column(name: string, nth?: number): Monthly;
}

export async function windSheet(raw: Raw, file: string, sheet: string): Promise<WindSheet> {
  const wb = await raw.workbook(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`${file}: no sheet "${sheet}"`);
  const head = ws.getRow(1).values as unknown[];
  if (head[1] !== "指标名称") throw new Error(`${file} [${sheet}]: cell A1 is not 指标名称`);
  const names: string[] = [];
  for (let c = 2; c < head.length; c++) names.push(String(head[c] ?? ""));
  const columns: Monthly[] = names.map(() => new Map());
  let footer = false;
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const vals = row.values as unknown[];
    const d = vals[1];
    if (typeof d === "string" && d.startsWith("数据来源")) {
      footer = true;
      return;
    }
    if (!(d instanceof Date)) throw new Error(`${file} [${sheet}] row ${r}: first cell is not a date`);
    const m = monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
    for (let c = 2; c < vals.length; c++) {
      const v = vals[c];
      if (v === null || v === undefined) continue;
      if (typeof v !== "number") throw new Error(`${file} [${sheet}] row ${r} col ${c}: not a number`);
      const col = columns[c - 2];
      if (col.has(m)) throw new Error(`${file} [${sheet}] row ${r}: second value for ${formatMonth(m)}`);
      col.set(m, v);
    }
  });
  if (!footer) throw new Error(`${file} [${sheet}]: no "数据来源：Wind" footer`);
  return {
    names,
    columns,
    column(name: string, nth = 0) {
      let k = -1;
      for (let i = 0, seen = 0; i < names.length; i++) {
        if (names[i] === name && seen++ === nth) {
          k = i;
          break;
        }
      }
      if (k < 0) throw new Error(`${file} [${sheet}]: no column "${name}"`);
      return columns[k];
    },
  };
}
