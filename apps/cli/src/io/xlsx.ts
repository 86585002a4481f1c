/**
 * XLSX reading with exceljs (a maintained reader; SheetJS 0.18's known advisories rule it out
 * for user workbooks, see docs/toolchain.md). Loaded lazily so commands on CSV or shipped
 * data do not pay for it. Cells come back as text or numbers; dates as `YYYY-MM-DD`.
 */
import { KitchinError } from "@kitchin/core";

export type SheetCell = string | number | null;

export async function readXlsx(path: string, sheet?: string): Promise<{ rows: SheetCell[][]; serialDates: boolean }> {
  const mod = await import("exceljs");
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new KitchinError("bad-file", `cannot read as an .xlsx workbook (${(e as Error).message.split("\n")[0]}); save it from Excel as .xlsx or .csv`, { file: path });
  }
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) {
    const names = wb.worksheets.map((w) => w.name).join(", ");
    throw new KitchinError("bad-file", sheet ? `no sheet named "${sheet}" (sheets: ${names})` : "the workbook has no sheets", { file: path });
  }
  const rows: SheetCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => { cells[c - 1] = toCell(cell.value); });
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { rows, serialDates: true };
}

function toCell(v: unknown): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if (o.result !== undefined) return toCell(o.result);
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if (o.text !== undefined) return String(o.text);
    if (o.error !== undefined) return String(o.error);
  }
  return String(v);
}
