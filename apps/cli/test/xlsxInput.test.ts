/**
 * What a workbook can hide: formula cells (cached results), merged cells, cells far to the right
 * (bounded memory), YYYYMM numbers as dates, percent formats. Workbooks are written with exceljs
 * and read back through the CLI's reader.
 */
import { describe, expect, it } from "vitest";
import { formatMonth } from "@kitchin/core";
import { readUserTable } from "@kitchin/jobs/node";
import { columnSeries } from "@kitchin/jobs/node";
import { run, tmpFile } from "./helpers.ts";

type Sheet = import("exceljs").Worksheet;

async function book(name: string, fill: (ws: Sheet) => void): Promise<string> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet("Sheet1"));
  const path = tmpFile(name, "");
  await wb.xlsx.writeFile(path);
  return path;
}

const months = (n: number) =>
  Array.from({ length: n }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);

describe("XLSX cells", () => {
  it("a formula cell gives its cached result, 0 included", async () => {
    const f = await book("formula.xlsx", (ws) => {
      ws.addRow(["date", "x"]);
      months(3).forEach((m, i) => ws.addRow([m, i === 1 ? { formula: "A1*0", result: 0 } : i + 1]));
    });
    const s = columnSeries(await readUserTable(f), 1, 0).series;
    expect(Array.from(s.values)).toEqual([1, 0, 3]);
  });

  it("a formula saved without a result is refused with advice, naming the cell's row", async () => {
    const f = await book("noresult.xlsx", (ws) => {
      ws.addRow(["date", "x"]);
      months(3).forEach((m, i) => ws.addRow([m, i === 2 ? { formula: "B2+1" } : i + 1]));
    });
    const r = await run("turns", "--file", f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /noresult\.xlsx, row 4, column "x": "=B2\+1" is not a number \(a formula saved without its result; open the workbook in Excel/,
    );
  });

  it("cells under a merge read as blank with a note, not as copies", async () => {
    const f = await book("merged.xlsx", (ws) => {
      ws.addRow(["date", "x"]);
      months(6).forEach((m, i) => ws.addRow([m, i + 1]));
      ws.mergeCells("B3:B5");
    });
    const t = await readUserTable(f);
    const s = columnSeries(t, 1, 0);
    expect(Array.from(s.series.values)).toEqual([1, 2, NaN, NaN, 5, 6]);
    expect(s.notes.join("\n")).toMatch(/2 cells covered by merged cells \(B4, B5\) read as blank/);
    expect(s.notes.join("\n")).toMatch(/2 cells \(blank\) read as missing, rows 4, 5/);
  });

  it("YYYYMM numbers in a date column are months, not serial days", async () => {
    const f = await book("yyyymm.xlsx", (ws) => {
      ws.addRow(["date", "x"]);
      for (let i = 0; i < 14; i++) ws.addRow([200501 + (i < 12 ? i : 88 + i), i]);
    });
    const s = columnSeries(await readUserTable(f), 1, 0).series;
    expect(formatMonth(s.start)).toBe("2005-01");
    expect(s.values.length).toBe(14);
  });

  it("a cell in column XFD on every row is refused quickly, without expanding rows", async () => {
    const f = await book("wide.xlsx", (ws) => {
      ws.addRow(["date", "x"]);
      months(200).forEach((m, i) => {
        const r = ws.addRow([m, i]);
        r.getCell(16384).value = 1;
      });
    });
    const t0 = performance.now();
    const r = await run("turns", "--file", f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/wide\.xlsx, row 2: cell XFD2 is beyond column 2000/);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it("styled but empty far cells do not widen the table", async () => {
    const f = await book("styled.xlsx", (ws) => {
      ws.addRow(["date", "x"]);
      months(30).forEach((m, i) => {
        const r = ws.addRow([m, i]);
        r.getCell(16000).style = { font: { bold: true } };
      });
    });
    const t = await readUserTable(f);
    expect(t.header).toEqual(["date", "x"]);
  });
});
