/**
 * XLSX reading with exceljs (a maintained reader; SheetJS 0.18's known advisories rule it out
 * for user workbooks, see docs/toolchain.md). Loaded lazily so commands on CSV or shipped
 * data do not pay for it. Cells come back as text or numbers; dates as `YYYY-MM-DD`.
 *
 * What a workbook can hide, and what the reader does:
 * - formula cells → their cached result (what Excel last showed); a formula saved without a
 *   result becomes the text `=…`, which the cell reader refuses with advice if it is used;
 * - merged cells → the first cell keeps the value, the cells it covers read as blank, with a
 *   note (exceljs hands every covered cell the first cell's value: a silent copy otherwise);
 * - memory stays bounded by the cells that exist: only stored cells are visited (never
 *   `includeEmpty`, which expands a row with one cell in column XFD to 16,384 objects), and a
 *   table wider than `MAX_COLUMNS` is refused;
 * - numbers formatted as percent (`0.00%`) are marked by column, for the unit check.
 */
import { say, KitchinError, type Note } from "@kitchin/core";
import { allowLongSheetNames, sheetNamed } from "./xlsxSheetNames.ts";

export type SheetCell = string | number | null;

/** Widest table read: far beyond any export of monthly series, far below Excel's 16,384 columns. */
export const MAX_COLUMNS = 2000;

const EMPTY: SheetCell[] = [];

export interface SheetRead {
  rows: SheetCell[][];
  serialDates: boolean;
  notes: Note[];
  /** Columns (0-based) whose numbers are all shown in a percent format (0.032 shown as 3.2%). */
  percentColumns: Set<number>;
  /** Columns (0-based) where some numbers are shown as percent and others not. */
  mixedPercentColumns: Set<number>;
}

export async function readXlsx(path: string, sheet?: string): Promise<SheetRead> {
  const mod = await import("exceljs");
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  allowLongSheetNames(wb);
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new KitchinError(
      "bad-file",
      say("unreadableWorkbook", {
        ext: ".xlsx",
        why: String((e as Error)?.message ?? e)
          .split("\n")[0]
          .slice(0, 120),
      }),
      { file: path },
    );
  }
  const ws = sheet ? sheetNamed(wb, sheet) : wb.worksheets[0];
  if (!ws) {
    const names = wb.worksheets.map((w) => w.name).join(", ");
    throw new KitchinError("bad-file", sheet ? say("noSheet", { sheet, sheets: names }) : say("noSheets"), {
      file: path,
    });
  }
  const rows: SheetCell[][] = [];
  const merged: string[] = [];
  let mergedCount = 0;
  const pct = new Map<number, number>();
  const nums = new Map<number, number>();
  ws.eachRow((row, n) => {
    const cells: SheetCell[] = [];
    row.eachCell((cell, c) => {
      if (c > MAX_COLUMNS) {
        throw new KitchinError(
          "bad-file",
          say("sheetTooWide", { column: cell.address, max: MAX_COLUMNS, cell: true }),
          { file: path, row: n },
        );
      }
      if (cell.type === ExcelJS.ValueType.Merge) {
        mergedCount++;
        if (merged.length < 3) merged.push(cell.address);
        return; // covered by a merge: blank
      }
      // exceljs leaves a falsy cached result (0, FALSE, "") out of `cell.value`: read `cell.result`.
      const v =
        cell.type === ExcelJS.ValueType.Formula
          ? cell.result === undefined || cell.result === null
            ? `=${cell.formula ?? ""}`
            : toCell(cell.result)
          : toCell(cell.value);
      if (typeof v === "number" && n > 1) {
        nums.set(c - 1, (nums.get(c - 1) ?? 0) + 1);
        if (typeof cell.numFmt === "string" && cell.numFmt.includes("%")) pct.set(c - 1, (pct.get(c - 1) ?? 0) + 1);
      }
      cells[c - 1] = v;
    });
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= EMPTY;
  const notes: Note[] = [];
  if (mergedCount > 0) {
    notes.push(say("mergedCells", { file: path, n: mergedCount, cells: merged, more: mergedCount > 3 }));
  }
  const percentColumns = new Set<number>();
  const mixedPercentColumns = new Set<number>();
  for (const [c, k] of pct) (k === nums.get(c) ? percentColumns : mixedPercentColumns).add(c);
  return { rows, serialDates: true, notes, percentColumns, mixedPercentColumns };
}

function toCell(v: unknown): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "invalid date" : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as {
      formula?: string;
      sharedFormula?: string;
      result?: unknown;
      richText?: { text: string }[];
      text?: unknown;
      error?: string;
    };
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      // The cached result; a formula never calculated and saved has none.
      if (o.result === undefined || o.result === null) return `=${String(o.formula ?? o.sharedFormula ?? "")}`;
      return toCell(o.result);
    }
    if (o.result !== undefined) return toCell(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((r) => String(r?.text ?? "")).join("");
    if (o.text !== undefined) return toCell(o.text);
    if (o.error !== undefined) return String(o.error);
  }
  return null;
}
