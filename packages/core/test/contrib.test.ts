/**
 * Contributions to growth, window growth and divergence (notes 001 and 000) on hand-built panels
 * whose answers are known exactly: components that add up, that do not, missing months, NBS
 * year-to-date inputs, and the bad inputs (components on other months, a zero base).
 */
import { describe, expect, it } from "vitest";
import {
  KitchinError,
  contributionTable,
  contributions,
  divergence,
  monthIndex,
  pairsFromCumulative,
  pairsFromLevels,
  pairsFromYtd,
  rollingWindowGrowth,
  series,
  windowContribution,
  windowGrowth,
  yoy,
  yoyOfPairs,
} from "../src/index.ts";

const M0 = monthIndex(2020, 1);
/** 24 months: year 1 then year 2, one value per calendar month. */
const twoYears = (y1: number[], y2: number[]) => series(M0, [...y1, ...y2]);
const rep = (x: number) => Array.from({ length: 12 }, () => x);

function expectError(f: () => unknown, code: string, msg: RegExp) {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KitchinError);
    expect((e as KitchinError).code).toBe(code);
    expect((e as KitchinError).message).toMatch(msg);
    return;
  }
  throw new Error("no error thrown");
}

describe("window growth (note 001: growth of Nov–Sep against the same months a year earlier)", () => {
  // flow: 100 a month in year 1; 110 in year 2 except 130 in March → Q1 growth (110+110+130)/300 − 1
  const flow = pairsFromLevels(twoYears(rep(100), [110, 110, 130, ...rep(110).slice(3)]));

  it("sum over the window against the same months a year earlier", () => {
    const g = windowGrowth(flow, monthIndex(2021, 1), monthIndex(2021, 3));
    expect(g.current).toBe(350);
    expect(g.base).toBe(300);
    expect(g.growth).toBeCloseTo(100 * (350 / 300 - 1), 12);
    expect(g.months).toBe(3);
    expect(g.skipped).toEqual([]);
  });

  it("mean (a stock's average level) gives the same growth as the sum; end reads the last month only", () => {
    const a = windowGrowth(flow, monthIndex(2021, 1), monthIndex(2021, 3), "sum").growth;
    expect(windowGrowth(flow, monthIndex(2021, 1), monthIndex(2021, 3), "mean").growth).toBe(a);
    expect(windowGrowth(flow, monthIndex(2021, 1), monthIndex(2021, 3), "end").growth).toBeCloseTo(30, 12);
  });

  it("a missing month is left out on both sides and reported", () => {
    const v = twoYears(rep(100), [110, 110, 130, ...rep(110).slice(3)]).values.slice();
    v[12 + 2] = NaN; // March of year 2 missing: Jan–Mar growth is Jan+Feb only
    const g = windowGrowth(pairsFromLevels(series(M0, v)), monthIndex(2021, 1), monthIndex(2021, 3));
    expect(g.growth).toBeCloseTo(10, 12);
    expect(g.months).toBe(2);
    expect(g.skipped).toEqual([monthIndex(2021, 3)]);
    expect(
      windowGrowth(pairsFromLevels(series(M0, v)), monthIndex(2021, 1), monthIndex(2021, 3), "end").growth,
    ).toBeNaN();
  });

  it("no usable month gives NaN, not an error (nothing to say), and rolling growth of length 1 is the monthly YoY", () => {
    expect(windowGrowth(flow, monthIndex(2020, 1), monthIndex(2020, 6)).growth).toBeNaN();
    const lv = twoYears(rep(100), [110, 110, 130, ...rep(110).slice(3)]);
    const r1 = rollingWindowGrowth(pairsFromLevels(lv), 1);
    expect(Array.from(r1)).toEqual(Array.from(yoy(lv.values, 12)));
    expect(Array.from(yoyOfPairs(pairsFromLevels(lv)))).toEqual(Array.from(yoy(lv.values, 12)));
  });

  it("rolling window growth at each end month equals the window growth over those months", () => {
    const values = Array.from({ length: 60 }, (_, i) => 100 + 10 * Math.sin(i / 3) + i);
    const p = pairsFromLevels(series(M0, values));
    const r = rollingWindowGrowth(p, 11);
    for (let i = 0; i < 60; i++) {
      const w = windowGrowth(p, M0 + i - 10, M0 + i);
      if (i < 22) expect(r[i]).toBeNaN();
      else expect(r[i]).toBeCloseTo(w.growth, 12);
    }
  });

  it("a zero base is a zero-base error naming the window; bad options are bad-option errors", () => {
    const z = pairsFromLevels(twoYears(rep(0), rep(5)));
    expectError(
      () => windowGrowth(z, monthIndex(2021, 1), monthIndex(2021, 3), "sum", "imports"),
      "zero-base",
      /imports: the year-earlier sum for 2021-01…2021-03 is 0/,
    );
    expectError(
      () => windowGrowth(flow, monthIndex(2021, 3), monthIndex(2021, 1)),
      "bad-option",
      /window ends \(2021-01\) before it starts \(2021-03\)/,
    );
    expectError(
      () => windowGrowth(flow, M0, M0 + 1, "median" as never),
      "bad-option",
      /unknown window aggregate "median"/,
    );
    expectError(
      () => rollingWindowGrowth(flow, 0),
      "bad-option",
      /window length must be a whole number of months ≥ 1, got 0/,
    );
  });
});

