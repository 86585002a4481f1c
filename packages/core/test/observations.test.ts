import { describe, expect, it } from "vitest";
import { KitchinError, monthIndex, numericColumn, seriesFromObservations } from "../src/index.ts";

function err(f: () => unknown): KitchinError {
  try {
    f();
  } catch (e) {
    if (e instanceof KitchinError) return e;
    throw e;
  }
  throw new Error("expected a KitchinError");
}

describe("seriesFromObservations: bad input gets one actionable error", () => {
  const opts = { file: "wind.csv", column: "产成品存货:累计同比", dateColumn: "指标名称", firstRow: 2 };

  it("builds a monthly series, reading blanks as missing and filling a missing January row", () => {
    const s = seriesFromObservations(["2019-11", "2019-12", "2020-02", "2020-03"], ["0.3", "", "8.7", 14.9], opts);
    expect(s.start).toBe(monthIndex(2019, 11));
    expect(Array.from(s.values)).toEqual([0.3, NaN, NaN, 8.7, 14.9]);
  });

  it("empty", () => {
    expect(err(() => seriesFromObservations([], [], opts)).code).toBe("empty");
    expect(err(() => seriesFromObservations(["2020-01"], [""], opts)).message).toMatch(/no numeric values/);
  });

  it("ragged (dates and values of different lengths)", () => {
    const e = err(() => seriesFromObservations(["2020-01", "2020-02"], ["1"], opts));
    expect(e.code).toBe("length-mismatch");
    expect(e.toLine()).toBe("wind.csv: dates and values differ in length: 2 vs 1");
  });

  it("non-numeric names row and column", () => {
    const e = err(() => seriesFromObservations(["2020-01", "2020-02", "2020-03"], ["1", "abc", "2"], opts));
    expect(e.code).toBe("not-numeric");
    expect(e.toLine()).toBe('wind.csv, row 3, column "产成品存货:累计同比": "abc" is not a number');
  });

  it("bad date", () => {
    const e = err(() => seriesFromObservations(["2020-01", "数据来源：Wind"], ["1", "2"], opts));
    expect(e.code).toBe("bad-date");
    expect(e.place).toMatchObject({ row: 3, column: "指标名称" });
  });

  it("unsorted", () => {
    const e = err(() => seriesFromObservations(["2020-03", "2020-02"], ["1", "2"], opts));
    expect(e.code).toBe("unsorted");
    expect(e.message).toMatch(/2020-02 follows 2020-03; sort the table by date/);
  });

  it("duplicated", () => {
    const e = err(() => seriesFromObservations(["2020-01-31", "2020-02-29", "2020-02-01"], ["1", "2", "3"], opts));
    expect(e.code).toBe("duplicate");
    expect(e.place.row).toBe(4);
  });

  it("gapped beyond the tolerated two months", () => {
    const e = err(() => seriesFromObservations(["2020-01", "2020-05"], ["1", "2"], opts));
    expect(e.code).toBe("gap");
    expect(e.message).toMatch(/3 months are missing between 2020-01 and 2020-05/);
    expect(seriesFromObservations(["2020-01", "2020-05"], ["1", "2"], { maxGap: 3 }).values.length).toBe(5);
  });

  it("numeric cells accept thousands separators and percent signs", () => {
    expect(Array.from(numericColumn(["1,234.5", null, "--", 7]))).toEqual([1234.5, NaN, NaN, 7]);
    expect(Array.from(numericColumn(["3.2%", "", "-1.5 %"]))).toEqual([3.2, NaN, -1.5]);
    // 3.2% next to 0.032: one is in the wrong unit, which one cannot be told
    expect(() => numericColumn(["3.2%", 0.032], { column: "yoy", firstRow: 2 })).toThrow(
      /^the column mixes percent text \("3.2%"\) and plain numbers \("0.032"\)/,
    );
    expect(() => numericColumn([true])).toThrow(KitchinError);
  });
});
