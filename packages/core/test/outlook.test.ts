import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  changeEvents,
  deflatedGrowth,
  flipsOf,
  monthIndex,
  oddsPath,
  outlook,
  persistence,
  realtimeStates,
  resolveHorizons,
  scoreOdds,
  type Series,
} from "../src/index.ts";
import { fixture } from "./helpers.ts";

/** US business inventories and sales YoY from the FRED-MD fixture (real data). */
function usInputs(): { inventory: Series; sales: Series } {
  const rows = fixture("us_businv_isratio_fredmd_2025-12.csv")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(","));
  const [y, m] = rows[0][0].split("-").map(Number);
  const start = monthIndex(y, m);
  const inv = rows.map((r) => Number(r[1]));
  const sales = rows.map((r) => Number(r[1]) / Number(r[2]));
  const yoy = (v: number[]) => Float64Array.from(v, (x, i) => (i >= 12 ? 100 * (x / v[i - 12] - 1) : NaN));
  return { inventory: { start, values: yoy(inv) }, sales: { start, values: yoy(sales) } };
}

const seriesArb = fc.array(fc.oneof(fc.double({ min: -30, max: 30, noNaN: true }), fc.constant(NaN)), {
  minLength: 1,
  maxLength: 80,
});

describe("outlook: what flips the call", () => {
  it("property: the threshold for `months` prints switches the state; a value just on the other side does not", () => {
    fc.assert(
      fc.property(
        seriesArb,
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        (xs, reversal, confirm) => {
          const o = { reversal, confirm };
          const states = realtimeStates(xs, o);
          const now = states.length ? states[states.length - 1] : 0;
          for (const f of flipsOf(xs, xs.length - 1, o)) {
            if (f.state === "unknown") continue; // both ways open: whichever run completes first wins
            const to = f.to === "rising" ? 1 : -1;
            expect(now).toBe(-to);
            const flipped = realtimeStates([...xs, ...Array(f.months).fill(f.threshold)], o);
            expect(flipped[flipped.length - 1]).toBe(to);
            if (f.months > 1) {
              // one print short does not switch
              const short = realtimeStates([...xs, ...Array(f.months - 1).fill(f.threshold)], o);
              expect(short[short.length - 1]).toBe(now);
            }
            const other = f.threshold - to * reversal * 1e-6;
            const held = realtimeStates([...xs, ...Array(f.months).fill(other)], o);
            expect(held[held.length - 1]).toBe(now);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a rising series: the falling threshold is the high minus the reversal, two prints under the default rule", () => {
    const f = flipsOf([0, 1, 2, 5, 4.5], 4);
    expect(f).toEqual([{ state: "rising", to: "falling", threshold: 4, months: 2 }]);
    const begun = flipsOf([0, 1, 2, 5, 3.9], 4); // one print already at or below 4
    expect(begun[0].months).toBe(1);
  });
});

describe("outlook: persistence", () => {
  it("counts completed episodes only (not the first, cut by the data, nor the current)", () => {
    // runs: 1×3 (cut), 2×2, 1×4, 2×1, 1×1, 2×5, 1×2 (current)
    const codes = Int8Array.from([1, 1, 1, 2, 2, 1, 1, 1, 1, 2, 1, 2, 2, 2, 2, 2, 1, 1]);
    const p = persistence(codes, 1, 2);
    expect(p.lengths).toEqual([4, 1]);
    expect(p.episodes).toBe(2);
    expect(p.medianMonths).toBe(2.5);
    expect(p.shareLonger).toBe(0.5);
    expect(persistence(codes, 3, 1).episodes).toBe(0);
    expect(Number.isNaN(persistence(codes, 3, 1).shareLonger)).toBe(true);
  });
});

describe("outlook: odds", () => {
  it("events: a change within t+1..t+h; unknown at the end", () => {
    const e = changeEvents(Int8Array.from([0, 0, 1, 1, 1, 2]), 2);
    expect(Array.from(e).map((x) => (Number.isNaN(x) ? null : x))).toEqual([1, 1, 0, 1, null, null]);
  });

  it("Brier and skill as defined: mean squared error against the outcomes, base rate likewise", () => {
    const path = {
      horizon: 1,
      p: Float64Array.from([0.2, 0.8, NaN, 0.5]),
      base: Float64Array.from([0.5, 0.5, 0.5, 0.4]),
      event: Float64Array.from([0, 1, 1, NaN]),
    };
    const s = scoreOdds(path);
    expect(s.months).toBe(2);
    expect(s.events).toBe(1);
    expect(s.brier).toBeCloseTo((0.04 + 0.04) / 2, 12);
    expect(s.brierBase).toBeCloseTo(0.25, 12);
    expect(s.skill).toBeCloseTo(1 - 0.04 / 0.25, 12);
    expect(s.reliability.map((r) => r.count)).toEqual([0, 1, 0, 0, 1]);
  });

  it("property: the forecast at month t uses only the phase path up to t", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 3 }), { minLength: 40, maxLength: 140 }),
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        (codes, cut, h) => {
          const full = oddsPath(Int8Array.from(codes), h);
          const t = cut % codes.length;
          const part = oddsPath(Int8Array.from(codes.slice(0, t + 1)), h);
          expect(part.p[t]).toEqual(full.p[t]);
          expect(part.base[t]).toEqual(full.base[t]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("horizons are checked", () => {
    expect(resolveHorizons(undefined)).toEqual([1, 3, 6]);
    expect(() => resolveHorizons([0])).toThrow(/whole number of months from 1 to 24/);
    expect(() => resolveHorizons([3, 3])).toThrow(/repeat/);
  });
});

describe("outlook: the real call", () => {
  it("deflates a monthly YoY by that month's PPI and a year-to-date YoY by the PPI mean since January", () => {
    const m = monthIndex(2024, 1);
    const ppi: Series = { start: m, values: Float64Array.from([1, 3, 5]) };
    const x: Series = { start: m, values: Float64Array.from([NaN, 10, 10]) };
    expect(Array.from(deflatedGrowth(x, ppi, "yoy").values).slice(1)).toEqual([7, 5]);
    // 10 − (1+3)/2, 10 − (1+3+5)/3
    expect(Array.from(deflatedGrowth(x, ppi, "cumulative_yoy").values).slice(1)).toEqual([8, 7]);
    const gap: Series = { start: m + 1, values: Float64Array.from([3, 5]) }; // January PPI missing
    expect(Number.isNaN(deflatedGrowth(x, gap, "cumulative_yoy").values[1])).toBe(true);
  });
});

describe("outlook: no look-ahead on real data (US business inventories and sales)", () => {
  const { inventory, sales } = usInputs();
  // An indicator known a month before the inputs: the inventory series itself shifted, so the property is tested on
  // real data.
  const lead: Series = { start: inventory.start - 1, values: inventory.values };
  const inputs = {
    demand: { id: "sales", series: sales, releaseLag: 2 },
    inventory: { id: "inventory", series: inventory, releaseLag: 2 },
    deflator: {
      id: "ppi",
      series: { start: sales.start, values: Float64Array.from(sales.values, (v) => v / 2) },
      releaseLag: 1,
    },
    indicators: [{ id: "lead", series: lead, releaseLag: 1 }],
  };
  const full = outlook(inputs);

  it("the call on the whole data", () => {
    expect(full.code).toBeGreaterThanOrEqual(0);
    expect(full.persistence.realTime.episodes).toBeGreaterThan(10);
    expect(full.odds.map((o) => o.horizon)).toEqual([1, 3, 6]);
    for (const o of full.odds) expect(o.months).toBeGreaterThan(300);
  });

  it("property: odds, flips and nowcast at month t equal those of a run cut at t", () => {
    const first = full.history.start + 60;
    const last = full.asOf;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (t) => {
        const cut = outlook(inputs, { cutoff: t });
        const k = cut.asOf - full.history.start;
        full.history.horizons.forEach((_h, i) => {
          expect(cut.odds[i].forecast).toEqual(full.history.p[i][k]);
        });
        // the same data cut by hand (what was known at t): the same flips and nowcast
        const byHand = (s: Series, lag: number): Series => ({
          start: s.start,
          values: s.values.slice(0, Math.max(0, t - lag - s.start + 1)),
        });
        const manual = outlook({
          demand: { ...inputs.demand, series: byHand(sales, 2) },
          inventory: { ...inputs.inventory, series: byHand(inventory, 2) },
          deflator: { ...inputs.deflator, series: byHand(inputs.deflator.series, 1) },
          indicators: [{ ...inputs.indicators[0], series: byHand(lead, 1) }],
        });
        expect(cut.flips).toEqual(manual.flips);
        expect(cut.code).toBe(manual.code);
        expect(cut.real?.code).toBe(manual.real?.code);
        // the nowcast made at t is the out-of-sample forecast the full run scored for that month
        const next = cut.nowcast!.inventory.next;
        expect(next).not.toBeNull();
        const scored = full.nowcast!.inventory.history.find((x) => x.month === next!.month);
        if (scored) expect(scored.forecast).toBeCloseTo(next!.forecast, 9);
        else expect(next!.month).toBeGreaterThan(inventory.start + inventory.values.length - 1);
      }),
      { numRuns: 25 },
    );
  });
});
