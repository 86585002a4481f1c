/**
 * The sector panel's latest weight share per industry and its `at` cut (methods.md §7), on
 * hand-built inputs whose shares are known exactly: weights summing to a power-of-ten total, and
 * levels whose last-month values are 100 and 300.
 */
import { describe, expect, it } from "vitest";
import {
  KitchinError,
  monthIndex,
  sectorInputsAt,
  sectorPanel,
  sliceMonths,
  type SectorInput,
  type Series,
} from "../src/index.ts";

const JAN = monthIndex(2020, 1);
const s = (values: number[], start = JAN): Series => ({ start, values: Float64Array.from(values) });

// YoY paths read by the real-time rule as in sectors.test.ts: rising from month 2, falling from month 2, a hump.
const UP = [0, 1, 2, 3, 4, 5, 6, 7];
const DOWN = [7, 6, 5, 4, 3, 2, 1, 0];
const HUMP = [0, 1, 2, 4, 5, 4, 3, 2];

const FOUR: SectorInput[] = [
  { name: "metals", inventory: s(UP), sales: s(UP), weight: 1 },
  { name: "autos", inventory: s(UP), sales: s(DOWN), weight: 3 },
  { name: "food", inventory: s(DOWN), sales: s(DOWN), weight: 4 },
  { name: "paper", inventory: s(HUMP), sales: s(UP), weight: 2 },
];

describe("sectorPanel: weight share of each industry in the last month", () => {
  it("constant weights 1, 3, 4, 2 → 0.1, 0.3, 0.4, 0.2 (exactly: the total is 10)", () => {
    const p = sectorPanel(FOUR, { kind: "yoy" });
    expect(p.latest.map((l) => l.weightShare)).toEqual([0.1, 0.3, 0.4, 0.2]);
  });

  it("levels weigh by the inventory level of the last month, whatever the industry's state", () => {
    // 13 months of levels: YoY known only in the last month, so no state is known anywhere —
    // the shares are still the levels' shares (100 and 300 of 400).
    const a = [...Array(12).fill(90), 100],
      b = [...Array(12).fill(250), 300];
    const p = sectorPanel(
      [
        { name: "a", inventory: s(a) },
        { name: "b", inventory: s(b) },
      ],
      { kind: "level" },
    );
    expect(p.latest.map((l) => l.inventoryState)).toEqual([0, 0]);
    expect(p.latest.map((l) => l.weightShare)).toEqual([0.25, 0.75]);
  });

  it("a weight series: its value in the last month; unknown there → NaN, and the others share among themselves", () => {
    const p = sectorPanel(
      [
        { name: "x", inventory: s(UP), weight: s([9, 9, 9, 9, 9, 9, 9, 1]) },
        { name: "y", inventory: s(UP), weight: s([1, 1, 1, 1, 1, 1, 1, 3]) },
        { name: "z", inventory: s(DOWN), weight: s([5, 5, 5]) }, // ends before the last month
      ],
      { kind: "yoy" },
    );
    expect(p.latest.map((l) => l.weightShare)).toEqual([0.25, 0.75, NaN]);
  });

  it("YoY inputs without weights count one each; weight 0 is a share of 0; all weights 0 → NaN", () => {
    expect(
      sectorPanel(
        FOUR.map(({ weight: _, ...x }) => x),
        { kind: "yoy" },
      ).latest.map((l) => l.weightShare),
    ).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(
      sectorPanel(
        [
          { ...FOUR[0], weight: 0 },
          { ...FOUR[1], weight: 5 },
        ],
        { kind: "yoy" },
      ).latest.map((l) => l.weightShare),
    ).toEqual([0, 1]);
    expect(
      sectorPanel(
        [
          { ...FOUR[0], weight: 0 },
          { ...FOUR[1], weight: 0 },
        ],
        { kind: "yoy" },
      ).latest.map((l) => l.weightShare),
    ).toEqual([NaN, NaN]);
  });

  it("counts the industries with sales", () => {
    expect(sectorPanel(FOUR, { kind: "yoy" }).withSales).toBe(4);
    expect(sectorPanel([FOUR[0], { name: "bare", inventory: s(UP) }], { kind: "yoy" }).withSales).toBe(1);
  });
});

