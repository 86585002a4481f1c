import { describe, expect, it } from "vitest";
import { KitchinError, formatMonth } from "@kitchin/core";
import { pricePanel, assetIndex, slicePanel } from "../src/panel/panel.ts";
import { monthlyReturns } from "../src/returns/returns.ts";
import { episodeReturns } from "../src/returns/episodeReturns.ts";
import { annualizeLogMean, annualizeTotal, annualizeVol } from "../src/returns/annualize.ts";
import { episodes } from "@kitchin/core";
import { JAN2011, panelOf } from "./helpers.ts";

describe("monthly returns", () => {
  it("an asset is out of the universe before its first price: NaN, never a zero return", () => {
    const p = panelOf({ a: [100, 110, 99], b: [NaN, 50, 55] });
    const r = monthlyReturns(p);
    expect(r[0]).toBeNaN();
    expect(r[1]).toBeCloseTo(0.1, 12);
    expect(r[2]).toBeCloseTo(-0.1, 12);
    expect(r[3]).toBeNaN();
    expect(r[4]).toBeNaN();
    expect(r[5]).toBeCloseTo(0.1, 12);
  });
});

describe("episode returns", () => {
  it("run from the month-end before the episode starts to the episode's last month-end", () => {
    const p = panelOf({ a: [100, 120, 90, 99, 108], b: [NaN, NaN, 10, 11, 12] });
    const eps = episodes(Int8Array.from([0, 0, 1, 1, 1]));
    expect(eps).toEqual([
      { code: 0, start: 0, end: 1, length: 2 },
      { code: 1, start: 2, end: 4, length: 3 },
    ]);
    const r = episodeReturns(p, eps);
    expect(r[0]).toBeNaN(); // no price before the first month
    expect(r[1]).toBeCloseTo(108 / 120 - 1, 12);
    expect(r[2]).toBeNaN();
    expect(r[3]).toBeNaN(); // b has no price at the month-end before episode 2
  });
});

describe("annualisation with explicit periods per year", () => {
  it("compounds", () => {
    expect(annualizeLogMean(Math.log(1.01), 12)).toBeCloseTo(1.01 ** 12 - 1, 12);
    expect(annualizeTotal(0.21, 24, 12)).toBeCloseTo(0.1, 12);
    expect(annualizeTotal(0.1, 4, 4)).toBeCloseTo(0.1, 12);
    expect(annualizeVol(0.02, 12)).toBeCloseTo(0.02 * Math.sqrt(12), 12);
  });
});

describe("bad price panels", () => {
  const make = (v: number[]) => pricePanel(["x"], JAN2011, v.length, Float64Array.from(v), { file: "prices.csv" });
  it("rejects a zero price, naming the asset and month", () => {
    try {
      make([100, 0, 90]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KitchinError);
      expect((e as KitchinError).toLine()).toBe(
        `prices.csv, column "x": price of "x" in ${formatMonth(JAN2011 + 1)} is 0; prices must be positive`,
      );
    }
  });
  it("rejects a negative price", () => {
    expect(() => make([100, -5, 90])).toThrow(/must be positive/);
  });
  it("rejects a missing price inside the history, and carries it only when asked", () => {
    expect(() => make([100, NaN, 90])).toThrow(/missing price for "x" in 2011-02/);
    const p = pricePanel(["x"], JAN2011, 3, Float64Array.from([100, NaN, 90]), { gaps: "carry" });
    expect(Array.from(p.prices)).toEqual([100, 100, 90]);
    const k = pricePanel(["x"], JAN2011, 3, Float64Array.from([100, NaN, 90]), { gaps: "keep" });
    expect(Array.from(monthlyReturns(k))).toEqual([NaN, NaN, NaN]);
  });
  it("accepts leading and trailing missing prices (listing, delisting)", () => {
    expect(() => make([NaN, 100, 90, NaN])).not.toThrow();
  });
  it("rejects a shape mismatch and duplicate assets", () => {
    expect(() => pricePanel(["x", "y"], JAN2011, 3, new Float64Array(5))).toThrow(/expected 2 assets × 3 months/);
    expect(() => pricePanel(["x", "x"], JAN2011, 1, Float64Array.from([1, 2]))).toThrow(/appears twice/);
  });
  it("names an unknown asset", () => {
    const p = panelOf({ a: [1, 2], b: [1, 2] });
    expect(() => assetIndex(p, "zz")).toThrow(/unknown asset "zz"; the panel has a, b/);
  });
  it("slices a window", () => {
    const p = panelOf({ a: [1, 2, 3, 4], b: [5, 6, 7, 8] });
    const s = slicePanel(p, JAN2011 + 1, JAN2011 + 2);
    expect(s.start).toBe(JAN2011 + 1);
    expect(Array.from(s.prices)).toEqual([2, 3, 6, 7]);
    expect(() => slicePanel(p, JAN2011 + 10, JAN2011 + 12)).toThrow(/does not overlap/);
  });
});

describe("medianInPlace", () => {
  it("matches the core's median (type 7 at 0.5)", async () => {
    const { median } = await import("@kitchin/core");
    const { medianInPlace } = await import("../src/stats/describe.ts");
    for (const xs of [[3], [2, 1], [5, 1, 4], [0.3, -0.1, 0.2, 0.9], [1, 1, 1, 2, 2]]) {
      expect(medianInPlace(Float64Array.from(xs), xs.length)).toBe(median(xs));
    }
    expect(medianInPlace(new Float64Array(0), 0)).toBeNaN();
  });
});

describe("quantileSelect", () => {
  it("equals the sorted type-7 quantile", async () => {
    const { quantileSelect, quantileSorted } = await import("../src/stats/describe.ts");
    const { rng } = await import("../src/stats/rng.ts");
    const r = rng(9);
    for (const n of [1, 2, 3, 10, 101, 1000]) {
      const x = Float64Array.from({ length: n }, () => Math.round(r() * 50) / 10); // with ties
      const sorted = Float64Array.from(x).sort();
      for (const p of [0, 0.05, 0.5, 0.95, 1])
        expect(quantileSelect(Float64Array.from(x), n, p)).toBeCloseTo(quantileSorted(sorted, p), 12);
    }
  });
});
