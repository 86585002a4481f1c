import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { mainJobExtras } from "../src/mainJob.ts";
import type { Io } from "../src/context.ts";
import { tmpPath } from "./helpers.ts";

describe("the backtest half of the main job (for kitchin overview)", () => {
  it("scores, the rotation backtest and the report on the shipped China data, in a few seconds", async () => {
    let out = "";
    const io: Io = { out: (t) => { out += t; }, err: () => {}, isTTY: false, env: {} };
    const report = tmpPath("main-job.html");
    const t0 = Date.now();
    const j = await mainJobExtras("cn", io, { report });
    expect(Date.now() - t0).toBeLessThan(20000);
    expect(existsSync(report)).toBe(true);
    expect(j.phaseNow.knownAt).toMatch(/^\d{4}-\d{2}$/);
    expect(j.backtest.map((m) => m.strategy)).toEqual(["topk:1", "clock", "equal-weight", "hold:cn.csi300"]);
    expect(j.backtest.every((m) => m.stamp === null)).toBe(true);
    if (j.phaseNow.id) {
      expect(j.classesNow.map((r) => r.asset).sort()).toEqual(["cn.cgb10y_tr", "cn.csi300", "cn.nanhua"]);
      expect(j.topNow.length).toBeGreaterThan(0);
      expect(j.topNow.every((r) => r.asset.startsWith("cn.fut."))).toBe(true);
    }
    expect(out).toMatch(/Rotation backtest 2011-01\.\./);
    expect(out).toMatch(/Report: .*main-job\.html/);
  }, 60000);
});
