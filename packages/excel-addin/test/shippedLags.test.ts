/** Release lags of CYCLE.DATA's series travel to CYCLE.PHASE by their months and values (issue 12). */
import { describe, expect, it } from "vitest";
import { rememberShipped, shippedOf } from "../src/adapt/shippedLags.ts";

describe("shipped lags across the cell boundary", () => {
  rememberShipped("cn.test_yoy", 1, 24000, Float64Array.from([1.5, NaN, 2.5]));
  it("finds a series by its months and values, padding blanks at either end allowed", () => {
    expect(shippedOf({ start: 24000, values: Float64Array.from([1.5, NaN, 2.5]) })).toEqual({ id: "cn.test_yoy", lag: 1 });
    expect(shippedOf({ start: 23998, values: Float64Array.from([NaN, NaN, 1.5, NaN, 2.5, NaN]) })).toEqual({ id: "cn.test_yoy", lag: 1 });
  });
  it("does not match other months, other values, a cut, or an empty range", () => {
    expect(shippedOf({ start: 24001, values: Float64Array.from([1.5, NaN, 2.5]) })).toBeUndefined();
    expect(shippedOf({ start: 24000, values: Float64Array.from([1.5, NaN, 2.6]) })).toBeUndefined();
    expect(shippedOf({ start: 24000, values: Float64Array.from([1.5, 2.0, 2.5]) })).toBeUndefined();
    expect(shippedOf({ start: 24000, values: Float64Array.from([1.5]) })).toBeUndefined();
    expect(shippedOf({ start: 24000, values: Float64Array.from([NaN]) })).toBeUndefined();
  });
});
