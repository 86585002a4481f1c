import { describe, expect, it } from "vitest";
import { maxDrawdown, returnMetrics, wealthCurve } from "../src/index.ts";

describe("wealthCurve, the one compounding of returns", () => {
  const r = [NaN, 0.1, -0.2, NaN, 0.05, 0.5, -0.5];

  it("compounds from 1, keeps the level over a missing month, NaN outside the window", () => {
    const w = wealthCurve(r, 1, 6);
    expect(Number.isNaN(w[0]) && Number.isNaN(w[6])).toBe(true);
    expect(Array.from(w.subarray(1, 6))).toEqual([1.1, 1.1 * 0.8, 1.1 * 0.8, 1.1 * 0.8 * 1.05, 1.1 * 0.8 * 1.05 * 1.5]);
  });

  it("is the wealth behind the metrics' total return and the drawdown (bit for bit)", () => {
    const w = wealthCurve(r);
    const m = returnMetrics(Float64Array.from(r), 600, () => true, 12);
    expect(m.totalReturn).toBe(w[r.length - 1] - 1);
    // the worst fall: from the peak 1.386 (month 5) to 0.693 (month 6)
    expect(maxDrawdown(r).maxDrawdown).toBe(w[6] / w[5] - 1);
    expect(maxDrawdown(r).peak).toBe(5);
  });
});
