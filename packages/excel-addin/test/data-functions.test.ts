/**
 * CYCLE.DATA and CYCLE.SERIES over the curated files. The adapter is called with a fetch that
 * reads the datasets package's data/ folder, so no server is needed here (the browser test
 * fetches them over HTTP from dist/).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatMonth } from "@kitchin/core";
import { FLAG_ANOMALY, catalog, findEntry, formatFlags, parseCuratedCsv } from "@kitchin/datasets";
import { dataOf } from "../src/adapt/data.ts";
import { data, seriesCatalog } from "../src/functions.ts";
import { expectCellErrorAsync } from "./helpers.ts";

const require = createRequire(import.meta.url);
const DATA = join(dirname(require.resolve("@kitchin/datasets/data/catalog.json")));

const fileFetch = vi.fn(async (url: string) => {
  const rel = url.replace("https://localhost:3000/data/", "");
  try {
    return { ok: true, status: 200, text: async () => readFileSync(join(DATA, rel), "utf8") };
  } catch {
    return { ok: false, status: 404, text: async () => "" };
  }
});

function expected(id: string) {
  const e = findEntry(id);
  return parseCuratedCsv(readFileSync(join(DATA, e.file), "utf8"), e);
}

describe("CYCLE.DATA", () => {
  it("returns the shipped series as (month, value, flags) rows, blanks where nothing was published", async () => {
    const s = expected("cn.inventory_yoy");
    const out = await dataOf("cn.inventory_yoy", undefined, undefined, fileFetch);
    expect(out).toHaveLength(s.values.length);
    out.forEach((r, i) => {
      const anomaly = (s.flags[i] & FLAG_ANOMALY) !== 0;
      expect(r[0]).toBe(formatMonth(s.start + i));
      expect(r[1]).toBe(anomaly || !Number.isFinite(s.values[i]) ? "" : s.values[i]);
      expect(r[2]).toBe(anomaly ? `${formatFlags(s.flags[i])} (published ${s.values[i]})` : formatFlags(s.flags[i]));
    });
  });

  it("leaves a flagged anomaly out of the values, as kitchin does (China inventory 2019-03)", async () => {
    const out = await dataOf("cn.inventory_yoy", "2019-02", "2019-04", fileFetch);
    expect(out.map((r) => r[0])).toEqual(["2019-02", "2019-03", "2019-04"]);
    expect(out[1][1]).toBe("");
    expect(out[1][2]).toBe("anomaly (published 0.3)");
    expect(typeof out[0][1]).toBe("number");
  });

  it("cuts to from/to given as text or Excel date serials, and fetches each file once", async () => {
    const s = expected("cn.demand_yoy");
    fileFetch.mockClear();
    const a = await dataOf("cn.demand_yoy", "2015-01", "2015-12", fileFetch);
    expect(a.map((r) => r[0])).toEqual(Array.from({ length: 12 }, (_, i) => `2015-${String(i + 1).padStart(2, "0")}`));
    const k = 2015 * 12 - s.start;
    expect(a.map((r) => r[1])).toEqual(
      Array.from(s.values.slice(k, k + 12), (v, i) =>
        Number.isFinite(v) && !(s.flags[k + i] & FLAG_ANOMALY) ? v : "",
      ),
    );
    // 42005 = 2015-01-01, 42369 = 2015-12-31
    expect(await dataOf("cn.demand_yoy", 42005, 42369, fileFetch)).toEqual(a);
    expect(fileFetch).toHaveBeenCalledTimes(1);
  });

  it("is #N/A for an unknown id (with suggestions) or an empty window, #VALUE! for a bad month", async () => {
    await expectCellErrorAsync(
      () => data("cn.inventory_yo"),
      "#N/A",
      /unknown series id "cn.inventory_yo".*did you mean cn.inventory_yoy/,
    );
    await expectCellErrorAsync(() => data(""), "#N/A", /no series id given/);
    await expectCellErrorAsync(
      () => data("cn.inventory_yoy", "1900-01", "1900-12"),
      "#N/A",
      /has no months in 1900-01–1900-12/,
    );
    await expectCellErrorAsync(() => data("cn.inventory_yoy", "soon"), "#VALUE!", /from "soon" is not a month/);
    await expectCellErrorAsync(
      () => data("cn.inventory_yoy", "2020-01", "2019-01"),
      "#VALUE!",
      /to \(2019-01\) is before from \(2020-01\)/,
    );
  });

  it("is #N/A with the URL when the file cannot be fetched", async () => {
    const notFound = async () => ({ ok: false, status: 404, text: async () => "" });
    let e: unknown;
    try {
      await dataOf("us.gold", undefined, undefined, notFound);
    } catch (x) {
      e = x;
    }
    expect(String((e as Error).message)).toMatch(
      /us.gold: cannot fetch https:\/\/localhost:3000\/data\/us\/us.gold.csv \(HTTP 404\)/,
    );
  });
});

describe("CYCLE.SERIES", () => {
  it("lists every shipped series with a header row", () => {
    const out = seriesCatalog();
    expect(out[0]).toEqual(["id", "name", "名称", "unit", "kind", "start", "end", "lag", "source"]);
    expect(out.slice(1).map((r) => r[0])).toEqual(catalog.map((e) => e.id));
    const inv = out.find((r) => r[0] === "cn.inventory_yoy")!;
    expect(inv[2]).toBe(findEntry("cn.inventory_yoy").nameZh);
    // A caller mutating the result does not change the next one.
    out[1][0] = "x";
    expect(seriesCatalog()[1][0]).toBe(catalog[0].id);
  });
});
