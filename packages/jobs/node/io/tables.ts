/**
 * Result tables written to a file: `.csv` (one table, or several separated by a blank line and a
 * `# name` line), `.json`, or `.xlsx` — one sheet per table, written with exceljs (a maintained
 * writer; loaded lazily) — and the shipped datasets as a workbook with their names, units and
 * sources. Every write is `writeChecked` (checked, atomic); CSV cells go through `toCsv`, which
 * neutralises formula-leading text.
 */
import { KitchinError, say } from "@kitchin/core";
import type { DatasetSeries } from "@kitchin/datasets";
import { toCsv } from "./csv.ts";
import { writeChecked } from "./write.ts";

/** A result table as the faces write it (CSV, JSON, XLSX sheets). */
export interface OutTable {
  name: string;
  header: string[];
  rows: unknown[][];
}

const toJson = (v: unknown) => JSON.stringify(v, null, 2) + "\n";

export async function writeTables(path: string, tables: readonly OutTable[], json: unknown): Promise<void> {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return writeChecked(path, toJson(json));
  if (lower.endsWith(".csv")) {
    const text =
      tables.length === 1
        ? toCsv(tables[0].header, tables[0].rows)
        : tables.map((t) => `# ${t.name}\n${toCsv(t.header, t.rows)}`).join("\n");
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
    writeChecked(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    return;
  }
  throw new KitchinError("bad-option", say("outKind", { path }));
}

/**
 * The shipped series of `kitchin data export --out F.xlsx`: values, names in both languages, units, and a sheet of
 * sources.
 */
export async function writeDatasetXlsx(
  path: string,
  header: string[],
  rows: (string | number | null)[][],
  list: DatasetSeries[],
): Promise<void> {
  const mod = await import("exceljs");
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("data");
  ws.addRow(header);
  ws.addRow(["name", ...list.map((d) => d.entry.name)]);
  ws.addRow(["名称", ...list.map((d) => d.entry.nameZh)]);
  ws.addRow(["unit", ...list.map((d) => d.entry.unit)]);
  for (const r of rows) ws.addRow(r);
  const src = wb.addWorksheet("sources");
  src.addRow(["id", "source", "terms", "derivation"]);
  for (const d of list) src.addRow([d.entry.id, d.entry.source, d.entry.terms, d.entry.derivation]);
  writeChecked(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}
