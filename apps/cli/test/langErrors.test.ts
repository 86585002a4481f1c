/**
 * Messages as values, finished for the CLI: every area's error lines and notes are keyed
 * messages of the core's table, so `--lang zh` prints them in Chinese and the English line (without
 * `--lang`) is the one the CLI printed before they became messages, byte for byte.
 *
 * Each case is a real invocation on bad input: with `--lang zh` one line, exit 2, Chinese, and no
 * English sentence left (names, flags, ids, paths and quoted cells may stay as given); without
 * `--lang` exactly the English line.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEnv, tmpFile } from "./helpers.ts";

const HAN = /[\u4e00-\u9fff]/;
const today = { KITCHIN_TODAY: "2026-11" };

/**
 * What is left of an error line once the words a user gave or a command takes are removed: quoted
 * text, back-quoted commands, and tokens with a flag, path, id or spec shape (`--lag`, `/tmp/x.csv`,
 * `cn.m2_yoy`, `COLUMN=SERIES_ID`, `2020-01`). Three English words in a row there are a sentence
 * that was not translated.
 */
function englishSentence(line: string): string | null {
  const rest = line
    .replace(/^kitchin: /, "")
    .replace(/"[^"]*"/g, " ")
    .replace(/`[^`]*`/g, " ")
    .split(/[\s，；：、（）()]+/)
    .filter((t) => !/[-/.:=|_<>{}[\]@#0-9]/.test(t))
    .join(" ");
  const m = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.exec(rest);
  return m ? m[0] : null;
}

const months = (n: number, row: (i: number, ym: string) => string) =>
  Array.from({ length: n }, (_, i) =>
    row(i, `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`),
  ).join("\n") + "\n";

const files = {
  /** A flat column (no turns), a wave, a full-width cell, a blank column and a column of four values. */
  core: () =>
    tmpFile(
      "le_core.csv",
      "date,flat,wave,fw,blank,tiny\n" +
        months(
          120,
          (i, ym) =>
            `${ym},${1 + (i % 2) * 0.001},${(10 * Math.sin(i / 6)).toFixed(3)},${i === 7 ? "１２" : i},,${i < 4 ? i : ""}`,
        ),
    ),
  /** Inventory known only in 2010–11, prices only from 2012; a total that is 0 in 2010-03. */
  growth: () =>
    tmpFile(
      "le_growth.csv",
      "date,inv,va,pr,ratio,tot,a,b\n" +
        months(
          48,
          (i, ym) =>
            `${ym},${i < 20 ? i % 7 : ""},${i % 3},${i >= 24 ? i % 5 : ""},${i % 4},${i === 2 ? 0 : 100 + i},${50 + i},50`,
        ),
    ),
  pricesOk: () =>
    tmpFile("le_prices_ok.csv", "date,a,b\n" + months(120, (i, ym) => `${ym},${100 + i},${50 + (i % 7)}`)),
  phasesShort: () => tmpFile("le_phases_short.csv", "date,phase\n" + months(24, (_, ym) => `${ym},active-restock`)),
};

/** `en`: the English line, given the arguments (the files a case made are among them). */
interface Case {
  area: string;
  args: () => string[];
  en: (a: string[]) => string;
}

const CASES: Case[] = [
  // usage (args.ts, main.ts, the commands' checks)
  {
    area: "usage: unknown command",
    args: () => ["nosuch"],
    en: () =>
      'kitchin: unknown command "nosuch"; commands: overview, turns, phase, cycles, data, score, backtest, compare, report, sweep, lead, sync, decompose, sectors, contrib, outlook (see kitchin --help)',
  },
  {
    area: "usage: unknown option",
    args: () => ["phase", "--datset", "cn"],
    en: () => "kitchin: unknown option --datset (did you mean --dataset?) (see kitchin --help)",
  },
  {
    area: "usage: number out of bounds",
    args: () => ["cycles", "--dataset", "cn", "--lag", "30"],
    en: () => 'kitchin: --lag must be a whole number from 0 to 24, got "30" (see kitchin --help)',
  },
  {
    area: "usage: stray words",
    args: () => ["phase", "--dataset", "cn", "stray", "more", "words"],
    en: () =>
      'kitchin: unexpected argument "stray" (and 2 more): phase takes no words besides its flags (see kitchin --help)',
  },
  {
    area: "usage: flags that exclude each other",
    args: () => [
      "score",
      "--file",
      "x.csv",
      "--inventory",
      "a",
      "--demand",
      "b",
      "--prices",
      "p.csv",
      "--phases",
      "f.csv",
    ],
    en: () =>
      "kitchin: give either --file (phases computed from your demand and inventory) or --phases (a phase timeline), not both (see kitchin --help)",
  },
  {
    area: "usage: strategy spec",
    args: () => ["backtest", "--dataset", "cn", "--strategy", "nosuch"],
    en: () =>
      'kitchin: unknown strategy "nosuch"; use topk[:K[:WEIGHTING[:REBALANCE]]], clock, map:F.json, equal or hold:ASSET (see kitchin --help)',
  },
  {
    area: "usage: word flag",
    args: () => ["contrib", "--dataset", "us", "--aggregate", "avg"],
    en: () => 'kitchin: --aggregate must be sum, mean or end, got "avg" (see kitchin --help)',
  },
  // price files (priceInputs.ts) and the backtest's price panel
  {
    area: "prices: not positive",
    args: () => [
      "score",
      "--prices",
      tmpFile("le_neg.csv", "date,a,b\n2020-01,1,2\n2020-02,-1,2\n2020-03,1,2\n"),
      "--phases",
      files.phasesShort(),
    ],
    en: (a) => `kitchin: ${a[2]}, row 3, column "a": price -1 must be positive`,
  },
  {
    area: "prices: a month missing",
    args: () => [
      "score",
      "--prices",
      tmpFile("le_gap.csv", "date,a,b\n2020-01,1,2\n2020-04,1,2\n"),
      "--phases",
      files.phasesShort(),
    ],
    en: (a) =>
      `kitchin: ${a[2]}, row 3, column "date": dates jump from 2020-01 to 2020-04: 2020-02 has no prices (month-end prices need every month)`,
  },
  {
    area: "prices: a second price",
    args: () => [
      "score",
      "--prices",
      tmpFile("le_dup.csv", "date,asset,price\n2020-01-31,a,1\n2020-01-31,a,2\n"),
      "--phases",
      files.phasesShort(),
    ],
    en: (a) => `kitchin: ${a[2]}, row 3, column "date": a second price for "a" on 2020-01-31 (first on row 2)`,
  },
  // phase files (phaseInputs.ts) and their coverage (backtest timeline)
  {
    area: "phases: not a phase id",
    args: () => [
      "score",
      "--prices",
      files.pricesOk(),
      "--phases",
      tmpFile("le_ph_bad.csv", "date,phase\n2010-01,active-restock\n2010-02,boom\n"),
    ],
    en: (a) =>
      `kitchin: ${a[4]}, row 3, column "phase": "boom" is not a phase id; use passive-destock, active-restock, passive-restock, active-destock (or unknown)`,
  },
  {
    area: "phases: months not consecutive",
    args: () => [
      "score",
      "--prices",
      files.pricesOk(),
      "--phases",
      tmpFile("le_ph_gap.csv", "date,phase\n2010-01,active-restock\n2010-03,active-restock\n"),
    ],
    en: (a) => `kitchin: ${a[4]}, row 3, column "date": months must be consecutive: 2010-01 is followed by 2010-03`,
  },
  {
    area: "phases: coverage",
    args: () => ["score", "--prices", files.pricesOk(), "--phases", files.phasesShort()],
    en: (a) =>
      `kitchin: ${a[4]}: the phase series ends 2011-12 but prices run to 2019-12; shorten the window with --to or extend the phases`,
  },
  // series ids (the catalog, inputs.ts)
  {
    area: "series: unknown id with suggestions",
    args: () => ["lead", "--dataset", "cn", "--indicator", "cn.m2_yoyy"],
    en: () =>
      'kitchin: unknown series id "cn.m2_yoyy"; try `kitchin data list` (did you mean cn.m2_yoy, cn.m1_yoy, us.m2_yoy?)',
  },
  {
    area: "series: another region's id",
    args: () => ["turns", "--dataset", "cn", "--series", "us.ppi_yoy"],
    en: () => 'kitchin: series "us.ppi_yoy" is not in the cn dataset (see kitchin --help)',
  },
  // files (io/)
  {
    area: "files: empty",
    args: () => ["phase", "--file", tmpFile("le_empty.csv", ""), "--inventory", "inv", "--demand", "rev"],
    en: (a) => `kitchin: ${a[2]}: the file is empty`,
  },
  {
    area: "files: ragged row",
    args: () => [
      "phase",
      "--file",
      tmpFile("le_wide.csv", "date,a,b\n2010-01,1,2,3\n"),
      "--inventory",
      "a",
      "--demand",
      "b",
    ],
    en: (a) => `kitchin: ${a[2]}, row 2: row has 4 cells but the header has 3 columns`,
  },
  {
    area: "files: not an .xls",
    args: () => ["phase", "--file", tmpFile("le_not.xls", "hello"), "--inventory", "a", "--demand", "b"],
    en: (a) =>
      `kitchin: ${a[2]}: is not an Excel 97–2003 workbook (.xls) despite its name; save it from Excel as .xlsx or .csv, or give it its real extension`,
  },
  {
    area: "files: a map of the wrong shape",
    args: () => ["backtest", "--dataset", "cn", "--strategy", `map:${tmpFile("le_map.json", "[1,2]")}`],
    en: (a) =>
      `kitchin: ${a[4].slice("map:".length)}: the map must be an object {"<phase id>": {"<asset>": weight, …}, …} (phase ids: passive-destock, active-restock, passive-restock, active-destock), found a list`,
  },
  // data import (userData/)
  {
    area: "import: no known column",
    args: () => ["data", "import", tmpFile("le_imp.csv", "date,foo\n2020-01,1\n")],
    en: (a) => `kitchin: ${a[2]}: no column is a known series; name them with --map COLUMN=SERIES_ID (columns: "foo")`,
  },
  {
    area: "import: --map form",
    args: () => ["data", "import", tmpFile("le_imp2.csv", "date,foo\n2020-01,1\n"), "--map", "foo"],
    en: () => 'kitchin: --map takes COLUMN=SERIES_ID, got "foo" (see kitchin --help)',
  },
  // contrib
  {
    area: "contrib: dataset",
    args: () => ["contrib", "--dataset", "cn"],
    en: () =>
      'kitchin: --dataset for contrib is us (Census inventories by sector), got "cn"; for other data give --total and --components (see kitchin --help)',
  },
  // the core's analytics and readers (their errors reach every command that reads a series)
  {
    area: "core: a target without turning points",
    args: () => ["lead", "--file", files.core(), "--target", "flat", "--indicator", "wave"],
    en: () =>
      "kitchin: wave: the target has no turning points with these rules, so no lead can be measured; use a longer series or a smaller minAmplitude",
  },
  {
    area: "core: the reason after not a number",
    args: () => ["turns", "--file", files.core(), "--column", "fw"],
    en: (a) =>
      `kitchin: ${a[2]}, row 9, column "fw": "１２" is not a number (it has full-width digits or signs; retype it with ASCII digits)`,
  },
  {
    area: "core: a column without numbers",
    args: () => ["turns", "--file", files.core(), "--column", "blank"],
    en: (a) => `kitchin: ${a[2]}, column "blank": the column has no numeric values`,
  },
  {
    area: "core: too few observations",
    args: () => ["turns", "--file", files.core(), "--column", "tiny"],
    en: () => "kitchin: turning points need at least 14 observations with these parameters, got 4",
  },
  {
    area: "core: decompose inputs without a common month",
    args: () => [
      "decompose",
      "--file",
      files.growth(),
      "--inventory",
      "inv",
      "--value-added",
      "va",
      "--price",
      "pr",
      "--ratio",
      "ratio",
    ],
    en: () => "kitchin: inventory and price share no observed month",
  },
  {
    area: "core: contrib over a zero base",
    args: () => ["contrib", "--file", files.growth(), "--total", "tot", "--components", "a,b"],
    en: () =>
      "kitchin: tot is 0 in the year before 2011-03: growth over a base that is not positive is undefined (a blank written as 0?)",
  },
  {
    area: "core: a sector's month twice",
    args: () => [
      "sectors",
      "--file",
      tmpFile("le_sectors.csv", "sector,month,inventory\nsteel,2020-01,1\nsteel,2020-02,2\nsteel,2020-02,3\n"),
    ],
    en: (a) => `kitchin: ${a[2]}, row 4: steel has 2020-02 twice`,
  },
];

describe("--lang zh error lines: every area", () => {
  it.each(CASES.map((c) => [c.area, c] as const))("%s", async (_, c) => {
    const args = c.args();
    const home = mkdtempSync(join(tmpdir(), "kitchin-le-"));
    const env = { ...today, KITCHIN_HOME: home };
    const zh = await runEnv(env, ...args, "--lang", "zh");
    expect(zh.code).toBe(2);
    const lines = zh.err.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(HAN);
    expect(englishSentence(lines[0])).toBeNull();
    const en = await runEnv(env, ...args);
    expect(en.code).toBe(2);
    expect(en.err).toBe(c.en(args) + "\n");
  });

  it("the guard finds an English sentence (the check above can fail)", () => {
    expect(englishSentence("kitchin: /tmp/x.csv: the file is empty")).toBe("the file is");
    expect(englishSentence('kitchin: --lag 须为 0 到 24 之间的整数，收到 "abc"（见 kitchin --help）')).toBeNull();
  });

  it("a --lang zh usage line keeps the help pointer, in Chinese", async () => {
    const r = await runEnv(today, "phase", "--dataset", "xx", "--lang", "zh");
    expect(r.err).toBe('kitchin: --dataset 须为 cn 或 us，收到 "xx"（见 kitchin --help）\n');
  });
});

describe("--lang zh notes of the readers and the data folder", () => {
  it("rows below a table without a date: a Chinese note, English without --lang", async () => {
    const f = tmpFile(
      "le_footer.csv",
      "date,inv,rev\n" + months(120, (i, ym) => `${ym},${(i % 40) / 4},${(i % 30) / 3}`) + ",x,y\n,z,\n",
    );
    const zh = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--demand", "rev", "--lang", "zh");
    expect(zh.code).toBe(0);
    const note = zh.err.split("\n").find((l) => l.includes("122"));
    expect(note).toBe(`注: ${f}：最后一个带日期的行（2019-12，第 121 行）之下的 2 行（第 122…123 行）没有日期，已跳过`);
    const en = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--demand", "rev");
    expect(en.err).toContain(
      `note: ${f}: 2 rows (122…123) below the last dated row (2019-12, row 121) have no date and were skipped\n`,
    );
  });

  it("data import --dry-run: the change set's lines and notes are Chinese", async () => {
    const home = mkdtempSync(join(tmpdir(), "kitchin-le-"));
    const f = new URL("./fixtures/import/nbs_money_supply_months_as_columns_gbk.csv", import.meta.url).pathname;
    const zh = await runEnv({ ...today, KITCHIN_HOME: home }, "data", "import", f, "--dry-run", "--lang", "zh");
    expect(zh.code).toBe(0);
    const lines = zh.out
      .split("\n")
      .filter((l) => l && !/[│─]/.test(l) && !l.startsWith("cn.") && !l.startsWith("序列"));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const l of lines) {
      expect(l).toMatch(HAN);
      expect(englishSentence(l.replace(f, ""))).toBeNull();
    }
    expect(zh.out).toContain(`注: ${f}：月份沿列方向排列；已转置读取`);
    const en = await runEnv({ ...today, KITCHIN_HOME: home }, "data", "import", f, "--dry-run");
    expect(en.out).toContain(`note: ${f}: months run across the columns; read turned around\n`);
    expect(en.out).toContain(`would import ${f} into ${home} (dry run: nothing was written):\n`);
    expect(en.out).not.toMatch(/注:|将导入/);
  });

  it("data undo with nothing to undo: Chinese with the data folder as the place", async () => {
    const home = mkdtempSync(join(tmpdir(), "kitchin-le-"));
    const zh = await runEnv({ KITCHIN_HOME: home }, "data", "undo", "--lang", "zh");
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(
      `kitchin: ${home}：没有可撤销的更改：当前没有生效的导入或删除（kitchin data history 列出全部更改）\n`,
    );
    const en = await runEnv({ KITCHIN_HOME: home }, "data", "undo");
    expect(en.err).toBe(
      `kitchin: ${home}: nothing to undo: no import or removal is in force (kitchin data history lists them)\n`,
    );
  });
});