describe("contributions to the total's YoY, in percentage points (拉动)", () => {
  // A: 120 → 150 (+30), B: 80 → 70 (−10), total 200 → 220: +10 %, A +15 pp, B −5 pp.
  const A = twoYears(rep(120), rep(150));
  const B = twoYears(rep(80), rep(70));
  const total = twoYears(rep(200), rep(220));

  it("components that add up: contributions sum to the growth, residual exactly 0, shares of the total", () => {
    const c = contributions({
      total: pairsFromLevels(total),
      components: [pairsFromLevels(A), pairsFromLevels(B)],
      names: ["A", "B"],
    });
    expect(c.start).toBe(M0);
    for (let t = 0; t < 12; t++) {
      expect(c.totalYoy[t]).toBeNaN();
      expect(c.contributions[0][t]).toBeNaN();
      expect(c.shares[0][t]).toBe(60);
    }
    for (let t = 12; t < 24; t++) {
      expect(c.totalYoy[t]).toBe(10);
      expect(c.contributions[0][t]).toBe(15);
      expect(c.contributions[1][t]).toBe(-5);
      expect(c.residual[t]).toBe(0);
      expect(c.shares[0][t]).toBeCloseTo((100 * 150) / 220, 12);
      expect(c.shares[1][t]).toBeCloseTo((100 * 70) / 220, 12);
    }
    // the window defaults to every month: the first year has no base and is skipped
    expect(c.window.months).toBe(12);
    expect(c.window.skipped).toHaveLength(12);
    expect(c.window.totalYoy).toBeCloseTo(10, 12);
    expect(Array.from(c.window.contributions)).toEqual([expect.closeTo(15, 12), expect.closeTo(-5, 12)]);
    expect(c.window.residual).toBeCloseTo(0, 12);
  });

  it("over a window the contributions are sums: unequal months weigh by their base", () => {
    // total base 100 in Jan, 300 in Feb; A rises by 10 in Jan and 30 in Feb: +40 over a base of 400
    const a = series(M0, [...[60, 200], ...rep(0).slice(2), ...[70, 230], ...rep(0).slice(2)]);
    const b = series(M0, [...[40, 100], ...rep(0).slice(2), ...[40, 100], ...rep(0).slice(2)]);
    const t = series(M0, [...[100, 300], ...rep(1).slice(2), ...[110, 330], ...rep(1).slice(2)]);
    const w = windowContribution(
      pairsFromLevels(t),
      [pairsFromLevels(a), pairsFromLevels(b)],
      monthIndex(2021, 1),
      monthIndex(2021, 2),
    );
    expect(w.totalYoy).toBe(10);
    expect(Array.from(w.contributions)).toEqual([10, 0]);
    expect(w.residual).toBe(0);
    expect(Array.from(w.shares)).toEqual([
      expect.closeTo((100 * 300) / 440, 12),
      expect.closeTo((100 * 140) / 440, 12),
    ]);
    // month by month the Jan and Feb contributions differ (10 and 10 pp): here equal by construction
    const c = contributions(
      { total: pairsFromLevels(t), components: [pairsFromLevels(a), pairsFromLevels(b)] },
      { from: monthIndex(2021, 1), to: monthIndex(2021, 2) },
    );
    expect(Array.from(c.contributions[0])).toEqual([10, 10]);
  });

  it("components that do not add up: the residual is the left-out part's contribution", () => {
    // total = A + B + other, other 50 → 60: residual 100·10/250 = 4 pp
    const t = twoYears(rep(250), rep(280));
    const c = contributions(
      { total: pairsFromLevels(t), components: [pairsFromLevels(A), pairsFromLevels(B)] },
      { from: monthIndex(2021, 1), to: monthIndex(2021, 12) },
    );
    expect(c.totalYoy[0]).toBe(12);
    expect(c.contributions[0][0]).toBe(12);
    expect(c.contributions[1][0]).toBe(-4);
    expect(c.residual[0]).toBe(4);
    expect(c.window.residual).toBeCloseTo(4, 12);
    expect(c.shares[0][0] + c.shares[1][0]).toBeCloseTo((100 * 220) / 280, 12);
  });

  it("missing months: that month's component and residual are NaN; the window leaves the month out on every side", () => {
    const a = A.values.slice();
    a[12 + 4] = NaN; // May of year 2
    const t = total.values.slice();
    t[12 + 6] = 999; // July's total is off (not A + B) — but a missing base in Aug below:
    t[7] = NaN; // August of year 1 missing → August of year 2 has no total YoY
    const c = contributions(
      { total: pairsFromLevels(series(M0, t)), components: [pairsFromLevels(series(M0, a)), pairsFromLevels(B)] },
      { from: monthIndex(2021, 1), to: monthIndex(2021, 12) },
    );
    expect(c.contributions[0][4]).toBeNaN();
    expect(c.contributions[1][4]).toBe(-5);
    expect(c.residual[4]).toBeNaN();
    expect(c.totalYoy[4]).toBe(10);
    expect(c.totalYoy[7]).toBeNaN();
    expect(c.residual[6]).toBeCloseTo((100 * (999 - 200)) / 200 - 10, 12);
    expect(c.window.skipped).toEqual([monthIndex(2021, 5), monthIndex(2021, 8)]);
    expect(c.window.months).toBe(10);
    // 10 months: 9 × (220 − 200) + (999 − 200) over a base of 2000
    expect(c.window.totalYoy).toBeCloseTo((100 * (9 * 20 + 799)) / 2000, 12);
    expect(c.window.contributions[0]).toBeCloseTo(15, 12);
  });

  it("NBS year-to-date inputs (Jan–Feb merged) give the same contributions as the monthly levels behind them", () => {
    // Monthly values; year 2 publishes no January (Jan+Feb at February).
    const a1 = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
      a2 = a1.map((x, i) => x + 1 + (i % 3));
    const b1 = a1.map((x) => 2 * x),
      b2 = b1.map((x, i) => x - (i % 2));
    const t1 = a1.map((x, i) => x + b1[i]),
      t2 = a2.map((x, i) => x + b2[i]);
    const ytd = (y1: number[], y2: number[]) => {
      const c1 = y1.map((_, i) => y1.slice(0, i + 1).reduce((s, x) => s + x, 0));
      const c2 = y2.map((_, i) => y2.slice(0, i + 1).reduce((s, x) => s + x, 0));
      const g = c2.map((x, i) => 100 * (x / c1[i] - 1));
      const v = [...c1.map(() => NaN), ...c2];
      const gg = [...c1.map(() => NaN), ...g];
      v[12] = NaN;
      gg[12] = NaN; // no January release in year 2
      return pairsFromCumulative(M0, v, gg);
    };
    const pa = ytd(a1, a2),
      pb = ytd(b1, b2),
      pt = ytd(t1, t2);
    // February of year 2 holds Jan+Feb on both sides
    expect(pt.current[13]).toBe(t2[0] + t2[1]);
    expect(pt.base[13]).toBeCloseTo(t1[0] + t1[1], 10);
    expect(pt.base[14]).toBeCloseTo(t1[2], 10);
    const w = windowContribution(pt, [pa, pb], monthIndex(2021, 1), monthIndex(2021, 12));
    const sum = (x: number[]) => x.reduce((s, v) => s + v, 0);
    const T1 = sum(t1);
    expect(w.totalYoy).toBeCloseTo(100 * (sum(t2) / T1 - 1), 10);
    expect(w.contributions[0]).toBeCloseTo((100 * (sum(a2) - sum(a1))) / T1, 10);
    expect(w.contributions[1]).toBeCloseTo((100 * (sum(b2) - sum(b1))) / T1, 10);
    expect(w.residual).toBeCloseTo(0, 10);
    expect(w.skipped).toEqual([monthIndex(2021, 1)]);
    // March alone: the month's own values
    const c = contributions(
      { total: pt, components: [pa, pb] },
      { from: monthIndex(2021, 3), to: monthIndex(2021, 3) },
    );
    expect(c.contributions[0][0]).toBeCloseTo((100 * (a2[2] - a1[2])) / t1[2], 10);
  });

  it("year-to-date values alone: monthly values by differencing, based on the same span a year earlier (Jan–Feb merged in one year only)", () => {
    // Year 1 publishes January, year 2 does not: year 2's February (Jan+Feb) is based on year 1's YTD through February.
    const y1 = [10, 21, 33, 46],
      y2 = [NaN, 24, 37, 52];
    const pad = (x: number[]) => [...x, ...Array(8).fill(NaN)];
    const p = pairsFromYtd(M0, [...pad(y1), ...pad(y2)]);
    expect([p.current[13], p.base[13]]).toEqual([24, 21]);
    expect([p.current[14], p.base[14]]).toEqual([13, 12]);
    expect([p.current[15], p.base[15]]).toEqual([15, 13]);
    expect(p.current[12]).toBeNaN();
    expect([p.current[1], p.base[1]]).toEqual([11, NaN]);
    const w = windowGrowth(p, monthIndex(2021, 1), monthIndex(2021, 4));
    expect(w.growth).toBeCloseTo(100 * (52 / 46 - 1), 12); // the window's growth is the YTD growth
  });

  it("bad input: components on other months, a zero base, no components, names that do not match", () => {
    const later = series(monthIndex(2030, 1), rep(1));
    expectError(
      () =>
        contributions(
          {
            total: pairsFromLevels(total),
            components: [pairsFromLevels(A), pairsFromLevels(later)],
            names: ["A", "retail"],
          },
          { totalName: "inventories" },
        ),
      "no-overlap",
      /retail shares no month with inventories; put the components on the total's months/,
    );
    const zero = twoYears([0, ...rep(200).slice(1)], rep(220));
    expectError(
      () => contributions({ total: pairsFromLevels(zero), components: [pairsFromLevels(A)] }, { totalName: "exports" }),
      "zero-base",
      /exports is 0 in the year before 2021-01: growth over a base that is not positive is undefined/,
    );
    // … but a range that avoids the zero-base month computes
    expect(
      contributions({ total: pairsFromLevels(zero), components: [pairsFromLevels(A)] }, { from: monthIndex(2021, 2) })
        .totalYoy[0],
    ).toBe(10);
    expectError(() => contributions({ total: pairsFromLevels(total), components: [] }), "empty", /no components given/);
    expectError(
      () => contributions({ total: pairsFromLevels(total), components: [pairsFromLevels(A)], names: ["A", "B"] }),
      "length-mismatch",
      /2 names for 1 components/,
    );
  });
});

