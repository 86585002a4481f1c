/**
 * The decompose, sectors and sweep jobs on small inputs: one happy path each, checked against
 * arithmetic done here (the decomposition's identity, the panel's counts, the grid's size), and one
 * refusal each, a keyed message.
 */
import { describe, expect, it } from "vitest";
import { KitchinError, type Message, PHASE_IDS, monthIndex, sectorPanel } from "@kitchin/core";
import { computeDecomposition, DECOMPOSE_DEFAULTS } from "../../node/jobs/decompose.ts";
import { sectorInputsFromFile, summariseSectors } from "../../node/jobs/sectors.ts";
import { sweepJob } from "../../node/jobs/sweep.ts";
import { specContext } from "../../node/readers/seriesSpecs.ts";
import { expectUsage } from "../helpers.ts";
import { tmpFile } from "./helpers.ts";

async function expectUsageAsync(p: Promise<unknown>, key: string) {
  let caught: unknown;
  await p.catch((e) => (caught = e));
  expectUsage(() => {
    if (caught) throw caught;
  }, key);
}

describe("computeDecomposition", () => {
  it("China's default terms add up: explained = value added + price + ratio, residual = inventory − explained", async () => {
    const ctx = await specContext();
    const d = computeDecomposition(
      { ...DECOMPOSE_DEFAULTS.cn, from: monthIndex(2012, 1), to: monthIndex(2018, 12) },
      ctx,
    );
    expect(d.form).toBe("additive");
    expect(d.rows.length).toBeGreaterThan(24);
    expect(d.rows[0].month >= "2012-01" && d.rows.at(-1)!.month <= "2018-12").toBe(true);
    for (const r of d.rows) {
      expect(r.explained).toBeCloseTo(r.valueAdded + r.price + r.ratio, 9);
      expect(r.residual).toBeCloseTo(r.inventory - r.explained, 9);
    }
    const meanRes = d.rows.reduce((s, r) => s + r.residual, 0) / d.rows.length;
    expect(d.summary.mean.residual).toBeCloseTo(meanRes, 9);
    expect(d.summary.months).toBe(d.rows.length);
    expect(d.series.sales).toBe("cn.revenue_yoy");
  });

  it("neither a ratio nor sales, or both, is refused", async () => {
    const ctx = await specContext();
    const { sales: _s, ...noSales } = DECOMPOSE_DEFAULTS.cn;
    expectUsage(() => computeDecomposition(noSales, ctx), "decomposeRatioOrSales");
    expectUsage(() => computeDecomposition({ ...DECOMPOSE_DEFAULTS.cn, ratio: "cn.ppi_yoy" }, ctx), "eitherNotBoth");
  });
});

/** Three industries, 60 months: A and B cycle together, C against them; C has no sales. */
function longTable(): string {
  const rows = ["sector,month,inventory,sales"];
  for (const [name, shift, sales] of [
    ["A", 0, true],
    ["B", 1, true],
    ["C", 20, false],
  ] as const) {
    for (let t = 0; t < 60; t++) {
      const m = `${2015 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`;
      const inv = 100 + 10 * Math.sin((2 * Math.PI * (t + shift)) / 40) + t * 0.1;
      const sal = 100 + 10 * Math.sin((2 * Math.PI * (t + shift + 8)) / 40) + t * 0.1;
      rows.push(`${name},${m},${inv.toFixed(3)},${sales ? sal.toFixed(3) : ""}`);
    }
  }
  return tmpFile("sectors-long.csv", `${rows.join("\n")}\n`);
}

describe("sectors", () => {
  it("a long table read into industries; the summary's counts are the panel's last month", async () => {
    const inputs = await sectorInputsFromFile(longTable());
    expect(inputs.map((s) => s.name)).toEqual(["A", "B", "C"]);
    const p = sectorPanel(inputs, { mode: "ex-post" });
    const s = summariseSectors(p, "level");
    expect(s.industries).toBe(3);
    expect(s.sectors.map((x) => x.name)).toEqual(["A", "B", "C"]);
    const counted = PHASE_IDS.reduce((n, id) => n + s.summary.counts[id], 0);
    expect(counted + s.summary.unknownPhase).toBe(3);
    // by hand from the sectors' own rows: how many show each phase in the last month
    for (const id of PHASE_IDS) {
      const here = s.sectors.filter((x) => x.phase === id && x.lastMonth === s.at).length;
      expect(s.summary.counts[id]).toBe(here);
    }
    if (s.summary.knownState) expect(s.summary.restockingShare).toBe(s.summary.restocking / s.summary.knownState);
    expect(s.months).toHaveLength(p.length);
    expect(s.notes.map((n) => (n as Message).key)).toContain("sectorsExPost");
  });

  it("a sales file beside a long table is refused; a wide sales file without the industry is an error naming it", async () => {
    await expectUsageAsync(sectorInputsFromFile(longTable(), { salesFile: longTable() }), "salesFileLong");
    const inv = tmpFile("wide-inv.csv", "date,X,Y\n2020-01,1,2\n2020-02,2,3\n2020-03,3,4\n");
    const sal = tmpFile("wide-sales.csv", "date,X\n2020-01,1\n2020-02,2\n2020-03,3\n");
    const e = await sectorInputsFromFile(inv, { salesFile: sal }).catch((x) => x);
    expect(e).toBeInstanceOf(KitchinError);
    expect((e.said as Message).key).toBe("noSalesColumn");
    expect(e.place.file).toBe(sal);
  });
});

describe("sweepJob", () => {
  it("a grid of two signal lags on cn: two configurations tried, benchmarks on the same window", async () => {
    const r = await sweepJob({
      inputs: { dataset: "cn", from: "2012-01" },
      signalLags: [0, 1],
      topK: [1],
      weighting: ["equal"],
      threads: 1,
    });
    expect(r.json.tried).toBe(2); // 1 rule × 2 lags × 1 top-k × 1 weighting × 1 cost × 1 schedule
    expect(r.rows).toHaveLength(2);
    expect(r.json.grid.lags).toEqual([0, 1]);
    expect(r.json.window.from).toBe("2012-01");
    expect(r.json.benchmarks.map((b) => b.strategy)).toEqual(["equal-weight", "hold:cn.csi300"]);
    expect(r.json.stamp).toBeNull(); // as-of phases: no future information
    const ranked = r.json.rows.map((x) => x.sharpe);
    expect(ranked[0]).toBeGreaterThanOrEqual(ranked[1]);
  }, 120_000);

  it("minimum phases with as-of phases, or more assets held than the panel has, are refused", async () => {
    await expectUsageAsync(sweepJob({ inputs: { dataset: "cn" }, minPhase: [6], threads: 1 }), "sweepMinPhase");
    await expectUsageAsync(sweepJob({ inputs: { dataset: "cn" }, topK: [99], threads: 1 }), "sweepTopK");
  });
});
