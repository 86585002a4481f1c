import { describe, expect, it } from "vitest";
import {
  formatMonth,
  KitchinError,
  parseMonthLoose,
  resolveTurnOptions,
  turns,
  type TurnMethod,
} from "../src/index.ts";
import { fixture, fixtureSeries } from "./helpers.ts";

const methods: TurnMethod[] = ["bbq", "bry-boschan"];

function wave(n: number, period: number, amp = 10, phase = 0): Float64Array {
  return Float64Array.from({ length: n }, (_, t) => amp * Math.sin((2 * Math.PI * (t + phase)) / period));
}

describe("turns on hand-built series", () => {
  it.each(methods)("%s dates a clean 40-month sine at its extremes", (method) => {
    const y = wave(200, 40);
    const t = turns(y, { method }, "monthly");
    // sin peaks at t = 10 + 40k, troughs at 30 + 40k; censor 6 keeps all but none near the ends
    expect(t.map((x) => `${x.type[0]}${x.index}`)).toEqual(
      ["p10", "t30", "p50", "t70", "p90", "t110", "p130", "t150", "p170", "t190"].filter(
        (s) => +s.slice(1) >= 6 && +s.slice(1) <= 193,
      ),
    );
  });

  it("alternates: of two troughs with no peak between them, the lower stays; equal ones keep the later", () => {
    const rise = Array.from({ length: 12 }, (_, i) => i + 1);
    const opts = { window: 3, censor: 2, minPhase: 2, minCycle: 4 };
    const equal = Float64Array.from([5, 4, 3, 2, 1, 0, 1, 0.5, 0, ...rise]);
    expect(
      turns(equal, opts, "monthly")
        .filter((x) => x.type === "trough")
        .map((x) => x.index),
    ).toEqual([8]);
    const lowerFirst = Float64Array.from([5, 4, 3, 2, 1, -1, 1, 0.5, 0, ...rise]);
    expect(
      turns(lowerFirst, opts, "monthly")
        .filter((x) => x.type === "trough")
        .map((x) => x.index),
    ).toEqual([5]);
  });

  it("minPhase removes a too-short phase; minAmplitude removes a wiggle", () => {
    const base = wave(120, 40);
    const y = Float64Array.from(base);
    y[60] += 3;
    y[61] -= 3; // a blip in a falling stretch
    const loose = turns(y, { window: 1, censor: 6, minPhase: 1, minCycle: 2 }, "monthly");
    const strict = turns(y, { window: 1, censor: 6, minPhase: 5, minCycle: 15 }, "monthly");
    expect(loose.length).toBeGreaterThan(strict.length);
    expect(strict.map((x) => x.index)).toEqual([10, 30, 50, 70, 90, 110]);
    const small = Float64Array.from(base, (v, i) => v + (i % 7 === 0 && Math.abs(v) < 8 ? 0.4 : 0));
    const amp = turns(small, { window: 1, censor: 6, minPhase: 1, minCycle: 2, minAmplitude: 5 }, "monthly");
    expect(amp.map((x) => x.index)).toEqual([10, 30, 50, 70, 90, 110]);
  });

  it("censors the ends and requires the outermost turns to be extreme", () => {
    const y = wave(100, 40, 10, 0);
    const t = turns(y, { censor: 12 }, "monthly");
    expect(t.every((x) => x.index >= 12 && x.index <= 87)).toBe(true);
    // a series that keeps rising after its last 'peak' loses that peak
    const z = Float64Array.from({ length: 80 }, (_, i) =>
      i < 50 ? Math.sin((2 * Math.PI * i) / 40) * 10 : 10 + (i - 50),
    );
    expect(turns(z, {}, "monthly").some((x) => x.index === 50 - 40 + 10 && x.type === "peak")).toBe(false);
  });

  it("ignores missing ends, interpolates interior holes, and never puts a turn on a filled month", () => {
    const y = wave(160, 40);
    const withHoles = Float64Array.from(y);
    for (let i = 0; i < 160; i++) if (i % 3 !== 1) withHoles[i] = NaN; // quarterly-only releases
    withHoles[0] = NaN;
    const t = turns(withHoles, {}, "monthly");
    for (const x of t) expect(Number.isFinite(withHoles[x.index])).toBe(true);
    expect(t.length).toBeGreaterThan(4);
  });

  it("flags close calls", () => {
    const t = turns(wave(120, 40), { minPhase: 20 }, "monthly");
    expect(t.some((x) => x.closeCall?.includes("minPhase"))).toBe(true);
  });

  it("rejects bad parameters and too-short input with a named error", () => {
    expect(() => resolveTurnOptions({ window: 0 })).toThrow(/window must be a whole number ≥ 1, got 0/);
    expect(() => resolveTurnOptions({ minAmplitude: -1 })).toThrow(/minAmplitude/);
    expect(() => resolveTurnOptions({ method: "hp" as TurnMethod })).toThrow(/unknown turning-point method "hp"/);
    const e = (() => {
      try {
        turns([1, 2, 3], {}, "monthly");
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(KitchinError);
    expect((e as KitchinError).code).toBe("too-short");
    expect(() => turns(new Float64Array(30).fill(NaN))).toThrow(/got 0/);
  });
});

describe("turns on published chronologies", () => {
  // note 003 (methods.md §10): the troughs of China's finished-goods inventory YoY.
  const published = ["2000-05", "2002-10", "2006-05", "2009-08", "2013-08", "2016-06", "2019-11", "2023-07"];

  it.each(methods)(
    "%s with the inventory preset finds every note-003 trough within two months and no extra trough between them",
    (method) => {
      const s = fixtureSeries("cn_inventory_yoy_ppi.csv", "inventory_yoy");
      const troughs = turns(s.values, { method }, "inventory")
        .filter((x) => x.type === "trough")
        .map((x) => s.start + x.index);
      const first = parseMonthLoose(published[0]);
      const last = parseMonthLoose(published[published.length - 1]);
      const inside = troughs.filter((m) => m >= first - 2 && m <= last + 2);
      expect(inside.length).toBe(published.length);
      inside.forEach((m, k) =>
        expect(Math.abs(m - parseMonthLoose(published[k])), `${formatMonth(m)} vs ${published[k]}`).toBeLessThanOrEqual(
          2,
        ),
      );
    },
  );

  it("is not fooled by the 2019-03 glitch (0.3 between 6.2 and 4.9)", () => {
    const s = fixtureSeries("cn_inventory_yoy_ppi.csv", "inventory_yoy");
    const t = turns(s.values, {}, "inventory").map((x) => formatMonth(s.start + x.index));
    expect(t).not.toContain("2019-03");
    expect(t).toContain("2019-11");
  });

  it.each(methods)("%s dates US industrial production within two months of every NBER trough since 1959", (method) => {
    const s = fixtureSeries("us_indpro_fredmd_2025-12.csv", "INDPRO");
    const nber: { trough: string }[] = JSON.parse(fixture("nber_business_cycle_dates.json"));
    const troughs = turns(s.values, { method }, "monthly")
      .filter((x) => x.type === "trough")
      .map((x) => s.start + x.index);
    const reference = nber.map((x) => parseMonthLoose(x.trough)).filter((m) => m >= s.start + 6);
    expect(reference.length).toBe(9);
    for (const m of reference) {
      const nearest = Math.min(...troughs.map((x) => Math.abs(x - m)));
      expect(nearest, formatMonth(m)).toBeLessThanOrEqual(2);
    }
  });
});
