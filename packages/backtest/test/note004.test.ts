import { describe, expect, it } from "vitest";
import { note004Scores } from "../src/score/note004.ts";

/**
 * The five examples of note 004 (东证, 2023-07-11) as methods.md §8 restates them. Each case puts
 * the asset under test next to a reference asset that sets the cross-asset mean of mean episode
 * returns, so "above" / "below" the average is controlled.
 */
function scoreOf(asset: number[], reference: number[]): number {
  const k = Math.max(asset.length, reference.length);
  const pad = (r: number[]) => [...r, ...Array(k - r.length).fill(NaN)];
  const m = Float64Array.from([...pad(asset), ...pad(reference)]);
  return note004Scores(m, 2, k).score[0];
}

describe("note-004 score (methods.md §8)", () => {
  it("3 episodes all positive and above the cross-asset average → 5", () => {
    expect(scoreOf([0.2, 0.3, 0.1], [0.01, 0.02, -0.01])).toBe(5);
  });
  it("2 episodes both positive and above → 4", () => {
    expect(scoreOf([0.2, 0.3, NaN], [0.01, 0.02, -0.01])).toBe(4);
  });
  it("3 episodes all positive but below → 4", () => {
    expect(scoreOf([0.01, 0.02, 0.03], [0.2, 0.3, 0.4])).toBe(4);
  });
  it("1 positive episode above → 3", () => {
    expect(scoreOf([0.5, NaN, NaN], [0.01, 0.02, -0.01])).toBe(3);
  });
  it("2 positive episodes but below → 3", () => {
    expect(scoreOf([0.01, 0.02], [0.2, 0.3])).toBe(3);
  });
  it("the cross-asset mean is the mean of the assets' mean episode returns, over assets with data", () => {
    const m = Float64Array.from([0.1, 0.3, /**/ 0.0, NaN, /**/ NaN, NaN]);
    const s = note004Scores(m, 3, 2);
    expect(s.crossAssetMean).toBeCloseTo((0.2 + 0.0) / 2, 12);
    expect(Array.from(s.episodes)).toEqual([2, 1, 0]);
    expect(Array.from(s.score)).toEqual([2 + 1 + 1, 0, 0]);
    expect(s.meanEpisodeReturn[2]).toBeNaN();
  });
  it("a negative episode removes the all-positive bonus", () => {
    expect(scoreOf([0.5, -0.01, 0.4], [0.0, 0.0, 0.0])).toBe(2 + 0 + 1);
  });
});
