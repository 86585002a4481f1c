/**
 * `kitchin sectors --dataset us|cn` and `--pairs` on the shipped industry panels: the JSON
 * contract, shares adding to 1, each industry's phase equal to the core's phase path of that
 * industry alone, groups and positions, real inventories, the language, and bad input.
 */
import { describe, expect, it } from "vitest";
import { asOfPhases, parseMonth, yoy, type Series } from "@kitchin/core";
import { loadIndustryPanel } from "@kitchin/datasets/node";
import { run, runJson } from "./helpers.ts";

const yoySeries = (s: Series): Series => ({ start: s.start, values: yoy(s.values, 12) });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("kitchin sectors --dataset us|cn (issue 25)", () => {
  it("us --at 2024-01: the JSON contract — 19 wholesale and 7 retail industries with phases, weights and shares adding to 1", async () => {
    const d = await runJson("sectors", "--dataset", "us", "--at", "2024-01");
    expect(d.at).toBe("2024-01");
    expect(d.groups.map((g: any) => g.group)).toEqual(["manufacturing", "wholesale", "retail"]);
    const w = d.groups.find((g: any) => g.group === "wholesale"),
      r = d.groups.find((g: any) => g.group === "retail");
    expect(w.industries).toHaveLength(19);
    expect(r.industries).toHaveLength(7);
    for (const g of [w, r]) {
      expect(g.month).toBe("2024-01");
      expect(g.basis).toBe("phase");
      for (const x of g.industries) {
        expect(["passive-destock", "active-restock", "passive-restock", "active-destock", "unknown"]).toContain(
          x.phase,
        );
        expect(typeof x.id).toBe("string");
        expect(typeof x.name).toBe("string");
        expect(x.weight).toBeGreaterThan(0);
      }
      expect(sum(g.industries.map((x: any) => x.weight))).toBeCloseTo(1, 12);
      expect(sum(Object.values(g.shares) as number[])).toBeCloseTo(1, 12);
      expect(sum(Object.values(g.counts) as number[])).toBe(g.industries.length);
      // shares are the weights of the industries in each phase
      for (const [phase, share] of Object.entries(g.shares)) {
        expect(share).toBeCloseTo(
          sum(g.industries.filter((x: any) => x.phase === phase).map((x: any) => x.weight)),
          12,
        );
      }
    }
    const m = d.groups.find((g: any) => g.group === "manufacturing");
    expect(m.basis).toBe("inventory");
    expect(m.industries[0].phase).toBe("unknown");
    expect(["restocking", "destocking"]).toContain(m.industries[0].inventoryState);
    expect(d.notes.join(" ")).toMatch(/manufacturing: no sales in the data — inventory state only/);
  });

  it("each US industry's phase at 2024-01 equals the core's as-of phase path of that industry alone", async () => {
    const d = await runJson("sectors", "--dataset", "us", "--at", "2024-01");
    const panel = loadIndustryPanel("us");
    const at = parseMonth("2024-01");
    let checked = 0;
    for (const g of d.groups) {
      for (const x of g.industries) {
        const src = panel.industries.find((i) => i.id === x.id)!;
        if (!src.sales) continue;
        const cut = (s: { start: number; values: Float64Array }) => ({
          start: s.start,
          values: s.values.slice(0, at - s.start + 1),
        });
        const alone = asOfPhases(yoySeries(cut(src.sales)), yoySeries(cut(src.inventory)));
        const code = alone.codes[at - alone.start];
        expect(x.phase, x.id).toBe(
          ["passive-destock", "active-restock", "passive-restock", "active-destock"][code] ?? "unknown",
        );
        checked++;
      }
    }
    expect(checked).toBe(26);
  });

  it("cn --at 2023-09 lists 31 industries, real inventories, inventory state only", async () => {
    const d = await runJson("sectors", "--dataset", "cn", "--at", "2023-09");
    const all = d.groups.flatMap((g: any) => g.industries);
    expect(all).toHaveLength(31);
    expect(d.groups.map((g: any) => [g.group, g.industries.length])).toEqual([
      ["mining", 5],
      ["manufacturing", 24],
      ["utilities", 2],
    ]);
    for (const x of all) {
      expect(x.basis).toBe("inventory");
      expect(x.real).toBe(true);
      expect(x.phase).toBe("unknown");
    }
    expect(all.filter((x: any) => x.inventoryState !== "unknown").length).toBeGreaterThan(25);
    expect(d.notes.join(" ")).toMatch(/deflated by each industry's PPI/);
    const nominal = await runJson("sectors", "--dataset", "cn", "--at", "2023-09", "--nominal");
    expect(nominal.groups.flatMap((g: any) => g.industries).every((x: any) => x.real === false)).toBe(true);
    // same weights (nominal levels) either way
    expect(nominal.groups[1].industries.map((x: any) => x.weight)).toEqual(
      d.groups[1].industries.map((x: any) => x.weight),
    );
  });

  it("a month after a group's data reads the group at its last month and says so", async () => {
    const d = await runJson("sectors", "--dataset", "cn", "--at", "2024-01");
    expect(d.groups[0].month).toBe("2023-09");
    expect(d.notes.join(" ")).toMatch(/mining: data end 2023-09, read there \(not 2024-01\)/);
  });

  it("--group takes a group id or a position; breadth over time with --history", async () => {
    const w = await runJson("sectors", "--dataset", "us", "--group", "wholesale", "--at", "2024-01");
    expect(w.groups).toHaveLength(1);
    expect(w.groups[0].industries).toHaveLength(19);
    const up = await runJson("sectors", "--dataset", "cn", "--group", "upstream");
    expect(up.groups).toHaveLength(1);
    expect(up.groups[0].industries.every((x: any) => x.position === "upstream")).toBe(true);
    const b = w.groups[0].breadth;
    expect(b[b.length - 1].month).toBe("2024-01");
    for (const m of b) {
      expect(m.restocking).toBeLessThanOrEqual(m.known);
      if (m.share !== null) expect(m.share).toBeGreaterThanOrEqual(0);
    }
    const last = b[b.length - 1];
    expect(last.restocking).toBe(w.groups[0].states.counts.restocking);
    expect(last.share).toBeCloseTo(w.groups[0].states.shares.restocking / (1 - w.groups[0].states.shares.unknown), 12);
    const csv = await run("sectors", "--dataset", "us", "--group", "retail", "--history", "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.out.split("\n")[0]).toBe("group,month,restocking,known,w_restocking,active_restocking");
  });

  it("--lang zh prints Chinese names and labels", async () => {
    const r = await run("sectors", "--dataset", "us", "--group", "retail", "--at", "2024-01", "--lang", "zh");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/零售业 · 2024-01 · 7 个行业/);
    expect(r.out).toMatch(/百货店/);
    expect(r.out).toMatch(/补库: \d\/7/);
  });

  it("--pairs: China–US matched industries at the last common month and over time", async () => {
    const d = await runJson("sectors", "--pairs");
    expect(d.at).toBe("2023-09");
    expect(d.pairs.length).toBeGreaterThanOrEqual(20);
    expect(d.summary.same + d.summary.opposite + d.summary.unknown).toBe(d.pairs.length);
    for (const p of d.pairs) {
      const expected =
        p.cn.state === "unknown" || p.us.state === "unknown"
          ? "unknown"
          : p.cn.state === p.us.state
            ? "same"
            : "opposite";
      expect(p.relation).toBe(expected);
    }
    const last = d.overTime[d.overTime.length - 1];
    expect([last.same, last.opposite, last.unknown]).toEqual([d.summary.same, d.summary.opposite, d.summary.unknown]);
    expect(d.pairs.find((p: any) => p.theme === "basic metals" && p.cn.id === "cn-ferrous-metals").us.id).toBe(
      "w-metals",
    );
    const early = await runJson("sectors", "--pairs", "--at", "2019-06");
    expect(early.at).toBe("2019-06");
    expect((await run("sectors", "--pairs", "--at", "2025-01")).err).toMatch(
      /share 2013-08…2023-09|share \d{4}-\d{2}…2023-09/,
    );
  });

  it("bad input: unknown group, --kind yoy, --pairs with --dataset", async () => {
    const g = await run("sectors", "--dataset", "us", "--group", "mining");
    expect(g.code).toBe(2);
    expect(g.err).toMatch(/--group: "mining" is not a group of --dataset us \(manufacturing, wholesale, retail\)/);
    expect((await run("sectors", "--dataset", "us", "--kind", "yoy")).err).toMatch(/--kind/);
    expect((await run("sectors", "--pairs", "--dataset", "us")).err).toMatch(/--pairs reads both/);
    expect((await run("sectors", "--file", "x.csv", "--group", "retail")).err).toMatch(
      /--group and --nominal are for --dataset/,
    );
    expect((await run("sectors", "--dataset", "cn", "--at", "2010-01")).err).toMatch(/no inventory data up to 2010-01/);
  });
});
