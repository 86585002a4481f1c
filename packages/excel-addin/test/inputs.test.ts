/**
 * The same input rules for every range function: 2-D blocks, blanks, text, different lengths,
 * empty ranges. (Each function's own file checks its results against the core.)
 */
import { describe, expect, it } from "vitest";
import { turns } from "@kitchin/core";
import { backtest, cyclesTable, monthlyYoy, phase, score, state, turnsTable, yoyGrowth } from "../src/functions.ts";
import { col, expectCellError, flat, months, wave, datesFor } from "./helpers.ts";

const N = 120;
const inv = wave(N, 0);
const rev = wave(N, 8);
const dates = months("2010-01", N);
const block = inv.slice(0, 6).map((v, i) => [v, rev[i]]);

describe("every range function", () => {
  it("rejects a block of several rows and columns where a series is expected", () => {
    expectCellError(
      () => state(datesFor(block), block),
      "#VALUE!",
      /values must be one column or one row; got 6 rows × 2 columns/,
    );
    expectCellError(() => turnsTable(block, block), "#VALUE!", /one column or one row/);
    expectCellError(
      () => cyclesTable(col(dates.slice(0, 6)), [[""]], block),
      "#VALUE!",
      /inventory must be one column or one row/,
    );
    expectCellError(() => yoyGrowth(datesFor(block), block), "#VALUE!", /one column or one row/);
    expectCellError(() => monthlyYoy(block, block, block), "#VALUE!", /one column or one row/);
    expectCellError(
      () => score(col(dates.slice(0, 6)), block, col([1, 2, 3, 4, 5, 6])),
      "#VALUE!",
      /phases must be one column or one row/,
    );
  });

  it("reads blank and empty-string cells as missing values", () => {
    const holes = inv.map((v, i) => (i === 30 ? null : i === 31 ? "" : i === 32 ? "--" : v));
    const y = inv.map((v, i) => (i >= 30 && i <= 32 ? NaN : v));
    expect(
      turnsTable(datesFor(col(holes)), col(holes))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(turns(y, {}, "monthly").map((t) => months("2005-01", holes.length)[t.index]));
    expect(flat(yoyGrowth(datesFor(col(holes)), col(holes))).slice(42, 45)).toEqual(["", "", ""]);
    expect(cyclesTable(col(dates), col(rev), col(holes)).length).toBeGreaterThan(1);
    expect(flat(phase(datesFor(col(holes)), col(holes), col(inv)))).toHaveLength(N);
  });

  it("names the row of text in any numeric range", () => {
    const t = inv.map((v, i) => (i === 9 ? "abc" : v));
    expectCellError(
      () => turnsTable(datesFor(col(t)), col(t)),
      "#VALUE!",
      /row 10, column "values": "abc" is not a number/,
    );
    expectCellError(() => turnsTable(col(dates), col(t)), "#VALUE!", /row 10, column "values"/);
    expectCellError(() => cyclesTable(col(dates), col(t), col(inv)), "#VALUE!", /row 10, column "demand"/);
    expectCellError(() => phase(datesFor(col(rev)), col(rev), col(t)), "#VALUE!", /row 10, column "inventory"/);
    expectCellError(
      () => backtest(col(dates), col(Array(N).fill("unknown")), col(t)),
      "#VALUE!",
      /row 10, column "asset 1": "abc" is not a number/,
    );
    expectCellError(
      () => state(datesFor(col([1, 2, true as unknown as number])), col([1, 2, true as unknown as number])),
      "#VALUE!",
      /row 3, column "values": "true" is not a number/,
    );
  });

  it("reports ranges of different lengths", () => {
    expectCellError(() => turnsTable(col(dates.slice(2)), col(inv)), "#VALUE!", /differ in length: 118 vs 120/);
    expectCellError(
      () => cyclesTable(col(dates), col(rev.slice(1)), col(inv)),
      "#VALUE!",
      /dates and demand ranges differ in length: 120 vs 119/,
    );
    expectCellError(
      () => score(col(dates), col(Array(N - 1).fill(0)), col(inv.map((v) => v + 20))),
      "#VALUE!",
      /phases and prices ranges differ in length: 119 vs 120/,
    );
    expectCellError(
      () => backtest(col(dates.slice(1)), col(Array(N).fill(0)), col(inv.slice(1).map((v) => v + 20))),
      "#VALUE!",
      /phases and prices ranges differ in length: 120 vs 119/,
    );
  });

  it("reports empty ranges", () => {
    for (const f of [
      () => state(datesFor([]), []),
      () => turnsTable([[]], [[]]),
      () => yoyGrowth(datesFor([]), []),
      () => phase(datesFor([[]]), [[]], [[]]),
      () => cyclesTable([], [[""]], []),
    ]) {
      expectCellError(f, "#VALUE!", /range is empty/);
    }
    expectCellError(() => monthlyYoy([], [], []), "#VALUE!", /range is empty/);
    expectCellError(() => score([], [], []), "#VALUE!", /prices range is empty/);
    expectCellError(() => backtest([], [], [[]]), "#VALUE!", /prices range is empty/);
  });

  it("accepts a price that starts later (blank before its first month) but not a hole inside", () => {
    const phases = Array.from({ length: 60 }, (_, t) => Math.floor(t / 6) % 4);
    const late = Array.from({ length: 60 }, (_, t) => (t < 10 ? "" : 100 + t));
    const d60 = col(months("2005-01", 60));
    expect(score(d60, col(phases), col(late), [["late"]], "bootstrap=0; permutations=0")[1][1]).toBe("late");
    const hole = late.map((v, t) => (t === 30 ? "" : v));
    expectCellError(() => score(d60, col(phases), col(hole), [["late"]]), "#VALUE!", /late/);
  });
});
