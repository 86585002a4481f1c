/**
 * What the faces call instead of re-running parts of `analyseCycle`: the cycles of one
 * series, the phase path in a mode, and phase codes on another axis. Expected values come from the
 * constructed inputs (a 40-month sine has 40-month cycles), not from the code under test.
 */
import { describe, expect, it } from "vitest";
import {
  analyseCycle,
  codesOnAxis,
  phasePath,
  phaseTimelineOf,
  seriesCycles,
  type CycleAnalysisOptions,
  type Note,
} from "../src/index.ts";

const sine = (n: number, period: number, shift = 0) =>
  Float64Array.from({ length: n }, (_, t) => 10 * Math.sin((2 * Math.PI * (t + shift)) / period));

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
  const a = analyseCycle(revenue, inventory, { demandLag: 1, inventoryLag: 2 });
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

describe("phasePath: one mode only, the same path and notes as analyseCycle", () => {
  // Noisy cycles at several scales (down to a YoY stored as fractions), with gaps, lags, an as-of cut
  // and thresholds that leave one mode, both or neither without a known month.
  const noisy = (n: number, period: number, shift: number, scale: number) => {
    let seed = 7 + shift;
    const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32 - 0.5;
    return Float64Array.from({ length: n }, (_, t) =>
      t % 37 === 11 ? NaN : scale * (Math.sin((2 * Math.PI * (t + shift)) / period) + 0.3 * rnd()),
    );
  };
  const outcome = (f: () => { timeline: { start: number; codes: Int8Array }; notes: readonly Note[] }) => {
    try {
      const r = f();
      return { start: r.timeline.start, codes: Array.from(r.timeline.codes), notes: r.notes.map(String) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  const cases: [string, number, CycleAnalysisOptions][] = [];
  for (const scale of [0.02, 0.4, 1.5, 10])
    for (const opts of [
      {},
      { demandLag: 1, inventoryLag: 2 },
      { turns: { minAmplitude: 1 }, reversal: { reversal: 0.5 } },
      { reversal: { reversal: 5 } },
      { asOf: 24000 + 120, demandLag: 1 },
    ])
      cases.push([`scale ${scale}, ${JSON.stringify(opts)}`, scale, opts]);
  it.each(cases)("%s", (_, scale, opts) => {
    const revenue = { start: 24000, values: noisy(170, 38, 6, scale) };
    const inventory = { start: 24003, values: noisy(160, 42, 0, scale) };
    for (const mode of ["ex-post", "as-of"] as const) {
      const want = outcome(() => {
        const a = analyseCycle(revenue, inventory, opts);
        return { timeline: phaseTimelineOf(a, mode), notes: a.notes };
      });
      expect(
        outcome(() => phasePath(revenue, inventory, mode, opts)),
        mode,
      ).toEqual(want);
    }
  });
  it("covers an error, a note and a plain answer among the cases", () => {
    const kinds = new Set(
      cases.map(([, scale, opts]) => {
        const o = outcome(() =>
          phasePath(
            { start: 24000, values: noisy(170, 38, 6, scale) },
            { start: 24003, values: noisy(160, 42, 0, scale) },
            "ex-post",
            opts,
          ),
        );
        return "error" in o ? "error" : o.notes.length ? "note" : "plain";
      }),
    );
    expect([...kinds].sort()).toEqual(["error", "note", "plain"]);
  });
  it("as-of does not date turning points, so a range too short for them still gets its as-of phases", () => {
    const revenue = { start: 24000, values: sine(12, 8, 2) };
    const inventory = { start: 24000, values: sine(12, 8) };
    expect(() => analyseCycle(revenue, inventory)).toThrow(/at least \d+ observations/);
    const p = phasePath(revenue, inventory, "as-of");
    expect(p.timeline.codes.length).toBe(12);
    expect(Array.from(p.timeline.codes).some((c) => c >= 0)).toBe(true);
  });
});
