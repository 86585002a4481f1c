import { describe, expect, it } from "vitest";
import { benjaminiHochberg } from "../src/stats/benjaminiHochberg.ts";

describe("Benjamini–Hochberg q-values", () => {
  // Benjamini & Hochberg (1995), §4: the 15 p-values of the myocardial-infarction example.
  const p = [
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0,
  ];
  // Worked by hand: q(i) = min over j ≥ i of 15·p(j)/j, e.g. q(6) = min(15·0.0278/6 = 0.0695, q(7) = 15·0.0298/7).
  const hand = [
    0.0015,
    0.003,
    0.0095,
    0.035625,
    0.0603,
    (0.0298 * 15) / 7,
    (0.0298 * 15) / 7,
    0.0645,
    0.0765,
    0.486,
    (0.4262 * 15) / 11,
    (0.5719 * 15) / 12,
    (0.6528 * 15) / 13,
    (0.759 * 15) / 14,
    1,
  ];

  it("equals the textbook step-up adjustment", () => {
    const q = benjaminiHochberg(p);
    hand.forEach((v, i) => expect(q[i]).toBeCloseTo(v, 12));
    // At FDR 5 % the paper rejects the four smallest p-values.
    expect(Array.from(q).filter((x) => x <= 0.05).length).toBe(4);
  });

  it("does not depend on the order of the cells, and leaves missing p-values out of m", () => {
    const order = [7, 2, 14, 0, 11, 5, 9, 1, 13, 3, 8, 12, 4, 10, 6];
    const shuffled = order.map((i) => p[i]);
    const withGaps = [NaN, ...shuffled.slice(0, 8), NaN, ...shuffled.slice(8)];
    const q = benjaminiHochberg(withGaps);
    expect(q[0]).toBeNaN();
    expect(q[9]).toBeNaN();
    const kept = Array.from(q).filter((x) => x === x);
    order.forEach((i, k) => expect(kept[k]).toBeCloseTo(hand[i], 12));
  });

  it("ties share a q-value; q is never below p nor above 1; empty stays empty", () => {
    const q = benjaminiHochberg([0.04, 0.04, 0.5]);
    expect(q[0]).toBeCloseTo(0.06, 12);
    expect(q[1]).toBeCloseTo(0.06, 12);
    expect(q[2]).toBeCloseTo(0.5, 12);
    expect(benjaminiHochberg([0.9, 0.95]).every((x) => x <= 1)).toBe(true);
    expect(benjaminiHochberg([]).length).toBe(0);
  });
});
