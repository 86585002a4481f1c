/** Raw-file parsers of the build script, on small verbatim excerpts (fixtures/PROVENANCE.md). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { monthIndex } from "@kitchin/core";
import { completeMonthEnds, monthEnds, parseCsv } from "../scripts/lib/raw.ts";
import { round6, yoy } from "../scripts/lib/series.ts";
import { bondValue } from "../scripts/lib/bond.ts";
import { parseCensus } from "../scripts/us-census.ts";
import { fredMd } from "../scripts/us-fredmd.ts";

const fixture = (f: string) => readFileSync(new URL(`./fixtures/${f}`, import.meta.url), "utf8");

describe("raw readers", () => {
  it("FRED-MD: skips the Transform: row, reads M/D/YYYY dates", () => {
    const md = fredMd(fixture("fredmd_2019-10_head.csv"), "fixture");
    const indpro = md.get("INDPRO")!;
    expect(indpro.size).toBe(2);
    expect(indpro.get(monthIndex(1959, 1))).toBe(22.625); // fixture line 3
    expect(md.get("RPI")!.get(monthIndex(1959, 1))).toBe(2437.296);
  });

  it("Census TSAR text: blocks by series name, 12 months a row", () => {
    const b = parseCensus(fixture("census_mtis_excerpt.txt"), "fixture");
    expect([...b.keys()]).toEqual(["tbtivu", "tbtiva"]);
    expect(b.get("tbtivu")!.get(monthIndex(1992, 1))).toBe(802948);
    expect(b.get("tbtiva")!.get(monthIndex(1992, 12))).toBe(835800); // fixture line 10
    expect(b.get("tbtiva")!.size).toBe(24); // 1992 and 1993 rows
  });

  it("CSV: quotes, BOM, CRLF", () => {
    expect(parseCsv('\uFEFFa,b\r\n"x,1","say ""hi"""\r\n')).toEqual([
      ["a", "b"],
      ["x,1", 'say "hi"'],
    ]);
  });

  it("month-ends keep the last close and drop an incomplete final month", () => {
    const rows = [
      ["date", "close"],
      ["2020-01-30", "1"],
      ["2020-01-31", "2"],
      ["2020-02-27", "3"],
      ["2020-03-12", "4"],
    ];
    const me = completeMonthEnds(monthEnds(rows, 0, 1, "t"));
    expect([...me]).toEqual([
      [monthIndex(2020, 1), 2],
      [monthIndex(2020, 2), 3],
    ]);
  });

  it("YoY and rounding", () => {
    const m = new Map([
      [monthIndex(2020, 1), 100],
      [monthIndex(2021, 1), 121.6],
    ]);
    expect(yoy(m).get(monthIndex(2021, 1))).toBe(21.6);
    expect(round6(-0.0000001)).toBe(0);
  });

  it("bond value: a par bond at an unchanged yield earns one month of coupon", () => {
    expect(bondValue(0.05, 0.05, 10, 1)).toBeCloseTo(100, 10);
    const r = bondValue(0.05, 0.05, 10 - 1 / 12, 2) / 100 - 1;
    expect(r).toBeGreaterThan(0.004);
    expect(r).toBeLessThan(0.0042);
    // +100 bp on a 10-year par bond loses about its duration (~7.7) in percent
    expect(bondValue(0.05, 0.06, 10 - 1 / 12, 1) / 100 - 1).toBeCloseTo(-0.07, 1);
  });
});
