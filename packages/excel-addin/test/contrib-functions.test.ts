/**
 * CYCLE.CONTRIB: a hand-built panel whose contributions are known exactly (components
 * that add up, that do not, a missing month, NBS year-to-date values), names from a header row,
 * the options, and bad input as #VALUE! / #N/A with the core's message.
 */
import { describe, expect, it } from "vitest";
import { contrib } from "../src/functions.ts";
import { col, expectCellError, months } from "./helpers.ts";

const d = months("2020-01", 24);
const y = (a: number, b: number) => Array.from({ length: 24 }, (_, i) => (i < 12 ? a : b));
// A 120 → 150, B 80 → 70; sum = A + B (200 → 220, +10 %), total adds "other" 50 → 60 (250 → 280, +12 %)
const A = y(120, 150),
  B = y(80, 70),
  S = y(200, 220),
  T = y(250, 280);
const block = (...cs: (number | string)[][]) => cs[0].map((_, i) => cs.map((c) => c[i]));

describe("CYCLE.CONTRIB", () => {
  it("components that add up: header, 12 months (+15 pp, −5 pp, residual 0), then the window row", () => {
    const out = contrib(col(d), col(S), block(A, B));
    expect(out[0]).toEqual(["date", "total YoY", "component 1", "component 2", "residual"]);
    expect(out).toHaveLength(1 + 12 + 1);
    expect(out[1]).toEqual(["2021-01", 10, 15, -5, 0]);
    expect(out[13][0]).toBe("2021-01…2021-12");
    expect(out[13].slice(1).map((x) => Math.round(1e9 * (x as number)) / 1e9)).toEqual([10, 15, -5, 0]);
  });

  it("names from a first text row (dates and total with a header cell too); components that do not add up leave a residual", () => {
    const out = contrib(
      col(["month", ...d]),
      col(["total", ...T]),
      [["A", "B"], ...block(A, B)],
      "from=2021-01; to=2021-03; shares=true",
    );
    expect(out[0]).toEqual(["date", "total YoY", "A", "B", "residual", "share A", "share B"]);
    expect(out[1].slice(0, 5)).toEqual(["2021-01", 12, 12, -4, 4]);
    expect(out[1][5]).toBeCloseTo((100 * 150) / 280, 12);
    expect(out).toHaveLength(1 + 3 + 1);
    expect(out[4][0]).toBe("2021-01…2021-03");
  });

  it("a missing month blanks that component and the residual, and leaves the window", () => {
    const b = B.slice() as (number | string)[];
    b[16] = "";
    const out = contrib(col(d), col(S), block(A, b), "window=12");
    expect(out[5]).toEqual(["2021-05", 10, 15, "", ""]);
    expect(out[13][0]).toBe("2021-01…2021-12");
    expect(out[13][4] as number).toBeCloseTo(0, 12);
  });

  it("cumulative=true: NBS year-to-date values, Jan–Feb merged in the second year", () => {
    // monthly A 10 → 12, B 20 → 19: YTD = k × monthly; year 2 has no January
    const ytd = (m1: number, m2: number) => d.map((_, i) => (i === 12 ? "" : ((i % 12) + 1) * (i < 12 ? m1 : m2)));
    const out = contrib(col(d), col(ytd(30, 31)), block(ytd(10, 12), ytd(20, 19)), "cumulative=true; lang=zh");
    expect(out[0]).toEqual(["日期", "总量同比", "分项 1", "分项 2", "残差"]);
    expect(out[1][0]).toBe("2021-02");
    expect(out[1][1] as number).toBeCloseTo(100 * (31 / 30 - 1), 10);
    expect(out[1][2] as number).toBeCloseTo((100 * 2) / 30, 10);
    expect(out[1][4] as number).toBeCloseTo(0, 10);
  });

  it("an empty components range: the total's YoY and its window growth", () => {
    const out = contrib(col(d), col(S), [], "aggregate=mean");
    expect(out[0]).toEqual(["date", "total YoY"]);
    expect(out[1][1] as number).toBeCloseTo(10, 12);
  });

  it("bad input: ranges of other lengths, text, a zero base, components on other months, bad options", () => {
    expectCellError(
      () => contrib(col(d), col(S.slice(1)), block(A, B)),
      "#VALUE!",
      /dates and total ranges differ in length: 24 vs 23/,
    );
    expectCellError(
      () => contrib(col(d), col(S), block(A, B).slice(2)),
      "#VALUE!",
      /dates and components ranges differ in length: 24 vs 22 rows/,
    );
    const t = S.slice() as (number | string)[];
    t[3] = "abc";
    expectCellError(
      () => contrib(col(d), col(t), block(A, B)),
      "#VALUE!",
      /row 4, column "total": "abc" is not a number/,
    );
    const z = S.slice();
    z[0] = 0;
    expectCellError(
      () => contrib(col(d), col(z), block(A, B)),
      "#VALUE!",
      /total is 0 in the year before 2021-01: growth over a base that is not positive is undefined/,
    );
    const other = d.map((_, i) => (i < 12 ? "" : 5));
    const early = S.map((x, i) => (i < 12 ? x : ""));
    expectCellError(
      () => contrib(col(d), col(early), block(A, other)),
      "#VALUE!",
      /has no month with a value a year earlier/,
    );
    const late = d.map((_, i) => (i >= 22 ? 1 : ""));
    const shortTotal = S.map((x, i) => (i < 22 ? x : ""));
    expectCellError(
      () => contrib(col(d), col(shortTotal), [["A", "late"], ...block(A, late)]),
      "#N/A",
      /late shares no month with total; put the components on the total's months/,
    );
    expectCellError(
      () => contrib(col(d), col(S), block(A, B), "window=0"),
      "#VALUE!",
      /option window=0 must be a whole number from 1 to 120/,
    );
    expectCellError(
      () => contrib(col(d), col(S), block(A, B), "aggregate=median"),
      "#VALUE!",
      /option aggregate=median must be one of sum, mean, end/,
    );
    expectCellError(
      () => contrib(col(d), col(S), [["A", "A"], ...block(A, B)]),
      "#VALUE!",
      /two components have the same name/,
    );
    expectCellError(() => contrib([], col(S), block(A, B)), "#VALUE!", /dates range is empty/);
  });
});
