import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KitchinError } from "@kitchin/core";
import {
  FLAG_ANOMALY,
  FLAG_FILLED,
  FLAG_PROXY,
  fetchSeries,
  findEntry,
  findVintageEntry,
  formatCuratedCsv,
  gapFreeView,
  parseCuratedCsv,
} from "../src/index.ts";
import { dataDir, loadSeries, loadVintage } from "../src/node.ts";
import type { CatalogEntry } from "../src/types.ts";

const entry: CatalogEntry = { ...findEntry("cn.inventory_yoy"), start: "", end: "" };

function error(f: () => unknown): KitchinError {
  try {
    f();
  } catch (e) {
    if (e instanceof KitchinError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("loader errors", () => {
  it("unknown id → unknown-series with a suggestion", () => {
    const e = error(() => loadSeries("cn.inventory_yo"));
    expect(e.code).toBe("unknown-series");
    expect(e.message).toContain('unknown series id "cn.inventory_yo"');
    expect(e.message).toContain("kitchin data list");
    expect(e.message).toContain("did you mean cn.inventory_yoy");
    expect(error(() => findEntry("nonsense.thing.x")).code).toBe("unknown-series");
    expect(error(() => loadVintage("us.inventory_yoy", "2001-01")).message).toContain("2019-10");
  });

  it("malformed CSV → bad-file with the 1-based row", () => {
    const text = "date,value,flags\n2020-01,1.5,\n2020-02,abc,\n";
    const e = error(() => parseCuratedCsv(text, entry));
    expect(e.code).toBe("not-numeric");
    expect(e.place.row).toBe(3);
    expect(e.toLine()).toContain("row 3");

    const bad = error(() => parseCuratedCsv("date,value,flags\n2020-01,1,\n2020-13,2,\n", entry));
    expect([bad.code, bad.place.row]).toEqual(["bad-file", 3]);
    const flag = error(() => parseCuratedCsv("date,value,flags\n2020-01,1,weird\n", entry));
    expect([flag.code, flag.place.row, flag.place.column]).toEqual(["bad-file", 2, "flags"]);
    const cells = error(() => parseCuratedCsv("date,value,flags\n2020-01,1\n", entry));
    expect([cells.code, cells.place.row]).toEqual(["bad-file", 2]);
    expect(error(() => parseCuratedCsv("month,value\n2020-01,1\n", entry)).place.row).toBe(1);
  });

  it("duplicates, unsorted months and gaps are rejected with their row", () => {
    const dup = error(() => parseCuratedCsv("date,value,flags\n2020-01,1,\n2020-02,2,\n2020-02,3,\n", entry));
    expect([dup.code, dup.place.row]).toEqual(["duplicate", 4]);
    const uns = error(() => parseCuratedCsv("date,value,flags\n2020-03,1,\n2020-04,2,\n2020-01,3,\n", entry));
    expect([uns.code, uns.place.row]).toEqual(["unsorted", 4]);
    const gap = error(() => parseCuratedCsv("date,value,flags\n2020-01,1,\n2020-03,2,\n", entry));
    expect([gap.code, gap.place.row]).toEqual(["gap", 3]);
  });

  it("checks the span against the catalog", () => {
    const e = error(() => parseCuratedCsv("date,value,flags\n2020-01,1,\n", findEntry("cn.inventory_yoy")));
    expect(e.code).toBe("bad-file");
    expect(e.message).toContain("catalog says 1996-02");
  });

  it("format ∘ parse is the identity", () => {
    const text = "date,value,flags\n2019-01,,\n2019-02,6.2,\n2019-03,0.3,anomaly\n2019-04,-1.25,proxy;anomaly\n";
    const s = parseCuratedCsv(text, entry);
    expect(Number.isNaN(s.values[0])).toBe(true);
    expect(s.flags[3]).toBe(FLAG_PROXY | FLAG_ANOMALY);
    expect(formatCuratedCsv(s.start, s.values, s.flags)).toBe(text);
  });
});

describe("gapFreeView", () => {
  it("interpolates interior gaps, flags them filled and leaves published values alone", () => {
    const s = parseCuratedCsv(
      "date,value,flags\n2020-01,,\n2020-02,2,\n2020-03,,\n2020-04,,\n2020-05,5,anomaly\n2020-06,,\n",
      entry,
    );
    const g = gapFreeView(s);
    expect(g.start).toBe(s.start + 1);
    expect([...g.values]).toEqual([2, 3, 4, 5]);
    expect([...g.flags]).toEqual([0, FLAG_FILLED, FLAG_FILLED, FLAG_ANOMALY]);
    expect(Number.isNaN(s.values[2])).toBe(true); // input untouched
  });

  it("on the shipped inventory series fills Januaries and the 2007–2010 quarterly gaps only", () => {
    const s = loadSeries("cn.inventory_yoy");
    const g = gapFreeView(s);
    let published = 0;
    for (let i = 0; i < g.values.length; i++) {
      expect(Number.isFinite(g.values[i])).toBe(true);
      const orig = s.values[i + (g.start - s.start)];
      if (Number.isNaN(orig)) expect(g.flags[i] & FLAG_FILLED).toBe(FLAG_FILLED);
      else {
        published++;
        expect(g.values[i]).toBe(orig);
        expect(g.flags[i] & FLAG_FILLED).toBe(0);
      }
    }
    expect(published).toBeGreaterThan(300);
  });
});

describe("fetchSeries (browser path)", () => {
  it("fetches the file relative to the base URL and parses it", async () => {
    const urls: string[] = [];
    const text = loadFileText("us.isratio");
    const s = await fetchSeries("us.isratio", "https://example.test/data", async (url) => {
      urls.push(url);
      return { ok: true, status: 200, text: async () => text };
    });
    expect(urls).toEqual(["https://example.test/data/us/us.isratio.csv"]);
    expect(s.entry.id).toBe("us.isratio");
    expect(s.values.length).toBe(loadSeries("us.isratio").values.length);
  });

  it("reports HTTP errors and unknown ids", async () => {
    await expect(
      fetchSeries("us.isratio", "x/", async () => ({ ok: false, status: 404, text: async () => "" })),
    ).rejects.toThrow(/HTTP 404/);
    await expect(
      fetchSeries("us.nope", "x/", async () => ({ ok: true, status: 200, text: async () => "" })),
    ).rejects.toThrow(/unknown series id/);
  });

  it("can fetch an older vintage", async () => {
    const e = findVintageEntry("us.inventory_yoy", "2019-10");
    const text = loadFileText(e.file);
    const s = await fetchSeries(
      "us.inventory_yoy",
      "/d/",
      async () => ({ ok: true, status: 200, text: async () => text }),
      "2019-10",
    );
    expect(s.entry.vintage).toBe("2019-10");
  });
});

function loadFileText(idOrFile: string): string {
  const file = idOrFile.endsWith(".csv") ? idOrFile : findEntry(idOrFile).file;
  return readFileSync(join(dataDir, file), "utf8");
}

describe("browser entry", () => {
  it("imports no Node APIs (the Excel add-in bundles src/index.ts)", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(new URL(`../src/${file}`, import.meta.url), "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|process\./);
      for (const mm of text.matchAll(/from "\.\/([\w.]+\.ts)"/g)) visit(mm[1]);
    };
    visit("index.ts");
    expect(seen.has("node.ts")).toBe(false);
    expect(seen.size).toBeGreaterThan(5);
  });
});