describe("sectorPanel({ at }): the panel on data up to and including a month", () => {
  it("ends at `at`; in as-of mode each state equals the full panel's state that month", () => {
    const at = JAN + 5;
    const full = sectorPanel(FOUR, { kind: "yoy" });
    const p = sectorPanel(FOUR, { kind: "yoy", at });
    expect(p.start).toBe(JAN);
    expect(p.length).toBe(6);
    for (let k = 0; k < FOUR.length; k++) {
      expect(Array.from(p.inventoryStates[k])).toEqual(Array.from(full.inventoryStates[k].subarray(0, 6)));
      expect(Array.from(p.phases[k])).toEqual(Array.from(full.phases[k].subarray(0, 6)));
    }
    // paper is still in active restocking in month 5 (its inventory turns down in month 6).
    expect(p.latest.map((l) => [l.name, l.code, l.monthsInPhase, l.month])).toEqual([
      ["metals", 1, 4, at],
      ["autos", 2, 4, at],
      ["food", 3, 4, at],
      ["paper", 1, 4, at],
    ]);
    expect(full.latest[3].code).toBe(0);
  });

  it("equals the panel on inputs cut by hand, in ex-post mode too; weights are read at `at`", () => {
    const wave = Array.from({ length: 120 }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / 40));
    const lagged = wave.map((_, i) => 10 * Math.sin((2 * Math.PI * (i + 5)) / 40));
    const inputs: SectorInput[] = [
      { name: "a", inventory: s(wave), sales: s(lagged), weight: s(wave.map((_, i) => (i < 80 ? 1 : 3))) },
      { name: "b", inventory: s(lagged), sales: s(wave), weight: 3 },
    ];
    const at = JAN + 79;
    const byHand = inputs.map((x) => ({
      ...x,
      inventory: sliceMonths(x.inventory, JAN, at),
      sales: sliceMonths(x.sales!, JAN, at),
      weight: typeof x.weight === "number" ? x.weight : sliceMonths(x.weight!, JAN, at),
    }));
    const o = { kind: "yoy", mode: "ex-post" } as const;
    const p = sectorPanel(inputs, { ...o, at });
    expect(p).toEqual(sectorPanel(byHand, o));
    expect(p.length).toBe(80);
    expect(p.latest.map((l) => l.weightShare)).toEqual([0.25, 0.75]); // 1 and 3 in month 79; 3 and 3 later
    expect(sectorPanel(inputs, o).latest.map((l) => l.weightShare)).toEqual([0.5, 0.5]);
  });

  it("a month after the data changes nothing", () => {
    expect(sectorPanel(FOUR, { kind: "yoy", at: JAN + 100 })).toEqual(sectorPanel(FOUR, { kind: "yoy" }));
  });

  it("sales that start after `at` are dropped (phase unknown); weight series that start after it are kept", () => {
    const late: SectorInput[] = [{ name: "late", inventory: s(UP), sales: s(UP, JAN + 6), weight: s([1, 1], JAN + 6) }];
    const cut = sectorInputsAt(late, JAN + 4);
    expect(cut[0].sales).toBeUndefined();
    expect(cut[0].weight).toBe(late[0].weight);
    expect(cut[0].inventory).toEqual(s(UP.slice(0, 5)));
    const p = sectorPanel(late, { kind: "yoy", at: JAN + 4 });
    expect(p.withSales).toBe(0);
    expect(p.latest[0].code).toBe(-1);
    expect(p.latest[0].inventoryState).toBe(1);
    expect(p.latest[0].weightShare).toBeNaN(); // its weight is unknown up to `at`
  });

  it("a month before an industry's data is a no-overlap error naming it; a month that is not whole is bad-option", () => {
    const inputs: SectorInput[] = [FOUR[0], { name: "young", inventory: s(UP, JAN + 3) }];
    try {
      sectorPanel(inputs, { kind: "yoy", at: JAN + 2 });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KitchinError);
      expect((e as KitchinError).code).toBe("no-overlap");
      expect((e as KitchinError).message).toBe("young: no inventory data up to 2020-03 (it starts 2020-04)");
    }
    expect(() => sectorPanel(FOUR, { kind: "yoy", at: JAN - 1 })).toThrow(/^metals: no inventory data up to 2019-12/);
    expect(() => sectorPanel(FOUR, { at: JAN + 0.5 })).toThrow(/at must be a month index/);
  });
});
