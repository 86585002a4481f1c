import { describe, expect, it } from "vitest";
import { type KitchinError, monthIndex, sectorInputsFromTable, sectorPanel, type Series } from "../src/index.ts";

const JAN = monthIndex(2020, 1);
const s = (values: number[], start = JAN): Series => ({ start, values: Float64Array.from(values) });

// YoY paths (percent) that the real-time rule (reversal 1, confirm 2) reads by hand:
// rising from month 2 on (up ≥ 1 from the low for 2 months: months 1 and 2).
const UP = [0, 1, 2, 3, 4, 5, 6, 7];
const DOWN = [7, 6, 5, 4, 3, 2, 1, 0];
// rises (rising from month 2), then falls from the high of 5: at least 1 below it in months 5
// and 6 → falling from month 6.
const HUMP = [0, 1, 2, 4, 5, 4, 3, 2];

describe("sectorPanel (methods.md §7, note 000 §2)", () => {
  it("phase of each industry, counts and weighted shares per month, latest phase with months in it", () => {
    const p = sectorPanel(
      [
        { name: "metals", inventory: s(UP), sales: s(UP), weight: 1 }, // active restocking from month 2
        { name: "autos", inventory: s(UP), sales: s(DOWN), weight: 3 }, // passive restocking
        { name: "food", inventory: s(DOWN), sales: s(DOWN), weight: 4 }, // active destocking
        { name: "paper", inventory: s(HUMP), sales: s(UP), weight: 2 }, // active restock, then passive destock
      ],
      { kind: "yoy" },
    );
    expect(p.start).toBe(JAN);
    expect(p.length).toBe(8);
    expect(Array.from(p.phases[0])).toEqual([-1, -1, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(p.phases[1])).toEqual([-1, -1, 2, 2, 2, 2, 2, 2]);
    expect(Array.from(p.phases[2])).toEqual([-1, -1, 3, 3, 3, 3, 3, 3]);
    expect(Array.from(p.phases[3])).toEqual([-1, -1, 1, 1, 1, 1, 0, 0]);
    // last month: metals active-restock, autos passive-restock, food active-destock, paper passive-destock
    const t = 7;
    expect([0, 1, 2, 3].map((c) => p.counts[c][t])).toEqual([1, 1, 1, 1]);
    expect(p.weightShares[0][t]).toBeCloseTo(0.2, 15);
    expect(p.weightShares[1][t]).toBeCloseTo(0.1, 15);
    expect(p.weightShares[2][t]).toBeCloseTo(0.3, 15);
    expect(p.weightShares[3][t]).toBeCloseTo(0.4, 15);
    expect(p.restocking[t]).toBe(2);
    expect(p.restockingWeightShare[t]).toBeCloseTo(0.4, 15);
    // month 3: three restocking (metals, autos, paper) of four = weight (1+3+2)/10
    expect(p.restocking[3]).toBe(3);
    expect(p.restockingWeightShare[3]).toBeCloseTo(0.6, 15);
    expect(p.unknownPhase[0]).toBe(4);
    expect(p.latest.map((l) => [l.name, l.code, l.monthsInPhase])).toEqual([
      ["metals", 1, 6],
      ["autos", 2, 6],
      ["food", 3, 6],
      ["paper", 0, 2],
    ]);
    expect(p.latest[3].month).toBe(JAN + 7);
  });

  it("without sales: phases unknown, restocking still counted; levels weight by inventory", () => {
    // Levels: 24 months, YoY from month 12. Industry a's level grows faster and faster (YoY rising),
    // b's level is flat then shrinking (YoY falling).
    const a = Array.from({ length: 24 }, (_, i) => 100 * Math.pow(1.01 + 0.001 * i, i));
    const b = Array.from({ length: 24 }, (_, i) => 300 * Math.pow(0.999 - 0.0005 * i, i));
    const p = sectorPanel(
      [
        { name: "a", inventory: s(a) },
        { name: "b", inventory: s(b) },
      ],
      { kind: "level" },
    );
    const t = 23;
    expect(p.phases[0][t]).toBe(-1);
    expect(p.inventoryStates[0][t]).toBe(1);
    expect(p.inventoryStates[1][t]).toBe(-1);
    expect(p.restocking[t]).toBe(1);
    expect(p.knownState[t]).toBe(2);
    expect(p.restockingWeightShare[t]).toBeCloseTo(a[t] / (a[t] + b[t]), 12);
    expect(p.latest[0].code).toBe(-1);
    expect(p.latest[0].inventoryState).toBe(1);
  });

  it("ex-post mode dates turns on the whole history", () => {
    const wave = Array.from({ length: 120 }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / 40));
    const p = sectorPanel(
      [{ name: "x", inventory: s(wave), sales: s(wave.map((_, i) => 10 * Math.sin((2 * Math.PI * (i + 5)) / 40))) }],
      { kind: "yoy", mode: "ex-post" },
    );
    // inventory peaks at 10, 50, 90 and troughs at 30, 70, 110 (sin period 40); between peak 50 and trough 70 falling.
    expect(p.inventoryStates[0][60]).toBe(-1);
    expect(p.inventoryStates[0][40]).toBe(1);
    expect(p.mode).toBe("ex-post");
  });

  it("bad input", () => {
    expect(() => sectorPanel([])).toThrow(/no industries/);
    expect(() =>
      sectorPanel([
        { name: "a", inventory: s(UP) },
        { name: "a", inventory: s(UP) },
      ]),
    ).toThrow(/appears twice/);
    expect(() => sectorPanel([{ name: "a", inventory: s(UP), weight: -1 }])).toThrow(/weight/);
    expect(() => sectorPanel([{ name: "a", inventory: s([NaN, NaN]) }])).toThrow(
      /a: the inventory series has no numeric values/,
    );
    expect(() => sectorPanel([{ name: "a", inventory: s(UP) }], { mode: "later" as "as-of" })).toThrow(/mode/);
    try {
      sectorPanel([{ name: "short", inventory: s(UP) }], { kind: "yoy", mode: "ex-post" });
      expect.unreachable();
    } catch (e) {
      expect((e as KitchinError).message).toMatch(/^short: /);
    }
  });
});

