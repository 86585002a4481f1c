/**
 * The size guard in the real custom-functions runtime: CYCLE.YOY over 200,000 rows would return
 * ≈ 4.5 MB of JSON; the call ends in a real CustomFunctions.Error #VALUE! with the message instead
 * of a payload Excel refuses. The same function on 20,000 rows returns its column. The ranges are
 * built inside the page (sending them through the test driver would take seconds).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { openRuntime, type Runtime } from "./harness.ts";

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
});
afterAll(async () => {
  await rt?.close();
});

/** CYCLE.YOY on n rows of irregularly growing levels (so each YoY has ~17 significant digits). */
function yoyOn(n: number) {
  return rt.page.evaluate(async (n) => {
    const cf = (window as unknown as { CustomFunctions: { _association: { mappings: Record<string, (...a: unknown[]) => unknown> }; Error: new () => unknown } }).CustomFunctions;
    const levels = Array.from({ length: n }, (_, i) => [100 + i * 0.37 + Math.sin(i) * 3.1]);
    try {
      const out = (await cf._association.mappings.YOY(levels, null)) as unknown[][];
      return { rows: out.length };
    } catch (e) {
      const x = e as { code?: string; message?: string };
      return { code: x.code, message: x.message, real: e instanceof cf.Error };
    }
  }, n);
}

it("CYCLE.YOY refuses a result over the payload limit with #VALUE! and a message, and returns a smaller one", async () => {
  expect(await yoyOn(200_000)).toEqual({ code: "#VALUE!", real: true, message: expect.stringMatching(/^result too large for Excel: 200000 rows × 1 columns is 4\.\d MB as sent/) });
  expect(await yoyOn(20_000)).toEqual({ rows: 20_000 });
});
