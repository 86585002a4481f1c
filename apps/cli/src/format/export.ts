/**
 * Writes result tables to a file: `.csv` (one table, or several separated by a blank line and a
 * `# name` line), `.json`, or `.xlsx` — one sheet per table, written with exceljs (a maintained
 * writer; loaded lazily). Written by `writeChecked` (checked, atomic); CSV cells through `toCsv`,
 * which neutralises formula-leading text.
 */
import { writeChecked } from "@kitchin/jobs/node";
import { KitchinError } from "@kitchin/core";
import { toJson } from "../context.ts";
import { toCsv } from "@kitchin/jobs/node";
import type { OutTable } from "@kitchin/report";

export type { OutTable };


export async function writeTables(path: string, tables: readonly OutTable[], json: unknown): Promise<void> {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return writeChecked(path, toJson(json));
  if (lower.endsWith(".csv")) {
    const text = tables.length === 1 ? toCsv(tables[0].header, tables[0].rows) : tables.map((t) => `# ${t.name}\n${toCsv(t.header, t.rows)}`).join("\n");
    return writeChecked(path, text);
  }
  if (lower.endsWith(".xlsx")) {
    const mod = await import("exceljs");
    const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
    const wb = new ExcelJS.Workbook();
    wb.creator = "kitchin";
    for (const t of tables) {
      const ws = wb.addWorksheet(t.name.slice(0, 31));
      ws.addRow(t.header);
      ws.getRow(1).font = { bold: true };
      for (const r of t.rows) ws.addRow(r.map((v) => (typeof v === "number" && !Number.isFinite(v) ? null : v)));
      ws.views = [{ state: "frozen", ySplit: 1 }];
    }
    writeChecked(path, new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
    return;
  }
  throw new KitchinError("bad-option", `--out ${path}: write .csv, .json or .xlsx`);
}
