import { describe, expect, it } from "vitest";
import {
  asOfPhases,
  expostPhases,
  industryBreadth,
  matchPairs,
  monthIndex,
  pairsOverTime,
  yoy,
  type IndustryInput,
  type Series,
} from "../src/index.ts";

const START = monthIndex(2010, 1);
const N = 120;

/** Level with a cycle: trend × (1 + a·sin(2πt/period + φ)), deterministic. */
function cycle(period: number, phase: number, amp = 0.08, base = 100): Series {
  const values = new Float64Array(N);
  for (let t = 0; t < N; t++)
    values[t] = base * (1 + 0.002 * t) * (1 + amp * Math.sin((2 * Math.PI * t) / period + phase));
  return { start: START, values };
}
const yoySeries = (s: Series): Series => ({ start: s.start, values: yoy(s.values, 12) });

const INDUSTRIES: IndustryInput[] = [
  {
    id: "metals",
    name: "Metals",
    group: "wholesale",
    inventory: cycle(40, 0, 0.08, 300),
    sales: cycle(40, 1.2, 0.1, 250),
  },
  {
    id: "autos",
    name: "Autos",
    group: "wholesale",
    inventory: cycle(36, 2, 0.06, 500),
    sales: cycle(38, 2.9, 0.08, 400),
  },
  { id: "paper", name: "Paper", group: "wholesale", inventory: cycle(44, 4, 0.1, 80), sales: cycle(42, 5, 0.1, 70) },
  {
    id: "grocery",
    name: "Grocery",
    group: "retail",
    inventory: cycle(30, 1, 0.05, 200),
    sales: cycle(30, 1.8, 0.05, 600),
  },
  // no sales: inventory state only
  { id: "clothing", name: "Clothing", group: "retail", inventory: cycle(50, 3, 0.09, 150) },
];

