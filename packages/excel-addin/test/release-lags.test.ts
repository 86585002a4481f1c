/**
 * CYCLE.PHASE's release lags are said in the call (lag, demandLag, inventoryLag, or lagOf,
 * demandLagOf, inventoryLagOf = a shipped series id), never inferred from what CYCLE.DATA returned
 * earlier: the same call on the same ranges gives the same rows whatever else the workbook computed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatMonth } from "@kitchin/core";
import { analysisView, findEntry, parseCuratedCsv } from "@kitchin/datasets";
import { dataOf } from "../src/adapt/data.ts";
import { phase } from "../src/functions.ts";
import { col, expectCellError } from "./helpers.ts";

const require = createRequire(import.meta.url);
const DATA = dirname(require.resolve("@kitchin/datasets/data/catalog.json"));

const fileFetch = async (url: string) => {
  const rel = url.replace(/^.*\/data\//, "");
  return { ok: true, status: 200, text: async () => readFileSync(join(DATA, rel), "utf8") };
};

/** Two DATA tables on the union of their months, blanks where a series has none (as a user lays them side by side). */
function union(a: unknown[][], b: unknown[][]) {
  const months = [...new Set([...a, ...b].map((r) => r[0] as string))].sort();
  const ma = new Map(a.map((r) => [r[0], r[1]]));
  const mb = new Map(b.map((r) => [r[0], r[1]]));
  return {
    months,
    a: months.map((m) => (ma.get(m) ?? "") as number | string),
    b: months.map((m) => (mb.get(m) ?? "") as number | string),
  };
}

describe("CYCLE.PHASE has no memory of CYCLE.DATA", () => {
  /**
   * A shipped series as CYCLE.DATA gives it (month, value with anomalies blank), read from the file without calling
   * DATA.
   */
  function asData(id: string): unknown[][] {
    const e = findEntry(id);
    const s = parseCuratedCsv(readFileSync(join(DATA, e.file), "utf8"), e);
    const v = analysisView(s).values;
    return Array.from(v, (x, i) => [formatMonth(s.start + i), Number.isFinite(x) ? x : ""]);
  }

  it("gives the same rows before and after CYCLE.DATA returns the very same ranges", async () => {
    const r = union(asData("cn.demand_yoy"), asData("cn.inventory_yoy"));
    const call = (opts: string) => phase(col(r.months), col(r.a), col(r.b), opts);
    const before = call("mode=as-of; format=id");
    const beforeOf = call("mode=as-of; lagOf=cn.inventory_yoy; format=id");
    // DATA returns exactly these ranges (so a memory keyed on months and values would match them)…
    const d = union(
      await dataOf("cn.demand_yoy", undefined, undefined, fileFetch),
      await dataOf("cn.inventory_yoy", undefined, undefined, fileFetch),
    );
    expect(d).toEqual(r);
    // …and PHASE's answer does not move
    expect(call("mode=as-of; format=id")).toEqual(before);
    expect(call("mode=as-of; lagOf=cn.inventory_yoy; format=id")).toEqual(beforeOf);
    expect(before).toEqual(call("mode=as-of; lag=0; format=id"));
    // the catalog's lag (1 month for both) changes the answer only when the call names it
    expect(beforeOf).not.toEqual(before);
    expect(beforeOf).toEqual(call("mode=as-of; lag=1; format=id"));
  });
});

describe("lagOf, demandLagOf, inventoryLagOf", () => {
  const n = 120;
  const months = Array.from(
    { length: n },
    (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
  );
  const rev = Array.from({ length: n }, (_, i) => 10 * Math.sin((2 * Math.PI * i) / 40));
  const inv = Array.from({ length: n }, (_, i) => 10 * Math.sin((2 * Math.PI * (i - 6)) / 40));
  const call = (opts: string) => phase(col(months), col(rev), col(inv), opts);

  it("resolve the catalog's release lag of the id (us.sales_yoy: 2, us.cpi_yoy: 1)", () => {
    expect(findEntry("us.sales_yoy").lag).toBe(2);
    expect(findEntry("us.cpi_yoy").lag).toBe(1);
    expect(call("mode=as-of; lagOf=us.sales_yoy")).toEqual(call("mode=as-of; lag=2"));
    expect(call("mode=as-of; demandLagOf=us.cpi_yoy; inventoryLagOf=us.sales_yoy")).toEqual(
      call("mode=as-of; demandLag=1; inventoryLag=2"),
    );
    // an input's own option wins over the shared one, as demandLag over lag
    expect(call("mode=as-of; lagOf=us.sales_yoy; demandLag=0")).toEqual(call("mode=as-of; lag=2; demandLag=0"));
    expect(call("mode=as-of; lag=0; inventoryLagOf=us.sales_yoy")).toEqual(
      call("mode=as-of; demandLag=0; inventoryLag=2"),
    );
  });

  it("an unknown id or a lag given twice is #VALUE! with what to fix", () => {
    expectCellError(
      () => call("mode=as-of; lagOf=cn.nothing"),
      "#VALUE!",
      /option lagOf=cn\.nothing: unknown series id "cn\.nothing".*CYCLE\.SERIES\(\) lists the shipped ids/,
    );
    expectCellError(() => call("mode=as-of; demandLagOf="), "#VALUE!", /option demandLagOf=/);
    // ids are spelled as the catalog (and CYCLE.DATA) spells them; the message suggests the near ones
    expectCellError(() => call("mode=as-of; lagOf=US.SALES_YOY"), "#VALUE!", /did you mean us\.sales_yoy/);
    expectCellError(
      () => call("mode=as-of; lag=1; lagOf=us.cpi_yoy"),
      "#VALUE!",
      /options lag and lagOf both set a release lag; give one/,
    );
    expectCellError(
      () => call("mode=as-of; inventoryLag=1; inventoryLagOf=us.cpi_yoy"),
      "#VALUE!",
      /options inventoryLag and inventoryLagOf both/,
    );
    // as-of options are refused with mode=ex-post, like lag
    expectCellError(() => call("lagOf=us.cpi_yoy"), "#VALUE!", /lagOf/);
  });

  it("the names before 0.2.0 (revenueLag, revenueLagOf) are refused with the new name", () => {
    expectCellError(
      () => call("mode=as-of; revenueLag=1"),
      "#VALUE!",
      /^option "revenueLag" is now "demandLag" \(renamed in 0\.2\.0/,
    );
    expectCellError(
      () => call("mode=as-of; RevenueLagOf=cn.demand_yoy"),
      "#VALUE!",
      /^option "RevenueLagOf" is now "demandLagOf"/,
    );
    expectCellError(
      () => call("mode=as-of; revenueLag=1; lang=zh"),
      "#VALUE!",
      /^选项 "revenueLag" 已改名为 "demandLag"/,
    );
  });
});
