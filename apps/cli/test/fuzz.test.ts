/**
 * Fuzzing the file reader: fast-check generates CSV text (cells from every spelling the
 * reader knows and from arbitrary Unicode, in UTF-8, UTF-16 or GBK, with any delimiter and line
 * end), raw bytes, and XLSX workbooks (numbers, text, dates, formulas with and without results,
 * errors, booleans, merges, cells far to the right). Reading a file and every value column of it
 * must give a table or a KitchinError — never another exception — within a time bound per file,
 * and the heap must not grow without bound over the run.
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KitchinError } from "@kitchin/core";
import { columnSeries } from "@kitchin/jobs/node";
import { readUserTable, valueColumns } from "@kitchin/jobs/node";
import { tmpPath } from "./helpers.ts";
import iconv from "./hostile/gbk.ts";

/** Reads a file and each value column the way the commands do: "table"/"series", or each KitchinError's code. */
async function readAll(path: string): Promise<string[]> {
  const out: string[] = [];
  const refused = (e: unknown) => {
    if (!(e instanceof KitchinError)) throw e;
    expect(e.toLine()).not.toMatch(/\n/);
    out.push(e.code);
  };
  try {
    const t = await readUserTable(path);
    out.push("table");
    for (const c of valueColumns(t)) {
      try {
        columnSeries(t, c, 0);
        out.push("series");
      } catch (e) {
        refused(e);
      }
    }
  } catch (e) {
    refused(e);
  }
  return out;
}

const MS_PER_FILE = 3000;

async function timed(path: string): Promise<string[]> {
  const t0 = performance.now();
  const r = await readAll(path);
  expect(performance.now() - t0, `${path} took too long`).toBeLessThan(MS_PER_FILE);
  return r;
}

const dateCell = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}年${m}月`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}${String(m).padStart(2, "0")}`),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([m, y]) => `${m}/1/${y}`),
  fc.string({ maxLength: 12 }),
);
const numberCell = fc.oneof(
  { weight: 40, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }).map((x) => x.toFixed(2)) },
  { weight: 4, arbitrary: fc.constantFrom("", "--", "N/A") },
  { weight: 1, arbitrary: fc.double({ noNaN: false }).map(String) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map((x) => x.toLocaleString("en-US")) },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map((x) => x.toLocaleString("de-DE")) },
  { weight: 1, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }).map((x) => `${x.toFixed(2)}%`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "#N/A",
      "0x10",
      "0b11",
      "１２",
      "Infinity",
      "=A1",
      "#DIV/0!",
      "TRUE",
      '"',
      '""',
      "\x1b[31m",
      "−3",
      "1e999",
      "2,2",
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);
const headerCell = fc.oneof(
  fc.constantFrom("date", "时间", "指标名称", "x", "x", "inventory", ""),
  fc.string({ unit: "binary", maxLength: 10 }),
);

