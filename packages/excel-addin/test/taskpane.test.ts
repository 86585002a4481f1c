/**
 * The task pane's "insert sample sheet": its Excel API calls against office-addin-mock, and the
 * sample data against the shipped files.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { OfficeMockObject } from "office-addin-mock";
import { align, excelSerialToMonth, formatMonth, monthIndex } from "@kitchin/core";
import { FLAG_ANOMALY, REGION_DEFAULTS, findEntry, parseCuratedCsv } from "@kitchin/datasets";
import { SHEET_NAME, insertSampleSheet, loadSample, monthSerial, samplePlan } from "../src/taskpane/sample.ts";

const require = createRequire(import.meta.url);
const DATA = dirname(require.resolve("@kitchin/datasets/data/catalog.json"));
const fileFetch = async (url: string) => ({
  ok: true,
  status: 200,
  text: async () => readFileSync(join(DATA, url.replace("https://x/data/", "")), "utf8"),
});

interface RangeWrite {
  values?: unknown;
  formulas?: unknown;
  numberFormat?: unknown;
  format: { font: { bold?: boolean } };
}

/** An Excel mock whose workbook already has sheets named `existing`. */
function excelMock(existing: string[]) {
  const ranges = new Map<string, RangeWrite>();
  const added: string[] = [];
  const sheet = {
    name: "",
    activated: false,
    getRange(address: string) {
      const r = ranges.get(address) ?? { format: { font: {} } };
      ranges.set(address, r);
      return r;
    },
    activate() {
      this.activated = true;
    },
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          // One lookup object per name: its isNullObject must be loaded and synced before it is read.
          byName: Object.fromEntries(existing.map((n) => [n, { isNullObject: false }])),
          missing: { isNullObject: true },
          getItemOrNullObject(name: string) {
            return this.byName[name] ?? this.missing;
          },
          add(name: string) {
            added.push(name);
            sheet.name = name;
            return sheet;
          },
        },
      },
    },
    run: async function (callback: (c: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return { mock: new OfficeMockObject(data) as unknown as { run: typeof Excel.run }, ranges, sheet, added };
}

describe("task pane: sample sheet", async () => {
  const sample = await loadSample("https://x/data/", fileFetch);

  it("loads China's default demand and inventory series on their common months, anomalies left out", () => {
    const read = (id: string) => {
      const e = findEntry(id);
      const d = parseCuratedCsv(readFileSync(join(DATA, e.file), "utf8"), e);
      return { start: d.start, values: d.values.map((v, i) => (d.flags[i] & FLAG_ANOMALY ? NaN : v)) };
    };
    const p = align([read(REGION_DEFAULTS.cn.demand), read(REGION_DEFAULTS.cn.inventory)], "inner");
    expect(sample.start).toBe(p.start);
    expect(Array.from(sample.demand)).toEqual(Array.from(p.columns[0]));
    expect(Array.from(sample.inventory)).toEqual(Array.from(p.columns[1]));
    expect(sample.demand.length).toBeGreaterThan(200);
    expect(sample.inventory[monthIndex(2019, 3) - sample.start]).toBeNaN();
  });

  it("writes the data as values and live CYCLE formulas beside them", async () => {
    const { mock, ranges, sheet } = excelMock(["Sheet1"]);
    const plan = samplePlan(sample);
    const name = await insertSampleSheet(mock, plan);
    expect(name).toBe(SHEET_NAME);
    expect(sheet.activated).toBe(true);
    const n = sample.demand.length;
    const last = 3 + n;
    const data = ranges.get(`A4:C${last}`)!.values as (number | string)[][];
    expect(data).toHaveLength(n);
    expect(excelSerialToMonth(data[0][0] as number)).toBe(sample.start);
    expect(formatMonth(excelSerialToMonth(data[n - 1][0] as number))).toBe(formatMonth(sample.start + n - 1));
    expect(data[0].slice(1)).toEqual([sample.demand[0], sample.inventory[0]].map((v) => (Number.isFinite(v) ? v : "")));
    expect((ranges.get(`A4:A${last}`)!.numberFormat as string[][]).length).toBe(n);
    expect(ranges.get("E4")!.formulas).toEqual([[`=CYCLE.PHASE(A4:A${last},B4:B${last},C4:C${last})`]]);
    expect(ranges.get("F4")!.formulas).toEqual([[`=CYCLE.PHASE(A4:A${last},B4:B${last},C4:C${last},"lang=zh")`]]);
    expect(ranges.get("I4")!.formulas).toEqual([[`=CYCLE.TURNS(A4:A${last},C4:C${last})`]]);
    expect(ranges.get("N4")!.formulas).toEqual([[`=CYCLE.CYCLES(A4:A${last},B4:B${last},C4:C${last})`]]);
    expect(ranges.get("A3:G3")!.format.font.bold).toBe(true);
    // Every formula names a function the add-in ships.
    const ids = (
      JSON.parse(readFileSync(join(dirname(require.resolve("../package.json")), "dist", "functions.json"), "utf8")) as {
        functions: { id: string }[];
      }
    ).functions.map((f) => f.id);
    for (const [, f] of plan.formulas) expect(ids).toContain(/^=CYCLE\.(\w+)\(/.exec(f)![1]);
  });

  it("picks a fresh sheet name when the sample sheet exists", async () => {
    const { mock, added } = excelMock(["Sheet1", SHEET_NAME, `${SHEET_NAME} 2`]);
    expect(await insertSampleSheet(mock, samplePlan(sample))).toBe(`${SHEET_NAME} 3`);
    expect(added).toEqual([`${SHEET_NAME} 3`]);
  });

  it("writes month serials Excel shows as yyyy-mm", () => {
    expect(monthSerial(monthIndex(2005, 1))).toBe(38353);
    expect(monthSerial(monthIndex(1900, 3))).toBe(61);
    for (const m of [monthIndex(1999, 12), monthIndex(2024, 2)]) expect(excelSerialToMonth(monthSerial(m))).toBe(m);
  });
});
