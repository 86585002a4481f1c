/**
 * The option examples that Excel shows in the function descriptions (English and Chinese) are
 * accepted by the parser of their function — a stale example would teach users an error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BACKTEST_OPTIONS,
  CONTRIB_OPTIONS,
  CYCLE_OPTIONS,
  DECOMPOSE_OPTIONS,
  LEAD_OPTIONS,
  OUTLOOK_OPTIONS,
  PHASE_OPTIONS,
  SCORE_OPTIONS,
  SECTORS_OPTIONS,
  STATE_OPTIONS,
  SYNC_OPTIONS,
  TURNS_OPTIONS,
  parseOptions,
  type OptionSpec,
} from "../src/options.ts";
import { DIST } from "./harness.ts";
import { requiredAfterOptional } from "../scripts/metadataRules.ts";

const SPECS: Record<string, OptionSpec> = {
  PHASE: PHASE_OPTIONS,
  STATE: STATE_OPTIONS,
  TURNS: TURNS_OPTIONS,
  CYCLES: CYCLE_OPTIONS,
  SCORE: SCORE_OPTIONS,
  BACKTEST: BACKTEST_OPTIONS,
  LEAD: LEAD_OPTIONS,
  SYNC: SYNC_OPTIONS,
  SECTORS: SECTORS_OPTIONS,
  DECOMPOSE: DECOMPOSE_OPTIONS,
  CONTRIB: CONTRIB_OPTIONS,
  OUTLOOK: OUTLOOK_OPTIONS,
};

type Meta = { functions: { id: string; parameters: { name: string; description?: string }[] }[] };

describe("option examples in functions.json and functions.zh-CN.json", () => {
  for (const file of ["functions.json", "functions.zh-CN.json"]) {
    it(`${file}: every quoted example parses`, () => {
      const meta = JSON.parse(readFileSync(join(DIST, file), "utf8")) as Meta;
      let checked = 0;
      for (const f of meta.functions) {
        const p = f.parameters.find((x) => x.name === "options");
        if (!p) continue;
        expect(SPECS[f.id], `${f.id} has an options parameter but no spec in this test`).toBeDefined();
        const examples = [...(p.description ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);
        expect(examples.length, `${f.id}: no example`).toBeGreaterThan(0);
        for (const e of examples) {
          expect(() => parseOptions(e, SPECS[f.id]), `${f.id}: "${e}"`).not.toThrow();
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(9);
    });
  }
});

/**
 * One argument order for every cycle function (0.2.0): dates, demand, inventory, then the function's
 * other inputs, options last; no required parameter after an optional one (Excel would not load the
 * add-in: office-js #1749 — the generator does not check it, the build does).
 */
describe("argument order in functions.json", () => {
  type Param = { name: string; optional?: boolean; repeating?: boolean };
  const meta = () =>
    JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string; parameters: Param[] }[];
    };
  const names = (id: string) =>
    meta()
      .functions.find((f) => f.id === id)!
      .parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));

  it("every function that takes demand or inventory takes dates, demand, inventory in that order, options last", () => {
    expect(names("PHASE")).toEqual(["dates", "demand", "inventory", "[options]"]);
    expect(names("CYCLES")).toEqual(["dates", "demand", "inventory", "[options]"]);
    expect(names("OUTLOOK")).toEqual(["dates", "demand", "inventory", "[deflator]", "[options]"]);
    for (const f of meta().functions) {
      const ps = f.parameters.map((p) => p.name);
      expect(ps, f.id).not.toContain("revenue");
      if (ps.includes("demand")) expect(ps.indexOf("demand"), f.id).toBeLessThan(ps.indexOf("inventory"));
      if (ps.includes("options")) expect(ps.indexOf("options"), f.id).toBe(ps.length - 1);
      if (ps.includes("dates")) expect(ps.indexOf("dates"), f.id).toBe(0);
    }
  });

  it("no required parameter follows an optional one; the rule catches one that does", () => {
    expect(requiredAfterOptional(meta().functions)).toEqual([]);
    expect(
      requiredAfterOptional([
        { id: "CYCLES", parameters: [{ name: "dates" }, { name: "demand", optional: true }, { name: "inventory" }] },
      ]),
    ).toEqual(["CYCLES([demand], inventory)"]);
  });
});
