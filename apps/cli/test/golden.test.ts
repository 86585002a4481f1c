/**
 * Golden outputs: the faces' outputs on shipped data, byte for byte, against snapshots
 * generated from main before the thin-faces refactor. A refactor must not change a byte; a change
 * that means to change an output regenerates the snapshots from main's code
 * (`KITCHIN_UPDATE_GOLDEN=1 pnpm --filter @kitchin/cli exec vitest run test/golden`) and says so.
 * Staleness is pinned with KITCHIN_TODAY; temporary paths become <TMP>, sweep timings <S>.
 */
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runEnv, tmpPath } from "./helpers.ts";

const dir = fileURLToPath(new URL("./golden/", import.meta.url));
const update = process.env.KITCHIN_UPDATE_GOLDEN === "1";
const env = { KITCHIN_TODAY: "2026-07-15" };

/** name of the snapshot → the command line (OUT stands for a temporary output file). */
const CASES: Record<string, string[]> = {
  "overview-cn.json": ["overview", "--dataset", "cn", "--format", "json", "--report", "OUT"],
  "overview-cn.html": ["overview", "--dataset", "cn", "--format", "json", "--report", "OUT"],
  "overview-us.txt": ["overview", "--dataset", "us", "--report", "OUT"],
  "cycles-cn.json": ["cycles", "--dataset", "cn", "--format", "json"],
  "cycles-us.csv": ["cycles", "--dataset", "us", "--format", "csv"],
  "phase-cn.json": ["phase", "--dataset", "cn", "--format", "json"],
  "phase-cn-asof.csv": ["phase", "--dataset", "cn", "--mode", "as-of", "--format", "csv"],
  "phase-us-asof.json": ["phase", "--dataset", "us", "--mode", "as-of", "--format", "json"],
  "score-cn.json": ["score", "--dataset", "cn", "--format", "json"],
  "score-us.csv": ["score", "--dataset", "us", "--format", "csv"],
  "backtest-cn.json": ["backtest", "--dataset", "cn", "--format", "json"],
  "backtest-us.csv": ["backtest", "--dataset", "us", "--format", "csv"],
  "sweep-cn.json": ["sweep", "--dataset", "cn", "--format", "json"],
  "lead-cn.json": ["lead", "--dataset", "cn", "--format", "json"],
  "lead-us.csv": ["lead", "--dataset", "us", "--format", "csv"],
  "sync.json": ["sync", "--a", "cn", "--b", "us", "--format", "json"],
  "sync.csv": ["sync", "--a", "cn", "--b", "us", "--format", "csv"],
  "report-cn.html": ["report", "--dataset", "cn", "--out", "OUT"],
  "report-us.html": ["report", "--dataset", "us", "--out", "OUT"],
};

const TMP = tmpPath("").replace(/\/$/, "");
/** Temporary paths and wall-clock timings are the only parts of an output that may differ between runs. */
const neutral = (t: string) =>
  t
    .split(TMP)
    .join("<TMP>")
    .replace(/"seconds": [0-9.e-]+/g, '"seconds": <S>');

describe("golden outputs on shipped data (byte-identical across the refactor)", () => {
  for (const [name, argv] of Object.entries(CASES)) {
    it(name, async () => {
      const out = tmpPath(`golden-${name}.html`);
      const r = await runEnv(env, ...argv.map((a) => (a === "OUT" ? out : a)));
      expect(r.code, r.err).toBe(0);
      const text = neutral(name.endsWith(".html") ? readFileSync(out, "utf8") : r.out);
      const file = dir + name;
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, text);
        return;
      }
      expect(existsSync(file), `missing snapshot ${name}; generate it from main`).toBe(true);
      const want = readFileSync(file, "utf8");
      // compare lengths first for a short message, then the text itself
      expect(text.length).toBe(want.length);
      expect(text === want, `${name} differs from its snapshot`).toBe(true);
    });
  }
});
