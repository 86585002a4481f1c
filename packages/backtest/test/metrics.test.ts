import { describe, expect, it } from "vitest";
import { maxDrawdown } from "../src/metrics/drawdown.ts";
import { metrics, returnMetrics } from "../src/metrics/metrics.ts";
import { market } from "../src/strategy/types.ts";
import { runStrategy } from "../src/strategy/run.ts";
import { buyAndHold } from "../src/strategy/benchmarks.ts";
import { mapRotation } from "../src/strategy/rotation.ts";
import { JAN2011, panelOf, pricesFromReturns, timelineOf } from "./helpers.ts";

describe("max drawdown", () => {
  it("finds the largest fall from a peak with its peak, trough and recovery", () => {
    // wealth: 1.1, 0.99, 0.891, 1.0692, 1.176
    const d = maxDrawdown([0.1, -0.1, -0.1, 0.2, 0.1]);
    expect(d.maxDrawdown).toBeCloseTo(0.891 / 1.1 - 1, 12);
    expect(d).toMatchObject({ peak: 0, trough: 2, recovery: 4 });
    expect(maxDrawdown([0.1, 0.1]).maxDrawdown).toBe(0);
    expect(maxDrawdown([-0.5, 0.1]).recovery).toBe(-1);
  });
});

describe("strategy metrics", () => {
  const r = [0.02, -0.01, 0.03, -0.04, 0.05, 0.01, -0.02, 0.03, 0.01, 0.0, 0.02, -0.01];
  const p = panelOf({ a: pricesFromReturns(r), cash: pricesFromReturns(r.map(() => 0.002)) });

  it("total return, CAGR, volatility, Sharpe over zero, Sortino, Calmar, hit rate", () => {
    const res = runStrategy(buyAndHold("a", "buy-and-hold a", 0), market(p));
    const m = metrics(res);
    const total = r.reduce((w, x) => w * (1 + x), 1) - 1;
    expect(m.totalReturn).toBeCloseTo(total, 12);
    expect(m.cagr).toBeCloseTo(total, 12); // exactly 12 months
    const mean = r.reduce((a, b) => a + b, 0) / 12;
    const sd = Math.sqrt(r.reduce((a, b) => a + (b - mean) ** 2, 0) / 11);
    expect(m.volatility).toBeCloseTo(sd * Math.sqrt(12), 12);
    expect(m.sharpe).toBeCloseTo((mean / sd) * Math.sqrt(12), 12);
    const dd = Math.sqrt(r.reduce((a, b) => a + Math.min(0, b) ** 2, 0) / 12);
    expect(m.sortino).toBeCloseTo((mean / dd) * Math.sqrt(12), 12);
    expect(m.hitRate).toBeCloseTo(7 / 12, 12); // a flat month is not a hit
    expect(m.riskFree).toBe("zero");
    expect(m.drawdownPeak).toBe("2011-04");
    expect(m.drawdownTrough).toBe("2011-05");
    expect(m.drawdownRecovery).toBe("2011-06");
    expect(m.calmar).toBeCloseTo(m.cagr / 0.04, 12);
    expect(m.exposure).toBe(1);
    expect(m.from).toBe("2011-02");
    expect(m.to).toBe("2012-01");
  });

  it("Sharpe over a cash series says so, and uninvested weight earns cash", () => {
    const mk = market(p, new Float64Array(13).fill(0.002), "cn.tbill");
    const res = runStrategy(
      mapRotation({ cost: 0, timeline: timelineOf(Array(13).fill(0)), map: { "passive-destock": { a: 0.5 } } }),
      mk,
    );
    expect(res.returns[1]).toBeCloseTo(0.5 * 0.02 + 0.5 * 0.002, 12);
    const m = metrics(res, { riskFree: new Float64Array(13).fill(0.002), riskFreeLabel: "cn.tbill" });
    expect(m.riskFree).toBe("cn.tbill");
    expect(m.exposure).toBeCloseTo(0.5, 12);
  });

  it("every return figure is split by phase", () => {
    const codes = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3];
    const res = runStrategy(
      mapRotation({
        cost: 0,
        timeline: timelineOf(codes),
        map: {
          "passive-destock": { a: 1 },
          "active-restock": { a: 1 },
          "passive-restock": { a: 1 },
          "active-destock": { a: 1 },
        },
      }),
      market(p),
    );
    const m = metrics(res);
    // return of month t is attributed to the phase acted on at t-1
    const inPhase0 = [r[0], r[1], r[2]];
    expect(m.byPhase["passive-destock"].months).toBe(3);
    expect(m.byPhase["passive-destock"].totalReturn).toBeCloseTo(inPhase0.reduce((w, x) => w * (1 + x), 1) - 1, 12);
    const months = Object.values(m.byPhase).reduce((a, b) => a + b.months, 0);
    expect(months).toBe(12);
  });

  it("returnMetrics on an empty selection is NaN, not an exception", () => {
    const m = returnMetrics(new Float64Array(3).fill(NaN), JAN2011, () => true, 12);
    expect(m.months).toBe(0);
    expect(m.totalReturn).toBeNaN();
  });
});

describe("drawdown from the start", () => {
  it("peaks at the month-end before the first return", () => {
    const d = maxDrawdown([NaN, NaN, -0.1, -0.1, 0.05]);
    expect(d).toMatchObject({ peak: 1, trough: 3, recovery: -1 });
    expect(d.maxDrawdown).toBeCloseTo(0.81 - 1, 12);
  });
});