describe("industryBreadth (issue 25; note 000 §2)", () => {
  it("an industry's as-of phase path equals the core's phase path run on that industry alone", () => {
    const b = industryBreadth(INDUSTRIES);
    for (const x of INDUSTRIES.filter((i) => i.sales)) {
      const alone = asOfPhases(yoySeries(x.sales as Series), yoySeries(x.inventory));
      const path = b.paths.get(x.id)!;
      let compared = 0;
      for (let k = 0; k < alone.codes.length; k++) {
        const i = alone.start + k - path.start;
        if (i < 0 || i >= path.phases.length) continue;
        expect(path.phases[i], `${x.id} at ${k}`).toBe(alone.codes[k]);
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
      expect(new Set(alone.codes).size).toBeGreaterThan(3); // the paths go through several phases
      // and the group's answer is the path's last month
      const g = b.groups.find((y) => y.group === x.group)!;
      const row = g.industries.find((r) => r.id === x.id)!;
      expect(row.code).toBe(path.phases[g.month - path.start]);
      expect(row.basis).toBe("phase");
    }
  });

  it("ex-post: each industry's path equals expostPhases on that industry alone", () => {
    const b = industryBreadth(INDUSTRIES, { mode: "ex-post" });
    for (const x of INDUSTRIES.filter((i) => i.sales)) {
      const alone = expostPhases(yoySeries(x.sales as Series), yoySeries(x.inventory), {
        preset: "inventory",
        demandPreset: "monthly",
        extend: true,
      }).timeline;
      const path = b.paths.get(x.id)!;
      for (let k = 0; k < alone.codes.length; k++)
        expect(path.phases[alone.start + k - path.start]).toBe(alone.codes[k]);
    }
  });

  it("counts add to the group size and level-weighted shares add to 1 (phases with unknown, and states)", () => {
    for (const at of [monthIndex(2013, 6), monthIndex(2016, 11), START + N - 1]) {
      const b = industryBreadth(INDUSTRIES, { at });
      for (const g of b.groups) {
        expect(g.month).toBe(at);
        expect(g.counts.reduce((a, c) => a + c, 0)).toBe(g.industries.length);
        expect(g.shares.reduce((a, c) => a + c, 0)).toBeCloseTo(1, 12);
        expect(g.stateShares.reduce((a, c) => a + c, 0)).toBeCloseTo(1, 12);
        expect(g.industries.reduce((a, r) => a + r.weight, 0)).toBeCloseTo(1, 12);
        // weights are the inventory levels' shares at the month
        const total = g.industries.reduce((a, r) => a + r.level, 0);
        for (const r of g.industries) expect(r.weight).toBeCloseTo(r.level / total, 12);
      }
    }
  });

  it("labels industries without sales as inventory-state only (phase unknown, state known)", () => {
    const b = industryBreadth(INDUSTRIES);
    const retail = b.groups.find((g) => g.group === "retail")!;
    const clothing = retail.industries.find((r) => r.id === "clothing")!;
    expect(clothing.basis).toBe("inventory");
    expect(clothing.code).toBe(-1);
    expect(clothing.inventoryState).not.toBe(0);
    expect(retail.counts[4]).toBe(1);
  });

  it("as-of at a month uses no later data: the answer at m equals the answer on data cut at m", () => {
    const at = monthIndex(2015, 3);
    const cut = INDUSTRIES.map((x) => ({
      ...x,
      inventory: { start: x.inventory.start, values: x.inventory.values.slice(0, at - START + 1) },
      sales: x.sales && { start: x.sales.start, values: x.sales.values.slice(0, at - START + 1) },
    }));
    const a = industryBreadth(INDUSTRIES, { at }),
      b = industryBreadth(cut);
    expect(a.groups.map((g) => g.industries.map((r) => [r.code, r.inventoryState]))).toEqual(
      b.groups.map((g) => g.industries.map((r) => [r.code, r.inventoryState])),
    );
    // and the full-history path agrees with the cut answer at that month (as-of is causal)
    const full = industryBreadth(INDUSTRIES);
    for (const g of a.groups)
      for (const r of g.industries) expect(full.paths.get(r.id)!.phases[at - START]).toBe(r.code);
  });

  it("deflates by the industry price: inventories growing only with their price have no real state", () => {
    const price = cycle(40, 0, 0.08, 300);
    const x: IndustryInput = {
      id: "steel",
      name: "Steel",
      group: "manufacturing",
      inventory: price,
      price: { start: START, values: price.values.map((v) => v / 3) },
    };
    const realRun = industryBreadth([x]).groups[0].industries[0];
    expect(realRun.real).toBe(true);
    expect(realRun.inventoryState).toBe(0); // real level is constant: YoY 0, never a move
    const nominalRun = industryBreadth([x], { nominal: true }).groups[0].industries[0];
    expect(nominalRun.real).toBe(false);
    expect(nominalRun.inventoryState).not.toBe(0);
  });

  it("matches China–US pairs on inventory states, at a month and over time", () => {
    const cn = industryBreadth([
      { id: "cn-a", name: "A", group: "m", inventory: cycle(40, 0) },
      { id: "cn-b", name: "B", group: "m", inventory: cycle(40, Math.PI) },
    ]);
    const us = industryBreadth([{ id: "us-a", name: "A", group: "w", inventory: cycle(40, 0) }]);
    const pairs = [
      { theme: "same", cn: "cn-a", us: "us-a" },
      { theme: "opposite", cn: "cn-b", us: "us-a" },
    ];
    const m = START + N - 1;
    const at = matchPairs(pairs, cn, us, m);
    expect(at[0].relation).toBe("same");
    expect(at[1].relation).toBe("opposite");
    const over = pairsOverTime(pairs, cn, us);
    const k = over.same.length - 1;
    expect(over.same[k] + over.opposite[k] + over.unknown[k]).toBe(2);
    // identical series are always in the same state once known; opposite ones never the same
    for (let t = 0; t < over.same.length; t++) expect(over.same[t]).toBeLessThanOrEqual(1);
    expect(Math.max(...over.opposite)).toBe(1);
  });

  it("rejects an empty panel and duplicate ids with a clear error", () => {
    expect(() => industryBreadth([])).toThrow(/no industries/);
    expect(() => industryBreadth([INDUSTRIES[0], INDUSTRIES[0]])).toThrow(/appears twice/);
  });
});
