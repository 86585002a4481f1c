/** One phase-text reader and one edit distance for every face. */
import { describe, expect, it } from "vitest";
import { editDistance, phaseOfText } from "../src/index.ts";

describe("phaseOfText", () => {
  it("reads ids and the English and Chinese labels, trimmed and in any case", () => {
    expect(phaseOfText("passive-destock")).toBe(0);
    expect(phaseOfText(" Active restocking ")).toBe(1);
    expect(phaseOfText("被动补库")).toBe(2);
    expect(phaseOfText("ACTIVE-DESTOCK")).toBe(3);
    expect(phaseOfText("主动去库")).toBe(3);
  });
  it("reads blank, unknown and 未知 as -1", () => {
    for (const t of ["", "  ", "unknown", "Unknown", "未知"]) expect(phaseOfText(t)).toBe(-1);
  });
  it("reads codes only when asked, and nothing else", () => {
    expect(phaseOfText("2")).toBeUndefined();
    expect(phaseOfText("2", { codes: true })).toBe(2);
    expect(phaseOfText("-1", { codes: true })).toBe(-1);
    expect(phaseOfText("4", { codes: true })).toBeUndefined();
    expect(phaseOfText("restocking")).toBeUndefined();
    expect(phaseOfText("passive destock")).toBeUndefined();
  });
});

describe("editDistance (optimal string alignment)", () => {
  it("matches the textbook values", () => {
    expect(editDistance("kitten", "sitting")).toBe(3); // Levenshtein's classic example
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("flaw", "lawn")).toBe(2);
    expect(editDistance("ab", "ba")).toBe(1); // one adjacent swap
    expect(editDistance("ca", "abc")).toBe(3); // OSA: no edit of a swapped pair (true Damerau gives 2)
    expect(editDistance("--from", "--from")).toBe(0);
  });
});
