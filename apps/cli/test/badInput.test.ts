/**
 * DEVELOPERS.md's bad-input cases through the CLI: each gives one actionable line on stderr
 * (file, row, column where known) and exit code 2; nothing is printed on stdout.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { describeError } from "../src/errors.ts";
import { run, tmpFile } from "./helpers.ts";

const header = "date,inventory,revenue\n";
const good = (months: number) =>
  Array.from(
    { length: months },
    (_, i) =>
      `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")},${(Math.sin(i / 6) * 10).toFixed(2)},${(Math.cos(i / 6) * 10).toFixed(2)}`,
  ).join("\n");

async function bad(args: string[], pattern: RegExp) {
  const r = await run(...args);
  expect(r.code, r.err).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toMatch(pattern);
  expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
}

const phaseArgs = (f: string) => ["phase", "--file", f, "--inventory", "inventory", "--demand", "revenue"];

describe("bad input through the CLI", () => {
  it("empty file", () => bad(phaseArgs(tmpFile("empty.csv", "")), /empty\.csv: the file is empty/));
  it("header only", () => bad(phaseArgs(tmpFile("header.csv", header)), /no row has a date/));
  it("ragged row", () =>
    bad(
      phaseArgs(tmpFile("ragged.csv", header + good(30) + "\n2012-07,1,2,3\n")),
      /ragged\.csv, row 32: row has 4 cells but the header has 3 columns/,
    ));
  it("non-numeric cell names file, row and column", () =>
    bad(
      phaseArgs(tmpFile("text.csv", header + good(40).replace("2011-03,", "2011-03,n/a?"))),
      /text\.csv, row 16, column "inventory": "n\/a\?[^"]*" is not a number/,
    ));
  it("unsorted dates", () =>
    bad(
      phaseArgs(
        tmpFile(
          "unsorted.csv",
          header + "2010-01,1,1\n2010-03,2,2\n2010-02,3,3\n" + good(30).split("\n").slice(3).join("\n"),
        ),
      ),
      /unsorted\.csv, row 4, column "date": dates are not in increasing order: 2010-02 follows 2010-03/,
    ));
  it("duplicated month", () =>
    bad(
      phaseArgs(tmpFile("dup.csv", header + "2010-01-31,1,1\n2010-01-15,2,2\n")),
      /dup\.csv, row 3, column "date": 2010-01 appears twice/,
    ));
  it("gapped months", () =>
    bad(
      phaseArgs(tmpFile("gap.csv", header + "2010-01,1,1\n2010-02,2,2\n2010-09,3,3\n")),
      /gap\.csv, row 4, column "date": 6 months are missing between 2010-02 and 2010-09/,
    ));
  it("a stray line after the data", () =>
    bad(
      phaseArgs(tmpFile("stray.csv", header + good(30) + "\ntotal,1,2\n")),
      /stray\.csv, row 32, column "date": "total" is not a date/,
    ));
  it("unknown column", () =>
    bad(
      ["phase", "--file", tmpFile("cols.csv", header + good(30)), "--inventory", "stocks", "--demand", "revenue"],
      /--inventory "stocks" is not a column of the file; the columns are: "inventory", "revenue"/,
    ));
  it("missing column flags", () =>
    bad(
      ["phase", "--file", tmpFile("cols2.csv", header + good(30))],
      /name the columns: --inventory COLUMN --demand COLUMN/,
    ));
  it("too little data", () => bad(phaseArgs(tmpFile("short.csv", header + good(8))), /need at least \d+ observations/));
  it("a series that is all blank", () =>
    bad(
      phaseArgs(
        tmpFile(
          "blank.csv",
          header +
            good(30)
              .replace(/,-?[\d.]+\n/g, ",\n")
              .replace(/,-?[\d.]+$/, ","),
        ),
      ),
      /no numeric values/,
    ));
  it("missing file", () => bad(["turns", "--file", "/no/such/file.csv"], /\/no\/such\/file\.csv: file not found/));
  it("binary / old .xls file", async () => {
    // four bytes of the OLE signature, not a workbook (real .xls files are read: xlsInput.test.ts)
    await bad(
      ["turns", "--file", tmpFile("old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))],
      /old\.xls: is not an Excel 97–2003 workbook \(\.xls\) despite its name; save it from Excel as \.xlsx or \.csv/,
    );
    await bad(["turns", "--file", tmpFile("bin.csv", Buffer.from([1, 0, 2, 0]))], /binary file/);
  });
  it("malformed .xlsx", () =>
    bad(["turns", "--file", tmpFile("broken.xlsx", "not a zip")], /broken\.xlsx: cannot read as an \.xlsx workbook/));
  it("unclosed quote in CSV", () =>
    bad(["turns", "--file", tmpFile("quote.csv", 'date,x\n2010-01,"1\n')], /quoted field .* never closed/));
  it("unknown series id", () =>
    bad(["turns", "--dataset", "cn", "--series", "cn.nope"], /unknown series id "cn\.nope"/));
  it("unknown option, bad values and both sources", async () => {
    await bad(
      ["cycles", "--dataset", "cn", "--min-cycel", "20"],
      /unknown option --min-cycel \(did you mean --min-cycle\?\)/,
    );
    await bad(["cycles", "--dataset", "cn", "--window", "0"], /--window must be a whole number from 1 to 120, got "0"/);
    await bad(
      ["phase", "--dataset", "cn", "--as-of", "July 2020"],
      /--as-of "July 2020" is not a month; write it as YYYY-MM/,
    );
    await bad(["phase", "--dataset", "cn", "--as-of", "1990-01"], /nothing was known yet at 1990-01/);
    await bad(["phase", "--dataset", "jp"], /--dataset must be cn or us, got "jp"/);
    await bad(["phase", "--dataset", "cn", "--file", "x.csv"], /either --dataset or --file, not both/);
    await bad(["phase"], /no input: give --dataset cn\|us/);
    await bad(["frobnicate"], /unknown command "frobnicate"/);
    await bad(["phase", "--dataset", "cn", "--mode", "live"], /--mode must be one of ex-post, as-of, got "live"/);
  });

  it("an internal error is a short message with exit 1; the stack only with --debug", () => {
    expect(describeError(new TypeError("boom"), false)).toEqual({
      code: 1,
      line: "kitchin: internal error: boom (run again with --debug for details)",
    });
    expect(describeError(new TypeError("boom"), true).line).toMatch(/TypeError: boom\n\s+at /);
  });

  it("the installed bin exits 2 with one line on stderr", () => {
    const bin = fileURLToPath(new URL("../bin/kitchin.mjs", import.meta.url));
    const r = spawnSync(process.execPath, [bin, "turns", "--file", tmpFile("bin-bad.csv", "date,x\n2010-01,abc\n")], {
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toMatch(/bin-bad\.csv, row 2, column "x": "abc" is not a number/);
    const ok = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/Commands:/);
  });
});

describe("good input variants load", () => {
  it("newest-first exports, XLSX workbooks, semicolons and a BOM", async () => {
    const lines = good(60).split("\n");
    const desc = await run(
      ...phaseArgs(tmpFile("desc.csv", header + [...lines].reverse().join("\n"))),
      "--format",
      "json",
    );
    const asc = await run(...phaseArgs(tmpFile("asc.csv", header + lines.join("\n"))), "--format", "json");
    expect(desc.code).toBe(0);
    expect(JSON.parse(desc.out).phases).toEqual(JSON.parse(asc.out).phases);
    const semi = await run(
      ...phaseArgs(tmpFile("semi.csv", "\ufeff" + (header + lines.join("\n")).replace(/,/g, ";"))),
      "--format",
      "json",
    );
    expect(JSON.parse(semi.out).phases).toEqual(JSON.parse(asc.out).phases);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet1");
    ws.addRow(["date", "inventory", "revenue"]);
    for (const l of lines) {
      const [d, a, b] = l.split(",");
      ws.addRow([new Date(`${d}-15T00:00:00Z`), Number(a), Number(b)]);
    }
    ws.addRow([]);
    ws.addRow(["数据来源：Wind"]);
    const path = tmpFile("book.xlsx", "");
    await wb.xlsx.writeFile(path);
    const x = await run(...phaseArgs(path), "--format", "json");
    expect(x.code, x.err).toBe(0);
    expect(JSON.parse(x.out).phases).toEqual(JSON.parse(asc.out).phases);
  });
});