describe("sectorInputsFromTable", () => {
  it("reads a long table in any row order, with optional sales and weight", () => {
    const rows = [
      ["Sector", "Month", "Inventory", "Sales", "Weight"],
      ["b", "2020-02", "20", "", "2"],
      ["a", "2020-01", "1", "10", "1"],
      ["a", "2020-02", "2", "11", "1"],
      ["b", "2020-01", "21", "", "2"],
      ["", "", "", "", ""],
    ];
    const list = sectorInputsFromTable(rows);
    expect(list.map((x) => x.name)).toEqual(["b", "a"]);
    expect(Array.from(list[0].inventory.values)).toEqual([21, 20]);
    expect(list[0].sales).toBeUndefined();
    expect(Array.from(list[1].sales!.values)).toEqual([10, 11]);
    expect((list[1].weight as Series).start).toBe(JAN);
  });

  it("Chinese headers", () => {
    const list = sectorInputsFromTable([
      ["行业", "日期", "存货", "营收"],
      ["汽车", "2020年1月", 5, 6],
    ]);
    expect(list[0].name).toBe("汽车");
    expect(list[0].inventory.start).toBe(JAN);
  });

  it("bad tables name the row and column", () => {
    expect(() => sectorInputsFromTable([["sector", "month"]])).toThrow(/no data rows/);
    expect(() =>
      sectorInputsFromTable([
        ["sector", "month"],
        ["a", "2020-01"],
      ]),
    ).toThrow(/needs a "inventory" column/);
    try {
      sectorInputsFromTable(
        [
          ["sector", "month", "inventory"],
          ["a", "2020-01", "x"],
        ],
        { file: "s.csv" },
      );
      expect.unreachable();
    } catch (e) {
      expect((e as KitchinError).toLine()).toBe('s.csv, row 2, column "inventory": "x" is not a number');
    }
    expect(() =>
      sectorInputsFromTable([
        ["sector", "month", "inventory"],
        ["a", "2020-01", 1],
        ["a", "2020-01", 2],
      ]),
    ).toThrow(/2020-01 twice/);
    expect(() =>
      sectorInputsFromTable([
        ["sector", "month", "inventory"],
        ["a", "Jan", 1],
      ]),
    ).toThrow(/not a date/);
  });
});
