/**
 * The installed `kitchin` bin runs the esbuild bundle: plain JavaScript with no tsx at
 * run time, heavy libraries loaded only by the paths that need them, and the same bytes out as the
 * TypeScript sources for the main commands on the shipped data.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { run, tmpPath } from "./helpers.ts";

const bin = fileURLToPath(new URL("../bin/kitchin.mjs", import.meta.url));
const dist = (f: string) => fileURLToPath(new URL(`../dist/${f}`, import.meta.url));
const viaBin = (...argv: string[]) =>
  spawnSync(process.execPath, [bin, ...argv], { encoding: "utf8", maxBuffer: 1 << 26 });
/**
 * What each file may load lazily: the CLI, its heavy libraries; vega's own bundles, node-canvas (optional, as
 * unbundled).
 */
const LAZY: Record<string, string[]> = {
  "kitchin.mjs": ["danfojs-node", "exceljs", "@e965/xlsx", "./vega.mjs", "./vega-lite.mjs"],
  "scoreWorker.mjs": [],
  "sweepWorker.mjs": [],
  "vega.mjs": ["canvas"],
  "vega-lite.mjs": ["canvas"],
};

describe("the kitchin bin runs the bundle", () => {
  it("imports only Node built-ins up front; heavy libraries only through import() (vega and vega-lite from their own bundles); never tsx", () => {
    expect(viaBin("--version").stdout).toBe("kitchin 0.1.0\n"); // builds the bundle if it is stale
    for (const f of Object.keys(LAZY)) {
      const js = readFileSync(dist(f), "utf8");
      const statics = [...js.matchAll(/^import\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["']/gm)].map((m) => m[1]);
      const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
      expect(
        statics.filter((s) => !builtins.has(s)),
        f,
      ).toEqual([]);
      const dynamic = [...js.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      expect(
        dynamic.filter((s) => !LAZY[f].includes(s)),
        f,
      ).toEqual([]);
      expect(js).not.toMatch(/["']tsx(\/[^"']*)?["']/);
    }
  });

  it("writes the same bytes as the sources for overview, score, backtest and sweep on the shipped data", async () => {
    const cases: string[][] = [
      ["overview", "--format", "json", "--report", tmpPath("bundle-report.html")],
      ["overview", "--dataset", "us", "--no-report"],
      ["score", "--dataset", "cn", "--format", "json"],
      ["score", "--dataset", "us", "--format", "csv", "--threads", "2"],
      ["backtest", "--dataset", "cn", "--format", "json"],
      ["sweep", "--dataset", "us", "--format", "json", "--threads", "2"],
    ];
    const mask = (s: string) =>
      s.replace(/"seconds": [\d.]+/g, '"seconds": 0').replace(/"threads": \d+/g, '"threads": 0');
    let binReport = "";
    for (const argv of cases) {
      const b = viaBin(...argv);
      if (argv.includes("--report")) binReport = readFileSync(tmpPath("bundle-report.html"), "utf8");
      const s = await run(...argv); // writes the same report path, from the sources
      if (argv.includes("--report")) {
        // The report's charts: vega from its own bundle (bin) and from node_modules (sources), the same bytes.
        expect(binReport).toMatch(/<svg/i);
        expect(readFileSync(tmpPath("bundle-report.html"), "utf8")).toBe(binReport);
      }
      expect(b.status, `${argv.join(" ")}: ${b.stderr}`).toBe(s.code);
      expect(mask(b.stdout), argv.join(" ")).toBe(mask(s.out));
      expect(b.stderr).toBe(s.err);
    }
    expect(binReport).not.toBe("");
  }, 120000);
});
