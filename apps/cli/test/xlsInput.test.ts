/**
 * Legacy `.xls` workbooks read through SheetJS (`@e965/xlsx` 0.20.3) with the XLSX
 * reader's cell rules: each real sample gives the same cells and the same series as a copy of it
 * saved as `.xlsx` by LibreOffice Calc 7.4 (`soffice --headless --convert-to xlsx`, an independent
 * writer; the copies are in fixtures/samples/saved-as-xlsx and are read here with exceljs).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Cell } from "@kitchin/core";
import { readRows, readUserTable, valueColumns } from "@kitchin/jobs/node";
import { columnSeries } from "@kitchin/jobs/node";
import { fixture, runEnv } from "./helpers.ts";

const SAMPLES = [
  "cn_ind_revenue_profit_ytd_2010_2020_ceinet_gkdgkd",
  "sample_nbs_export_xls_ind_value_added_36m_to_2020-04_gkdgkd",
  "sample_nbs_export_xls_cpi_24m_to_2017-12_karagul",
];
const blank = (c: Cell | undefined) => c === null || c === undefined || (typeof c === "string" && c.trim() === "");
/**
 * Rows without trailing blanks, blank cells as null, numbers to 15 significant digits: LibreOffice
 * writes the cached results of formulas with 15 (an analyst's ratios below the CEInet table,
 * 0.33500693814678484 → 0.335006938146785); every typed value has fewer.
 */
const tidy = (rows: Cell[][]) => {
  const out = rows.map((r) => {
    const x = Array.from(r ?? [], (c) => (blank(c) ? null : typeof c === "number" ? Number(c.toPrecision(15)) : c));
    while (x.length && x[x.length - 1] === null) x.pop();
    return x;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
};

describe(".xls workbooks", () => {
  it("the reader is SheetJS 0.20.3 from @e965/xlsx (the advisories of xlsx 0.18.5 are fixed from 0.20.2)", async () => {
    const { version } = (await import("@e965/xlsx")) as unknown as { version: string };
    const [a, b, c] = version.split(".").map(Number);
    expect(a * 1e6 + b * 1e3 + c).toBeGreaterThanOrEqual(20 * 1e3 + 2);
  });

  for (const name of SAMPLES) {
    it(`${name}: every cell, and every column's series, as in the copy saved as .xlsx`, async () => {
      const xls = await readRows(fixture(`samples/${name}.xls`));
      const xlsx = await readRows(fixture(`samples/saved-as-xlsx/${name}.xlsx`));
      expect(tidy(xls.rows).length).toBeGreaterThan(5);
      expect(tidy(xls.rows)).toEqual(tidy(xlsx.rows));
      if (name.startsWith("cn_")) {
        const a = await readUserTable(fixture(`samples/${name}.xls`));
        const b = await readUserTable(fixture(`samples/saved-as-xlsx/${name}.xlsx`));
        expect(a.header).toEqual(b.header);
        for (const c of valueColumns(a)) {
          if (c === 3) continue; // 第二产业增加值_累计 is quarterly
          const x = columnSeries(a, c, 0).series,
            y = columnSeries(b, c, 0).series;
          expect([x.start, Array.from(x.values)], a.header[c]).toEqual([y.start, Array.from(y.values)]);
        }
      }
    });
  }

  it("imports give the same change set from the .xls and from its .xlsx copy", async () => {
    for (const name of SAMPLES) {
      const home = mkdtempSync(join(tmpdir(), "kitchin-home-"));
      const dry = async (f: string) => {
        const r = await runEnv({ KITCHIN_HOME: home }, "data", "import", f, "--dry-run", "--format", "json");
        expect(r.code, r.err).toBe(0);
        const j = JSON.parse(r.out);
        return { series: j.series, skipped: j.skipped };
      };
      expect(await dry(fixture(`samples/${name}.xls`))).toEqual(
        await dry(fixture(`samples/saved-as-xlsx/${name}.xlsx`)),
      );
    }
  });

  it("a file named .xls that is not an Excel 97–2003 workbook, or a damaged one, is refused with one line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kitchin-xls-"));
    const csv = join(dir, "csv.xls");
    copyFileSync(fixture("nbs/money_supply_gbk.csv"), csv);
    const cut = join(dir, "cut.xls");
    const { readFileSync } = await import("node:fs");
    writeFileSync(cut, readFileSync(fixture(`samples/${SAMPLES[0]}.xls`)).subarray(0, 3000));
    for (const [f, msg] of [
      [csv, /is not an Excel 97–2003 workbook \(\.xls\) despite its name/],
      [cut, /cannot read as an \.xls workbook|no row has a date|the workbook has no sheets/],
    ] as const) {
      const r = await runEnv({}, "turns", "--file", f);
      expect(r.code, f).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(msg);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    }
  });
});
