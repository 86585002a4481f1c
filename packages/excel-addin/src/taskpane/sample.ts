/**
 * The task pane's one action: a sheet with China's shipped demand and inventory series and live
 * CYCLE.* formulas beside them, so the first experience is one click. The pane writes the data
 * as values (they stay when the add-in is offline); every analytic cell is a formula.
 */
import { align, formatMonth } from "@kitchin/core";
import { REGION_DEFAULTS, analysisView, fetchSeries, type FetchLike } from "@kitchin/datasets";

export const SHEET_NAME = "Kitchin sample";

export interface SampleData {
  demandId: string;
  inventoryId: string;
  /** Month index of the first row. */
  start: number;
  demand: Float64Array;
  inventory: Float64Array;
}

/**
 * China's default phase inputs (datasets' REGION_DEFAULTS) as `kitchin phase --dataset cn` reads them, on their common
 * months.
 */
export async function loadSample(baseUrl: string, fetchFn: FetchLike): Promise<SampleData> {
  const { demand: demandId, inventory: inventoryId } = REGION_DEFAULTS.cn;
  const [d, i] = await Promise.all([
    fetchSeries(demandId, baseUrl, fetchFn),
    fetchSeries(inventoryId, baseUrl, fetchFn),
  ]);
  const p = align([analysisView(d), analysisView(i)], "inner");
  return { demandId, inventoryId, start: p.start, demand: p.columns[0], inventory: p.columns[1] };
}

/** Excel 1900-system serial of the first day of a month (shown with the format yyyy-mm). */
export function monthSerial(m: number): number {
  const y = Math.floor(m / 12);
  return (Date.UTC(y, m - 12 * y, 1) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** What the sheet holds: cell blocks by address, so the Excel calls and their test share one plan. */
export interface SheetPlan {
  values: [address: string, rows: (string | number)[][]][];
  formulas: [address: string, formula: string][];
  dateRange: string;
  /** One format per date cell (the API wants the range's shape). */
  dateFormats: string[][];
  headerRanges: string[];
}

export function samplePlan(s: SampleData): SheetPlan {
  const n = s.demand.length;
  const first = 4;
  const last = first + n - 1;
  const A = `A${first}:A${last}`,
    B = `B${first}:B${last}`,
    C = `C${first}:C${last}`;
  const rows: (string | number)[][] = [];
  for (let k = 0; k < n; k++) {
    rows.push([monthSerial(s.start + k), cellOf(s.demand[k]), cellOf(s.inventory[k])]);
  }
  return {
    values: [
      ["A1", [["Kitchin sample · 库存周期示例"]]],
      [
        "A2",
        [
          [
            `China ${formatMonth(s.start)}–${formatMonth(s.start + n - 1)}: demand ${s.demandId} and inventory ${s.inventoryId} (YoY %, shipped with Kitchin). Columns E onward are live CYCLE.* formulas. · 中国需求与产成品库存同比；E 列起为实时公式。`,
          ],
        ],
      ],
      ["A3:C3", [["month 月份", `demand 需求 (${s.demandId})`, `inventory 库存 (${s.inventoryId})`]]],
      ["E3:G3", [["phase", "阶段", "inventory state 库存状态"]]],
      ["I3", [["inventory turning points 库存拐点"]]],
      ["N3", [["inventory cycles 库存周期"]]],
      [`A${first}:C${last}`, rows],
    ],
    formulas: [
      [`E${first}`, `=CYCLE.PHASE(${A},${B},${C})`],
      [`F${first}`, `=CYCLE.PHASE(${A},${B},${C},"lang=zh")`],
      [`G${first}`, `=CYCLE.STATE(${A},${C},"lang=zh; preset=inventory")`], // the inventory state the phase uses
      [`I${first}`, `=CYCLE.TURNS(${A},${C})`],
      [`N${first}`, `=CYCLE.CYCLES(${A},${B},${C})`],
    ],
    dateRange: A,
    dateFormats: rows.map(() => ["yyyy-mm"]),
    headerRanges: ["A1", "A3:G3", "I3", "N3"],
  };
}

function cellOf(v: number): number | string {
  return Number.isFinite(v) ? v : "";
}

/** Adds the sheet (a fresh name if one exists) and activates it; returns its name. */
export async function insertSampleSheet(excel: { run: typeof Excel.run }, plan: SheetPlan): Promise<string> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    let name = SHEET_NAME;
    for (let k = 2; ; k++) {
      const existing = sheets.getItemOrNullObject(name);
      existing.load("isNullObject");
      await context.sync();
      if (existing.isNullObject) break;
      name = `${SHEET_NAME} ${k}`;
    }
    const sheet = sheets.add(name);
    for (const [address, rows] of plan.values) sheet.getRange(address).values = rows;
    sheet.getRange(plan.dateRange).numberFormat = plan.dateFormats;
    for (const [address, formula] of plan.formulas) sheet.getRange(address).formulas = [[formula]];
    for (const address of plan.headerRanges) sheet.getRange(address).format.font.bold = true;
    sheet.activate();
    await context.sync();
    return name;
  });
}
