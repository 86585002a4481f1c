import { describe, expect, it } from "vitest";
import {
  concordance,
  type KitchinError,
  monthIndex,
  phaseTable,
  synchronisation,
  syncTimelines,
  type PhaseTimeline,
} from "../src/index.ts";

// Ten months by hand (+1 restocking, −1 destocking):
//   a: R R R D D D R R D D
//   b: R R D D D R R R R D
// in step: months 0,1,3,4,6,7,9 = 7; co-restock 0,1,6,7 = 4; co-destock 3,4,9 = 3;
// a restocks while b destocks: 2; a destocks while b restocks: 5, 8.
const A = [1, 1, 1, -1, -1, -1, 1, 1, -1, -1];
const B = [1, 1, -1, -1, -1, 1, 1, 1, 1, -1];

describe("concordance (Harding & Pagan 2002, eq. 5)", () => {
  it("hand-computed index and its value under independence", () => {
    const c = concordance(A, B);
    expect(c.months).toBe(10);
    expect(c.index).toBeCloseTo(0.7, 15);
    // p_a = 0.5, p_b = 0.6 → 0.5·0.6 + 0.5·0.4 = 0.5
    expect(c.expected).toBeCloseTo(0.5, 15);
  });

  it("accepts 1/0 states and skips unknown months", () => {
    const bin = concordance([1, 1, 0, 0, NaN], [1, 0, 0, 1, 1], "binary");
    expect(bin.months).toBe(4);
    expect(bin.index).toBe(0.5);
    const signed = concordance([1, 0, -1, 1], [1, 1, -1, -1]);
    expect(signed.months).toBe(3); // the 0 (unknown) month drops out
    expect(signed.index).toBeCloseTo(2 / 3, 15);
    expect(concordance([1, 1], [1, 1]).index).toBe(1);
    expect(concordance([1, -1], [-1, 1]).index).toBe(0);
  });

  it("bad input: different lengths, no common known month", () => {
    expect(() => concordance([1, 1, 1], [1, 1])).toThrow(/differ in length: 3 vs 2/);
    try {
      concordance([1, 1, 0, 0], [0, 0, -1, 1]);
      expect.unreachable();
    } catch (e) {
      expect((e as KitchinError).code).toBe("no-overlap");
    }
  });
});

describe("synchronisation (methods.md §5)", () => {
  it("counts and shares of the four cases; concordance equals the in-step share", () => {
    const s = synchronisation(A, B);
    expect(s.months).toBe(10);
    expect(s.counts).toEqual({ coRestock: 4, coDestock: 3, aRestockBDestock: 1, aDestockBRestock: 2, inStep: 7 });
    expect([s.coRestock, s.coDestock, s.aRestockBDestock, s.aDestockBRestock]).toEqual([0.4, 0.3, 0.1, 0.2]);
    expect(s.inStep).toBeCloseTo(0.7, 15);
    expect(s.concordance).toBeCloseTo(s.inStep, 15);
    expect(s.phaseTable).toBeUndefined();
  });

  it("note 003's published split is arithmetically consistent: 269 months, 188 in step = 70 %, 36 % + 34 %", () => {
    // 36 % and 34 % of 269 months are 96.8 and 91.5; the only integer pairs summing to 188
    // that round to both are 97 + 91; the remaining 81 months diverge (note: "剩余的81个月份(30%)").
    const a: number[] = [],
      b: number[] = [];
    const push = (x: number, y: number, k: number) => {
      for (let i = 0; i < k; i++) {
        a.push(x);
        b.push(y);
      }
    };
    push(1, 1, 97);
    push(-1, -1, 91);
    push(1, -1, 40);
    push(-1, 1, 41);
    const s = synchronisation(a, b);
    expect(s.months).toBe(269);
    expect(s.counts.inStep).toBe(188);
    expect(Math.round(100 * s.inStep)).toBe(70);
    expect(Math.round(100 * s.coRestock)).toBe(36);
    expect(Math.round(100 * s.coDestock)).toBe(34);
    expect(Math.round(100 * (s.aRestockBDestock + s.aDestockBRestock))).toBe(30);
  });

  it("4 × 4 phase table by hand", () => {
    const pa = [0, 1, 1, 2, 3, -1, 3];
    const pb = [0, 1, 2, 2, 0, 1, -1];
    const t = phaseTable(pa, pb);
    expect(t.months).toBe(5);
    expect(t.unknown).toBe(2);
    expect(t.samePhase).toBe(3);
    expect(t.counts).toEqual([
      [1, 0, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 1, 0],
      [1, 0, 0, 0],
    ]);
    expect(() => phaseTable([0], [0, 1])).toThrow(/differ in length/);
  });
});

describe("syncTimelines", () => {
  const tl = (start: number, inv: number[], codes: number[], mode: "ex-post" | "as-of" = "ex-post"): PhaseTimeline => ({
    mode,
    start,
    codes: Int8Array.from(codes),
    revenueStates: new Int8Array(codes.length),
    inventoryStates: Int8Array.from(inv),
  });
  const jan = monthIndex(2020, 1);

  it("compares the common months only, within the window", () => {
    // a starts in Jan, b in Mar: common months Mar..Jun (a's last four).
    const a = tl(jan, [1, 1, 1, -1, -1, 1], [1, 1, 2, 3, 0, 1]);
    const b = tl(jan + 2, [1, 1, -1, 1, 1], [1, 2, 3, 1, 1]);
    const s = syncTimelines(a, b);
    expect([s.from, s.to]).toEqual([jan + 2, jan + 5]);
    // a: 1 −1 −1 1 ; b: 1 1 −1 1 → in step 3 of 4
    expect(s.months).toBe(4);
    expect(s.inStep).toBe(0.75);
    expect(s.phaseTable!.counts[2][1]).toBe(1);
    const w = syncTimelines(a, b, { from: jan + 3, to: jan + 4 });
    expect(w.months).toBe(2);
    expect(w.coDestock).toBe(0.5);
    expect(w.aDestockBRestock).toBe(0.5);
  });

  it("bad input: no common months, mixed kinds, reversed window", () => {
    const a = tl(jan, [1, 1], [1, 1]);
    const b = tl(jan + 12, [1, 1], [1, 1]);
    expect(() => syncTimelines(a, b)).toThrow(/share no months/);
    expect(() => syncTimelines(a, tl(jan, [1, 1], [1, 1], "as-of"))).toThrow(/cannot compare/);
    expect(() => syncTimelines(a, a, { from: jan + 1, to: jan })).toThrow(/after/);
  });
});
