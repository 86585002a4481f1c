import { describe, expect, it } from "vitest";
import { KitchinError } from "@kitchin/core";
import { guard, guardAsync, toCellError } from "../src/errors.ts";

describe("error mapping", () => {
  it("turns input errors into #VALUE! with the core's one-line message (row and column)", () => {
    const e = toCellError(new KitchinError("not-numeric", '"x" is not a number', { row: 3, column: "values" }));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe('row 3, column "values": "x" is not a number');
  });
  it("turns unknown series, missing items and no-overlap into #N/A", () => {
    for (const code of ["unknown-series", "not-found", "no-overlap"] as const) {
      expect(toCellError(new KitchinError(code, "m")).code).toBe("#N/A");
    }
  });
  it("never lets a plain exception through", async () => {
    expect(() => guard(() => { throw new TypeError("boom"); })).toThrowError(CustomFunctions.Error);
    const e = toCellError(new TypeError("boom"));
    expect([e.code, e.message]).toEqual(["#VALUE!", "boom"]);
    expect(toCellError("text").message).toBe("text");
    expect(toCellError(undefined).message).toBe("undefined");
    await expect(guardAsync(async () => { throw new RangeError("late"); })).rejects.toBeInstanceOf(CustomFunctions.Error);
    const same = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "kept");
    expect(toCellError(same)).toBe(same);
  });
});
