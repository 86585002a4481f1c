import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { runOverview as mainJobExtras } from "../src/format/overview.ts";
import type { Io } from "../src/context.ts";
import { run, tmpPath } from "./helpers.ts";
import { backtestInputs } from "@kitchin/jobs/node";
import { runSpecs } from "@kitchin/jobs/node";

/** Monthly returns of `spec` from `kitchin backtest --format csv` (a separate command path), by month. */
async function returnsOf(spec: string): Promise<Map<string, number>> {
  const r = await run("backtest", "--dataset", "cn", "--from", "2011-01", "--strategy", spec, "--format", "csv");
  const [head, ...lines] = r.out.trim().split("\n");
  const col = head.split(",").indexOf(spec);
  return new Map(
    lines.map((l) => {
      const c = l.split(",");
      return [c[0], Number(c[col])];
    }),
  );
}
const cagrOf = (rs: number[]) => rs.reduce((w, r) => w * (1 + r), 1) ** (12 / rs.length) - 1;

describe("the backtest half of the main job (for kitchin overview)", () => {
  it("scores, the rotation backtest and the report on the shipped China data, in a few seconds", async () => {
    let out = "";
    const io: Io = {
      out: (t) => {
        out += t;
      },
      err: () => {},
      isTTY: false,
      env: {},
    };
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

  it("leads with the walk-forward headline, which the returns of the chosen strategies reproduce, beside the benchmarks over the same months", async () => {
    let out = "";
    const io: Io = {
      out: (t) => {
        out += t;
      },
      err: () => {},
      isTTY: false,
      env: {},
    };
    const j = await mainJobExtras("cn", io, { report: null });
    const h = j.headline!;
    expect(h.candidates).toEqual(["topk:1", "topk:2", "topk:3", "clock"]);
    expect(h.folds.length).toBeGreaterThan(5);
    // the stitched out-of-sample months, rebuilt from each fold's chosen strategy's own returns
    const by = new Map<string, Map<string, number>>();
    for (const c of h.candidates) by.set(c, await returnsOf(c));
    const months = [...by.get("topk:1")!.keys()];
    // A fold that switched candidates starts with the trade from the old choice's holdings to the
    // new choice's weights, at the same 10 bps: rebuilt here from the runs' weights.
    const inp = await backtestInputs({ dataset: "cn", from: "2011-01" }, { defaultMode: "as-of", assets: "classes" });
    const runs = runSpecs(inp, h.candidates).results;
    const res = (name: string) => runs.find((r) => r.name === name)!;
    const oos: number[] = [];
    let switches = 0;
    h.folds.forEach((f, k) => {
      for (const m of months) {
        if (m < f.testFrom || m > f.testTo) continue;
        const own = by.get(f.chosen)!.get(m)!;
        const prev = k > 0 ? h.folds[k - 1].chosen : f.chosen;
        if (m !== f.testFrom || prev === f.chosen) {
          oos.push(own);
          continue;
        }
        switches++;
        const r = res(f.chosen),
          was = res(prev),
          T = r.months,
          t = f.testStart,
          d = t - 1;
        let trade = 0;
        for (let a = 0; a < r.assets.length; a++)
          trade += Math.abs((r.weights[a * T + d] || 0) - (was.held[a * T + d] || 0));
        expect(trade).toBeCloseTo(f.switchTurnover, 12);
        expect(r.returns[t]).toBeCloseTo(own, 12);
        oos.push(r.gross[t] - 0.001 * trade);
      }
    });
    expect(switches).toBe(h.switches);
    expect(h.rotation.cagr).toBeCloseTo(cagrOf(oos), 10);
    // equal weight over exactly those months
    const eq = (await run("backtest", "--dataset", "cn", "--from", "2011-01", "--format", "csv")).out
      .trim()
      .split("\n");
    const col = eq[0].split(",").indexOf("equal-weight");
    const eqr = eq
      .slice(1)
      .map((l) => l.split(","))
      .filter((c) => c[0] >= h.from && c[0] <= h.to)
      .map((c) => Number(c[col]));
    expect(eqr.length).toBe(oos.length);
    expect(h.benchmarks.find((b) => b.name === "equal-weight")!.metrics.cagr).toBeCloseTo(cagrOf(eqr), 10);
    expect(h.trails).toEqual(h.benchmarks.filter((b) => b.metrics.cagr > h.rotation.cagr).map((b) => b.name));
    // printed before the rotation table, and each strategy's row says whether it trails equal weight
    expect(out.indexOf("Headline: the walk-forward rotation")).toBeGreaterThan(-1);
    expect(out.indexOf("Headline:")).toBeLessThan(out.indexOf("Rotation backtest"));
    for (const m of j.backtest.filter((x) => x.strategy !== "equal-weight")) {
      const row = out.split("\n").find((l) => l.startsWith(m.strategy + " "))!;
      const eqm = j.backtest.find((x) => x.strategy === "equal-weight")!;
      expect(row.includes("▼ trails"), row).toBe(m.cagr < eqm.cagr);
    }
  }, 60000);
});
