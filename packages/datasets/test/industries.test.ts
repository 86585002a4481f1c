/**
 * Industry panels (`data/industries/{us,cn}.json`): values as in the raw files (rows
 * hard-coded; the tests never read ../shared), the 19 wholesale industries adding up to NAICS 42,
 * names in both languages, groups and positions, the China–US correspondence naming real industries,
 * and a strict parser.
 */
import { describe, expect, it } from "vitest";
import { monthIndex } from "@kitchin/core";
import { CHAIN_POSITIONS, parseIndustryPanel, type IndustryArray } from "../src/index.ts";
import { loadIndustryPanel } from "../src/node.ts";

const at = (a: IndustryArray | undefined, y: number, m: number) => (a ? a.values[monthIndex(y, m) - a.start] : NaN);

describe("industry panels", () => {
  const us = loadIndustryPanel("us"),
    cn = loadIndustryPanel("cn");
  const byId = (id: string) => [...us.industries, ...cn.industries].find((x) => x.id === id)!;

  it("US: 19 wholesale, 7 retail and the manufacturing total, with codes, names in English and Chinese, groups and positions", () => {
    const count = (g: string) => us.industries.filter((x) => x.group === g).length;
    expect([count("wholesale"), count("retail"), count("manufacturing")]).toEqual([19, 7, 1]);
    expect(cn.industries).toHaveLength(31);
    for (const x of [...us.industries, ...cn.industries]) {
      expect(x.code).not.toBe("");
      expect(x.name).toMatch(/[A-Za-z]/);
      expect(x.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(CHAIN_POSITIONS).toContain(x.position);
    }
    expect(us.industries.filter((x) => x.group !== "manufacturing").every((x) => x.sales)).toBe(true);
    expect(byId("m-total").sales).toBeUndefined();
    expect(cn.industries.every((x) => x.price && !x.sales)).toBe(true);
  });

  it("values as in the raw Census files (wholesale Table 1b row 96, January 2024)", () => {
    expect(at(byId("w-motor-vehicles").inventory, 2024, 1)).toBe(92101);
    expect(at(byId("w-computers").inventory, 2024, 1)).toBe(20618);
    expect(at(byId("w-professional-equipment").inventory, 2024, 1)).toBe(60384 - 20618); // 4234 − 42343
    expect(at(byId("w-misc-nondurable").inventory, 2024, 1)).toBe(56899);
    // the 19 add up to NAICS 42 (889,437 in that row)
    const sum = us.industries.filter((x) => x.group === "wholesale").reduce((a, x) => a + at(x.inventory, 2024, 1), 0);
    expect(sum).toBe(889437);
    expect(byId("w-professional-equipment").inventory.start).toBe(monthIndex(1997, 1));
  });

  it("China: levels in 万元 with the January gaps, PPI index 100 in its first month", () => {
    const coal = byId("cn-coal");
    expect(at(coal.inventory, 2023, 9)).toBe(7730000);
    expect(at(coal.inventory, 2013, 8)).toBe(8882677.1);
    expect(Number.isNaN(at(coal.inventory, 2023, 1))).toBe(true);
    expect(at(coal.price, 2013, 8)).toBe(100);
    expect(at(coal.price, 2013, 9)).toBeCloseTo(100 * (1 - 0.2 / 100), 6); // Wind MoM 2013-09: −0.2
    expect(cn.groups.map((g) => g.id)).toEqual(["mining", "manufacturing", "utilities"]);
  });

  it("the China–US correspondence names shipped industries on both sides", () => {
    expect(cn.matches!.length).toBeGreaterThanOrEqual(20);
    for (const m of cn.matches!) {
      expect(byId(m.cn).group).not.toBe(undefined);
      expect(us.industries.some((x) => x.id === m.us)).toBe(true);
      expect(m.themeZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("the parser refuses a broken file with the file named", () => {
    expect(() => parseIndustryPanel("{", "industries/us.json")).toThrow(/not JSON/);
    expect(() =>
      parseIndustryPanel(
        JSON.stringify({
          groups: [{ id: "a" }],
          industries: [{ id: "x", group: "b", inventory: { start: "2020-01", values: [1] } }],
        }),
      ),
    ).toThrow(/unknown group "b"/);
  });
});
