import { describe, expect, it } from "vitest";
import {
  crossCorrelation,
  KitchinError,
  leadLag,
  leadLagSeries,
  leadStats,
  leadTable,
  matchTurns,
  monthIndex,
  turns,
  type Turn,
} from "../src/index.ts";

const T = (index: number, type: "peak" | "trough"): Turn => ({ index, type, value: 0 });

/** Triangle wave: troughs at phase + k·period, peaks half a period later; amplitude 10. */
function triangle(n: number, period: number, phase: number): Float64Array {
  const out = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const u = (((t - phase) % period) + period) % period;
    const h = period / 2;
    out[t] = u <= h ? (10 * u) / h : (10 * (period - u)) / h;
  }
  return out;
}

describe("matchTurns (methods.md §4)", () => {
  it("matches each target turn with the nearest same-type indicator turn; leads known by hand", () => {
    const target = [T(10, "trough"), T(30, "peak"), T(50, "trough"), T(70, "peak")];
    // trough 3 months earlier, peak 3 earlier, trough 2 later; the peak at 40 is extra; no peak near 70.
    const indicator = [T(7, "trough"), T(27, "peak"), T(40, "peak"), T(52, "trough")];
    const m = matchTurns(target, indicator, { maxLead: 6, maxLag: 6 });
    expect(m.matches.map((x) => x.lead)).toEqual([3, 3, -2]);
    expect(m.matched).toBe(3);
    expect(m.missed).toBe(1);
    expect(m.missedTurns[0].index).toBe(70);
    expect(m.extra).toBe(1);
    expect(m.extraTurns[0].index).toBe(40);
    expect(m.meanLead).toBeCloseTo(4 / 3, 12);
    expect(m.medianLead).toBe(3);
    expect(m.minLead).toBe(-2);
    expect(m.maxLead).toBe(3);
  });

  it("window bounds are inclusive and asymmetric: lead ≤ maxLead, lag ≤ maxLag", () => {
    const target = [T(20, "trough")];
    expect(matchTurns(target, [T(8, "trough")], { maxLead: 12, maxLag: 0 }).matches[0].lead).toBe(12);
    expect(matchTurns(target, [T(7, "trough")], { maxLead: 12, maxLag: 0 }).matched).toBe(0);
    expect(matchTurns(target, [T(23, "trough")], { maxLead: 12, maxLag: 3 }).matches[0].lead).toBe(-3);
    expect(matchTurns(target, [T(24, "trough")], { maxLead: 12, maxLag: 3 }).matched).toBe(0);
  });

  it("an inverted indicator's peaks match the target's troughs", () => {
    const target = [T(20, "trough"), T(40, "peak")];
    const indicator = [T(15, "peak"), T(34, "trough")];
    expect(matchTurns(target, indicator, { maxLead: 12, maxLag: 6 }).matched).toBe(0);
    const m = matchTurns(target, indicator, { maxLead: 12, maxLag: 6, inverted: true });
    expect(m.matches.map((x) => x.lead)).toEqual([5, 6]);
  });

  it("ties go to the leading indicator turn, and an indicator turn serves one target turn only", () => {
    const tie = matchTurns([T(20, "trough")], [T(17, "trough"), T(23, "trough")], { maxLead: 6, maxLag: 6 });
    expect(tie.matches[0].lead).toBe(3);
    expect(tie.extra).toBe(1);
    const once = matchTurns([T(20, "trough"), T(24, "trough")], [T(22, "trough")], { maxLead: 6, maxLag: 6 });
    expect(once.matched).toBe(1);
    expect(once.matches[0].target.index).toBe(20);
    expect(once.missed).toBe(1);
  });

  it("turns near the other series' ends are unmatchable, neither missed nor extra", () => {
    const m = matchTurns(
      [T(3, "trough"), T(50, "peak")],
      [T(46, "trough")],
      { maxLead: 6, maxLag: 6 },
      { first: 0, last: 55 },
      { first: 0, last: 60 },
    );
    // target trough at 3: the indicator window [−3, 9] starts before the indicator's data.
    expect(m.missed).toBe(1); // the peak at 50 (window [44, 56] observed) is missed
    expect(m.missedTurns[0].index).toBe(50);
    // indicator trough at 46: a target turn matching it would lie in [40, 52], observed → extra.
    expect(m.extra).toBe(1);
    expect(m.unmatchable.map((t) => t.index)).toEqual([3]);
  });

  it("default window is −6…+12", () => {
    expect(matchTurns([T(30, "trough")], [T(18, "trough")]).matches[0].lead).toBe(12);
    expect(matchTurns([T(30, "trough")], [T(17, "trough")]).matched).toBe(0);
    expect(matchTurns([T(30, "trough")], [T(36, "trough")]).matches[0].lead).toBe(-6);
  });

  it("no matches give NaN statistics; bad windows are rejected", () => {
    const s = leadStats([]);
    expect(s.matched).toBe(0);
    expect(s.meanLead).toBeNaN();
    expect(s.medianLead).toBeNaN();
    expect(() => matchTurns([], [], { maxLead: -1 })).toThrow(/maxLead/);
    expect(() => matchTurns([], [], { maxLag: 1.5 })).toThrow(KitchinError);
  });
});

