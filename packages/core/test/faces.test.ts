/**
 * What the faces call instead of re-running parts of `analyseCycle` (issue 12): the cycles of one
 * series, the phase path in a mode, and phase codes on another axis. Expected values come from the
 * constructed inputs (a 40-month sine has 40-month cycles), not from the code under test.
 */
import { describe, expect, it } from "vitest";
import { analyseCycle, codesOnAxis, phaseTimelineOf, seriesCycles } from "../src/index.ts";

const sine = (n: number, period: number, shift = 0) => Float64Array.from({ length: n }, (_, t) => 10 * Math.sin((2 * Math.PI * (t + shift)) / period));

describe("seriesCycles", () => {
  it("dates trough-to-trough cycles of a 40-month sine as 40 months each", () => {
    const c = seriesCycles({ start: 24000, values: sine(200, 40) });
    expect(c.start).toBe(24000);
    expect(c.cycles.length).toBeGreaterThanOrEqual(3);
    for (const k of c.cycles) expect(k.months).toBe(40);
    expect(c.current).not.toBeNull();
  });
  it("refuses a series with no numbers", () => {
    expect(() => seriesCycles({ start: 0, values: new Float64Array([NaN, NaN]) })).toThrow(/no numeric values/);
  });
});

describe("phaseTimelineOf and codesOnAxis", () => {
  const revenue = { start: 24000, values: sine(160, 40, 5) };
  const inventory = { start: 24000, values: sine(160, 40) };
  const a = analyseCycle(revenue, inventory, { revenueLag: 1, inventoryLag: 2 });
  it("gives the history ex-post and the as-of path up to now", () => {
    expect(phaseTimelineOf(a, "ex-post")).toBe(a.history);
    const asOf = phaseTimelineOf(a, "as-of");
    expect(asOf.start + asOf.codes.length - 1).toBeLessThanOrEqual(a.asOf);
    expect(a.asOf).toBe(24000 + 159 + 1); // min over inputs of last month + lag: demand (lag 1) decides
  });
  it("places codes on another axis at a lag, unknown outside the path", () => {
    const tl = { start: 10, codes: Int8Array.from([0, 1, 2, 3]) };
    expect(Array.from(codesOnAxis(tl, 9, 6))).toEqual([-1, 0, 1, 2, 3, -1]);
    expect(Array.from(codesOnAxis(tl, 11, 4, 1))).toEqual([0, 1, 2, 3]);
  });
});
