import { describe, expect, it } from "vitest";
import { market } from "../../src/strategy/types.ts";
import { sweep } from "../../src/sweep/sweep.ts";
import { parallelSweep } from "../../node/parallelSweep.ts";
import { rng } from "../../src/stats/rng.ts";
import { panelOf, pricesFromReturns, timelineOf } from "../helpers.ts";

describe("parallelSweep (worker threads)", () => {
  it("gives the same ranked rows as the single-thread sweep", async () => {
    const rand = rng(5);
    const rows: Record<string, number[]> = {};
    for (const id of ["a", "b", "c", "d"])
      rows[id] = pricesFromReturns(Array.from({ length: 60 }, () => (rand() - 0.48) * 0.08));
    const m = market(panelOf(rows));
    const codes = Array.from({ length: 61 }, (_, t) => Math.floor(t / 5) % 4);
    const grid = {
      timelines: [{ label: "x", timeline: timelineOf(codes) }],
      signalLags: [0, 1],
      topK: [1, 2],
      weighting: ["equal", "score"] as const,
      cost: [0, 20],
    };
    const seen: number[] = [];
    const par = await parallelSweep(m, grid, { threads: 2, onProgress: (d) => seen.push(d) });
    const one = sweep(m, grid);
    expect(par.threads).toBe(2);
    expect(par.tried).toBe(16);
    expect(par.rows.map((r) => r.sharpe)).toEqual(one.rows.map((r) => r.sharpe));
    expect(seen[seen.length - 1]).toBe(16);
    expect((await parallelSweep(m, grid)).threads).toBe(1); // small: no workers unless asked
  }, 30000);
});
