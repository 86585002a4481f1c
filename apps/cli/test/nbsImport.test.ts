/**
 * Real NBS website CSV downloads (GBK, newest first, preamble and footer lines) load, and every
 * value matches the source: the reference is the file converted to UTF-8 by `iconv` (an independent
 * decoder) and split by a naive line parser here, plus figures quoted in the data's PROVENANCE.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatMonth, monthIndex } from "@kitchin/core";
import { readUserTable } from "@kitchin/jobs/node";
import { columnSeries } from "@kitchin/jobs/node";
import { fixture, run } from "./helpers.ts";

/** month → values by column, from a UTF-8 file whose data lines are `YYYY年M月,v1,v2,…` with no quoted fields. */
function naive(file: string): { header: string[]; rows: Map<number, string[]> } {
  const lines = readFileSync(fixture(file), "utf8").split(/\r?\n/);
  const header = lines.find((l) => l.startsWith("时间,"))!.split(",");
  const rows = new Map<number, string[]>();
  for (const l of lines) {
    const m = /^(\d{4})年(\d{1,2})月,/.exec(l);
    if (m) rows.set(monthIndex(+m[1], +m[2]), l.split(",").slice(1));
  }
  return { header, rows };
}

describe("NBS GBK CSV downloads", () => {
  for (const name of ["money_supply", "cpi_trade"]) {
    it(`${name}: every column matches the iconv-decoded source, value by value`, async () => {
      const t = await readUserTable(fixture(`nbs/${name}_gbk.csv`));
      expect(t.encoding).toBe("GB18030");
      const ref = naive(`nbs/${name}_utf8.csv`);
      expect(t.header.slice(0, ref.header.length)).toEqual(ref.header);
      expect(t.rows.length).toBe(ref.rows.size);
      for (let c = 1; c < ref.header.length; c++) {
        const s = columnSeries(t, c, 0).series;
        for (const [m, cells] of ref.rows) {
          const want = cells[c - 1] === "" ? NaN : Number(cells[c - 1]);
          expect(s.values[m - s.start], `${ref.header[c]} ${formatMonth(m)}`).toBe(
            s.start <= m && m - s.start < s.values.length ? want : undefined,
          );
        }
      }
    });
  }

  it("figures quoted in the data's provenance: M2 YoY 8.3 % in 2021-05; exports 238,267,589 thousand USD in 2019-12", async () => {
    const ms = await readUserTable(fixture("nbs/money_supply_gbk.csv"));
    const m2 = columnSeries(ms, 2, 0).series;
    expect(ms.header[2]).toBe("货币和准货币(M2)供应量同比增长(%)");
    expect(formatMonth(m2.start)).toBe("1999-12");
    expect(m2.values[monthIndex(2021, 5) - m2.start]).toBe(8.3);
    const cpi = await readUserTable(fixture("nbs/cpi_trade_gbk.csv"));
    const ex = columnSeries(cpi, 10, 0);
    expect(cpi.header[10]).toBe("出口总值当期值(千美元)");
    expect(ex.series.values[monthIndex(2019, 12) - ex.series.start]).toBe(238267589);
    expect(ex.notes.map(String)).toContain(
      'column "出口总值当期值(千美元)": the last 2 rows (from 2020-01) have no value; the series ends 2019-12',
    );
  });

  it("through the CLI: the GBK file gives the same turns as its UTF-8 copy, and says how it was read", async () => {
    const col = ["--column", "货币和准货币(M2)供应量同比增长(%)", "--format", "json"];
    const gbk = await run("turns", "--file", fixture("nbs/money_supply_gbk.csv"), ...col);
    const utf8 = await run("turns", "--file", fixture("nbs/money_supply_utf8.csv"), ...col);
    expect(gbk.code, gbk.err).toBe(0);
    expect(JSON.parse(gbk.out).turns).toEqual(JSON.parse(utf8.out).turns);
    expect(JSON.parse(gbk.out).turns.length).toBeGreaterThan(4);
    const table = await run(
      "turns",
      "--file",
      fixture("nbs/money_supply_gbk.csv"),
      "--column",
      "货币和准货币(M2)供应量同比增长(%)",
    );
    expect(table.code).toBe(0);
    expect(table.out + table.err).toMatch(/note: .*money_supply_gbk\.csv: read as GB18030 text/);
    expect(table.out + table.err).toMatch(/note: .*dates run newest first; read in increasing order/);
  });
});
