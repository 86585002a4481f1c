/**
 * Bounded work in the real custom-functions runtime: every function answers within about
 * two seconds or refuses with a message (docs/excel.md, Limits; the core's SIZE_LIMITS). The ranges
 * are built inside the page, and each call is timed there, around the function alone. Over a limit
 * the refusal must be immediate; at a limit the answer must come (the time is printed; the bound
 * asserted is loose, as the machine is shared — benchmarks, not tests, measure speed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIZE_LIMITS } from "@kitchin/core";
import { call, openRuntime, type Runtime } from "./harness.ts";

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
}, 60_000);
afterAll(async () => {
  await rt?.close();
});

type Timed = { ms: number; rows?: number; code?: string; message?: string; real?: boolean };

/** SCORE on `n` months × `assets` price columns built in the page, with `options`. */
function score(n: number, assets: number, options: string | null): Promise<Timed> {
  return rt.page.evaluate(
    async ({ n, assets, options }) => {
      const cf = (
        window as unknown as {
          CustomFunctions: {
            _association: { mappings: Record<string, (...a: unknown[]) => unknown> };
            Error: new () => unknown;
          };
        }
      ).CustomFunctions;
      const ids = ["passive-destock", "active-restock", "passive-restock", "active-destock"];
      const dates = Array.from({ length: n }, (_, i) => [
        `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
      ]);
      const phases = Array.from({ length: n }, (_, i) => [ids[Math.floor(i / 9) % 4]]);
      const prices = Array.from({ length: n }, (_, t) =>
        Array.from({ length: assets }, (_, a) => 100 * Math.exp(0.002 * t + 0.05 * Math.sin(t / (3 + a)))),
      );
      const t0 = performance.now();
      try {
        const out = (await cf._association.mappings.SCORE(dates, phases, prices, null, options)) as unknown[][];
        return { ms: performance.now() - t0, rows: out.length };
      } catch (e) {
        const x = e as { code?: string; message?: string };
        return { ms: performance.now() - t0, code: x.code, message: x.message, real: e instanceof cf.Error };
      }
    },
    { n, assets, options },
  );
}

/** DATA with an id of `n` characters. */
function data(id: string): Promise<Timed> {
  return rt.page.evaluate(
    async ({ id }) => {
      const cf = (
        window as unknown as {
          CustomFunctions: {
            _association: { mappings: Record<string, (...a: unknown[]) => unknown> };
            Error: new () => unknown;
          };
        }
      ).CustomFunctions;
      const t0 = performance.now();
      try {
        const out = (await cf._association.mappings.DATA(id)) as unknown[][];
        return { ms: performance.now() - t0, rows: out.length };
      } catch (e) {
        const x = e as { code?: string; message?: string };
        return { ms: performance.now() - t0, code: x.code, message: x.message, real: e instanceof cf.Error };
      }
    },
    { id },
  );
}

const show = (what: string, r: Timed) =>
  console.log(
    `${what}: ${r.ms.toFixed(0)} ms ${r.rows !== undefined ? `${r.rows} rows` : `${r.code} ${r.message?.slice(0, 90)}`}`,
  );

describe("every function answers promptly or refuses (real runtime)", () => {
  it("CYCLE.DATA with a 32,767-character id: #N/A at once, without the did-you-mean search", async () => {
    const r = await data("x".repeat(32767));
    show("DATA 32,767-character id", r);
    expect(r).toMatchObject({ code: "#N/A", real: true });
    expect(r.message).toMatch(/^a series id of 32767 characters is not one \(ids are at most 100\)/);
    expect(r.ms).toBeLessThan(500);
    const near = await data("cn.inventory_yo" + "y".repeat(SIZE_LIMITS.seriesIdLength - 15));
    show(`DATA ${SIZE_LIMITS.seriesIdLength}-character id`, near);
    expect(near).toMatchObject({ code: "#N/A", real: true });
    expect(near.ms).toBeLessThan(2000);
  }, 60_000);

  it("CYCLE.SCORE on 100,000 rows: refused at once; on 20,000 rows × 2 assets: answered", async () => {
    const r = await score(100_000, 1, null);
    show("SCORE 100,000 rows", r);
    expect(r).toMatchObject({ code: "#VALUE!", real: true });
    expect(r.message).toMatch(/^prices has 100000 rows; CYCLE.SCORE and CYCLE.BACKTEST read at most 20000/);
    expect(r.ms).toBeLessThan(500);
    const ok = await score(SIZE_LIMITS.excelPanelRows, 2, null);
    show("SCORE 20,000 rows × 2 assets, default resampling", ok);
    expect(ok.rows).toBeGreaterThan(4);
    expect(ok.ms).toBeLessThan(6000);
  }, 60_000);

  it("CYCLE.SCORE with bootstrap=100000; permutations=100000 on 100 assets × 180 months: refused with what to lower; at the limit: answered", async () => {
    const r = await score(180, 100, "bootstrap=100000; permutations=100000");
    show("SCORE 100 × 180, 100,000 + 100,000 resamples", r);
    expect(r).toMatchObject({ code: "#VALUE!", real: true });
    expect(r.message).toMatch(
      /^bootstrap=100000 and permutations=100000 on 100 assets × 180 months is too much work for a cell \(3600 million draws; at most 100 million\): keep bootstrap \+ permutations to 5555 or less/,
    );
    expect(r.ms).toBeLessThan(500);
    const ok = await score(180, 100, "bootstrap=2777; permutations=2778");
    show("SCORE 100 × 180, 2,777 + 2,778 resamples", ok);
    expect(ok.rows).toBeGreaterThan(400);
    expect(ok.ms).toBeLessThan(6000);
  }, 60_000);

  it("errors=text twice is refused, like any repeated key", async () => {
    const r = await call(
      rt.page,
      "PHASE",
      [["2020-01"], ["2020-02"]],
      [[1], [2]],
      [[1], [2]],
      "errors=text; errors=text",
    );
    expect(r).toMatchObject({ error: { code: "#VALUE!", real: true, message: 'option "errors" is given twice' } });
  }, 30_000);
});
