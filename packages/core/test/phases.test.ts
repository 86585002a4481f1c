import { describe, expect, it } from "vitest";
import {
  cycles,
  currentCycle,
  episodes,
  expostPhases,
  PHASES,
  phaseCodeOf,
  phaseIdOf,
  phaseLabel,
  phasesFromStates,
  statesFromTurns,
  summarizeCycles,
  type Turn,
} from "../src/index.ts";

const T = (index: number, type: "peak" | "trough", value = 0): Turn => ({ index, type, value });

describe("states and phases (methods.md §3)", () => {
  it("rising after a trough through the next peak, falling after a peak through the next trough", () => {
    const s = statesFromTurns(10, [T(2, "trough"), T(5, "peak"), T(8, "trough")]);
    expect(Array.from(s)).toEqual([0, 0, 0, 1, 1, 1, -1, -1, -1, 0]);
    const e = statesFromTurns(10, [T(2, "trough"), T(5, "peak"), T(8, "trough")], true);
    expect(Array.from(e)).toEqual([-1, -1, -1, 1, 1, 1, -1, -1, -1, 1]);
  });

  it("maps the four phases with their ids, labels and clock stages", () => {
    expect(phaseIdOf(phaseCodeOf(1, -1))).toBe("passive-destock");
    expect(phaseIdOf(phaseCodeOf(1, 1))).toBe("active-restock");
    expect(phaseIdOf(phaseCodeOf(-1, 1))).toBe("passive-restock");
    expect(phaseIdOf(phaseCodeOf(-1, -1))).toBe("active-destock");
    expect(phaseCodeOf(0, 1)).toBe(-1);
    expect(phaseLabel(1, "zh")).toBe("主动补库");
    expect(phaseLabel(0, "zh")).toBe("被动去库");
    expect(phaseLabel(-1, "en")).toBe("unknown");
    expect(PHASES.map((p) => p.clock.en)).toEqual(["Recovery", "Overheat", "Stagflation", "Reflation / Recession"]);
    expect(() => phasesFromStates(new Int8Array(2), new Int8Array(3))).toThrow(/differ in length: 2 vs 3/);
  });

  it("episodes are maximal runs", () => {
    expect(episodes([-1, 0, 0, 1, 1, 1, 2, -1, -1, 3])).toEqual([
      { code: 0, start: 1, end: 2, length: 2 },
      { code: 1, start: 3, end: 5, length: 3 },
      { code: 2, start: 6, end: 6, length: 1 },
      { code: 3, start: 9, end: 9, length: 1 },
    ]);
    expect(episodes([-1, 0, 0, -1], null).map((e) => e.code)).toEqual([-1, 0, -1]);
  });
});

describe("cycles (methods.md §3)", () => {
  it("reproduces the arithmetic of note 003's second cycle: 43 = 26 (4 + 22) + 17 (4 + 13)", () => {
    const codes = new Int8Array(44).fill(-1);
    for (let i = 1; i <= 4; i++) codes[i] = 1; // active restocking
    for (let i = 5; i <= 26; i++) codes[i] = 2; // passive restocking
    for (let i = 27; i <= 30; i++) codes[i] = 3; // active destocking
    for (let i = 31; i <= 43; i++) codes[i] = 0; // passive destocking
    const [c] = cycles([T(0, "trough"), T(26, "peak"), T(43, "trough")], codes);
    expect(c).toMatchObject({
      months: 43,
      restockMonths: 26,
      destockMonths: 17,
      activeRestockMonths: 4,
      passiveRestockMonths: 22,
      activeDestockMonths: 4,
      passiveDestockMonths: 13,
      unknownPhaseMonths: 0,
    });
  });

  it("counts unknown phases apart, reports the cycle in progress and summarises lengths", () => {
    const turnList = [T(0, "trough"), T(10, "peak"), T(30, "trough"), T(45, "peak"), T(70, "trough"), T(80, "peak")];
    const list = cycles(turnList);
    expect(list.map((c) => c.months)).toEqual([30, 40]);
    expect(list[0].unknownPhaseMonths).toBe(30);
    const now = currentCycle(turnList, 90);
    expect(now).toMatchObject({ startTrough: 70, peak: 80, months: 19, restockMonths: 10, destockMonths: 9 });
    expect(currentCycle([T(5, "peak")], 10)).toBeNull();
    const sum = summarizeCycles(list);
    expect(sum.cycles).toEqual({ count: 2, mean: 35, median: 35, min: 30, max: 40 });
  });

  it("ex-post phases combine the two series' turns on one axis", () => {
    const n = 160;
    const inv = {
      start: 24000,
      values: Float64Array.from({ length: n }, (_, t) => 10 * Math.sin((2 * Math.PI * (t - 6)) / 40)),
    };
    const rev = {
      start: 24000,
      values: Float64Array.from({ length: n }, (_, t) => 10 * Math.sin((2 * Math.PI * t) / 40)),
    };
    const r = expostPhases(rev, inv, { preset: "monthly" });
    expect(r.timeline.mode).toBe("ex-post");
    // demand leads inventory by 6 months: the usual order passive-destock → active-restock → passive-restock →
    // active-destock
    const order = episodes(r.timeline.codes).map((e) => e.code);
    for (let k = 0; k + 1 < order.length; k++) expect((order[k + 1] - order[k] + 4) % 4).toBe(1);
    const lengths = episodes(r.timeline.codes)
      .slice(1, -1)
      .map((e) => e.length);
    expect(new Set(lengths)).toEqual(new Set([6, 14]));
  });
});
