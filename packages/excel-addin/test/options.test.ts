import { describe, expect, it } from "vitest";
import { KitchinError } from "@kitchin/core";
import {
  PHASE_OPTIONS,
  SCORE_OPTIONS,
  SECTORS_OPTIONS,
  STATE_OPTIONS,
  parseOptions,
  turnOptionsOf,
} from "../src/options.ts";

describe("parseOptions (BDH-style option text)", () => {
  it("reads keys case-insensitively, with ; , or full-width separators", () => {
    expect(parseOptions("lang=zh; MODE=as-of；window = 5，minPhase:6", PHASE_OPTIONS)).toEqual({
      lang: "zh",
      mode: "as-of",
      window: 5,
      minPhase: 6,
    });
  });
  it("treats blank, null and omitted text as no options", () => {
    expect(parseOptions("", PHASE_OPTIONS)).toEqual({});
    expect(parseOptions(null, PHASE_OPTIONS)).toEqual({});
    expect(parseOptions(undefined, PHASE_OPTIONS)).toEqual({});
    expect(parseOptions(" ; ", PHASE_OPTIONS)).toEqual({});
  });
  it("accepts spelling variants of enum values and booleans", () => {
    expect(parseOptions("mode=asof; extend=yes; method=Bry_Boschan", STATE_OPTIONS)).toEqual({
      mode: "as-of",
      extend: true,
      method: "bry-boschan",
    });
    expect(parseOptions("mode=ExPost; extend=0", STATE_OPTIONS)).toEqual({ mode: "ex-post", extend: false });
    expect(parseOptions("keepOpen=true", SCORE_OPTIONS)).toEqual({ keepOpen: true });
    expect(parseOptions("at=2005-01; history=true", SECTORS_OPTIONS)).toEqual({ at: "2005-01", history: true });
  });
  it.each([
    ["colour=red", /unknown option "colour"; accepted keys: lang, /],
    ["window", /not key=value/],
    ["window=five", /window=five must be a whole number from 1 to 120/],
    ["window=2.5", /whole number/],
    ["minAmplitude=-1", /minAmplitude=-1 must be a number from 0/],
    ["lang=fr", /lang=fr must be one of en, zh/],
    ["demandPreset=weekly", /demandPreset=weekly must be one of monthly, quarterly, inventory/],
    ["window=5; window=6", /given twice/],
  ])("rejects %s", (text, message) => {
    expect(() => parseOptions(text, PHASE_OPTIONS)).toThrowError(message);
    try {
      parseOptions(text, PHASE_OPTIONS);
    } catch (e) {
      expect(e).toBeInstanceOf(KitchinError);
      expect((e as KitchinError).code).toBe("bad-option");
    }
  });
  it("rejects a bad boolean and a bad month", () => {
    expect(() => parseOptions("extend=maybe", STATE_OPTIONS)).toThrowError(/extend=maybe must be true or false/);
    expect(() => parseOptions("at=2005/01", SECTORS_OPTIONS)).toThrowError(
      /at=2005\/01 must be a month written YYYY-MM/,
    );
    expect(() => parseOptions("at=2005-13", SECTORS_OPTIONS)).toThrowError(/option at "2005-13" is not a month/);
  });
  it("rejects a number where text is expected", () => {
    expect(() => parseOptions(5, PHASE_OPTIONS)).toThrowError(/options must be text/);
  });
  it("hands turning-point keys to the core's option shape", () => {
    expect(
      turnOptionsOf(parseOptions("preset=monthly; window=5; minCycle=15; minAmplitude=0.5", PHASE_OPTIONS)),
    ).toEqual({
      preset: "monthly",
      turns: { window: 5, minCycle: 15, minAmplitude: 0.5 },
    });
    expect(turnOptionsOf({})).toEqual({ preset: "inventory", turns: {} });
  });
});
