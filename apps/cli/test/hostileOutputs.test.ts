/**
 * The hostile suite's output side: names with terminal control sequences never reach the
 * terminal raw; names that a spreadsheet would run are neutralised in every CSV; every write is
 * checked (folder, read-only file, device, full disk, closed pipe: one line, exit 2); JSON inputs are
 * validated; files and grids beyond the limits are refused before the work.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, openSync, readFileSync, symlinkSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SIZE_LIMITS } from "@kitchin/core";
import { parseCsv, toCsv } from "@kitchin/jobs/node";
import { termText } from "../src/format/table.ts";
import { run, runEnv, tmpFile, tmpPath } from "./helpers.ts";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { N, inv, rev, ym } from "./hostile/data.ts";

const bin = fileURLToPath(new URL("../bin/kitchin.mjs", import.meta.url));
const ESC_TITLE = "\x1b]0;pwned\x07";
const RED = "\x1b[31m";
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const FORMULAS = ["=1+2", "+SUM(A1)", "-2+3", "@SUM(1)", "\tTAB", "\rCR"];

/** One line on stderr, no stack, no raw control character; exit 2 and nothing on stdout. */
function refused(r: { code: number; out: string; err: string }, re: RegExp) {
  expect(r.code, r.err).toBe(2);
  expect(r.err.split("\n").length, r.err).toBe(2);
  expect(r.err).not.toMatch(/\n\s+at |internal error/);
  expect(r.err).toMatch(re);
}

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
function prices(names: string[], file: string) {
  const lines = [["date", ...names].map(quote).join(",")];
  for (let i = 0; i < N; i++)
    lines.push(
      [
        `${ym(i)}-28`,
        ...names.map((_, a) =>
          (100 * Math.exp(0.01 * i * ((a % 5) + 1) + 0.05 * Math.sin((i + 5 * a) / 5))).toFixed(3),
        ),
      ].join(","),
    );
  return tmpFile(file, lines.join("\n") + "\n");
}
const code = (i: number) =>
  ["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(((i + 11) % 40) / 10)];
const phases = tmpFile(
  "out-phases.csv",
  ["date,phase", ...Array.from({ length: N }, (_, i) => `${ym(i)},${code(i)}`)].join("\n") + "\n",
);

describe("terminal text", () => {
  it("termText escapes control and bidirectional characters", () => {
    expect(termText(`a${ESC_TITLE}b${RED}c\u202ed\n`)).toBe("a\\x1b]0;pwned\\x07b\\x1b[31mc\\u202ed\\n");
  });
  const p = prices([`gold${ESC_TITLE}`, `copper${RED}`, "bond\u202e"], "esc-prices.csv");
  const own = tmpFile(
    "esc-own.csv",
    [
      `date,"inv${RED}","rev${ESC_TITLE}",ind${RED}`,
      ...Array.from({ length: N }, (_, i) => `${ym(i)},${inv[i]},${rev[i]},${inv[(i + 4) % N]}`),
    ].join("\n") + "\n",
  );
  const levels = tmpFile(
    "esc-levels.csv",
    [
      `date,"total${ESC_TITLE}","a${RED}",b\u202e`,
      ...Array.from({ length: N }, (_, i) => `${ym(i)},${300 + i + inv[i]},${100 + i},${200 + inv[i]}`),
    ].join("\n") + "\n",
  );
  const commands: [string, string[]][] = [
    ["score", ["score", "--prices", p, "--phases", phases, "--bootstrap", "0", "--permutations", "0"]],
    ["backtest", ["backtest", "--prices", p, "--phases", phases, "--strategy", `hold:gold${ESC_TITLE}`]],
    ["phase", ["phase", "--file", own, "--inventory", `inv${RED}`, "--demand", `rev${ESC_TITLE}`]],
    ["lead", ["lead", "--file", own, "--target", `inv${RED}`, "--indicator", `ind${RED}`, "--details"]],
    ["overview", ["overview", "--file", own, "--inventory", `inv${RED}`, "--demand", `rev${ESC_TITLE}`]],
    ["turns", ["turns", "--file", own, "--column", `inv${RED}`]],
    ["cycles", ["cycles", "--file", own, "--inventory", `inv${RED}`, "--demand", `rev${ESC_TITLE}`]],
    [
      "contrib",
      [
        "contrib",
        "--file",
        levels,
        "--total",
        `total${ESC_TITLE}`,
        "--components",
        `a${RED},b\u202e`,
        "--vs",
        `a${RED}`,
      ],
    ],
  ];
  for (const [name, args] of commands) {
    it(`${name}: names with escape sequences are printed escaped`, async () => {
      const r = await run(...args);
      expect(r.code, r.err).toBe(0);
      expect(r.out).not.toMatch(RAW_CONTROL);
      expect(r.err).not.toMatch(RAW_CONTROL);
      expect(r.out + r.err).toMatch(/\\x1b/); // the name is there, escaped
    }, 30000);
  }
});

it("data import --map: a column name with escape sequences is printed escaped", async () => {
  const home = mkdtempSync(join(tmpdir(), "kitchin-esc-home-"));
  const f = tmpFile("esc-import.csv", `month,"my revenue${RED}","junk${ESC_TITLE}"\n2026-05,5.5,1\n2026-06,6.5,2\n`);
  const r = await runEnv(
    { KITCHIN_HOME: home, KITCHIN_TODAY: "2026-11" },
    "data",
    "import",
    f,
    "--map",
    `my revenue${RED}=cn.revenue_yoy`,
  );
  expect(r.code, r.err).toBe(0);
  expect(r.out + r.err).not.toMatch(RAW_CONTROL);
  expect(r.out).toMatch(/junk\\x1b\]0;pwned\\x07/);
}, 30000);

