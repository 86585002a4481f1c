/**
 * Typed requests → jobs, on the shipped data: the cycle analysis of a region is the core's
 * `analyseCycle` on the same shipped series (loaded here through @kitchin/datasets, not the readers
 * stage) with the same options; the call's analysis is its outlook's and the same again; the
 * overview job on `cn` has its headline, backtest and scores, and takes "now" from the request when
 * given; the report's extras are null for the user's own data and hold the US contributions.
 */
import { describe, expect, it } from "vitest";
import { PHASE_IDS, analyseCycle, formatMonth, monthIndex } from "@kitchin/core";
import { REGION_DEFAULTS, analysisView, findEntry } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import type { PhaseRule } from "../../src/request.ts";
import { defaultSpecs } from "../../src/strategies.ts";
import { cycleAnalysis } from "../../node/readers/cycleInputs.ts";
import { callJob } from "../../node/jobs/call.ts";
import { overviewJob, overviewJson } from "../../node/jobs/overview.ts";
import { reportExtras } from "../../node/jobs/reportExtras.ts";
import { CONTRIB_DEFAULTS } from "../../node/jobs/contrib.ts";
import { cycleCsv, pricesCsv } from "./helpers.ts";

const rule: PhaseRule = { turns: {}, preset: "inventory", demandPreset: "monthly", reversal: {} };
const TODAY = monthIndex(2026, 1);

/** The core's analysis of a region's default series, read straight from the shipped files. */
function coreAnalysis(region: "cn" | "us", o: { cutoff?: number; reversal?: PhaseRule["reversal"] } = {}) {
  const { demand, inventory } = REGION_DEFAULTS[region];
  return analyseCycle(analysisView(loadSeries(demand)), analysisView(loadSeries(inventory)), {
    preset: "inventory",
    demandPreset: "monthly",
    turns: {},
    reversal: o.reversal ?? {},
    demandLag: findEntry(demand)!.lag,
    inventoryLag: findEntry(inventory)!.lag,
    cutoff: o.cutoff,
  });
}

describe("cycleAnalysis on a shipped region", () => {
  it("equals the core's analyseCycle on the same series and options", async () => {
    const r = await cycleAnalysis({ dataset: "cn", rule }, TODAY);
    const want = coreAnalysis("cn");
    expect(r.a.asOf).toBe(want.asOf);
    expect(r.a.history).toEqual(want.history);
    expect(r.a.realtime).toEqual(want.realtime);
    expect(r.a.cycles).toEqual(want.cycles);
    expect(r.a.now).toEqual(want.now);
    expect(r.revenue.name).toBe(REGION_DEFAULTS.cn.demand);
    expect(r.inventory.name).toBe(REGION_DEFAULTS.cn.inventory);
    expect(r.ctx).toEqual({
      today: TODAY,
      names: { revenue: REGION_DEFAULTS.cn.demand, inventory: REGION_DEFAULTS.cn.inventory },
    });
  });

  it("a cut-off and a reversal rule reach the core (and change the answer)", async () => {
    const cutoff = monthIndex(2015, 6);
    const r = await cycleAnalysis({ dataset: "us", rule: { ...rule, reversal: { confirm: 3 } }, cutoff }, TODAY);
    const want = coreAnalysis("us", { cutoff, reversal: { confirm: 3 } });
    expect(r.a.asOf).toBe(want.asOf);
    expect(r.a.asOf).toBeLessThanOrEqual(cutoff);
    expect(r.a.realtime).toEqual(want.realtime);
    expect(r.a.now).toEqual(want.now);
    expect(r.a.realtime).not.toEqual(coreAnalysis("us", { cutoff }).realtime);
  });
});

describe("callJob", () => {
  it("its analysis is its outlook's, and the cycle analysis of the same request", async () => {
    const q = { dataset: "cn", rule };
    const call = await callJob(q, TODAY);
    expect(call.a).toBe(call.outlook.analysis);
    const cycle = await cycleAnalysis(q, TODAY);
    expect(call.a.history).toEqual(cycle.a.history);
    expect(call.a.realtime).toEqual(cycle.a.realtime);
    expect(call.a.asOf).toBe(coreAnalysis("cn").asOf);
    expect(call.outlook.asOf).toBe(call.a.asOf);
    expect(call.ctx.today).toBe(TODAY);
  });
});

