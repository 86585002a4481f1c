import { existsSync, readFileSync, statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatMonth } from "@kitchin/core";
import { catalog, vintages, findEntry, REGION_DEFAULTS } from "../src/index.ts";
import { dataDir, loadEntry, loadRegion, loadSeries } from "../src/node.ts";

const KINDS = ["yoy", "cumulative_yoy", "level", "index", "diffusion", "price", "yield", "ratio", "indicator"];
const GROUPS = ["macro", "asset", "futures", "reference"];

describe("catalog", () => {
  it("has unique ids with the region prefix", () => {
    const ids = catalog.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of catalog) expect(e.id.startsWith(`${e.region}.`)).toBe(true);
  });

  it("ships the ids other packages code against", () => {
    for (const id of [
      "cn.inventory_yoy",
      "cn.revenue_yoy",
      "cn.nominal_output_yoy",
      "cn.demand_yoy",
      "cn.ppi_yoy",
      "cn.cpi_yoy",
      "cn.m1_yoy",
      "cn.m2_yoy",
      "cn.iva_yoy",
      "cn.iva_cum_yoy",
      "cn.exports_yoy",
      "cn.pmi",
      "cn.pmi_finished_inventory",
      "cn.pmi_raw_inventory",
      "cn.pmi_new_orders",
      "cn.profit_yoy",
      "us.inventory_yoy",
      "us.sales_yoy",
      "us.isratio",
      "us.real_sales_yoy",
      "us.indpro",
      "us.ppi_yoy",
      "us.cpi_yoy",
      "us.m2_yoy",
      "us.fedfunds",
      "us.cli",
      "us.spx",
      "us.ust10y",
      "us.ust10y_tr",
      "us.tbill",
      "us.wti",
      "us.brent",
      "us.gold",
      ...Object.values(REGION_DEFAULTS).flatMap((d) => [d.inventory, d.demand]),
    ]) {
      expect(() => findEntry(id), id).not.toThrow();
    }
  });

  it("has complete metadata for every series and vintage", () => {
    for (const e of [...catalog, ...vintages]) {
      const where = `${e.id}${e.vintage ? "@" + e.vintage : ""}`;
      for (const k of ["id", "name", "nameZh", "unit", "source", "terms", "derivation", "file"] as const) {
        expect(typeof e[k] === "string" && e[k].length > 0, `${where}.${k}`).toBe(true);
      }
      expect(["cn", "us"], where).toContain(e.region);
      expect(GROUPS, where).toContain(e.group);
      expect(KINDS, where).toContain(e.kind);
      expect(e.frequency, where).toBe("monthly");
      expect(Number.isInteger(e.lag) && e.lag >= 0 && e.lag <= 3, `${where}.lag`).toBe(true);
      expect(e.start, where).toMatch(/^\d{4}-\d{2}$/);
      expect(e.end, where).toMatch(/^\d{4}-\d{2}$/);
      expect(e.start <= e.end, where).toBe(true);
      expect(/[\u4e00-\u9fff]/.test(e.nameZh), `${where}.nameZh has Chinese`).toBe(true);
      expect(Array.isArray(e.caveats), where).toBe(true);
      expect(e.provenance.length, where).toBeGreaterThan(0);
      for (const p of e.provenance) {
        expect(p.commit, where).toMatch(/^[0-9a-f]{40}$/);
        expect(p.repo, where).toMatch(/^[^/\s]+\/[^/\s]+$/);
        expect(p.path.length && p.file.length && p.use.length, where).toBeTruthy();
      }
      expect(existsSync(join(dataDir, e.file)), `${where} file`).toBe(true);
    }
  });

  it("every shipped file parses strictly (consecutive months, no duplicates) and matches its catalog span", () => {
    for (const e of [...catalog, ...vintages]) {
      const s = loadEntry(e);
      expect(formatMonth(s.start)).toBe(e.start);
      expect(formatMonth(s.start + s.values.length - 1)).toBe(e.end);
      // strictly increasing month axis, checked on the raw text as well
      const dates = readFileSync(join(dataDir, e.file), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.slice(0, 7));
      for (let i = 1; i < dates.length; i++) expect(dates[i] > dates[i - 1], `${e.file} row ${i + 2}`).toBe(true);
      expect(Number.isFinite(s.values[0]) && Number.isFinite(s.values[s.values.length - 1]), `${e.id} trimmed`).toBe(
        true,
      );
    }
  });

  it("loads whole regions", () => {
    const cn = loadRegion("cn");
    expect(Object.keys(cn)).toContain("cn.inventory_yoy");
    expect(Object.keys(loadRegion("us"))).toContain("us.sales_yoy");
    expect(Object.keys(cn).every((id) => id.startsWith("cn."))).toBe(true);
  });

  it("keeps the curated data small (under ~3 MB)", () => {
    let bytes = 0;
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else bytes += statSync(p).size;
      }
    };
    walk(dataDir);
    expect(bytes).toBeLessThan(3.2e6);
  });

  it("REGION_DEFAULTS point at loadable series", () => {
    expect(REGION_DEFAULTS).toEqual({
      cn: { inventory: "cn.inventory_yoy", demand: "cn.demand_yoy" },
      us: { inventory: "us.inventory_yoy", demand: "us.sales_yoy" },
    });
    for (const d of Object.values(REGION_DEFAULTS)) {
      expect(loadSeries(d.inventory).values.length).toBeGreaterThan(200);
      expect(loadSeries(d.demand).values.length).toBeGreaterThan(200);
    }
  });
});