describe("CSV writer", () => {
  it("neutralises formula-leading text with an apostrophe and keeps plain numbers", () => {
    const text = toCsv(["name", ...FORMULAS], [["-1.5", -2, "-", "=A1", "plain", "-3e-4", "+7", "@x"]]);
    const [h, row] = parseCsv(text);
    expect(h.slice(1)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(row).toEqual(["-1.5", "-2", "'-", "'=A1", "plain", "-3e-4", "+7", "'@x"]);
    // every cell a spreadsheet would evaluate starts with an apostrophe
    for (const c of [...h, ...row]) if (/^[=+\-@\t\r]/.test(c)) expect(c).toMatch(/^[-+]?\d/);
  });
  const p = prices(FORMULAS.slice(0, 4), "formula-prices.csv");
  const own = tmpFile(
    "formula-own.csv",
    [
      "date,inventory,revenue,=1+2,@SUM(1),-A",
      ...Array.from(
        { length: N },
        (_, i) =>
          `${ym(i)},${inv[i]},${100 + rev[i] + 50 + inv[i] / 2},${inv[(i + 4) % N]},${100 + rev[i]},${50 + inv[i] / 2}`,
      ),
    ].join("\n") + "\n",
  );
  const cases: [string, () => Promise<string>][] = [
    [
      "score --format csv",
      async () =>
        (
          await run(
            "score",
            "--prices",
            p,
            "--phases",
            phases,
            "--bootstrap",
            "0",
            "--permutations",
            "0",
            "--format",
            "csv",
          )
        ).out,
    ],
    [
      "score --out s.csv",
      async () => {
        const f = tmpPath("s.csv");
        const r = await run(
          "score",
          "--prices",
          p,
          "--phases",
          phases,
          "--bootstrap",
          "0",
          "--permutations",
          "0",
          "--out",
          f,
        );
        expect(r.code, r.err).toBe(0);
        return readFileSync(f, "utf8");
      },
    ],
    [
      "lead --indicator '=1+2' --format csv",
      async () =>
        (await run("lead", "--file", own, "--target", "inventory", "--indicator", "=1+2", "--format", "csv")).out,
    ],
    [
      "contrib --components '@SUM(1)' --format csv",
      async () => {
        const r = await run(
          "contrib",
          "--file",
          own,
          "--total",
          "revenue",
          "--components",
          "@SUM(1),-A",
          "--format",
          "csv",
        );
        expect(r.code, r.err).toBe(0);
        return r.out;
      },
    ],
  ];
  for (const [name, get] of cases) {
    it(`${name}: no cell starts a formula`, async () => {
      const text = await get();
      const cells = parseCsv(text).flat();
      expect(cells.length).toBeGreaterThan(4);
      expect(cells.some((c) => c.startsWith("'"))).toBe(true); // the names are there, neutralised
      for (const c of cells)
        if (/^[=+\-@\t\r]/.test(c)) expect(c, name).toMatch(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/);
    }, 30000);
  }
});

describe("writes are checked", () => {
  const p = prices(["gold", "copper", "bond"], "w-prices.csv");
  const report = ["report", "--prices", p, "--phases", phases, "--permutations", "0", "--bootstrap", "0"];
  it("--pdf into a folder, or onto a read-only file: refused before the work, nothing claimed", async () => {
    const dir = tmpPath("x.pdf");
    mkdirSync(dir, { recursive: true });
    refused(await run(...report, "--out", tmpPath("w1.html"), "--pdf", dir), /x\.pdf: is a folder, not a file/);
    const ro = tmpFile("ro.pdf", "old");
    chmodSync(ro, 0o444);
    refused(await run(...report, "--out", tmpPath("w2.html"), "--pdf", ro), /ro\.pdf: is read-only/);
    expect(readFileSync(ro, "utf8")).toBe("old");
  }, 60000);
  it("--out into a folder, a read-only file or /dev/full: one line, exit 2", async () => {
    const dir = tmpPath("folder.html");
    mkdirSync(dir, { recursive: true });
    refused(await run(...report, "--out", dir), /is a folder, not a file/);
    const ro = tmpFile("ro.csv", "old");
    chmodSync(ro, 0o444);
    refused(await run("score", "--prices", p, "--phases", phases, "--out", ro), /ro\.csv: is read-only/);
    const full = tmpPath("full.csv");
    symlinkSync("/dev/full", full);
    refused(await run("score", "--prices", p, "--phases", phases, "--out", full), /full\.csv: is not a regular file/);
  }, 60000);
  it("stdout on a full disk (> /dev/full) and a closed pipe: one line, exit 2, no stack trace", async () => {
    const full = spawnSync(process.execPath, [bin, "phase", "--dataset", "cn", "--format", "json"], {
      stdio: ["ignore", openSync("/dev/full", "w"), "pipe"],
      encoding: "utf8",
    });
    expect(full.status).toBe(2);
    expect(full.stderr).toMatch(/^kitchin: standard output: no space left on the device/);
    expect(full.stderr.split("\n").length).toBe(2);
    // a reader that closes at once: the writer learns it with EPIPE
    const child = spawn(process.execPath, [bin, "data", "show", "cn.ppi_yoy"], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    const status = await new Promise<number | null>((ok) => child.on("exit", ok));
    expect(err).not.toMatch(/\n\s+at /);
    if (status !== 0) {
      expect(status).toBe(2);
      expect(err).toMatch(/^kitchin: standard output: the reader closed the pipe/);
    }
  }, 60000);
});

describe("JSON inputs are validated", () => {
  const p = prices(["gold", "copper", "bond"], "j-prices.csv");
  const bt = (map: string) => run("backtest", "--prices", p, "--phases", phases, "--strategy", `map:${map}`);
  const cases: [string, string, RegExp][] = [
    ["null", "null", /the map must be an object .* found null/],
    ["a number", "42", /the map must be an object .* found a number/],
    ["a list", "[1,2]", /the map must be an object .* found a list/],
    [
      "a phase holding a number",
      '{"active-restock": 1}',
      /"active-restock" must be an object of asset → weight, found a number/,
    ],
    [
      "a weight as text",
      '{"active-restock": {"gold": "1"}}',
      /"active-restock"\."gold" must be a weight from 0 to 1, found text/,
    ],
    ["an unknown phase", '{"boom": {}}', /"boom" is not a phase id/],
    ["100,000 levels of nesting", "[".repeat(100000) + "]".repeat(100000), /JSON nested 100000 levels deep; at most 8/],
    ["broken JSON", "{", /not valid JSON/],
  ];
  for (const [name, body, re] of cases) {
    it(
      `map file holding ${name}: one line`,
      async () => refused(await bt(tmpFile(`map-${name.replace(/\W/g, "")}.json`, body)), re),
      30000,
    );
  }
  it("map:/dev/zero and a JSON file over the limit are refused before reading", async () => {
    refused(await bt("/dev/zero"), /dev\/zero: is not a regular file/);
    refused(
      await bt(tmpFile("big.json", " ".repeat(SIZE_LIMITS.jsonFileBytes + 1) + "{}")),
      /kitchin reads JSON files of up to 1 MB/,
    );
  }, 30000);
});

describe("limits", () => {
  it("score --prices /dev/zero and --file /dev/zero: refused at once", async () => {
    refused(await run("score", "--prices", "/dev/zero", "--phases", phases), /dev\/zero: is not a regular file/);
    refused(await run("turns", "--file", "/dev/zero", "--column", "x"), /dev\/zero: is not a regular file/);
  }, 30000);
  it("a sweep grid over the limit is refused with its size", async () => {
    const costs = Array.from({ length: 10001 }, (_, i) => i).join(",");
    const t0 = Date.now();
    refused(
      await run(
        "sweep",
        "--dataset",
        "cn",
        "--top-k",
        "1,2,3,4",
        "--cost",
        costs,
        "--signal-lag",
        Array.from({ length: 25 }, (_, i) => i).join(","),
        "--weighting",
        "equal,inverse-vol,score",
        "--rebalance",
        "monthly,quarterly,phase-change",
      ),
      /the grid has 6,750,675 configurations .* a sweep runs at most 100,000/,
    );
    expect(Date.now() - t0).toBeLessThan(10000);
  }, 30000);
  it("a report at the asset limit (300 assets) is drawn, heat map and all", async () => {
    const at = prices(
      Array.from({ length: SIZE_LIMITS.reportAssets }, (_, i) => `a${i}`),
      "limit-prices.csv",
    );
    const r = await run(
      "report",
      "--prices",
      at,
      "--phases",
      phases,
      "--out",
      tmpPath("limit.html"),
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(tmpPath("limit.html"), "utf8");
    expect(html).toContain(`>a${SIZE_LIMITS.reportAssets - 1}<`);
  }, 60000);
  it("a report over the asset limit is refused before the work (1,000 assets)", async () => {
    const many = prices(
      Array.from({ length: 1000 }, (_, i) => `a${i}`),
      "many-prices.csv",
    );
    refused(
      await run("report", "--prices", many, "--phases", phases, "--out", tmpPath("many.html")),
      /the report draws at most 300 assets and the prices have 1000/,
    );
  }, 60000);
});

describe("xlsx with a long sheet name", () => {
  const file = fileURLToPath(new URL("./fixtures/long_sheet_name.xlsx", import.meta.url));
  it("is read, by default and by its full name, with the plain table's answer and nothing from the library on the terminal", async () => {
    const plain = tmpFile(
      "long-plain.csv",
      ["date,inventory,revenue", ...Array.from({ length: N }, (_, i) => `${ym(i)},${inv[i]},${rev[i]}`)].join("\n") +
        "\n",
    );
    const want = JSON.parse(
      (await run("turns", "--file", plain, "--column", "inventory", "--format", "json")).out,
    ).turns;
    expect(want.length).toBeGreaterThan(2);
    for (const sheet of [[], ["--sheet", "Industrial enterprises inventory and revenue YoY 2010-2019"]]) {
      const r = spawnSync(
        process.execPath,
        [bin, "turns", "--file", file, ...sheet, "--column", "inventory", "--format", "json"],
        { encoding: "utf8" },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout).turns).toEqual(want);
    }
  }, 30000);
});
