/**
 * The turning-point rules on every shipped series (issue 9): what the faces date on the data we
 * ship. Both methods, the `monthly` and `inventory` presets, every series and vintage long enough.
 */
import { formatMonth, turns, type Turn, type TurnMethod, type TurnPreset } from "@kitchin/core";
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
      for (const method of methods) for (const preset of presets) {
        let t: Turn[];
        try { t = turns(s.values, { method }, preset); } catch { continue; } // too short for the preset
        dates++;
        for (let k = 1; k < t.length; k++) {
          expect(t[k].type).not.toBe(t[k - 1].type);
          const move = t[k].type === "peak" ? t[k].value - t[k - 1].value : t[k - 1].value - t[k].value;
          if (!(move > 0)) wrong.push(`${e.id}${e.vintage ? "@" + e.vintage : ""} ${method} ${preset}: ${formatMonth(s.start + t[k - 1].index)} → ${formatMonth(s.start + t[k].index)}`);
        }
      }
    }
    expect(dates).toBeGreaterThan(400);
    expect(wrong).toEqual([]);
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

  it("cn.imports_yoy (same parameters): the 2013-01 peak (29.6) is no longer kept while the higher 2012-02 (40.0) goes", () => {
    const t = dated("cn.imports_yoy", "bbq", "monthly");
    expect(t).not.toContain("p2013-01");
  });
});
