/**
 * Imports that change only what they should, on the real samples of
 * shared/data/incoming and incoming2 (verbatim copies in fixtures/samples, fixtures/nbs and
 * fixtures/import; fixtures/samples/README.md), each test with its own KITCHIN_HOME:
 * a round trip of the shipped data is a no-op for every command; a dry run writes nothing; mass
 * revisions need consent; a month-on-month column is refused for a YoY series; undo and remove
 * restore the data files byte for byte; a damaged record is refused with its path; a held lock
 * makes a second writer wait and then refuse.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalog } from "@kitchin/datasets";
import { currentState, readDataFiles } from "@kitchin/jobs/node";
import { lockFile } from "@kitchin/jobs/node";
import { fixture, runEnv } from "./helpers.ts";

const home = () => mkdtempSync(join(tmpdir(), "kitchin-home-"));
const env = (h: string, extra: Record<string, string> = {}) => ({
  KITCHIN_HOME: h,
  KITCHIN_TODAY: "2026-11",
  ...extra,
});
const sample = (name: string) => fixture(`samples/${name}`);
async function ok(h: string, ...argv: string[]) {
  const r = await runEnv(env(h), ...argv);
  expect(r.code, r.err).toBe(0);
  return r;
}
const json = async (h: string, ...argv: string[]) => JSON.parse((await ok(h, ...argv, "--format", "json")).out);
/** Every file under a folder with its bytes. */
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
/** The live data files (series/*.csv and imports.json), byte for byte. */
function dataFiles(h: string): Record<string, string> {
  const f = readDataFiles(currentState(h));
  const out: Record<string, string> = {};
  for (const [id, b] of f.series) out[`series/${id}.csv`] = b.toString("latin1");
  if (f.manifest) out["imports.json"] = f.manifest.toString("latin1");
  return out;
}

/** Every command's JSON on the shipped defaults (the golden cases, as JSON, plus the other read paths). */
const COMMANDS: string[][] = [
  ["phase", "--dataset", "cn"],
  ["phase", "--dataset", "us"],
  ["phase", "--dataset", "cn", "--mode", "as-of"],
  ["phase", "--dataset", "us", "--mode", "as-of"],
  ["cycles", "--dataset", "cn"],
  ["cycles", "--dataset", "us"],
  ["turns", "--dataset", "cn"],
  ["turns", "--dataset", "us"],
  ["overview", "--dataset", "cn", "--no-report"],
  ["overview", "--dataset", "us", "--no-report"],
  ["score", "--dataset", "cn"],
  ["score", "--dataset", "us"],
  ["backtest", "--dataset", "cn"],
  ["backtest", "--dataset", "us"],
  ["lead", "--dataset", "cn"],
  ["lead", "--dataset", "us"],
  ["sync", "--a", "cn", "--b", "us"],
  ["decompose", "--dataset", "cn"],
  ["decompose", "--dataset", "us"],
  ["compare", "--dataset", "cn"],
  ["sectors", "--dataset", "us"],
  ["sweep", "--dataset", "cn"],
  ["sweep", "--dataset", "us"],
  ["data", "list"],
  ...catalog.filter((e) => e.group === "macro").map((e) => ["data", "show", e.id]),
];

/**
 * Wall-clock timings (sweep) are the only part that may differ between runs. (The HTML report is
 * left out: built from the same computations, its chart ids count renders within one process.)
 */
async function outputs(h: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const argv of COMMANDS) {
    const r = await runEnv(env(h), ...argv, "--format", "json");
    out.set(argv.join(" "), `${r.code}\n${r.out}\n${r.err}`.replace(/"seconds": [0-9.e-]+/g, '"seconds": <S>'));
  }
  return out;
}

