import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  analyseCycle,
  asOfPhases,
  commonNow,
  realtimeStates,
  staleMonths,
  monthIndex,
  type Series,
} from "../src/index.ts";
import { fixtureSeries } from "./helpers.ts";

const pad = (s: Series, n: number): Series => {
  const v = new Float64Array(s.values.length + n).fill(NaN);
  v.set(s.values);
  return { start: s.start, values: v };
};

describe('"now": one definition (realtime/now.ts)', () => {
  it("is the latest month at which every input's last value is known, per input through/knownAt/state", () => {
    // last value 2025-05
    const rev: Series = { start: monthIndex(2025, 1), values: Float64Array.from([1, 2, 3, 4, 5, NaN, NaN]) };
    // last value 2025-07
    const inv: Series = { start: monthIndex(2025, 3), values: Float64Array.from([9, 8, 7, 6, 5]) };
    const n = commonNow([
      { series: rev, releaseLag: 1 },
      { series: inv, releaseLag: 0 },
    ]);
    expect(n.asOf).toBe(monthIndex(2025, 6)); // revenue 2025-05 + 1 month < inventory 2025-07 + 0
    expect(n.inputs[0]).toEqual({
      through: monthIndex(2025, 5),
      knownAt: monthIndex(2025, 6),
      state: 1,
      trailingBlank: 2,
    });
    expect(n.inputs[1]).toMatchObject({ through: monthIndex(2025, 7), knownAt: monthIndex(2025, 7), trailingBlank: 0 });
    expect(n.inputs[1].state).toBe(realtimeStates(inv.values)[4]);
    expect(() => commonNow([{ series: { start: 0, values: Float64Array.from([NaN]) }, releaseLag: 0 }])).toThrow(
      /no numeric values/,
    );
    expect(() => commonNow([{ series: rev, releaseLag: -1 }])).toThrow(/release lag/);
  });

  it("the as-of timeline ends at that month and trailing blank months change nothing (property)", () => {
    const arb = fc.array(fc.oneof(fc.double({ min: -30, max: 30, noNaN: true }), fc.constant(NaN)), {
      minLength: 1,
      maxLength: 80,
    });
    fc.assert(
      fc.property(
        arb,
        arb,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(12),
        fc.nat(12),
        (r, i, rl, il, pr, pi) => {
          const rev: Series = { start: 24000, values: Float64Array.from(r) };
          const inv: Series = { start: 24000 + (i.length % 4), values: Float64Array.from(i) };
          let a: ReturnType<typeof asOfPhases>;
          try {
            a = asOfPhases(rev, inv, { demandLag: rl, inventoryLag: il });
          } catch {
            return;
          }
          const b = asOfPhases(pad(rev, pr), pad(inv, pi), { demandLag: rl, inventoryLag: il });
          expect(b.start).toBe(a.start);
          expect(Array.from(b.codes)).toEqual(Array.from(a.codes));
          expect(a.start + a.codes.length - 1).toBe(
            commonNow([
              { series: rev, releaseLag: rl },
              { series: inv, releaseLag: il },
            ]).asOf,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("analyseCycle: now, asOf and the as-of path agree; padding the inputs with blank rows changes none of them", () => {
    const inv = fixtureSeries("cn_inventory_yoy_ppi.csv", "inventory_yoy");
    const ppi = fixtureSeries("cn_inventory_yoy_ppi.csv", "ppi_yoy"); // a stand-in demand series for the mechanics
    const a = analyseCycle(ppi, inv, { demandLag: 1, inventoryLag: 1 });
    const b = analyseCycle(pad(ppi, 9), pad(inv, 3), { demandLag: 1, inventoryLag: 1 });
    expect(a.now!.month).toBe(a.asOf);
    expect(a.realtime.start + a.realtime.codes.length - 1).toBe(a.asOf);
    expect(a.asOf).toBe(Math.min(a.dataThrough.revenue, a.dataThrough.inventory) + 1);
    expect(b.asOf).toBe(a.asOf);
    expect(b.now).toEqual(a.now);
    expect(b.inputsNow.revenue).toEqual({ ...a.inputsNow.revenue, trailingBlank: 9 });
  });

  it("staleMonths counts calendar months from asOf to today", () => {
    expect(staleMonths(monthIndex(2026, 6), monthIndex(2026, 11))).toBe(5);
    expect(staleMonths(monthIndex(2026, 11), monthIndex(2026, 11))).toBe(0);
    expect(staleMonths(monthIndex(2025, 12), monthIndex(2026, 1))).toBe(1);
  });
});