const csvText = fc.integer({ min: 1, max: 5 }).chain((w) =>
  fc
    .record({
      delimiter: fc.constantFrom(",", ";", "\t"),
      eol: fc.constantFrom("\n", "\r\n", "\r"),
      header: fc.array(headerCell, { minLength: w, maxLength: w }),
      // Rows as wide as the header, now and then one cell wider (ragged).
      rows: fc.array(
        fc.tuple(
          dateCell,
          fc.array(numberCell, { minLength: w - 1, maxLength: w - 1 }),
          fc.integer({ min: 0, max: 30 }),
        ),
        { maxLength: 40 },
      ),
      before: fc.array(fc.constantFrom("数据库：月度数据", "时间：2010-", "频率,月", "单位,%"), { maxLength: 2 }),
      after: fc.array(fc.constantFrom("数据来源：Wind", "注：x", "", "total,1", '"unclosed'), { maxLength: 2 }),
      quote: fc.boolean(),
      // Mostly months in sequence (so reading gets past the dates to the numbers), in one spelling.
      dates: fc.constantFrom("iso", "zh", "compact", "newest", "generated"),
      start: fc.integer({ min: 1990 * 12, max: 2030 * 12 }),
    })
    .map((o) => {
      const q = (c: string) => (o.quote || /[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
      const n = o.rows.length;
      const spell = (k: number): string => {
        const m = o.start + (o.dates === "newest" ? n - 1 - k : k);
        const y = Math.floor(m / 12),
          mo = (m % 12) + 1;
        return o.dates === "zh"
          ? `${y}年${mo}月`
          : o.dates === "compact"
            ? `${y}${String(mo).padStart(2, "0")}`
            : `${y}-${String(mo).padStart(2, "0")}`;
      };
      const lines = [
        ...o.before,
        o.header.map(q).join(o.delimiter),
        ...o.rows.map(([d, v, extra], k) =>
          [o.dates === "generated" ? d : spell(k), ...v, ...(extra === 0 ? ["9"] : [])].map(q).join(o.delimiter),
        ),
        ...o.after,
      ];
      return lines.join(o.eol);
    }),
);

function encode(text: string, how: "utf8" | "bom" | "utf16le" | "gbk"): Buffer {
  if (how === "bom") return Buffer.from("\ufeff" + text, "utf8");
  if (how === "utf16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (how === "gbk") {
    try {
      return iconv.encode(text);
    } catch {
      return Buffer.from(text, "utf8");
    }
  }
  return Buffer.from(text, "utf8");
}

describe("fuzz: CSV", () => {
  it("generated CSV files give a table or a KitchinError", async () => {
    const heap0 = process.memoryUsage().heapUsed;
    let n = 0;
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(csvText, fc.constantFrom("utf8", "bom", "utf16le", "gbk"), async (text, how) => {
        const p = tmpPath(`fuzz-${n++ % 8}.csv`);
        writeFileSync(p, encode(text, how));
        for (const r of await timed(p)) seen.set(r, (seen.get(r) ?? 0) + 1);
      }),
      { numRuns: 400, seed: 20261126 },
    );
    // The generator reaches both outcomes, so the property is not vacuous.
    expect(seen.get("series") ?? 0, JSON.stringify([...seen])).toBeGreaterThan(20);
    expect(
      [...seen.keys()].filter((k) => k !== "table" && k !== "series").length,
      JSON.stringify([...seen]),
    ).toBeGreaterThanOrEqual(5);
    expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);

  it("arbitrary bytes give a table or a KitchinError", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const p = tmpPath(`fuzz-bytes-${n++ % 8}.csv`);
        writeFileSync(p, bytes);
        await timed(p);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 120_000);
});

type Sheet = import("exceljs").Worksheet;
const xlsxValue = fc.oneof(
  fc.double(),
  fc.integer({ min: 190001, max: 203012 }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("2010-01", "2010年2月", "--", "#N/A", "0x10", "3.2%"),
  fc.date({ min: new Date("1950-01-01"), max: new Date("2050-01-01"), noInvalidDate: true }),
  fc.boolean(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((r) => ({ formula: "A1+1", result: r })),
  fc.constant({ formula: "B2*2" }),
  fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }),
  fc.constant(null),
);
const xlsxBook = fc.record({
  cells: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 30 }),
      fc.oneof(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 3000 })),
      xlsxValue,
    ),
    { maxLength: 60 },
  ),
  dated: fc.boolean(),
  merges: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })),
    { maxLength: 2 },
  ),
  pct: fc.option(fc.integer({ min: 1, max: 4 })),
});

describe("fuzz: XLSX", () => {
  it("generated workbooks give a table or a KitchinError", async () => {
    const ExcelJS = (await import("exceljs")).default;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(xlsxBook, async (b) => {
        const wb = new ExcelJS.Workbook();
        const ws: Sheet = wb.addWorksheet("Sheet1");
        if (b.dated) {
          ws.getCell(1, 1).value = "date";
          ws.getCell(1, 2).value = "x";
          for (let r = 2; r <= 30; r++)
            ws.getCell(r, 1).value = `${2000 + Math.floor(r / 12)}-${String((r % 12) + 1).padStart(2, "0")}`;
        }
        for (const [r, c, v] of b.cells) ws.getCell(r, c).value = v as never;
        if (b.pct) ws.getColumn(b.pct).numFmt = "0.0%";
        for (const [r, c, h] of b.merges) {
          try {
            ws.mergeCells(r, c, r + h, c);
          } catch {
            /* overlapping merge: exceljs refuses, skip */
          }
        }
        const p = tmpPath(`fuzz-${n++ % 4}.xlsx`);
        await wb.xlsx.writeFile(p);
        await timed(p);
      }),
      { numRuns: 60, seed: 11 },
    );
  }, 120_000);
});
