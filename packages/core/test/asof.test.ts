import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { asOfPhases, realtimeStates, resolveReversal, whereNow, expostPhases, type Series } from "../src/index.ts";
import { fixtureSeries } from "./helpers.ts";

const seriesArb = fc.array(fc.oneof(fc.double({ min: -30, max: 30, noNaN: true }), fc.constant(NaN)), {
  minLength: 1,
  maxLength: 120,
});

describe("as-of (real-time) phases: no look-ahead", () => {
  it("realtime states switch only on a confirmed reversal", () => {
    const y = [0, 1, 2, 3, 2.5, 1.9, 1.8, 3, 4, 4.5];
    // rising from 1 (≥ 0 + 1 for 2 months: t=1,2) … falls once ≤ 3 − 1 for 2 months (t=5,6)
    expect(Array.from(realtimeStates(y, { reversal: 1, confirm: 2 }))).toEqual([0, 0, 1, 1, 1, 1, -1, -1, 1, 1]);
    expect(() => resolveReversal({ reversal: 0 })).toThrow(/reversal must be a number > 0/);
    expect(() => resolveReversal({ confirm: 1.5 })).toThrow(/confirm must be a whole number/);
  });

  it("property: appending later data never changes an earlier state", () => {
    fc.assert(
      fc.property(
        seriesArb,
        fc.nat(),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        (xs, cut, reversal, confirm) => {
          const full = realtimeStates(xs, { reversal, confirm });
          const k = cut % (xs.length + 1);
          const part = realtimeStates(xs.slice(0, k), { reversal, confirm });
          expect(Array.from(part)).toEqual(Array.from(full.slice(0, k)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: the as-of phase path from data truncated at any month equals the full path up to that month", () => {
    fc.assert(
      fc.property(
        seriesArb,
        seriesArb,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        (r, i, rl, il, cut) => {
          const rev: Series = { start: 24000, values: Float64Array.from(r) };
          const inv: Series = { start: 24000 + (r.length % 5), values: Float64Array.from(i) };
          let full: ReturnType<typeof asOfPhases>;
          try {
            full = asOfPhases(rev, inv, { demandLag: rl, inventoryLag: il });
          } catch {
            return;
          } // no common months
          const asOf = full.start + (cut % full.codes.length);
          // what is known at the end of month `asOf`: each series up to asOf − lag
          const known = (s: Series, lag: number): Series => ({
            start: s.start,
            values: s.values.slice(0, Math.max(0, asOf - lag - s.start + 1)),
          });
          let part: ReturnType<typeof asOfPhases>;
          try {
            part = asOfPhases(known(rev, rl), known(inv, il), { demandLag: rl, inventoryLag: il });
          } catch {
            return;
          }
          const k = asOf - full.start + 1;
          expect(part.start).toBe(full.start);
          // The cut path is a prefix of the full one. It is shorter only when a series' latest
          // release at `asOf` is blank: "now" never carries a state past an input's last value.
          expect(part.codes.length).toBeLessThanOrEqual(k);
          expect(Array.from(part.codes)).toEqual(Array.from(full.codes.slice(0, part.codes.length)));
          const lastKnown = (s: Series, lag: number) => Number.isFinite(s.values[asOf - lag - s.start]);
          if (lastKnown(rev, rl) && lastKnown(inv, il)) expect(part.codes.length).toBe(k);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stamps by the month the phase is known (release lag) and reports where we are now", () => {
    const inv = fixtureSeries("cn_inventory_yoy_ppi.csv", "inventory_yoy");
    const ppi = fixtureSeries("cn_inventory_yoy_ppi.csv", "ppi_yoy"); // a stand-in demand series for the mechanics
    const a = asOfPhases(ppi, inv, { demandLag: 1, inventoryLag: 1 });
    expect(a.mode).toBe("as-of");
    expect(a.start).toBe(Math.min(ppi.start, inv.start) + 1);
    const h = expostPhases(ppi, inv).timeline;
    const now = whereNow(a, h)!;
    expect(now.month).toBe(a.start + a.codes.length - 1);
    expect(now.code).toBe(a.codes[a.codes.length - 1]);
    expect(now.monthsInPhase).toBeGreaterThanOrEqual(1);
    expect(now.shareLonger).toBeGreaterThanOrEqual(0);
    expect(now.shareLonger).toBeLessThanOrEqual(1);
  });
});
