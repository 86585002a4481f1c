/**
 * Phase timelines for the backtest commands. With `--dataset` they come from the core
 * (`analyseCycle` on the region's default demand and inventory series): the ex-post history for
 * scoring and reporting, and the as-of path (stamped by the month each phase is known, release
 * lags applied) as the default trading signal. With `--phases F` they come from the user's
 * `date,phase` file (phase ids of methods.md §3 or their labels — core's `phaseOfText` — or `unknown`/blank); such a
 * file is taken as dated with hindsight (ex-post) unless `--phases-as-of` says it was recorded in real time.
 */
import {
  analyseCycle,
  formatMonth,
  KitchinError,
  parseMonthLoose,
  PHASE_IDS,
  phaseOfText,
  say,
  type PhaseTimeline,
  type Note,
} from "@kitchin/core";
import { REGION_DEFAULTS } from "@kitchin/datasets";
import { readUserTable } from "../io/table.ts";
import { shippedSeries, type NamedSeries } from "./inputs.ts";

export interface Phases {
  /** Ex-post history on data months (scores, report shading). */
  history: PhaseTimeline;
  /** The trading signal's timeline and the lag to apply to it. */
  signal: PhaseTimeline;
  signalLag: number;
  /** For charts: demand and inventory YoY (dataset only). */
  demand?: { id: string; start: number; values: Float64Array };
  inventory?: { id: string; start: number; values: Float64Array };
  source: string;
  notes: Note[];
  /** "Now" from the core (dataset only): the current as-of phase, its month and length. */
  now?: { code: number; month: number; monthsInPhase: number };
}

export interface DatasetPhaseOptions {
  mode: "as-of" | "ex-post";
  turns?: Parameters<typeof analyseCycle>[2];
}

export function datasetPhases(region: "cn" | "us", o: DatasetPhaseOptions): Phases {
  const d = REGION_DEFAULTS[region];
  return cyclePhases(shippedSeries(d.demand), shippedSeries(d.inventory), o);
}

/**
 * Phases computed by the core from a demand and an inventory series — the shipped region's or the
 * columns of the user's `--file`: the ex-post history for scores and shading, and the
 * as-of path (each month's phase as known at its end, release lags applied) as the trading signal.
 */
export function cyclePhases(rev: NamedSeries, inv: NamedSeries, o: DatasetPhaseOptions): Phases {
  const a = analyseCycle(rev.series, inv.series, {
    demandLag: rev.releaseLag,
    inventoryLag: inv.releaseLag,
    ...o.turns,
  });
  return {
    history: a.history,
    signal: o.mode === "ex-post" ? a.history : a.realtime,
    signalLag: 0,
    demand: { id: rev.name, ...rev.series },
    inventory: { id: inv.name, ...inv.series },
    source: `${rev.name} × ${inv.name}`,
    notes: [...rev.notes, ...inv.notes],
    ...(a.now ? { now: { code: a.now.code, month: a.now.month, monthsInPhase: a.now.monthsInPhase } } : {}),
  };
}

/** Reads a `date,phase` file; dates must be consecutive months. */
export async function filePhases(file: string, o: { asOf: boolean; releaseLag: number }): Promise<Phases> {
  const t = await readUserTable(file);
  const col = t.header.findIndex((h, i) => i !== t.dateColumn && /^(phase|阶段)$/i.test(h));
  const pc = col >= 0 ? col : t.header.findIndex((_, i) => i !== t.dateColumn);
  if (pc < 0) throw new KitchinError("bad-file", say("phasesTwoColumns"), { file: t.file });
  const months: number[] = [];
  const codes: number[] = [];
  for (const r of t.rows) {
    const m = parseMonthLoose(r.cells[t.dateColumn] as string | number, t.allowSerialDates);
    if (Number.isNaN(m))
      throw new KitchinError("bad-date", say("phasesNotDate", { cell: String(r.cells[t.dateColumn]) }), {
        file: t.file,
        row: r.row,
        column: t.header[t.dateColumn],
      });
    if (months.length) {
      const prev = months[months.length - 1];
      if (m === prev)
        throw new KitchinError("duplicate", say("monthTwice", { month: formatMonth(m) }), {
          file: t.file,
          row: r.row,
          column: t.header[t.dateColumn],
        });
      if (m !== prev + 1) {
        throw new KitchinError("gap", say("phasesNotConsecutive", { prev: formatMonth(prev), month: formatMonth(m) }), {
          file: t.file,
          row: r.row,
          column: t.header[t.dateColumn],
        });
      }
    }
    const text = String(r.cells[pc] ?? "").trim();
    const code = phaseOfText(text);
    if (code === undefined) {
      throw new KitchinError("bad-option", say("notPhaseId", { text, ids: PHASE_IDS, unknown: true }), {
        file: t.file,
        row: r.row,
        column: t.header[pc],
      });
    }
    months.push(m);
    codes.push(code);
  }
  if (months.length === 0) throw new KitchinError("empty", say("phasesNoRows"), { file: t.file });
  const tl: PhaseTimeline = {
    mode: o.asOf ? "as-of" : "ex-post",
    start: months[0],
    codes: Int8Array.from(codes),
    revenueStates: new Int8Array(codes.length),
    inventoryStates: new Int8Array(codes.length),
  };
  return { history: tl, signal: tl, signalLag: o.releaseLag, source: t.file, notes: [] };
}
