/**
 * The built add-in in headless Chromium against Microsoft's real custom-functions-runtime.js:
 * every function in functions.json is associated, and each returns what the core computes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expostPhases, phaseLabel, series, turns, yoy } from "@kitchin/core";
import { DIST, associatedIds, call, openRuntime, type Runtime } from "./harness.ts";
import { col, months, wave } from "./helpers.ts";

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
});
afterAll(async () => {
  await rt?.close();
});

const meta = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };

describe("functions.html in Chromium with the real Custom Functions runtime", () => {
  it("associates every function listed in functions.json, and nothing else", async () => {
    const ids = await associatedIds(rt.page);
    expect(ids.sort()).toEqual(meta.functions.map((f) => f.id).sort());
    expect(rt.log.filter((l) => l.startsWith("pageerror"))).toEqual([]);
  });

  const N = 160;
  const inv = wave(N, 0);
  const rev = wave(N, 8);

  it("PHASE equals the core's ex-post phases", async () => {
    const want = expostPhases(series(0, rev), series(0, inv)).timeline.codes;
    const r = await call(rt.page, "PHASE", col(rev), col(inv), "lang=zh");
    expect(r).toEqual({ value: Array.from(want, (c) => [phaseLabel(c, "zh")]) });
  });

  it("errors are the runtime's CustomFunctions.Error with the core's message", async () => {
    const r = await call(rt.page, "PHASE", col(rev), col(inv.slice(1)), null);
    expect(r).toEqual({ error: { code: "#VALUE!", message: "revenue and inventory ranges differ in length: 160 vs 159", real: true } });
    const t = await call(rt.page, "STATE", col(["1", 2, "x"]), null);
    expect(t).toMatchObject({ error: { code: "#VALUE!", message: 'row 3, column "values": "x" is not a number', real: true } });
  });

  it("STATE, TURNS, CYCLES, YOY, MONTHLYYOY return the core's results", async () => {
    const st = await call(rt.page, "STATE", col(inv), "format=code");
    const tt = turns(inv);
    expect(st).toMatchObject({ value: expect.any(Array) });
    expect((st as { value: number[][] }).value).toHaveLength(N);
    const tr = (await call(rt.page, "TURNS", col(inv), null, null)) as { value: unknown[][] };
    expect(tr.value.slice(1).map((r) => r[0])).toEqual(tt.map((t) => t.index + 1));
    const cy = (await call(rt.page, "CYCLES", col(months("2005-01", N)), col(inv), col(rev), "")) as { value: unknown[][] };
    expect(cy.value[0][0]).toBe("cycle");
    expect(cy.value.length).toBeGreaterThan(2);
    const levels = Array.from({ length: 30 }, (_, i) => 100 + i);
    const yy = (await call(rt.page, "YOY", col(levels), null)) as { value: unknown[][] };
    expect(yy.value.map((r) => r[0])).toEqual(Array.from(yoy(levels), (v) => (Number.isFinite(v) ? v : "")));
    const my = (await call(rt.page, "MONTHLYYOY", col([200, 300, 400]), col([5, 6, 7]), col(["2022-02", "2022-03", "2022-04"]))) as { value: unknown[][] };
    expect(my.value[0][0]).toBe(5);
  });
});
