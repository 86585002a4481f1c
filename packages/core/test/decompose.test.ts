import { describe, expect, it } from "vitest";
import { decompose, decomposeSeries, type KitchinError, monthIndex, ratioYoyFrom } from "../src/index.ts";

describe("decompose (methods.md §6, note 003 第2则)", () => {
  it("additive: residual = inventory − (value added + PPI + ratio), by hand", () => {
    const d = decompose([10, 5, NaN], [6, 5, 1], [3, -2, 1], [2, 1, 1]);
    expect(Array.from(d.explained.subarray(0, 2))).toEqual([11, 4]);
    expect(Array.from(d.residual.subarray(0, 2))).toEqual([-1, 1]);
    expect(d.residual[2]).toBeNaN();
    expect(d.valueAdded[2]).toBeNaN();
  });

  it("log form is exact when inventory = volume × price × ratio", () => {
    // volume +5 %, price +10 %, ratio −4 % → inventory growth 1.05·1.10·0.96 − 1 = 10.88 %
    const inv = 100 * (1.05 * 1.1 * 0.96 - 1);
    const d = decompose([inv], [5], [10], [-4], "log");
    expect(d.residual[0]).toBeCloseTo(0, 12);
    expect(d.inventory[0]).toBeCloseTo(100 * Math.log(1.05 * 1.1 * 0.96), 12);
    // the additive reading leaves the cross terms: 10.88 − 11 = −0.12
    expect(decompose([inv], [5], [10], [-4]).residual[0]).toBeCloseTo(-0.12, 10);
  });

  it("ratio YoY from inventory and sales YoY is exact", () => {
    // inventory +10 %, sales +21 % → ratio 1.1/1.21 − 1 = −9.0909 %
    expect(ratioYoyFrom([10], [21])[0]).toBeCloseTo(100 * (1.1 / 1.21 - 1), 12);
  });

  it("series form aligns on the inventory's months and adds real inventory (exact and difference)", () => {
    const m = monthIndex(2020, 1);
    const r = decomposeSeries({
      inventory: { start: m, values: Float64Array.from([10, 8, 6]) },
      valueAdded: { start: m - 1, values: Float64Array.from([0, 5, 4, 3, 2]) },
      price: { start: m + 1, values: Float64Array.from([2, 4]) },
      sales: { start: m, values: Float64Array.from([10, 10, 10]) },
    });
    expect(r.start).toBe(m);
    expect(r.valueAdded[0]).toBeNaN(); // no price in Jan
    expect(r.ratio[1]).toBeCloseTo(100 * (1.08 / 1.1 - 1), 12);
    expect(r.residual[1]).toBeCloseTo(8 - (4 + 2 + 100 * (1.08 / 1.1 - 1)), 12);
    expect(r.realDifference[2]).toBe(2);
    expect(r.realExact[2]).toBeCloseTo(100 * (1.06 / 1.04 - 1), 12);
  });

  it("bad input", () => {
    expect(() => decompose([1, 2], [1], [1, 2], [1, 2])).toThrow(/value added differ in length: 2 vs 1/);
    expect(() => decompose([1], [1], [1], [1], "multiplicative" as "log")).toThrow(/unknown decomposition form/);
    const s = { start: monthIndex(2020, 1), values: Float64Array.from([1, 2]) };
    expect(() => decomposeSeries({ inventory: s, valueAdded: s, price: s })).toThrow(/ratio YoY or the sales/);
    try {
      decomposeSeries({
        inventory: s,
        valueAdded: s,
        price: { start: monthIndex(2010, 1), values: Float64Array.from([1]) },
        ratio: s,
      });
      expect.unreachable();
    } catch (e) {
      expect((e as KitchinError).code).toBe("no-overlap");
    }
  });
});
