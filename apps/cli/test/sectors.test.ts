import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { run, runJson, tmpFile } from "./helpers.ts";

const example = fileURLToPath(new URL("../examples/sectors-census-mtis.csv", import.meta.url));

describe("kitchin sectors", () => {
  it("the Census MTIS example: three sectors, inventory only, restocking shares", async () => {
    const j = await runJson("sectors", "--file", example);
    expect(j.industries).toBe(3);
    expect(j.withSales).toBe(0);
    expect(j.at).toBe("2019-06");
    expect(j.sectors.map((s: any) => s.name)).toEqual(["manufacturing", "wholesale", "retail"]);
    for (const s of j.sectors) {
      expect(s.phase).toBeNull();
      expect(["restocking", "destocking"]).toContain(s.inventoryState);
    }
    const w = j.sectors.reduce((a: number, s: any) => a + s.weightShare, 0);
    expect(w).toBeCloseTo(1, 12);
    expect(j.summary.restocking).toBe(j.sectors.filter((s: any) => s.inventoryState === "restocking").length);
    expect(j.notes[0]).toMatch(/no sales/);
  });

  it("a long table with sales and weights: phases, counts and weighted shares by hand", async () => {
    const up = [0, 1, 2, 3, 4, 5, 6, 7],
      down = [7, 6, 5, 4, 3, 2, 1, 0];
    const rows = ["sector,month,inventory,sales,weight"];
    const add = (name: string, inv: number[], sales: number[], w: number) =>
      inv.forEach((x, i) => rows.push(`${name},2020-${String(i + 1).padStart(2, "0")},${x},${sales[i]},${w}`));
    add("metals", up, up, 1); // active restocking
    add("autos", up, down, 3); // passive restocking
    add("food", down, down, 4); // active destocking
    add("paper", down, up, 2); // passive destocking
    const j = await runJson("sectors", "--file", tmpFile("long.csv", rows.join("\n")), "--kind", "yoy");
    expect(j.sectors.map((s: any) => [s.name, s.phase, s.monthsInPhase])).toEqual([
      ["metals", "active-restock", 6],
      ["autos", "passive-restock", 6],
      ["food", "active-destock", 6],
      ["paper", "passive-destock", 6],
    ]);
    expect(j.summary.counts).toEqual({
      "passive-destock": 1,
      "active-restock": 1,
      "passive-restock": 1,
      "active-destock": 1,
    });
    expect(j.summary.weightShares["active-destock"]).toBeCloseTo(0.4, 12);
    expect(j.summary.restockingWeightShare).toBeCloseTo(0.4, 12);
    expect(j.summary.restockingShare).toBe(0.5);
    expect(j.months).toHaveLength(8);
  });

  it("a wide Wind-style export with a sales file of the same columns", async () => {
    const inv = ["指标名称,化工,汽车", "频率,月,月"],
      sales = ["指标名称,化工,汽车"];
    for (let i = 0; i < 8; i++) {
      inv.push(`2020-${String(i + 1).padStart(2, "0")},${i},${7 - i}`);
      sales.push(`2020-${String(i + 1).padStart(2, "0")},${i},${i}`);
    }
    inv.push("数据来源：Wind");
    const j = await runJson(
      "sectors",
      "--file",
      tmpFile("inv.csv", inv.join("\n")),
      "--sales-file",
      tmpFile("sales.csv", sales.join("\n")),
      "--kind",
      "yoy",
    );
    expect(j.sectors.map((s: any) => [s.name, s.phase])).toEqual([
      ["化工", "active-restock"],
      ["汽车", "passive-destock"],
    ]);
    const t = await run(
      "sectors",
      "--file",
      tmpFile("inv2.csv", inv.join("\n")),
      "--sales-file",
      tmpFile("sales2.csv", sales.join("\n")),
      "--kind",
      "yoy",
      "--lang",
      "zh",
      "--history",
    );
    expect(t.out).toMatch(/主动补库/);
    expect(t.out).toMatch(/被动去库/);
  });

  it("--at reads the panel as of an earlier month", async () => {
    const j = await runJson("sectors", "--file", example, "--at", "2009-06", "--mode", "ex-post");
    expect(j.at).toBe("2009-06");
    expect(j.mode).toBe("ex-post");
    expect(j.months[j.months.length - 1].month).toBe("2009-06");
    expect(j.sectors.reduce((a: number, s: any) => a + s.weightShare, 0)).toBeCloseTo(1, 12);
    const early = await run("sectors", "--file", example, "--at", "1980-01");
    expect(early.code).not.toBe(0);
    expect(early.err).toMatch(/manufacturing: no inventory data up to 1980-01 \(it starts 1992-01\)/);
    expect((await run("sectors", "--file", example, "--at", "2009-13")).err).toMatch(/--at/);
  });

  it("bad input", async () => {
    const r = await run("sectors", "--file", tmpFile("bad.csv", "sector,month\nx,2020-01\n"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs a "inventory" column/);
    expect((await run("sectors", "--dataset", "eu")).err).toMatch(/--dataset must be us or cn/);
    expect((await run("sectors")).err).toMatch(/no input/);
    expect((await run("sectors", "--file", example, "--kind", "pct")).err).toMatch(/--kind must be/);
  });
});