describe("overviewJob on cn", () => {
  // resampling off: the figures asserted here do not depend on it, and it keeps the test quick
  const job = overviewJob({ source: "cn", permutations: 0, bootstrap: 0 });

  it("runs the default strategies from 2011-01 on the shipped classes, with a headline and scores", async () => {
    const j = await job;
    expect(formatMonth(j.inputs.from)).toBe("2011-01");
    expect(j.inputs.region).toBe("cn");
    expect(j.inputs.mode).toBe("as-of");
    expect(j.scoreInputs.mode).toBe("ex-post");
    const specs = defaultSpecs("cn", j.inputs.panel.assets);
    expect(specs).toEqual(["topk:1", "clock", "equal", "hold:cn.csi300"]);
    expect(j.runs.results.map((r) => r.name)).toEqual(["topk:1", "clock", "equal-weight", "hold:cn.csi300"]);
    expect(j.runs.metrics).toHaveLength(4);
    expect(j.headline).not.toBeNull();
    expect(j.headline!.benchmarks.map((b) => b.name)).toEqual(["equal-weight", "hold:cn.csi300"]);
    // scores: every asset × phase of the score panel
    expect(j.scores.scores.length).toBe(j.scoreInputs.panel.assets.length * PHASE_IDS.length);
    expect(j.scoreInputs.panel.assets.length).toBeGreaterThan(j.inputs.panel.assets.length);
  });

  it("without q.now, now is the last as-of phase known in the window, at its last month", async () => {
    const j = await job;
    expect(j.now.month).toBe(j.inputs.to);
    expect(j.now.id).toBe(j.now.code >= 0 ? PHASE_IDS[j.now.code] : null);
    const json = overviewJson(j, null);
    expect(json.phaseNow).toEqual({ id: j.now.id, knownAt: formatMonth(j.inputs.to) });
    for (const r of json.topNow) expect(r.phase).toBe(j.now.id);
  });

  it("with q.now, the phase and month are the request's, and the best assets are of that phase", async () => {
    const j = await job;
    const other = (j.now.code + 2) % 4;
    const k = await overviewJob({
      source: "cn",
      permutations: 0,
      bootstrap: 0,
      now: { code: other, month: monthIndex(2030, 1) },
    });
    expect(k.now).toEqual({ code: other, id: PHASE_IDS[other], month: monthIndex(2030, 1) });
    expect(k.topNow.length + k.classesNow.length).toBeGreaterThan(0);
    for (const r of [...k.topNow, ...k.classesNow]) expect(r.phase).toBe(PHASE_IDS[other]);
    expect(k.runs.metrics).toEqual(j.runs.metrics); // "now" changes what is listed, not the backtest
  });

  it("report extras on cn: macro and industries, no contributions (none shipped for China)", async () => {
    const j = await job;
    const x = await reportExtras(j.inputs, j.runs, j.headline);
    expect(x.macro).not.toBeNull();
    expect(x.industries).not.toBeNull();
    expect(x.contrib).toBeNull();
    // the growth line is the headline's out-of-sample months, compounded to its CAGR
    const g = x.headlineGrowth!;
    const h = j.headline!;
    expect(formatMonth(g.start + g.first + 1)).toBe(h.from);
    expect(formatMonth(g.start + g.last)).toBe(h.to);
    let wealth = 1;
    for (let t = g.first + 1; t <= g.last; t++) if (Number.isFinite(g.returns[t])) wealth *= 1 + g.returns[t];
    const n = g.last - g.first;
    expect(n).toBe(h.months);
    expect(wealth ** (12 / n) - 1).toBeCloseTo(h.rotation.cagr, 10);
  });
}, 300_000);

describe("report extras", () => {
  it("the US: contributions of the Census sectors and imports against inventories", async () => {
    const j = await overviewJob({ source: "us", permutations: 0, bootstrap: 0 });
    const x = await reportExtras(j.inputs, j.runs, j.headline);
    expect(x.contrib).not.toBeNull();
    expect(x.contrib!.sectors.components).toEqual([...CONTRIB_DEFAULTS.us.components]);
    expect(x.contrib!.divergence).toBeTruthy();
    expect(x.macro).not.toBeNull();
  }, 300_000);

  it("the user's own data: no macro, contribution or industry section", async () => {
    const file = cycleCsv("own-extras.csv", 240);
    const prices = pricesCsv("own-extras-prices.csv", 240);
    const j = await overviewJob({
      source: { own: { file, inventory: "inv", demand: "dem", prices } },
      permutations: 0,
      bootstrap: 0,
    });
    expect(j.inputs.region).toBeNull();
    expect(j.runs.results.map((r) => r.name)).toEqual(["topk:1", "equal-weight"]);
    const x = await reportExtras(j.inputs, j.runs, j.headline);
    expect(x.macro).toBeNull();
    expect(x.contrib).toBeNull();
    expect(x.industries).toBeNull();
    expect(x.headlineGrowth === null).toBe(j.headline === null);
  }, 300_000);
});
