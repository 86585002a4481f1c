/**
 * `report --dataset` and `overview` run the main job on the same window (shipped data: 2011-01 on,
 * note 004's): the report's headline carries the same out-of-sample figures as overview's.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runEnv, tmpPath } from "./helpers.ts";

const today = { KITCHIN_TODAY: "2026-11" };
const pct1 = (x: number) => `${(x * 100).toFixed(1)}%`;

describe("report and overview share the main job's window", () => {
  it.each(["cn", "us"])(
    "%s: the report's headline equals overview's",
    async (region) => {
      const ov = await runEnv(today, "overview", "--dataset", region, "--format", "json");
      const h = JSON.parse(ov.out).mainJob.headline;
      const out = tmpPath(`window-${region}.html`);
      const r = await runEnv(
        today,
        "report",
        "--dataset",
        region,
        "--out",
        out,
        "--permutations",
        "0",
        "--bootstrap",
        "0",
      );
      expect(r.code).toBe(0);
      const line = /Headline: [^<]*/.exec(readFileSync(out, "utf8"))![0];
      expect(line).toContain(`earned ${pct1(h.rotation.cagr)} a year out of sample ${h.from}..${h.to}`);
      for (const b of h.benchmarks) expect(line).toContain(pct1(b.metrics.cagr));
      // --from still moves the report's window
      const moved = tmpPath(`window-${region}-2005.html`);
      await runEnv(
        today,
        "report",
        "--dataset",
        region,
        "--from",
        "2005-01",
        "--out",
        moved,
        "--permutations",
        "0",
        "--bootstrap",
        "0",
      );
      expect(/Headline: [^<]*/.exec(readFileSync(moved, "utf8"))![0]).not.toBe(line);
    },
    60_000,
  );
});