describe("crossCorrelation", () => {
  it("an indicator that is the target shifted 4 months earlier has best lag 4 with r = 1", () => {
    const target = triangle(200, 40, 0);
    const indicator = triangle(200, 40, -4); // indicator_t = target_{t+4}
    const c = crossCorrelation(indicator, target, 12);
    expect(c.bestLag).toBe(4);
    expect(c.bestCorr).toBeCloseTo(1, 12);
    expect(c.lags[0]).toBe(-12);
    expect(c.corr.length).toBe(25);
    // Half a period away the triangle is its own mirror image: r = −1 at lag 4 − 20.
    expect(crossCorrelation(indicator, target, 20).corr[4 - 20 + 20]).toBeCloseTo(-1, 12);
  });

  it("an inverted indicator's best lag is the most negative correlation", () => {
    const target = triangle(200, 40, 0);
    const indicator = Float64Array.from(triangle(200, 40, -6), (x) => -x);
    const c = crossCorrelation(indicator, target, 12, true);
    expect(c.bestLag).toBe(6);
    expect(c.bestCorr).toBeCloseTo(-1, 12);
  });

  it("hand-computed correlation at lag 1 with a missing value", () => {
    // pairs (x_{t-1}, y_t): (1,2) (2,4) (3,5) — x_3 is NaN so (NaN, y_4) drops out.
    const x = [1, 2, 3, NaN, 9];
    const y = [0, 2, 4, 5, 7];
    const c = crossCorrelation(x, y, 1, false, 3);
    // r of (1,2,3) with (2,4,5): sxy = 3, sxx = 2, syy = 4.6667 → 3 / sqrt(9.3333)
    expect(c.corr[2]).toBeCloseTo(3 / Math.sqrt(2 * (14 / 3)), 12);
    expect(c.pairs[2]).toBe(3);
  });

  it("rejects misaligned inputs; constant series give NaN", () => {
    expect(() => crossCorrelation([1, 2, 3], [1, 2], 1)).toThrow(/differ in length: 3 vs 2/);
    const c = crossCorrelation(new Float64Array(30).fill(1), triangle(30, 10, 0), 2);
    expect(c.bestLag).toBeNaN();
    expect(c.bestCorr).toBeNaN();
  });
});