describe("idempotent merges", () => {
  it("exporting every shipped series and importing it back changes no output of any command, byte for byte; flags such as 2019-03 anomaly stay", async () => {
    const h = home();
    const before = await outputs(h);
    // the commands ran (a command that fails on both sides would prove nothing)
    expect([...before.values()].filter((t) => !t.startsWith("0\n"))).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), "kitchin-export-"));
    for (const region of ["cn", "us"]) {
      const f = join(dir, `${region}.csv`);
      await ok(h, "data", "export", "--dataset", region, "--out", f);
      const r = await json(h, "data", "import", f);
      expect(r.series.length).toBe(catalog.filter((e) => e.region === region).length);
      expect(r.changed).toBe(false);
      for (const s of r.series)
        expect([s.id, s.added, s.revisions.length, s.flagsAffected.length]).toEqual([s.id, 0, 0, 0]);
    }
    expect(currentState(h).generation).toBeNull(); // nothing written, no history entry
    const after = await outputs(h);
    for (const [k, v] of before) expect(after.get(k), k).toBe(v);
    const m = (await json(h, "data", "show", "cn.inventory_yoy", "--from", "2019-03", "--to", "2019-03")).points[0];
    expect(m.flags).toContain("anomaly");
  }, 600_000);

  it("NBS's revenue/inventory JSON (1 decimal) converted to CSV keeps the shipped 7.96 for 2014-02 and the phase call unchanged", async () => {
    const h = home();
    const d = JSON.parse(readFileSync(sample("cn_ind_revenue_inventory_yoy_1999_2026_houseprice.json"), "utf8"));
    const months = [...new Set([...Object.keys(d.revenue_yoy), ...Object.keys(d.inventory_yoy)])].sort();
    // as a user converts it: the JSON numbers written back as text (8.0 → "8")
    const csv =
      "月份,营业收入累计增长(%),产成品存货增减(%)\n" +
      months.map((m) => `${m},${d.revenue_yoy[m] ?? ""},${d.inventory_yoy[m] ?? ""}`).join("\n") +
      "\n";
    const f = join(mkdtempSync(join(tmpdir(), "kitchin-nbs-")), "nbs.csv");
    writeFileSync(f, csv);
    expect(d.revenue_yoy["2014-02"]).toBe(8);
    const phase = async () => (await ok(h, "phase", "--dataset", "cn", "--format", "json")).out;
    const before = await phase();
    const r = await json(h, "data", "import", f);
    expect(r.changed).toBe(false);
    const rev = r.series.find((s: any) => s.id === "cn.revenue_yoy");
    expect(rev).toMatchObject({ precision: 1, added: 0, revisions: [], keptShipped: 273 });
    expect(await phase()).toBe(before);
    expect(
      (await json(h, "data", "show", "cn.revenue_yoy", "--from", "2014-02", "--to", "2014-02")).points[0].value,
    ).toBe(7.96);
  });
});

