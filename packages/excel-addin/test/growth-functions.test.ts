import { describe, expect, it } from "vitest";
import { monthIndex, monthlyFromCumulative, yoy } from "@kitchin/core";
import { monthlyYoy, yoyGrowth } from "../src/functions.ts";
import { col, expectCellError, flat, row, datesFor } from "./helpers.ts";

const levels = Array.from({ length: 40 }, (_, t) => 100 * Math.pow(1.004, t) * (1 + 0.05 * Math.sin(t / 3)));

describe("CYCLE.YOY", () => {
  it("equals the core's yoy, blank where there is no base", () => {
    const out = yoyGrowth(datesFor(col(levels)), col(levels));
    const want = Array.from(yoy(levels, 12), (v) => (Number.isFinite(v) ? v : ""));
    expect(flat(out)).toEqual(want);
    expect(flat(out).slice(0, 12)).toEqual(Array(12).fill(""));
  });

  it("takes a lag; a row in gives a row out", () => {
    expect(yoyGrowth(datesFor(row(levels)), row(levels), 1)[0]).toEqual(
      Array.from(yoy(levels, 1), (v) => (Number.isFinite(v) ? v : "")),
    );
    expect(yoyGrowth(datesFor(col(levels)), col(levels), null as unknown as number)).toEqual(
      yoyGrowth(datesFor(col(levels)), col(levels)),
    );
  });

  it("treats blanks as missing and names the row of text", () => {
    const b: (number | string)[] = levels.slice();
    b[3] = "";
    const out = flat(yoyGrowth(datesFor(col(b)), col(b)));
    expect(out[15]).toBe("");
    expect(out[16]).toBeCloseTo(100 * (levels[16] / levels[4] - 1), 10);
    b[30] = "1.2.3";
    expectCellError(
      () => yoyGrowth(datesFor(col(b)), col(b)),
      "#VALUE!",
      /row 31, column "values": "1.2.3" is not a number/,
    );
  });

  it("rejects a bad lag, 2-D blocks and empty ranges", () => {
    expectCellError(
      () => yoyGrowth(datesFor(col(levels)), col(levels), 0),
      "#VALUE!",
      /lag must be a whole number of months from 1 to 120, got 0/,
    );
    expectCellError(() => yoyGrowth(datesFor(col(levels)), col(levels), 1.5), "#VALUE!", /lag must be a whole number/);
    expectCellError(
      () =>
        yoyGrowth(
          [
            [1, 2],
            [3, 4],
          ],
          col([1, 2]),
        ),
      "#VALUE!",
      /dates must be one column or one row/,
    );
    expectCellError(() => yoyGrowth(datesFor(col(levels)), []), "#VALUE!", /values range is empty/);
    expectCellError(() => yoyGrowth([], []), "#VALUE!", /dates range is empty/);
  });
});

describe("CYCLE.MONTHLYYOY (NBS year-to-date rule)", () => {
  // Two years of YTD values with January merged into February (no January rows at all).
  const dates: string[] = [];
  const cum: number[] = [];
  const g: number[] = [];
  for (const year of [2021, 2022]) {
    let c = 0;
    for (let m = 2; m <= 12; m++) {
      c += m === 2 ? 200 : 100 + m + (year - 2021) * 5;
      dates.push(`${year}-${String(m).padStart(2, "0")}`);
      cum.push(c);
      g.push(5 + m / 4 + (year - 2021));
    }
  }

  it("equals the core's monthlyFromCumulative, aligned with rows that skip January", () => {
    const out = flat(monthlyYoy(col(dates), col(cum), col(g)));
    expect(out).toHaveLength(dates.length);
    // The core works on the month axis, January as a missing month.
    const start = monthIndex(2021, 2);
    const axisCum = new Float64Array(23).fill(NaN);
    const axisG = new Float64Array(23).fill(NaN);
    dates.forEach((d, i) => {
      const k = monthIndex(+d.slice(0, 4), +d.slice(5)) - start;
      axisCum[k] = cum[i];
      axisG[k] = g[i];
    });
    const want = monthlyFromCumulative(start, axisCum, axisG).yoy;
    dates.forEach((d, i) => {
      const k = monthIndex(+d.slice(0, 4), +d.slice(5)) - start;
      expect(out[i]).toBe(Number.isFinite(want[k]) ? want[k] : "");
    });
    // The Jan–Feb release: monthly YoY of February is the cumulative growth itself.
    expect(out[0]).toBe(g[0]);
    expect(out[11]).toBe(g[11]);
  });

  it("treats blank cells as missing; names text rows; rejects mismatched and empty ranges", () => {
    const c2: (number | string)[] = cum.slice();
    c2[5] = "";
    const out = flat(monthlyYoy(col(dates), col(c2), col(g)));
    expect(out[5]).toBe("");
    expect(out[6]).toBe("");
    c2[7] = "abc";
    expectCellError(
      () => monthlyYoy(col(dates), col(c2), col(g)),
      "#VALUE!",
      /row 8, column "cumulative values": "abc" is not a number/,
    );
    expectCellError(
      () => monthlyYoy(col(dates), col(cum), col(g.slice(1))),
      "#VALUE!",
      /dates and cumulative YoY ranges differ in length: 22 vs 21/,
    );
    expectCellError(
      () => monthlyYoy(col(dates.slice(1)), col(cum), col(g)),
      "#VALUE!",
      /dates and cumulative values ranges differ in length/,
    );
    expectCellError(() => monthlyYoy([], [], []), "#VALUE!", /dates range is empty/);
    const shuffled = dates.slice();
    [shuffled[3], shuffled[4]] = [shuffled[4], shuffled[3]];
    expectCellError(
      () => monthlyYoy(col(shuffled), col(cum), col(g)),
      "#VALUE!",
      /row 5, column "dates": dates must run oldest first or newest first/,
    );
  });

  it("newest-first rows get the same answers, newest first", () => {
    const asc = flat(monthlyYoy(col(dates), col(cum), col(g)));
    const desc = flat(monthlyYoy(col(dates.slice().reverse()), col(cum.slice().reverse()), col(g.slice().reverse())));
    expect(desc).toEqual(asc.slice().reverse());
  });
});