describe("leadLag on series", () => {
  const opts = { turns: { minAmplitude: 0 }, maxLead: 12, maxLag: 6 };

  it("recovers a known 4-month lead at every comparable turn", () => {
    const target = triangle(240, 40, 0);
    const indicator = triangle(240, 40, -4);
    const r = leadLag(indicator, target, opts);
    // The triangle's turns are at known places; check the dating first.
    expect(turns(target, opts.turns).map((t) => t.index)).toEqual([20, 40, 60, 80, 100, 120, 140, 160, 180, 200, 220]);
    expect(r.matched).toBe(r.targetTurnList.length);
    expect(new Set(r.matches.map((m) => m.lead))).toEqual(new Set([4]));
    expect([r.meanLead, r.medianLead, r.minLead, r.maxLead]).toEqual([4, 4, 4, 4]);
    expect(r.missed).toBe(0);
    expect(r.bestLag).toBe(4);
  });

  it("inverted indicator (a ratio that falls before inventory rises)", () => {
    const target = triangle(240, 40, 0);
    const indicator = Float64Array.from(triangle(240, 40, -12), (x) => 50 - x);
    const r = leadLag(indicator, target, { ...opts, maxLead: 15, inverted: true });
    expect(new Set(r.matches.map((m) => m.lead))).toEqual(new Set([12]));
    expect(r.bestLag).toBe(12);
    expect(r.bestCorr).toBeCloseTo(-1, 12);
  });

  it("Series form aligns months: an indicator starting 2 years earlier keeps the same leads", () => {
    const start = monthIndex(2000, 1);
    const target = { start, values: triangle(240, 40, 0) };
    const full = triangle(264, 40, 20);
    const indicator = { start: start - 24, values: full };
    // indicator at month start+t = full[t+24], triangle phase 20: u = t + 24 − 20 = t + 4 → leads by 4.
    const r = leadLagSeries(indicator, target, opts);
    expect(r.start).toBe(start - 24);
    expect(new Set(r.matches.map((m) => m.lead))).toEqual(new Set([4]));
    expect(r.bestLag).toBe(4);
  });

  it("leadTable gives one row per indicator", () => {
    const start = monthIndex(2000, 1);
    const target = { start, values: triangle(240, 40, 0) };
    const t = leadTable(
      target,
      [
        { name: "lead3", series: { start, values: triangle(240, 40, -3) } },
        { name: "lag2", series: { start, values: triangle(240, 40, 2) } },
      ],
      opts,
    );
    expect(t.rows.map((r) => [r.indicator, r.medianLead, r.bestLag])).toEqual([
      ["lead3", 3, 3],
      ["lag2", -2, -2],
    ]);
    expect(Object.keys(t.rows[0])).toEqual([
      "indicator",
      "inverted",
      "matched",
      "missed",
      "extra",
      "meanLead",
      "medianLead",
      "minLead",
      "maxLead",
      "bestLag",
      "bestCorr",
    ]);
  });
});

describe("lead/lag bad input", () => {
  const wave = triangle(120, 40, 0);

  it("a target that never turns", () => {
    const flat = new Float64Array(120).fill(3);
    expect(() => leadLag(wave, flat)).toThrow(/target has no turning points/);
    const rising = Float64Array.from({ length: 120 }, (_, i) => i);
    expect(() => leadLag(wave, rising)).toThrow(KitchinError);
  });

  it("an indicator that never turns", () => {
    const rising = Float64Array.from({ length: 120 }, (_, i) => i);
    expect(() => leadLag(rising, wave, { turns: { minAmplitude: 0 } })).toThrow(/indicator has no turning points/);
  });

  it("series that share no months", () => {
    const a = { start: monthIndex(2000, 1), values: wave };
    const b = { start: monthIndex(2020, 1), values: wave };
    try {
      leadLagSeries(a, b);
      expect.unreachable();
    } catch (e) {
      expect((e as KitchinError).code).toBe("no-overlap");
    }
  });

  it("misaligned frequencies: a quarterly series on the month axis, or arrays of different length", () => {
    const quarterly = Float64Array.from(wave, (x, i) => (i % 3 === 0 ? x : NaN));
    expect(() => leadLag(quarterly, wave)).toThrow(/only every 3 months/);
    expect(() => leadLag(wave.subarray(0, 100), wave)).toThrow(/differ in length: 100 vs 120/);
  });

  it("empty and too-short series", () => {
    expect(() => leadLag(new Float64Array(10).fill(NaN), wave.subarray(0, 10))).toThrow(/no numeric values/);
    try {
      leadLag(wave.subarray(0, 10), wave.subarray(0, 10));
      expect.unreachable();
    } catch (e) {
      expect((e as KitchinError).code).toBe("too-short");
    }
    expect(() => leadTable({ start: 0, values: wave }, [])).toThrow(/no indicators/);
  });

  it("errors in a table name the indicator", () => {
    expect(() =>
      leadTable({ start: 0, values: wave }, [
        { name: "PPI", series: { start: 0, values: new Float64Array(120).fill(1) } },
      ]),
    ).toThrow(/^PPI: /);
  });
});