describe("the contribution table the faces share", () => {
  const A = pairsFromLevels(twoYears(rep(120), rep(150))),
    B = pairsFromLevels(twoYears(rep(80), rep(70)));
  const T = pairsFromLevels(twoYears(rep(200), rep(220)));
  it("months with a total YoY; the window is the last `window` months, else from…to, else the last 12", () => {
    const t = contributionTable(T, [A, B], ["A", "B"]);
    expect(t.rows.map((r) => r.month)).toEqual(Array.from({ length: 12 }, (_, i) => monthIndex(2021, 1) + i));
    expect(Array.from(t.rows[0].contributions)).toEqual([15, -5]);
    expect([t.window.from, t.window.to]).toEqual([monthIndex(2021, 1), monthIndex(2021, 12)]);
    const ft = contributionTable(T, [A, B], ["A", "B"], { from: monthIndex(2021, 3), to: monthIndex(2021, 5) });
    expect([ft.window.from, ft.window.to, ft.rows.length]).toEqual([monthIndex(2021, 3), monthIndex(2021, 5), 3]);
    const w = contributionTable(T, [A, B], ["A", "B"], { to: monthIndex(2021, 6), window: 2 });
    expect([w.window.from, w.window.to]).toEqual([monthIndex(2021, 5), monthIndex(2021, 6)]);
    const none = contributionTable(T, [], []);
    expect([none.rows[0].totalYoy, none.window.totalYoy, none.window.residual]).toEqual([
      expect.closeTo(10, 12),
      expect.closeTo(10, 12),
      NaN,
    ]);
    expectError(
      () => contributionTable(pairsFromLevels(series(M0, rep(1))), [], [], { totalName: "x" }),
      "too-short",
      /x has no month with a value a year earlier/,
    );
    expectError(
      () => contributionTable(T, [A], ["A"], { window: 0 }),
      "bad-option",
      /window must be a whole number of months ≥ 1, got 0/,
    );
  });
});