describe("preview and consent", () => {
  it("--dry-run prints the change set and writes nothing; a mass revision is refused, then accepted with --accept-revisions and recorded", async () => {
    const h = home();
    await ok(h, "data", "import", fixture("import/fred_BUSINV.csv"));
    const before = snapshot(h);
    const money = fixture("nbs/money_supply_gbk.csv");
    const dry = await json(h, "data", "import", money, "--dry-run");
    expect(dry.dryRun).toBe(true);
    const m2 = dry.series.find((s: any) => s.id === "cn.m2_yoy");
    expect(m2.added).toBe(0);
    expect(m2.revisions.length).toBeGreaterThan(3);
    expect(m2.largest).toEqual(
      m2.revisions.reduce((a: any, b: any) => (Math.abs(b.new - b.old) > Math.abs(a.new - a.old) ? b : a)),
    );
    const text = await ok(h, "data", "import", money, "--dry-run");
    expect(text.out).toMatch(/dry run: nothing was written/);
    expect(text.out).toMatch(
      new RegExp(`revision: cn\\.m2_yoy ${m2.largest.month}: ${m2.largest.old} → ${m2.largest.new}`),
    );
    expect(snapshot(h)).toEqual(before);
    const refused = await runEnv(env(h), "data", "import", money);
    expect(refused.code).toBe(2);
    expect(refused.err.trim().split("\n")).toHaveLength(1);
    expect(refused.err).toMatch(
      /refused: the file revises \d+ existing months of cn\.m[12]_yoy beyond its rounding \(largest .*\); nothing was imported\. See every change with --dry-run; import anyway with --accept-revisions/,
    );
    expect(snapshot(h)).toEqual(before);
    const r = await json(h, "data", "import", money, "--accept-revisions");
    expect(r.changed).toBe(true);
    const hist = (await json(h, "data", "history")).history;
    expect(hist.map((e: any) => [e.n, e.kind, e.acceptedRevisions ?? false])).toEqual([
      [1, "import", false],
      [2, "import", true],
    ]);
    expect(hist[1].series.find((s: any) => s.id === "cn.m2_yoy").revised).toBe(m2.revisions.length);
  });

  it("a Wind column of coal-mining PPI month-on-month (环比) mapped to headline PPI YoY is refused with the reason; --force imports it and the history says so", async () => {
    const h = home();
    const f = sample("sample_wind_edb_export_cn_ppi_mom_by_industry_2013_2023_citizenpu.xlsx");
    const map = "中国:PPI:煤炭开采和洗选业:环比=cn.ppi_yoy";
    const r = await runEnv(env(h), "data", "import", f, "--map", map);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /column "中国:PPI:煤炭开采和洗选业:环比": refused for cn\.ppi_yoy: the column says 环比 \(month-on-month\); cn\.ppi_yoy is year-on-year growth/,
    );
    expect(existsSync(join(h, "CURRENT"))).toBe(false);
    // the same refusal for 当月 offered as 累计, and a level in 亿元 offered as a growth rate
    const g = mkdtempSync(join(tmpdir(), "kitchin-guard-"));
    writeFileSync(join(g, "a.csv"), "date,工业增加值:当月同比\n2026-01,5.1\n");
    expect(
      (await runEnv(env(h), "data", "import", join(g, "a.csv"), "--map", "工业增加值:当月同比=cn.iva_cum_yoy")).err,
    ).toMatch(/says 当月 \(single month\); cn\.iva_cum_yoy is year-on-year growth \(同比\), year to date/);
    writeFileSync(join(g, "b.csv"), "date,营业收入_累计(亿元)\n2026-01,5.1\n");
    expect(
      (await runEnv(env(h), "data", "import", join(g, "b.csv"), "--map", "营业收入_累计(亿元)=cn.revenue_yoy")).err,
    ).toMatch(/a level in money \(亿元\); cn\.revenue_yoy/);
    const forced = await json(h, "data", "import", f, "--map", map, "--force", "--accept-revisions");
    expect(forced.forced).toHaveLength(1);
    const hist = (await json(h, "data", "history")).history;
    expect(hist[0].forced[0]).toMatch(/^cn\.ppi_yoy: the column says 环比/);
    expect((await ok(h, "data", "history")).out).toMatch(/#1 forced: cn\.ppi_yoy: the column says 环比/);
  });
});

describe("history and undo", () => {
  it("undo restores the data files byte for byte, one change or N at a time; the history keeps the undo", async () => {
    const h = home();
    expect(dataFiles(h)).toEqual({});
    await ok(h, "data", "import", fixture("import/fred_BUSINV.csv"));
    const one = dataFiles(h);
    expect(Object.keys(one)).toContain("series/us.inventory.csv");
    await ok(h, "data", "import", fixture("nbs/money_supply_gbk.csv"), "--accept-revisions");
    await ok(h, "data", "import", fixture("import/wind_exports_yoy.xlsx"), "--accept-revisions");
    const three = dataFiles(h);
    expect(Object.keys(three).length).toBeGreaterThan(Object.keys(one).length + 2);
    const u = await json(h, "data", "undo", "2");
    expect(u.undid.map((e: any) => e.n)).toEqual([2, 3]);
    expect(dataFiles(h)).toEqual(one);
    await ok(h, "data", "undo");
    expect(dataFiles(h)).toEqual({});
    const hist = (await json(h, "data", "history")).history;
    expect(hist.map((e: any) => [e.n, e.kind, e.inForce])).toEqual([
      [1, "import", false],
      [2, "import", false],
      [3, "import", false],
      [4, "undo", false],
      [5, "undo", false],
    ]);
    const none = await runEnv(env(h), "data", "undo");
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/nothing to undo/);
    // the generation of any step is still there: import again, then undo once → empty again
    await ok(h, "data", "import", fixture("import/fred_BUSINV.csv"));
    expect(dataFiles(h)).toEqual(one);
  });

  it("remove ID returns one series (and those derived from it) to the shipped data, leaving the others byte for byte", async () => {
    const a = home(),
      b = home();
    await ok(a, "data", "import", fixture("import/wind_exports_yoy.xlsx"), "--accept-revisions");
    await ok(b, "data", "import", fixture("import/wind_exports_yoy.xlsx"), "--accept-revisions");
    await ok(b, "data", "import", fixture("import/fred_BUSINV.csv"));
    expect(Object.keys(dataFiles(b))).toEqual(
      expect.arrayContaining([
        "series/us.inventory.csv",
        "series/us.inventory_yoy.csv",
        "series/us.sales.csv",
        "series/us.sales_yoy.csv",
      ]),
    );
    const r = await json(b, "data", "remove", "us.inventory");
    expect(r.removed).toEqual(["us.inventory", "us.inventory_yoy", "us.sales", "us.sales_yoy"]);
    const x = dataFiles(b),
      y = dataFiles(a);
    expect(Object.keys(x)).toEqual(Object.keys(y));
    for (const k of Object.keys(x)) expect(x[k], k).toBe(y[k]);
    expect((await ok(b, "phase", "--dataset", "us", "--format", "json")).out).toBe(
      (await ok(home(), "phase", "--dataset", "us", "--format", "json")).out,
    );
    await ok(b, "data", "undo");
    expect(Object.keys(dataFiles(b))).toContain("series/us.inventory.csv");
    const again = await runEnv(env(a), "data", "remove", "us.inventory");
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/us\.inventory has no imported months; it is the shipped series already/);
  });
});

