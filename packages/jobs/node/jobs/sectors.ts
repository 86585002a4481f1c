/**
 * The sector-panel job (methods.md §7; note 000 §2) on the user's table: a long table (`sector,
 * month, inventory[, sales, weight]`, CSV or XLSX) or a wide one such as a Wind export (dates in the
 * first column, one inventory column per industry; sales in a second file with the same column
 * names), read into the core's sector inputs; and the panel summarised as plain data (each
 * industry's latest phase, per month the counts and weighted shares per phase and restocking).
 */
import {
  KitchinError,
  PHASE_IDS,
  formatMonth,
  phaseIdOf,
  sectorInputsFromTable,
  type Cell,
  type SectorInput,
  type SectorPanel,
  say,
  type Note,
} from "@kitchin/core";
import { UsageError } from "../../src/errors.ts";
import { readRows, readUserTable, tableFromRows, valueColumns } from "../io/table.ts";
import { columnSeries } from "../readers/inputs.ts";

async function rowsOf(file: string, sheet?: string): Promise<{ rows: Cell[][]; serial: boolean }> {
  const r = await readRows(file, sheet);
  return { rows: r.rows, serial: r.serial };
}

const LONG = /^(sector|industry|行业|name)$/i;

/** Long table → inputs; wide table (a Wind export) → one industry per column. */
export async function sectorInputsFromFile(
  file: string,
  opts: { salesFile?: string; sheet?: string; dateColumn?: string } = {},
): Promise<SectorInput[]> {
  const { rows, serial } = await rowsOf(file, opts.sheet);
  const header = rows.find((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  if (header?.some((c) => LONG.test(String(c ?? "").trim()))) {
    if (opts.salesFile) throw new UsageError(say("salesFileLong"));
    const start = rows.indexOf(header);
    return sectorInputsFromTable(rows.slice(start), { file, allowSerialDates: serial });
  }
  const inv = tableFromRows(rows, file, { dateColumn: opts.dateColumn, allowSerialDates: serial });
  const sales = opts.salesFile
    ? await readUserTable(opts.salesFile, { dateColumn: opts.dateColumn, sheet: opts.sheet })
    : undefined;
  return valueColumns(inv).map((c) => {
    const name = inv.header[c];
    const s: SectorInput = { name, inventory: columnSeries(inv, c, 0).series };
    if (sales) {
      const k = sales.header.indexOf(name);
      if (k < 0 || k === sales.dateColumn)
        throw new KitchinError("not-found", say("noSalesColumn", { name }), { file: sales.file });
      s.sales = columnSeries(sales, k, 0).series;
    }
    return s;
  });
}

export interface SectorsData {
  mode: "as-of" | "ex-post";
  kind: "level" | "yoy";
  at: string;
  industries: number;
  withSales: number;
  sectors: {
    name: string;
    phase: string | null;
    monthsInPhase: number;
    inventoryState: "restocking" | "destocking" | null;
    monthsInState: number;
    lastMonth: string | null;
    weightShare: number | null;
  }[];
  summary: {
    month: string;
    counts: Record<string, number>;
    unknownPhase: number;
    weightShares: Record<string, number>;
    restocking: number;
    knownState: number;
    restockingShare: number;
    restockingWeightShare: number;
  };
  months: {
    month: string;
    counts: number[];
    unknownPhase: number;
    weightShares: number[];
    restocking: number;
    knownState: number;
    restockingWeightShare: number;
  }[];
  notes: Note[];
}

/** The panel as `kitchin sectors` prints it (weight shares and the `--at` cut are the core's). */
export function summariseSectors(p: SectorPanel, kind: "level" | "yoy"): SectorsData {
  const t = p.length - 1;
  const month = (i: number) => formatMonth(p.start + i);
  const industries = p.names.length,
    withSales = p.withSales;
  const notes: Note[] = [];
  if (withSales === 0) notes.push(say("sectorsNoSales"));
  else if (withSales < industries)
    notes.push(say("sectorsSomeNoSales", { missing: industries - withSales, total: industries }));
  notes.push(say(p.mode === "as-of" ? "sectorsAsOf" : "sectorsExPost"));
  // Thresholds are in the series' unit (input/units.ts): a YoY stored as fractions never reaches them.
  if (!p.knownState.some((k) => k > 0)) {
    notes.push(kind === "yoy" ? say("sectorsNoStateYoy") : say("sectorsNoState"));
  }
  return {
    mode: p.mode,
    kind,
    at: month(t),
    industries,
    withSales,
    sectors: p.latest.map((l) => ({
      name: l.name,
      phase: phaseIdOf(l.code),
      monthsInPhase: l.monthsInPhase,
      inventoryState: l.inventoryState > 0 ? "restocking" : l.inventoryState < 0 ? "destocking" : null,
      monthsInState: l.monthsInState,
      lastMonth: Number.isFinite(l.month) ? formatMonth(l.month) : null,
      weightShare: Number.isFinite(l.weightShare) ? l.weightShare : null,
    })),
    summary: {
      month: month(t),
      counts: Object.fromEntries(PHASE_IDS.map((id, c) => [id, p.counts[c][t]])),
      unknownPhase: p.unknownPhase[t],
      weightShares: Object.fromEntries(PHASE_IDS.map((id, c) => [id, p.weightShares[c][t]])),
      restocking: p.restocking[t],
      knownState: p.knownState[t],
      restockingShare: p.knownState[t] ? p.restocking[t] / p.knownState[t] : NaN,
      restockingWeightShare: p.restockingWeightShare[t],
    },
    months: Array.from({ length: p.length }, (_, i) => ({
      month: month(i),
      counts: p.counts.map((c) => c[i]),
      unknownPhase: p.unknownPhase[i],
      weightShares: p.weightShares.map((s) => s[i]),
      restocking: p.restocking[i],
      knownState: p.knownState[i],
      restockingWeightShare: p.restockingWeightShare[i],
    })),
    notes,
  };
}