describe("divergence of two growth series (note 001: imports far ahead of inventories)", () => {
  it("gap and its z-score against the gaps before it (sample sd), by hand", () => {
    const d = divergence([1, 2, 3, 4, 10], [0, 0, 0, 0, 0], { minHistory: 4 });
    expect(Array.from(d.gap)).toEqual([1, 2, 3, 4, 10]);
    expect(Array.from(d.z.subarray(0, 4)).every(Number.isNaN)).toBe(true);
    expect(d.historyMean[4]).toBe(2.5);
    expect(d.historySd[4]).toBeCloseTo(Math.sqrt(5 / 3), 12);
    expect(d.z[4]).toBeCloseTo(7.5 / Math.sqrt(5 / 3), 12);
  });

  it("lookback limits the history; missing months stay out of it", () => {
    const d = divergence([100, NaN, 1, 3, 5, 8], [0, 0, 0, 0, 0, 0], { minHistory: 2, lookback: 3 });
    // at t = 5 the history is t = 2…4: 1, 3, 5 → mean 3, sd 2
    expect(d.z[5]).toBeCloseTo(2.5, 12);
    // at t = 3 the history is t = 0…2 without the missing month: 100, 1
    expect(d.historyMean[3]).toBe(50.5);
  });

  it("no look-ahead: appending later months never changes an earlier z-score", () => {
    const a = Array.from({ length: 120 }, (_, i) => 5 * Math.sin(i / 7) + (i % 5));
    const b = Array.from({ length: 120 }, (_, i) => 3 * Math.cos(i / 11));
    const full = divergence(a, b);
    for (const cut of [40, 77, 119]) {
      const part = divergence(a.slice(0, cut), b.slice(0, cut));
      expect(Array.from(part.z)).toEqual(Array.from(full.z.subarray(0, cut)));
    }
  });

  it("bad input: different lengths, bad options", () => {
    expectError(() => divergence([1, 2], [1]), "length-mismatch", /differ in length: 2 vs 1/);
    expectError(
      () => divergence([1], [1], { lookback: 1 }),
      "bad-option",
      /lookback must be a whole number of months ≥ 2/,
    );
    expectError(() => divergence([1], [1], { minHistory: 0.5 }), "bad-option", /minHistory must be a whole number ≥ 2/);
  });
});
