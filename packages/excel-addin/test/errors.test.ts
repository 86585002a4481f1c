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
    expect(() =>
      guard(() => {
        throw new TypeError("boom");
      }),
    ).toThrowError(CustomFunctions.Error);
    const e = toCellError(new TypeError("boom"));
    expect([e.code, e.message]).toEqual(["#VALUE!", "boom"]);
    expect(toCellError("text").message).toBe("text");
    expect(toCellError(undefined).message).toBe("undefined");
    await expect(
      guardAsync(async () => {
        throw new RangeError("late");
      }),
    ).rejects.toBeInstanceOf(CustomFunctions.Error);
    const same = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "kept");
    expect(toCellError(same)).toBe(same);
  });
});

describe("errors=text (Excel builds that show only a generic text for custom errors: office-js #4813, #4971)", async () => {
  const { phase, sectors } = await import("../src/functions.ts");
  const { splitErrorsOption } = await import("../src/options.ts");
  const dates = [["2020-01"], ["2020-02"], ["2020-03"]];

  it("returns the error as one text cell with its code and message; without it the same input is an error value", async () => {
    expect(phase(dates, [[1], [2], [3]], [[1], [2]], "errors=text")).toEqual([
      ["#VALUE! dates and inventory ranges differ in length: 3 vs 2"],
    ]);
    expect(() => phase(dates, [[1], [2], [3]], [[1], [2]], "errors=cell")).toThrowError(CustomFunctions.Error);
    expect(() => phase(dates, [[1], [2], [3]], [[1], [2]])).toThrowError(/differ in length: 3 vs 2/);
    // the core's own error, in the call's language (it stayed English before the core's errors were keyed)
    expect(await sectors([["sector", "month"]], "lang=zh; errors=text")).toEqual([["#VALUE! 行业表没有数据行"]]);
    expect(await sectors([["sector", "month"]], "errors=text")).toEqual([
      ["#VALUE! the sector table has no data rows"],
    ]);
  });

  it("leaves the other options to the function, which still refuses unknown keys (as text when asked)", () => {
    expect(splitErrorsOption("lang=zh; Errors = TEXT ；window=5")).toEqual({
      options: "lang=zh; window=5",
      errorsAsText: true,
    });
    expect(splitErrorsOption("lang=zh")).toEqual({ options: "lang=zh", errorsAsText: false });
    expect(splitErrorsOption(undefined)).toEqual({ options: undefined, errorsAsText: false });
    expect(phase(dates, [[1], [2], [3]], [[1], [2], [3]], "errors=text; colour=red")[0][0]).toMatch(
      /^#VALUE! unknown option "colour"/,
    );
    expect(() => phase(dates, [[1], [2], [3]], [[1], [2], [3]], "errors=loud")).toThrowError(
      /errors=loud must be cell .* or text/,
    );
    // a repeated key is refused, errors included (docs/excel.md)
    expect(() => splitErrorsOption("errors=text; errors=text")).toThrowError(/option "errors" is given twice/);
    expect(() => phase(dates, [[1], [2], [3]], [[1], [2], [3]], "errors=text; Errors=cell")).toThrowError(
      /option "errors" is given twice/,
    );
    // in the call's language: lang=zh anywhere in the options, even beside the faulty key
    expect(() => phase(dates, [[1], [2], [3]], [[1], [2], [3]], "errors=text; lang=zh; Errors=cell")).toThrowError(
      /^选项 "errors" 给出了两次$/,
    );
  });
});
