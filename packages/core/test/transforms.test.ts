import { describe, expect, it } from "vitest";
import {
  centredMovingAverage,
  fillGaps,
  monthIndex,
  monthlyFromCumulative,
  movingAverage,
  realGrowth,
  yoy,
} from "../src/index.ts";

describe("transforms", () => {
  it("YoY from levels at any lag, NaN on missing or non-positive bases", () => {
    const x = [100, 110, 121, NaN, 133.1];
    expect(Array.from(yoy(x, 1)).map((v) => (Number.isNaN(v) ? v : +v.toFixed(6)))).toEqual([NaN, 10, 10, NaN, NaN]);
    expect(yoy([0, 5], 1)[1]).toBeNaN();
    expect(() => yoy(x, 0)).toThrow(/lag must be a whole number/);
  });

  it("NBS cumulative → monthly value and YoY (倒推), with the Jan–Feb rule", () => {
    // A year with January merged into February. Last year's monthly values: Jan+Feb 200, Mar 100, Apr 120.
    // This year: Jan+Feb 220 (+10 %), Mar 130 (+30 %), Apr 120 (0 %).
    const start = monthIndex(2023, 1);
    const cum = [NaN, 220, 350, 470];
    const g = [NaN, 10, 100 * (350 / 300 - 1), 100 * (470 / 420 - 1)];
    const r = monthlyFromCumulative(start, cum, g);
    expect(r.value[1]).toBe(220);
    expect(r.yoy[1]).toBe(10); // Jan–Feb release: monthly YoY = g_Feb
    expect(r.value[2]).toBe(130);
    expect(r.yoy[2]).toBeCloseTo(30, 10);
    expect(r.value[3]).toBe(120);
    expect(r.yoy[3]).toBeCloseTo(0, 10);
    expect(Number.isNaN(r.yoy[0])).toBe(true);
    expect(() => monthlyFromCumulative(start, [1, 2], [1])).toThrow(/differ in length: 2 vs 1/);
  });

  it("a new year restarts the cumulation even when January is published", () => {
    const start = monthIndex(2022, 12);
    const r = monthlyFromCumulative(start, [1200, 100, 210], [5, 10, 10]);
    expect(r.value[1]).toBe(100); // January stands alone, not 100 − 1200
    expect(r.yoy[1]).toBe(10);
    expect(r.value[2]).toBe(110);
    expect(r.yoy[2]).toBeCloseTo(10, 10);
  });

  it("trailing MA uses only the past; centred MA looks ahead", () => {
    const x = [1, 2, 3, 4, 5];
    expect(Array.from(movingAverage(x, 3))).toEqual([NaN, NaN, 2, 3, 4]);
    expect(Array.from(movingAverage([1, NaN, 3, 4, 5, 6], 2))).toEqual([NaN, NaN, NaN, 3.5, 4.5, 5.5]);
    expect(Array.from(centredMovingAverage(x, 3))).toEqual([NaN, 2, 3, 4, NaN]);
    expect(() => movingAverage(x, 0)).toThrow(/window/);
  });

  it("real growth, exact and the notes' difference", () => {
    expect(realGrowth([10], [5], "exact")[0]).toBeCloseTo(100 * (1.1 / 1.05 - 1), 12);
    expect(realGrowth([10], [5], "difference")[0]).toBe(5);
  });

  it("gap filling is linear, interior only, and marks what it filled", () => {
    const r = fillGaps([NaN, 1, NaN, NaN, 4, NaN]);
    expect(Array.from(r.values)).toEqual([NaN, 1, 2, 3, 4, NaN]);
    expect(Array.from(r.filled)).toEqual([0, 0, 1, 1, 0, 0]);
  });
});
