/**
 * The turning-point rules on every shipped series: what the faces date on the data we
 * ship. Both methods, the `monthly` and `inventory` presets, every series and vintage long enough.
 */
import { formatMonth, turnExtremeBreaks, turns, type Turn, type TurnMethod, type TurnPreset } from "@kitchin/core";
import { describe, expect, it } from "vitest";
import { analysisView, catalog, vintages, type CatalogEntry } from "../src/index.ts";
import { loadEntry, loadSeries } from "../src/node.ts";

const methods: TurnMethod[] = ["bbq", "bry-boschan"];
const presets: TurnPreset[] = ["monthly", "inventory"];
const entries: CatalogEntry[] = [...catalog, ...vintages];

function dated(id: string, method: TurnMethod, preset: TurnPreset): string[] {
  const s = analysisView(loadSeries(id));
  return turns(s.values, { method }, preset).map((t) => `${t.type[0]}${formatMonth(s.start + t.index)}`);
}

describe("every shipped series", () => {
  it(`has no wrong-way phase and alternates, with both methods and presets (${entries.length} series and vintages)`, () => {
    let dates = 0;
    const wrong: string[] = [];
    for (const e of entries) {
      const s = analysisView(loadEntry(e));
      for (const method of methods)
        for (const preset of presets) {
          let t: Turn[];
          try {
            t = turns(s.values, { method }, preset);
          } catch {
            continue;
          } // too short for the preset
          dates++;
          for (let k = 1; k < t.length; k++) {
            expect(t[k].type).not.toBe(t[k - 1].type);
            const move = t[k].type === "peak" ? t[k].value - t[k - 1].value : t[k - 1].value - t[k].value;
            if (!(move > 0))
              wrong.push(
                `${e.id}${e.vintage ? "@" + e.vintage : ""} ${method} ${preset}: ${formatMonth(s.start + t[k - 1].index)} → ${formatMonth(s.start + t[k].index)}`,
              );
          }
        }
    }
    expect(dates).toBeGreaterThan(400);
    expect(wrong).toEqual([]);
  });
});

describe("issue 22: every BBQ turn the extreme of its phases", () => {
  it(`on every shipped series and vintage, monthly and inventory presets (${entries.length} series and vintages)`, () => {
    let dates = 0;
    const broken: string[] = [];
    for (const e of entries) {
      const s = analysisView(loadEntry(e));
      for (const preset of presets) {
        let t: Turn[];
        try {
          t = turns(s.values, { method: "bbq" }, preset);
        } catch {
          continue;
        }
        dates++;
        for (const b of turnExtremeBreaks(s.values, t, { method: "bbq" }, preset)) {
          if (b.forbiddenBy.length === 0)
            broken.push(
              `${e.id}${e.vintage ? "@" + e.vintage : ""} ${preset}: ${b.turn.type} ${formatMonth(s.start + b.turn.index)} beaten by ${formatMonth(s.start + b.better.index)}`,
            );
        }
      }
    }
    expect(dates).toBeGreaterThan(200);
    expect(broken).toEqual([]);
  });

  it("cn.exports_yoy (BBQ monthly): peak 2003-12 (50.7), not 2004-06 (46.5) between the same troughs", () => {
    const t = dated("cn.exports_yoy", "bbq", "monthly");
    expect(t).toContain("p2003-12");
    expect(t).not.toContain("p2004-06");
  });

  it("cn.pmi (BBQ monthly): trough 2011-11 (49.0), not 2012-08 (49.2) between the same peaks", () => {
    const t = dated("cn.pmi", "bbq", "monthly");
    expect(t).toContain("t2011-11");
    expect(t).not.toContain("t2012-08");
  });
});

describe("the shipped cases of issue 9", () => {
  it("us.indpro: no 2003-02 peak at 91.3 followed by a 2005-09 trough at 95.3 (a phase that ran the wrong way)", () => {
    for (const preset of presets) {
      const t = dated("us.indpro", "bbq", preset);
      expect(t).not.toContain("p2003-02");
      expect(t).not.toContain("t2005-09");
    }
  });

  it("cn.pmi (BBQ, window 5, censor 6, minPhase 5, minCycle 15): the 2023-02 peak (52.6) is kept, not the lower 2024-03 (50.8)", () => {
    const t = dated("cn.pmi", "bbq", "monthly");
    expect(t).toContain("p2023-02");
    expect(t).not.toContain("p2024-03");
  });

  it("cn.imports_yoy (same parameters): trough 2012-01 (−15.2, the lowest between its peaks) and peak 2013-01 (29.6); the higher 2012-02 (40.0) is forbidden by minPhase, one month after the trough", () => {
    const t = dated("cn.imports_yoy", "bbq", "monthly");
    expect(t).toEqual(expect.arrayContaining(["p2010-01", "t2012-01", "p2013-01", "t2015-02"]));
    const s = analysisView(loadSeries("cn.imports_yoy"));
    const breaks = turnExtremeBreaks(
      s.values,
      turns(s.values, { method: "bbq" }, "monthly"),
      { method: "bbq" },
      "monthly",
    ).map(
      (b) => `${formatMonth(s.start + b.turn.index)} ${formatMonth(s.start + b.better.index)} ${b.forbiddenBy.join()}`,
    );
    expect(breaks).toContain("2013-01 2012-02 minPhase");
  });
});