describe("a store that cannot be half-written", () => {
  for (const [label, text] of [
    ["null", "null"],
    ["[]", "[]"],
    ["deep nesting", '{"cn.m1_yoy":'.repeat(5000) + "1" + "}".repeat(5000)],
    ["an entry that is not one", '{"cn.m1_yoy": 3}'],
    ["not JSON", "{"],
  ]) {
    it(`a damaged imports.json (${label}) is refused with one line naming the file and the way back`, async () => {
      const h = home();
      await ok(h, "data", "import", fixture("import/fred_BUSINV.csv"));
      const f = join(currentState(h).dir!, "imports.json");
      writeFileSync(f, text);
      const before = snapshot(h);
      for (const argv of [
        ["data", "list"],
        ["data", "import", fixture("nbs/money_supply_gbk.csv"), "--accept-revisions"],
      ]) {
        const r = await runEnv(env(h), ...argv);
        expect(r.code, argv.join(" ")).toBe(2);
        expect(r.err.trim().split("\n")).toHaveLength(1);
        expect(r.err).toContain(f);
        expect(r.err).toMatch(
          /the data folder is damaged and was not used\. Repair the file, or remove the folder .* to return to the shipped data/,
        );
        expect(r.err).not.toMatch(/at .*\.ts:\d+/);
      }
      expect(snapshot(h)).toEqual(before);
    });
  }

  it("a lock held by a live process makes a second import wait, then refuse clearly; a lock left by a dead process is broken", async () => {
    const h = home();
    mkdirSync(h, { recursive: true });
    writeFileSync(
      lockFile(h),
      JSON.stringify({
        pid: process.pid,
        host: (await import("node:os")).hostname(),
        at: "2026-11-01T00:00:00Z",
        what: "data import other.csv",
      }),
    );
    const t0 = Date.now();
    const r = await runEnv(
      env(h, { KITCHIN_LOCK_TIMEOUT_MS: "400" }),
      "data",
      "import",
      fixture("import/fred_BUSINV.csv"),
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(
        `another kitchin process \\(pid ${process.pid} on .*, data import other\\.csv, since 2026-11-01T00:00:00Z\\) is changing the data folder; waited 0\\.4 s`,
      ),
    );
    expect(existsSync(join(h, "CURRENT"))).toBe(false);
    // a pid that no longer runs: the lock is stale
    const { spawnSync } = await import("node:child_process");
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    }).stdout;
    writeFileSync(
      lockFile(h),
      JSON.stringify({
        pid: Number(dead),
        host: (await import("node:os")).hostname(),
        at: "2026-11-01T00:00:00Z",
        what: "data import",
      }),
    );
    await ok(h, "data", "import", fixture("import/fred_BUSINV.csv"));
    expect(existsSync(lockFile(h))).toBe(false);
    expect(currentState(h).generation).toBe("g000001");
  });

  it("a data folder that cannot be created is one line and exit 2", async () => {
    const file = join(home(), "a-file");
    writeFileSync(file, "");
    const r = await runEnv(env(join(file, "home")), "data", "import", fixture("import/fred_BUSINV.csv"));
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/cannot create the data folder \(ENOTDIR.*\); nothing was changed/);
  });

  it("a folder of the first layout (series/ and imports.json at the top) is read, and moved into a generation by the next change", async () => {
    const h = home();
    mkdirSync(join(h, "series"), { recursive: true });
    writeFileSync(join(h, "series", "cn.revenue_yoy.csv"), "date,value,flags\n2026-06,6.5,\n");
    writeFileSync(
      join(h, "imports.json"),
      JSON.stringify({
        "cn.revenue_yoy": { source: "old.csv", column: "营业收入累计增长(%)", importedAt: "2026-11-01" },
      }),
    );
    const show = async () => (await json(h, "data", "show", "cn.revenue_yoy", "--from", "2026-06")).points;
    expect(await show()).toEqual([{ date: "2026-06", value: 6.5, flags: [] }]);
    await ok(h, "data", "import", fixture("import/fred_BUSINV.csv"));
    expect(existsSync(join(h, "series"))).toBe(false);
    expect(Object.keys(dataFiles(h))).toEqual(
      expect.arrayContaining(["series/cn.revenue_yoy.csv", "series/us.inventory.csv"]),
    );
    expect(await show()).toEqual([{ date: "2026-06", value: 6.5, flags: [] }]);
  });
});

