/**
 * `kitchin data import`: real export files of each format extend the shipped series in
 * a data folder of the test's own (KITCHIN_HOME); the call moves forward with newer data and comes
 * back when the folder is removed; revisions are reported; a bad file changes nothing.
 */
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { equalAt } from "@kitchin/jobs/node";
import { currentState } from "@kitchin/jobs/node";
import { fixture, runEnv } from "./helpers.ts";

const home = () => mkdtempSync(join(tmpdir(), "kitchin-home-"));
const env = (h: string) => ({ KITCHIN_HOME: h, KITCHIN_TODAY: "2026-11" });
async function ok(h: string, ...argv: string[]) {
  const r = await runEnv(env(h), ...argv);
  expect(r.code, r.err).toBe(0);
  return r;
}
/** The live generation's folder (store.ts). */
const live = (h: string) => currentState(h).dir!;
const json = async (h: string, ...argv: string[]) => JSON.parse((await ok(h, ...argv, "--format", "json")).out);
/** Every file under a folder with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[p.slice(dir.length)] = readFileSync(p, "latin1");
    }
  };
  walk(dir);
  return out;
}

describe("kitchin data import", () => {
  it("NBS layout, newest first, with dated rows without values: revenue 2026-06 moves dataThrough and the call forward; removing the folder returns to the shipped answer", async () => {
    const h = home();
    const before = (await json(h, "phase", "--dataset", "cn")).current;
    expect(before.dataThrough.revenue).toBe("2026-05");
    const r = await json(h, "data", "import", fixture("import/nbs_revenue_2026-06_layout.csv"));
    const rev = r.series.find((s: any) => s.id === "cn.revenue_yoy");
    expect(rev).toMatchObject({
      from: "营业收入累计增长(%)",
      months: 2,
      first: "2026-05",
      last: "2026-06",
      newMonths: 1,
      through: "2026-06",
      revisions: [],
      keptShipped: 1,
    });
    // the two dated rows without values (2026-07, 2026-08) are not months of the series; 2026-05
    // equals the shipped value at the file's 1 decimal, so only 2026-06 is stored
    expect(readFileSync(join(live(h), "series", "cn.revenue_yoy.csv"), "utf8")).toBe(
      "date,value,flags\n2026-06,6.5,\n",
    );
    // China's demand series follows revenue; inventory 2026-06 equals the shipped value: no new month, no revision
    expect(r.series.find((s: any) => s.id === "cn.demand_yoy")).toMatchObject({
      derived: true,
      newMonths: 1,
      through: "2026-06",
    });
    expect(r.series.find((s: any) => s.id === "cn.inventory_yoy")).toMatchObject({ newMonths: 0, revisions: [] });
    const after = (await json(h, "phase", "--dataset", "cn")).current;
    expect(after.dataThrough).toEqual({ revenue: "2026-06", inventory: "2026-06" });
    expect(after.asOf).toBe("2026-07"); // both known at the end of July (lag 1)
    expect(after.staleMonths).toBe(before.staleMonths - 1);
    const table = await ok(h, "phase", "--dataset", "cn");
    expect(table.out + table.err).toMatch(/note: cn\.demand_yoy: 1 month \(2026-06…2026-06\) from your data folder/);
    // every --dataset command reads the folder: data show, data list, overview
    expect((await json(h, "data", "show", "cn.revenue_yoy", "--from", "2026-06")).points).toEqual([
      { date: "2026-06", value: 6.5, flags: [] },
    ]);
    const list = (await json(h, "data", "list", "--dataset", "cn")).series.find((s: any) => s.id === "cn.revenue_yoy");
    expect(list).toMatchObject({ end: "2026-06", shippedEnd: "2026-05", imported: { months: 1, end: "2026-06" } });
    expect((await json(h, "overview", "--no-report")).current.asOf).toBe("2026-07");
    rmSync(h, { recursive: true });
    expect((await json(h, "phase", "--dataset", "cn")).current).toEqual(before);
  });

  it("a Wind EDB export (XLSX) maps by its Chinese name; revisions beyond rounding are reported, the user's value is used", async () => {
    const h = home();
    const r = await json(h, "data", "import", fixture("import/wind_exports_yoy.xlsx"), "--accept-revisions");
    expect(r.series).toHaveLength(1);
    const x = r.series[0];
    expect(x).toMatchObject({
      id: "cn.exports_yoy",
      from: "中国:出口金额:当月同比",
      first: "1995-01",
      last: "2023-04",
      months: 340,
    });
    // 2023-03: the shipped akshare copy has 10.9, Wind 14.8 (GACC's first release vs a later base): a revision
    expect(x.revisions).toContainEqual({ month: "2023-03", old: 10.9, new: 14.8 });
    for (const v of x.revisions) expect(equalAt(v.old, v.new, x.precision)).toBe(false);
    const shown = await json(h, "data", "show", "cn.exports_yoy", "--from", "2023-03", "--to", "2023-03");
    expect(shown.points[0].value).toBe(14.8);
  });

  it("rounding is not a revision: equal at the decimals the file shows", () => {
    expect(equalAt(5.53, 5.5, 1)).toBe(true);
    expect(equalAt(5.549, 5.5, 1)).toBe(true);
    expect(equalAt(5.56, 5.5, 1)).toBe(false);
    expect(equalAt(7.96, 8.0, 1)).toBe(true);
    expect(equalAt(7.96, 7.9, 2)).toBe(false);
    expect(equalAt(6.03, 6.1, 1)).toBe(false);
    expect(equalAt(2663591, 2663703, 0)).toBe(false);
    expect(equalAt(14.4, 14, 0)).toBe(true);
  });

  it("an NBS website CSV (GBK, months as rows) maps M1 and M2 YoY by their NBS names and skips the levels", async () => {
    const h = home();
    const r = await json(h, "data", "import", fixture("nbs/money_supply_gbk.csv"), "--accept-revisions");
    expect(r.series.map((s: any) => s.id).sort()).toEqual(["cn.m1_yoy", "cn.m2_yoy"]);
    expect(r.skipped).toContain("货币和准货币(M2)供应量期末值(亿元)");
    expect(r.notes.join("\n")).toMatch(/read as GB18030 text/);
    const m2 = await json(h, "data", "show", "cn.m2_yoy", "--from", "2021-05", "--to", "2021-05");
    expect(m2.points[0].value).toBe(8.3); // the download's newest row, 2021年5月
  });

  it("the same NBS download with months as columns gives the same months and values", async () => {
    const a = home(),
      b = home();
    await ok(a, "data", "import", fixture("nbs/money_supply_gbk.csv"), "--accept-revisions");
    const r = await json(
      b,
      "data",
      "import",
      fixture("import/nbs_money_supply_months_as_columns_gbk.csv"),
      "--accept-revisions",
    );
    expect(r.notes.join("\n")).toMatch(/months run across the columns/);
    // those 24 months all equal the shipped M1/M2 at the file's 1 decimal: nothing to store
    expect(r.changed).toBe(false);
    expect(r.series.map((s: any) => s.keptShipped)).toEqual([24, 24]);
    for (const id of ["cn.m1_yoy", "cn.m2_yoy"]) {
      // its 24 months (2019-06 … 2021-05) read as in the rows layout: both folders show the same values
      const show = async (h: string) =>
        (await json(h, "data", "show", id, "--from", "2019-06", "--to", "2021-05")).points;
      const pa = await show(a);
      expect(pa).toHaveLength(24);
      expect(await show(b)).toEqual(pa);
    }
  });

  it("a FRED CSV maps by series id; US inventory and sales growth are derived from the imported level", async () => {
    const h = home();
    const r = await json(h, "data", "import", fixture("import/fred_BUSINV.csv"));
    const inv = r.series.find((s: any) => s.id === "us.inventory");
    expect(inv).toMatchObject({ from: "BUSINV", first: "1992-01", last: "2025-08", months: 404 });
    // FRED's 2025-08 is a later revision of FRED-MD's (incoming/PROVENANCE.md §3)
    expect(inv.revisions).toContainEqual({ month: "2025-08", old: 2663591, new: 2663703 });
    const yoy = await json(h, "data", "show", "us.inventory_yoy", "--from", "2025-08", "--to", "2025-08");
    const lvl = (m: string) =>
      Number(
        readFileSync(fixture("import/fred_BUSINV.csv"), "utf8")
          .split("\n")
          .find((l) => l.startsWith(m))!
          .split(",")[1],
      );
    expect(yoy.points[0].value).toBeCloseTo(100 * (lvl("2025-08-01") / lvl("2024-08-01") - 1), 6);
  });

  it("--map names the series for a column no table knows; unknown ids and columns are one-line errors", async () => {
    const h = home();
    const f = join(h, "..", `kitchin-map-${process.pid}.csv`);
    writeFileSync(f, "month,my revenue\n2026-05,5.5\n2026-06,6.5\n");
    const none = await runEnv(env(h), "data", "import", f);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(
      /no column is a known series; name them with --map COLUMN=SERIES_ID \(columns: "my revenue"\)/,
    );
    const bad = await runEnv(env(h), "data", "import", f, "--map", "my revenue=cn.revenu_yoy");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown series id "cn.revenu_yoy"/);
    const col = await runEnv(env(h), "data", "import", f, "--map", "revenue=cn.revenue_yoy");
    expect(col.code).toBe(2);
    expect(col.err).toMatch(/the file has no column "revenue"/);
    const r = await json(h, "data", "import", f, "--map", "my revenue=cn.revenue_yoy");
    expect(r.series.find((s: any) => s.id === "cn.revenue_yoy")).toMatchObject({
      from: "my revenue",
      through: "2026-06",
    });
  });

  it("a corrupt or bad file exits 2 with one line and leaves the data folder byte for byte as it was", async () => {
    const h = home();
    await ok(h, "data", "import", fixture("nbs/money_supply_gbk.csv"), "--accept-revisions");
    const before = snapshot(h);
    expect(Object.keys(before).length).toBeGreaterThan(2);
    const dir = mkdtempSync(join(tmpdir(), "kitchin-bad-"));
    // a truncated workbook, a non-numeric cell in a mapped column, an empty file
    const xlsx = join(dir, "cut.xlsx");
    writeFileSync(xlsx, readFileSync(fixture("import/wind_exports_yoy.xlsx")).subarray(0, 4000));
    const text = join(dir, "text.csv");
    writeFileSync(text, "时间,货币(M1)供应量同比增长(%)\n2021年5月,6.1\n2021年4月,six\n");
    const empty = join(dir, "empty.csv");
    writeFileSync(empty, "");
    const xls = join(dir, "old.xls");
    copyFileSync(fixture("nbs/money_supply_gbk.csv"), xls);
    for (const f of [xlsx, text, empty, xls]) {
      const r = await runEnv(env(h), "data", "import", f);
      expect(r.code, f).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/);
      expect(snapshot(h)).toEqual(before);
    }
  });
});
