import { describe, expect, it } from "vitest";
import { yoy as coreYoy } from "@kitchin/core";
import { DERIVED_SERIES, derivedYoy, salesFromRatio } from "../src/index.ts";
import { salesByMonth as buildSales, yoy as buildYoy } from "../scripts/lib/series.ts";
import { followDerivedRule } from "./helpers-derive.ts";

// Levels that cross zero: a positive, a zero and a negative base a year earlier.
const LEVELS = [
  100, 0, -50, 80, 90, 100, 110, 120, 130, 140, 150, 160, 110, 10, 25, -40, 99, 100.5, 111, 0, 1e-7, 133, 140, 150.25,
];
const months = (xs: number[], start = 600) => new Map(xs.map((v, i) => [start + i, v]));

describe("one YoY for the build, data import and the core", () => {
  it("gives the same months and values on the same levels, a non-positive base a missing month", () => {
    const m = months(LEVELS);
    const build = buildYoy(m);
    const rule = DERIVED_SERIES.find((r) => r.id === "us.inventory_yoy")!;
    const imported = followDerivedRule(rule, { "us.inventory": m }, [...m.keys()]);
    expect([...imported]).toEqual([...build]);
    const core = coreYoy(LEVELS, 12);
    for (const [k, v] of build) expect(v).toBe(Number(core[k - 600].toFixed(6)));
    // bases 0 (month 1) and −50 (month 2): no YoY in any of the three
    expect(build.has(613)).toBe(false);
    expect(build.has(614)).toBe(false);
    expect(Number.isNaN(core[13]) && Number.isNaN(core[14])).toBe(true);
    expect(build.get(612)).toBe(10); // 110 against 100
    expect(build.get(615)).toBe(-150); // −40 against a positive base (80) is a growth rate
    expect(build.size).toBe(10);
  });

  it("scalar and month-map forms agree for sales from the inventories/sales ratio", () => {
    const inv = months([100, 200, 300, 400]);
    const ratio = months([1.25, 0, -2, 1.5]);
    expect([...buildSales(inv, ratio)]).toEqual([
      [600, 80],
      [603, 266.666667],
    ]);
    expect(salesFromRatio(300, -2)).toBeNaN();
    expect(derivedYoy(110, 0)).toBeNaN();
    expect(derivedYoy(110, -100)).toBeNaN();
  });

  it("lists each derived series after the series it reads", () => {
    const seen = new Set<string>();
    for (const r of DERIVED_SERIES) {
      for (const f of r.from) if (DERIVED_SERIES.some((d) => d.id === f)) expect(seen.has(f)).toBe(true);
      seen.add(r.id);
    }
  });
});