describe("readers", () => {
  it("a FRED single-series CSV (BOPTIMP) maps by the catalog's source id without --map", async () => {
    const h = home();
    const r = await json(h, "data", "import", sample("us_BOPTIMP_fred_1992_2025-06_c3linetan.csv"), "--dry-run");
    expect(r.series.map((s: any) => [s.id, s.from, s.first, s.last])).toEqual([
      ["us.imports_gs", "BOPTIMP", "1992-01", "2025-06"],
    ]);
    expect(r.series[0].revisions).toEqual([]); // the shipped series is this file
  });

  it("a `date,value` download (FRED API, TB3MS) maps by the source id in its file name and adds the months after the shipped end", async () => {
    const h = home();
    const f = sample("us_TB3MS_fred_1959_2026-05_opxie1.csv");
    const r = await json(h, "data", "import", f);
    expect(r.series.map((s: any) => [s.id, s.from, s.added, s.revisions.length])).toEqual([
      ["us.tbill", "value", 6, 0],
    ]);
    expect(r.notes).toContain('column "value" is us.tbill: the file name names its source id TB3MS');
    // incoming2/PROVENANCE.md §4: 2025-12 3.59 … 2026-05 3.60
    const pts = (await json(h, "data", "show", "us.tbill", "--from", "2025-12")).points.map((p: any) => [
      p.date,
      p.value,
    ]);
    expect(pts).toEqual([
      ["2025-12", 3.59],
      ["2026-01", 3.57],
      ["2026-02", 3.6],
      ["2026-03", 3.61],
      ["2026-04", 3.61],
      ["2026-05", 3.6],
    ]);
  });

  it("a CEInet table with an analyst's sums below the data reads to the last dated row and names the rows it skipped", async () => {
    const h = home();
    const f = sample("cn_ind_revenue_profit_ytd_2010_2020_ceinet_gkdgkd.xls");
    const r = await json(h, "data", "import", f, "--dry-run");
    expect(r.notes).toContain(
      `${f}: 5 rows (115…123) below the last dated row (2020-04, row 114) have no date and were skipped`,
    );
    const rev = r.series.find((s: any) => s.id === "cn.revenue_yoy");
    expect(rev).toMatchObject({ from: "规模以上工业企业营业收入_累计同比增速", last: "2020-04", precision: 2 });
    // 2017-2018 is 营业收入 here, 主营业务收入 in the shipped splice (incoming/PROVENANCE.md §2): revisions, so consent is asked
    expect(rev.revisions.length).toBeGreaterThan(3);
    const refused = await runEnv(env(h), "data", "import", f);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/revises \d+ existing months of cn\.(revenue|profit)_yoy/);
  });
});
