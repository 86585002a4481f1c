/**
 * `kitchin sectors`: the sector panel (methods.md §7; note 000 §2) — each industry's phase per
 * month, its latest phase and how long it has lasted, and per month the count and weighted
 * share of industries in each phase and restocking.
 *
 * Input: a long table (`sector, month, inventory[, sales, weight]`, CSV or XLSX), a wide table
 * such as a Wind export (dates in the first column, one inventory column per industry; sales
 * in `--sales-file` with the same column names), or `--dataset us|cn`: the shipped industry
 * panels (issue 25, industries.ts and industriesView.ts: US wholesale and retail sub-industries with sales,
 * manufacturing implied; China's 31 industries, real inventories), or `--pairs` (China–US
 * matched industries). apps/cli/examples/sectors-census-mtis.csv has the three Census
 * aggregates of 1992–2019 as a long CSV.
 */
import {
  KitchinError, PHASE_IDS, formatMonth, parseMonth, phaseIdOf, phaseLabel, sectorInputsFromTable, sectorPanel,
  type Cell, type SectorInput, type SectorPanel,
  say, type Note,
} from "@kitchin/core";
import { int, str, bool, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { UsageError } from "../errors.ts";
import { PHASE_COLOURS, pct, renderTable, useColour } from "../format/table.ts";
import { columnSeries } from "@kitchin/jobs/node";
import { INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import { readRows, readUserTable, tableFromRows, valueColumns } from "@kitchin/jobs/node";
import { OUTPUT_FLAGS, PHASE_RULE_FLAGS, formatOf, langOf, reversalOptions } from "../options.ts";
import { turnFlags } from "../options.ts";
import { runIndustries, INDUSTRY_FLAGS } from "../industriesView.ts";

async function rowsOf(file: string, sheet?: string): Promise<{ rows: Cell[][]; serial: boolean }> {
  const r = await readRows(file, sheet);
  return { rows: r.rows, serial: r.serial };
}

const LONG = /^(sector|industry|行业|name)$/i;

/** Long table → inputs; wide table (a Wind export) → one industry per column. */
export async function sectorInputsFromFile(file: string, opts: { salesFile?: string; sheet?: string; dateColumn?: string } = {}): Promise<SectorInput[]> {
  const { rows, serial } = await rowsOf(file, opts.sheet);
  const header = rows.find((r) => r.some((c) => c !== null && c !== undefined && String(c).trim() !== ""));
  if (header && header.some((c) => LONG.test(String(c ?? "").trim()))) {
    if (opts.salesFile) throw new UsageError("--sales-file is for wide tables; a long table carries sales in its own \"sales\" column");
    const start = rows.indexOf(header);
    return sectorInputsFromTable(rows.slice(start), { file, allowSerialDates: serial });
  }
  const inv = tableFromRows(rows, file, { dateColumn: opts.dateColumn, allowSerialDates: serial });
  const sales = opts.salesFile ? await readUserTable(opts.salesFile, { dateColumn: opts.dateColumn, sheet: opts.sheet }) : undefined;
  return valueColumns(inv).map((c) => {
    const name = inv.header[c];
    const s: SectorInput = { name, inventory: columnSeries(inv, c, 0).series };
    if (sales) {
      const k = sales.header.indexOf(name);
      if (k < 0 || k === sales.dateColumn) throw new KitchinError("not-found", `industry "${name}" has no sales column of the same name`, { file: sales.file });
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
  sectors: { name: string; phase: string | null; monthsInPhase: number; inventoryState: "restocking" | "destocking" | null; monthsInState: number; lastMonth: string | null; weightShare: number | null }[];
  summary: { month: string; counts: Record<string, number>; unknownPhase: number; weightShares: Record<string, number>; restocking: number; knownState: number; restockingShare: number; restockingWeightShare: number };
  months: { month: string; counts: number[]; unknownPhase: number; weightShares: number[]; restocking: number; knownState: number; restockingWeightShare: number }[];
  notes: Note[];
}

/** The panel as `kitchin sectors` prints it (weight shares and the `--at` cut are the core's). */
export function summariseSectors(p: SectorPanel, kind: "level" | "yoy"): SectorsData {
  const t = p.length - 1;
  const month = (i: number) => formatMonth(p.start + i);
  const industries = p.names.length, withSales = p.withSales;
  const notes: Note[] = [];
  if (withSales === 0) notes.push(say("sectorsNoSales"));
  else if (withSales < industries) notes.push(say("sectorsSomeNoSales", { missing: industries - withSales, total: industries }));
  notes.push(say(p.mode === "as-of" ? "sectorsAsOf" : "sectorsExPost"));
  // Thresholds are in the series' unit (input/units.ts): a YoY stored as fractions never reaches them.
  if (!p.knownState.some((k) => k > 0)) {
    notes.push(kind === "yoy"
      ? say("sectorsNoStateYoy")
      : say("sectorsNoState"));
  }
  return {
    mode: p.mode, kind, at: month(t), industries, withSales,
    sectors: p.latest.map((l) => ({
      name: l.name, phase: phaseIdOf(l.code), monthsInPhase: l.monthsInPhase,
      inventoryState: l.inventoryState > 0 ? "restocking" : l.inventoryState < 0 ? "destocking" : null, monthsInState: l.monthsInState,
      lastMonth: Number.isFinite(l.month) ? formatMonth(l.month) : null,
      weightShare: Number.isFinite(l.weightShare) ? l.weightShare : null,
    })),
    summary: {
      month: month(t),
      counts: Object.fromEntries(PHASE_IDS.map((id, c) => [id, p.counts[c][t]])),
      unknownPhase: p.unknownPhase[t],
      weightShares: Object.fromEntries(PHASE_IDS.map((id, c) => [id, p.weightShares[c][t]])),
      restocking: p.restocking[t], knownState: p.knownState[t],
      restockingShare: p.knownState[t] ? p.restocking[t] / p.knownState[t] : NaN,
      restockingWeightShare: p.restockingWeightShare[t],
    },
    months: Array.from({ length: p.length }, (_, i) => ({
      month: month(i), counts: p.counts.map((c) => c[i]), unknownPhase: p.unknownPhase[i], weightShares: p.weightShares.map((s) => s[i]),
      restocking: p.restocking[i], knownState: p.knownState[i], restockingWeightShare: p.restockingWeightShare[i],
    })),
    notes,
  };
}

export const sectorsCommand: Command = {
  name: "sectors",
  summary: "sector panel: each industry's phase, latest phase, and the count and weighted share of industries per phase",
  usage: "kitchin sectors (--file F [--sales-file F2] | --dataset us|cn [--group G] [--nominal] | --pairs) [--kind level|yoy] [--mode as-of|ex-post] [--smooth N] [--at YYYY-MM] [--history] [--format table|json|csv] [--lang zh]",
  flags: {
    dataset: { type: "string", arg: "us|cn", description: "shipped industry panels: US wholesale/retail sub-industries with sales + manufacturing (implied); China's 31 industries (inventory, real)" },
    ...INDUSTRY_FLAGS,
    file: { type: "string", arg: "F", description: "long table (sector, month, inventory[, sales, weight]) or a wide Wind export of inventories" },
    "sales-file": { type: "string", arg: "F", description: "wide table of sales with the same industry columns as --file" },
    sheet: INPUT_FLAGS.sheet,
    "date-column": INPUT_FLAGS["date-column"],
    kind: { type: "string", arg: "level|yoy", description: "inputs are levels (default; YoY computed, weights = inventory) or YoY in percent" },
    mode: { type: "string", arg: "as-of|ex-post", description: "real-time states (default) or turns dated on the whole history" },
    smooth: { type: "string", arg: "N", value: "number", description: "trailing N-month average of the YoY before dating (default 1 = none)" },
    at: { type: "string", arg: "YYYY-MM", description: "read the panel as of this month (data after it is ignored)" },
    history: { type: "boolean", description: "table format: also print the monthly counts" },
    ...PHASE_RULE_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p: ParsedArgs, io) {
    const file = str(p, "file"), dataset = str(p, "dataset");
    if (file && dataset) throw new UsageError("give either --dataset or --file, not both");
    if (dataset !== undefined || bool(p, "pairs")) return runIndustries(p, io);
    if (str(p, "group") !== undefined || bool(p, "nominal")) throw new UsageError("--group and --nominal are for --dataset us|cn");
    let inputs: SectorInput[];
    if (file) {
      inputs = await sectorInputsFromFile(file, { salesFile: str(p, "sales-file"), sheet: str(p, "sheet"), dateColumn: str(p, "date-column") });
    } else throw new UsageError("no input: give --file F (long table or Wind export), --dataset us|cn or --pairs");
    const kind = str(p, "kind") ?? "level";
    if (kind !== "level" && kind !== "yoy") throw new UsageError(`--kind must be level or yoy, got "${kind}"`);
    const mode = str(p, "mode") ?? "as-of";
    if (mode !== "as-of" && mode !== "ex-post") throw new UsageError(`--mode must be as-of or ex-post, got "${mode}"`);
    const at = str(p, "at");
    const t = turnFlags(p);
    const panel = sectorPanel(inputs, { kind, mode, smooth: int(p, "smooth", 1) ?? 1, turns: t.turns, preset: t.preset, demandPreset: t.demandPreset, reversal: reversalOptions(p), at: at === undefined ? undefined : parseMonth(at, "--at") });
    const data = summariseSectors(panel, kind);
    const format = formatOf(p);
    if (format === "json") { io.out(toJson(data)); return; }
    if (format === "csv") {
      printNotes(io, data.notes, langOf(p));
      io.out(toCsv(["month", ...PHASE_IDS.map((id) => `n_${id}`), "n_unknown", ...PHASE_IDS.map((id) => `w_${id}`), "restocking", "known", "w_restocking"],
        data.months.map((m) => [m.month, ...m.counts, m.unknownPhase, ...m.weightShares, m.restocking, m.knownState, m.restockingWeightShare])));
      return;
    }
    const lang = langOf(p);
    const colour = useColour(io.isTTY, io.env);
    const s = data.summary;
    const zh = lang === "zh";
    io.out(zh
      ? `${data.industries} 个行业，${data.at}（${data.mode === "as-of" ? "实时" : "事后"}；${data.kind === "level" ? "由水平值计算同比，权重 = 库存" : "输入为同比"}）\n`
      : `${data.industries} industries, ${data.at} (${data.mode}; ${data.kind === "level" ? "YoY of levels, weights = inventory" : "YoY inputs"})\n`);
    const state = (s: string | null | undefined) => (s && zh ? ({ restocking: "补库", destocking: "去库" } as Record<string, string>)[s] ?? s : s);
    io.out(renderTable(zh ? ["行业", "阶段", "月数", "库存", "月数", "权重"] : ["industry", "phase", "months", "inventory", "months", "weight"], data.sectors.map((x) => [
      x.name, x.phase ? phaseLabel(PHASE_IDS.indexOf(x.phase as (typeof PHASE_IDS)[number]), lang) : "—", x.phase ? String(x.monthsInPhase) : "—",
      state(x.inventoryState) ?? "—", x.inventoryState ? String(x.monthsInState) : "—", pct(x.weightShare, 0),
    ]), { colour, rowColour: (i) => { const ph = data.sectors[i].phase; return ph ? PHASE_COLOURS[PHASE_IDS.indexOf(ph as (typeof PHASE_IDS)[number])] : undefined; } }));
    io.out(zh
      ? `补库：${s.knownState} 个行业中 ${s.restocking} 个（${pct(s.restockingShare, 0)}），按权重 ${pct(s.restockingWeightShare, 0)}\n`
      : `restocking: ${s.restocking} of ${s.knownState} industries (${pct(s.restockingShare, 0)}), ${pct(s.restockingWeightShare, 0)} by weight\n`);
    if (data.withSales > 0) {
      io.out(PHASE_IDS.map((id, c) => `${phaseLabel(c, lang)}: ${s.counts[id]} (${pct(s.weightShares[id], 0)})`).join(zh ? "；" : "; ") + (zh ? `；未知 ${s.unknownPhase}\n` : `; unknown ${s.unknownPhase}\n`));
    }
    if (bool(p, "history")) {
      io.out("\n" + renderTable(zh ? ["月份", ...PHASE_IDS.map((_, c) => phaseLabel(c, lang)), "未知", "补库", "按权重"] : ["month", ...PHASE_IDS.map((_, c) => phaseLabel(c, lang)), "unknown", "restocking", "by weight"],
        data.months.map((m) => [m.month, ...m.counts.map(String), String(m.unknownPhase), `${m.restocking}/${m.knownState}`, pct(m.restockingWeightShare, 0)])));
    }
    printNotes(io, data.notes, langOf(p));
  },
};
