/**
 * The size guard in the real custom-functions runtime: CYCLE.DECOMPOSE over 60,000 months with
 * real=true would return eight columns of JSON over the limit; the call ends in a real
 * CustomFunctions.Error #VALUE! with the message instead of a payload Excel refuses. CYCLE.YOY on
 * 20,000 rows returns its column. The ranges are
 * built inside the page (sending them through the test driver would take seconds). Also errors=text,
 * the other way an error reaches the user: as a text cell carrying the message.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { call, openRuntime, type Runtime } from "./harness.ts";

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
});
afterAll(async () => {
  await rt?.close();
});

/**
 * `fn` on n monthly rows from 1900-01 (dates first, as every time-series function takes them) of
 * irregularly growing levels (so each result has ~17 significant digits): YOY gives one column,
 * DECOMPOSE with real=true eight. Monthly dates end at 9999-12, so a result over the limit needs
 * several columns (YOY takes dates, and 200,000 months do not exist).
 */
function callOn(fn: "YOY" | "DECOMPOSE", n: number) {
  return rt.page.evaluate(
    async ({ fn, n }) => {
      const cf = (
        window as unknown as {
          CustomFunctions: {
            _association: { mappings: Record<string, (...a: unknown[]) => unknown> };
            Error: new () => unknown;
          };
        }
      ).CustomFunctions;
      const dates = Array.from({ length: n }, (_, i) => [
        `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
      ]);
      const levels = Array.from({ length: n }, (_, i) => [100 + i * 0.37 + Math.sin(i) * 3.1]);
      const wiggle = (k: number) => Array.from({ length: n }, (_, i) => [Math.sin(i / k) * 5 + 1 / (i + 3)]);
      try {
        const out = (
          fn === "YOY"
            ? await cf._association.mappings.YOY(dates, levels, null)
            : await cf._association.mappings.DECOMPOSE(
                dates,
                wiggle(7),
                wiggle(11),
                wiggle(13),
                wiggle(17),
                "real=true",
              )
        ) as unknown[][];
        return { rows: out.length };
      } catch (e) {
        const x = e as { code?: string; message?: string };
        return { code: x.code, message: x.message, real: e instanceof cf.Error };
      }
    },
    { fn, n },
  );
}

it("CYCLE.DECOMPOSE refuses a result over the payload limit with #VALUE! and a message; CYCLE.YOY returns a smaller one", async () => {
  expect(await callOn("DECOMPOSE", 60_000)).toEqual({
    code: "#VALUE!",
    real: true,
    message: expect.stringMatching(/^result too large for Excel: 60001 rows × 8 columns is \d+\.\d MB as sent/),
  });
  expect(await callOn("YOY", 20_000)).toEqual({ rows: 20_000 });
});

it("errors=text returns a real-runtime error as one text cell with its message; errors=cell keeps the error value", async () => {
  const dates = [["2020-01"], ["2020-02"], ["2020-03"]];
  expect(await call(rt.page, "PHASE", dates, [[1], [2], [3]], [[1], [2]], "errors=text")).toEqual({
    value: [["#VALUE! dates and inventory ranges differ in length: 3 vs 2"]],
  });
  // the message in the call's language (lang=zh), the code unchanged
  expect(await call(rt.page, "PHASE", dates, [[1], [2], [3]], [[1], [2]], "lang=zh; errors=text")).toEqual({
    value: [["#VALUE! dates 与 inventory 区域长度不同：3 对 2"]],
  });
  expect(await call(rt.page, "PHASE", dates, [[1], [2], [3]], [[1], [2]], "errors=cell")).toMatchObject({
    error: { code: "#VALUE!", real: true },
  });
});
