import { describe, expect, it } from "vitest";
import { scorePhases } from "../../src/score/phaseScores.ts";
import { scorePhasesParallel } from "../../node/parallelScore.ts";
import { rng } from "../../src/stats/rng.ts";
import { panelOf, pricesFromReturns } from "../helpers.ts";

describe("scorePhasesParallel (worker threads)", () => {
  it("gives the same scores, intervals and p-values as scorePhases, with 2 and 3 threads", async () => {
    const rand = rng(11);
    const rows: Record<string, number[]> = {};
    for (let a = 0; a < 9; a++) {
      const p = pricesFromReturns(Array.from({ length: 150 }, () => (rand() - 0.48) * 0.1));
      if (a % 4 === 1) p.fill(NaN, 0, 30 + a); // listed late
      rows[`a${a}`] = p;
    }
    const panel = panelOf(rows);
    const codes = Int8Array.from({ length: 151 }, (_, t) => (t < 2 ? -1 : Math.floor(t / (3 + (t % 5))) % 4));
    const opts = { bootstrap: 300, permutations: 199, seed: 9 };
    const one = scorePhases(panel, codes, opts);
    for (const threads of [2, 3]) {
      const par = await scorePhasesParallel(panel, codes, { ...opts, threads });
      expect(par.threads).toBe(threads);
      for (const k of ["score", "ciLow", "ciHigh", "pValue", "sharpe", "rank"] as const) {
        expect(Array.from(par[k]), `${k}, ${threads} threads`).toEqual(Array.from(one[k]));
      }
      expect(par.warnings).toEqual(one.warnings);
    }
    expect(one.pValue.some((p) => p === p) && one.ciLow.some((x) => x === x)).toBe(true);
    expect((await scorePhasesParallel(panel, codes, opts)).threads).toBe(1); // small: no workers unless asked
  }, 60000);

  it("fails at once on bad input, leaving no worker waiting", async () => {
    const rand = rng(3);
    const rows: Record<string, number[]> = {};
    for (let a = 0; a < 3; a++)
      rows[`a${a}`] = pricesFromReturns(Array.from({ length: 40 }, () => (rand() - 0.5) * 0.1));
    const codes = Int8Array.from({ length: 30 }, (_, t) => Math.floor(t / 4) % 4); // 30 months against 41
    await expect(
      scorePhasesParallel(panelOf(rows), codes, { threads: 2, bootstrap: 10, permutations: 9 }),
    ).rejects.toThrow(/phase codes cover 30 months, the panel 41/);
  }, 60000);
});
