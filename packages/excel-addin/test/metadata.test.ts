/**
 * The option examples that Excel shows in the function descriptions (English and Chinese) are
 * accepted by the parser of their function — a stale example would teach users an error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BACKTEST_OPTIONS, CONTRIB_OPTIONS, CYCLE_OPTIONS, DECOMPOSE_OPTIONS, LEAD_OPTIONS, OUTLOOK_OPTIONS, PHASE_OPTIONS, SCORE_OPTIONS, SECTORS_OPTIONS, STATE_OPTIONS, SYNC_OPTIONS, TURNS_OPTIONS, parseOptions, type OptionSpec,
} from "../src/options.ts";
import { DIST } from "./harness.ts";

const SPECS: Record<string, OptionSpec> = {
  PHASE: PHASE_OPTIONS, STATE: STATE_OPTIONS, TURNS: TURNS_OPTIONS, CYCLES: CYCLE_OPTIONS, SCORE: SCORE_OPTIONS, BACKTEST: BACKTEST_OPTIONS,
  LEAD: LEAD_OPTIONS, SYNC: SYNC_OPTIONS, SECTORS: SECTORS_OPTIONS, DECOMPOSE: DECOMPOSE_OPTIONS,
  CONTRIB: CONTRIB_OPTIONS, OUTLOOK: OUTLOOK_OPTIONS,
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
