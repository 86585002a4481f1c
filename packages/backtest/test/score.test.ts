import { describe, expect, it } from "vitest";
import { scorePhases } from "../src/score/phaseScores.ts";
import { scoreJson } from "../src/score/rows.ts";
import { rng } from "../src/stats/rng.ts";
import { panelOf, pricesFromReturns } from "./helpers.ts";

/** 10 cycles of 12 months: 3 months in each phase, in the usual order. */
const CODES = Int8Array.from({ length: 121 }, (_, t) => Math.floor(((t + 11) % 12) / 3));

function market() {
  const rand = rng(7);
  const noise = () => (rand() - 0.5) * 0.02;
  // "a" earns 4% a month in passive destocking and loses 1% otherwise; "b" is noise; "c" the mirror of a.
  const ra = Array.from({ length: 120 }, (_, i) => (CODES[i + 1] === 0 ? 0.04 : -0.01) + noise());
  const rb = Array.from({ length: 120 }, () => noise());
  const rc = ra.map((x) => -x / 2);
  return panelOf({ a: pricesFromReturns(ra), b: pricesFromReturns(rb), c: pricesFromReturns(rc) });
}

describe("scorePhases", () => {
  const panel = market();
  const s = scorePhases(panel, CODES, { bootstrap: 500, permutations: 499, seed: 3 });

  it("scores complete episodes only: the run cut by the window start is censored, the open last run is dropped with a warning", () => {
    // runs: [0] is phase 3 (month 0 only), then 3-month runs; the last run (3 months) touches the end.
    expect(CODES[0]).toBe(3);
    expect(s.phaseEpisodes[0].length).toBe(10);
    expect(s.phaseEpisodes[3].length).toBe(9);
    expect(s.warnings.some((w) => /active-destock episode since .* is still open/.test(String(w)))).toBe(true);
  });

  it("finds the asset that earns in passive destocking: 10 positive episodes + 2 bonuses = 12, rank 1, tiny p-value", () => {
    const i = 0 * 4 + 0;
    expect(s.episodes[i]).toBe(10);
    expect(s.positive[i]).toBe(10);
    expect(s.score[i]).toBe(12);
    expect(s.rank[i]).toBe(1);
    expect(s.hitRate[i]).toBe(1);
    expect(s.pValue[i]).toBeLessThan(0.01);
    expect(s.annualizedReturn[i]).toBeGreaterThan(0.4);
    expect(s.ciLow[i]).toBeLessThan(s.annualizedReturn[i]);
    expect(s.ciHigh[i]).toBeGreaterThan(s.annualizedReturn[i]);
    expect(s.tStat[i]).toBeGreaterThan(5);
    expect(s.sharpe[i]).toBeGreaterThan(1);
    expect(s.months[i]).toBe(30);
    // the mirror asset ranks last in that phase
    expect(s.rank[2 * 4 + 0]).toBe(3);
  });

  it("cross-asset mean per phase is the mean of the assets' mean episode returns", () => {
    const m = (s.meanEpisodeReturn[0] + s.meanEpisodeReturn[4] + s.meanEpisodeReturn[8]) / 3;
    expect(s.crossAssetMean[0]).toBeCloseTo(m, 12);
  });

  it("is reproducible: the same seed gives the same interval and p-value, another seed differs", () => {
    const again = scorePhases(panel, CODES, { bootstrap: 500, permutations: 499, seed: 3 });
    expect(Array.from(again.pValue)).toEqual(Array.from(s.pValue));
    expect(Array.from(again.ciLow)).toEqual(Array.from(s.ciLow));
    const other = scorePhases(panel, CODES, { bootstrap: 500, permutations: 499, seed: 4 });
    expect(Array.from(other.pValue)).not.toEqual(Array.from(s.pValue));
  });

  it("warns about thin samples (fewer than 5 episodes)", () => {
    const short = Int8Array.from(CODES.subarray(0, 40));
    const p2 = {
      ...panel,
      months: 40,
      prices: Float64Array.from([0, 1, 2].flatMap((a) => Array.from(panel.prices.subarray(a * 121, a * 121 + 40)))),
    };
    const t = scorePhases(p2, short, { bootstrap: 0, permutations: 0 });
    expect(t.warnings.filter((w) => /a thin sample/.test(String(w))).length).toBe(4);
    expect(t.warnings.map(String).find((w) => w.startsWith("passive-destock: only"))).toMatch(
      /only 3 episodes \(2011-02→2011-04, 2012-02→2012-04, 2013-02→2013-04\)/,
    );
    expect(t.pValue[0]).toBeNaN();
  });

  it("says which assets lack prices for some episodes", () => {
    const p = { ...panel, prices: Float64Array.from(panel.prices) };
    for (let t = 0; t < 30; t++) p.prices[121 + t] = NaN; // b lists in month 30
    const t = scorePhases(p, CODES, { bootstrap: 0, permutations: 0 });
    expect(t.episodes[1 * 4 + 0]).toBe(7);
    expect(t.warnings.map(String).find((w) => w.startsWith("passive-destock: 1 asset"))).toMatch(
      /b \(no price in 3 of 10\)/,
    ); // counts the episodes without prices
  });

  it("emits the stable JSON contract of `kitchin score`", () => {
    const j = scoreJson(s);
    expect(Object.keys(j).slice(0, 3)).toEqual(["scores", "crossAssetMean", "warnings"]);
    expect(Object.keys(j.scores[0]).slice(0, 9)).toEqual([
      "asset",
      "phase",
      "score",
      "episodes",
      "positive",
      "meanEpisodeReturn",
      "annualizedReturn",
      "hitRate",
      "pValue",
    ]);
    expect(j.scores).toHaveLength(12);
    expect(j.scores[0]).toMatchObject({
      asset: "a",
      phase: "passive-destock",
      score: 12,
      episodes: 10,
      positive: 10,
      hitRate: 1,
    });
    expect(Object.keys(j.crossAssetMean)).toEqual([
      "passive-destock",
      "active-restock",
      "passive-restock",
      "active-destock",
    ]);
    // no NaN leaks (NaN → null); messages are their English text
    expect(JSON.parse(JSON.stringify(j))).toEqual({ ...j, warnings: j.warnings.map(String) });
  });

  it("stamps ex-post phases", () => {
    const t = scorePhases(panel, CODES, { bootstrap: 0, permutations: 0, exPost: true });
    expect(t.exPost).toBe(true);
    expect(String(t.warnings[0])).toMatch(/uses future information/);
  });
});

describe("bootstrap interval needs two episodes", () => {
  it("is missing when an asset has data for a single episode of the phase", () => {
    const codes = Int8Array.from([3, 3, 0, 0, 0, 1, 1, 1, 0, 0, 0, 2, 2]);
    const p = panelOf({
      a: [1, 1.1, 1.2, 1.1, 1.3, 1.2, 1.25, 1.3, 1.4, 1.2, 1.1, 1.0, 1.05],
      b: [NaN, NaN, NaN, NaN, NaN, NaN, NaN, 2, 2.1, 2.2, 2.3, 2.2, 2.4],
    });
    const s = scorePhases(p, codes, { bootstrap: 200, permutations: 0 });
    expect(s.ciLow[0 * 4 + 0]).not.toBeNaN(); // a: two passive-destock runs with data
    expect(s.ciLow[1 * 4 + 0]).toBeNaN(); // b: only the second
    expect(s.ciHigh[1 * 4 + 0]).toBeNaN();
  });
});
