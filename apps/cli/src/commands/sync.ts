/**
 * `kitchin sync`: synchronisation of two economies' inventory cycles (methods.md §5; note 003
 * 第6则) — shares of co-restocking, co-destocking and the two divergent cases over the common
 * months, the Harding–Pagan concordance and the 4 × 4 phase table.
 *
 * Each side is a region's shipped inventory and demand series (`--a cn --b us`), which
 * `--a-inventory`, `--a-demand`, … can replace with any series spec (shipped id or a
 * `--file` column, with the modifiers of `kitchin lead`, e.g. `cn.inventory_yoy:real=cn.ppi_yoy`
 * for real inventory).
 */
import {
  PHASE_IDS, asOfPhases, expostPhases, formatMonth, phaseLabel, syncTimelines,
  type PhaseTimeline, type SyncResult, type TimelineSync, type TurnPreset,
} from "@kitchin/core";
import { REGION_DEFAULTS } from "@kitchin/datasets";
import { bool, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { toJson } from "../context.ts";
import { UsageError } from "../errors.ts";
import { fmt, pct, renderTable, useColour } from "../format/table.ts";
import { table, type Section } from "../backtest/report/html.ts";
import { INPUT_FLAGS, type NamedSeries } from "../inputs.ts";
import { toCsv } from "../io/csv.ts";
import { OUTPUT_FLAGS, REVERSAL_FLAGS, TURN_FLAGS, formatOf, langOf, presetsOf, reversalOptions } from "../options.ts";
import { leadTableSection, monthRange, parseSpec, resolveSpec, specContext, turnFlags, type SpecContext } from "./lead.ts";

export interface SideSpec {
  label: string;
  inventory: string;
  demand: string;
}

export interface SyncInput {
  a: SideSpec;
  b: SideSpec;
  mode?: "ex-post" | "as-of";
  extend?: boolean;
  from?: number;
  to?: number;
  turns?: ReturnType<typeof turnFlags>;
  /** Preset for the demand series (default monthly, as in `kitchin phase`). */
  demandPreset?: TurnPreset;
  reversal?: ReturnType<typeof reversalOptions>;
}

/** The JSON of `kitchin sync`: the core's shares and concordance, plus what was compared. */
export interface SyncData extends Omit<SyncResult, "counts" | "phaseTable"> {
  a: string;
  b: string;
  mode: "ex-post" | "as-of";
  from: string;
  to: string;
  counts: TimelineSync["counts"];
  phaseTable: { phases: readonly string[]; rows: string; columns: string; counts: number[][]; months: number; samePhase: number; unknown: number };
  series: { a: { inventory: string; demand: string }; b: { inventory: string; demand: string } };
  notes: string[];
}

function timeline(side: SideSpec, input: SyncInput, ctx: SpecContext, notes: string[]): PhaseTimeline {
  const inv: NamedSeries = resolveSpec(parseSpec(side.inventory, ctx), ctx);
  const dem: NamedSeries = resolveSpec(parseSpec(side.demand, ctx), ctx);
  notes.push(...inv.notes, ...dem.notes);
  if ((input.mode ?? "ex-post") === "as-of") {
    return asOfPhases(dem.series, inv.series, { revenueLag: dem.lag, inventoryLag: inv.lag, reversal: input.reversal });
  }
  const t = input.turns ?? { preset: "inventory" as TurnPreset };
  return expostPhases(dem.series, inv.series, { turns: t.turns, preset: t.preset, revenuePreset: input.demandPreset ?? "monthly", extend: input.extend }).timeline;
}

export function computeSync(input: SyncInput, ctx: SpecContext): SyncData {
  const notes: string[] = [];
  const ta = timeline(input.a, input, ctx, notes);
  const tb = timeline(input.b, input, ctx, notes);
  const r = syncTimelines(ta, tb, { from: input.from, to: input.to });
  if (input.mode === "as-of") notes.push("as-of phases are stamped by the month at whose end they are known (release lags applied)");
  return {
    a: input.a.label, b: input.b.label, mode: input.mode ?? "ex-post",
    from: formatMonth(r.from), to: formatMonth(r.to),
    months: r.months, inStep: r.inStep, coRestock: r.coRestock, coDestock: r.coDestock,
    aRestockBDestock: r.aRestockBDestock, aDestockBRestock: r.aDestockBRestock,
    concordance: r.concordance, concordanceIfIndependent: r.concordanceIfIndependent, counts: r.counts,
    phaseTable: {
      phases: PHASE_IDS, rows: input.a.label, columns: input.b.label, counts: r.phaseTable!.counts,
      months: r.phaseTable!.months, samePhase: r.phaseTable!.samePhase, unknown: r.phaseTable!.unknown,
    },
    series: { a: { inventory: input.a.inventory, demand: input.a.demand }, b: { inventory: input.b.inventory, demand: input.b.demand } },
    notes: [...new Set(notes)],
  };
}

export function regionSide(region: string): SideSpec {
  if (region !== "cn" && region !== "us") {
    throw new UsageError(`"${region}" is not a shipped region (cn, us); name its series with --a-inventory/--a-demand (or --b-…)`);
  }
  const d = REGION_DEFAULTS[region];
  return { label: region, inventory: d.inventory, demand: d.demand };
}

/** Report hook: China–US synchronisation on the shipped data (note 003's window by default). */
export function syncSection(options: { from?: number; to?: number; mode?: "ex-post" | "as-of" } = {}): SyncData {
  return computeSync({ a: regionSide("cn"), b: regionSide("us"), ...options }, { lag: 0 });
}

export function renderSync(d: SyncData, lang: "en" | "zh" = "en", colour = false): string {
  const n = d.counts;
  const lines = [
    `${d.a} vs ${d.b}, ${d.from}…${d.to} (${d.mode}): ${d.months} months with both inventory states known`,
    renderTable(["", "months", "share"], [
      ["in step", String(n.inStep), pct(d.inStep, 1)],
      [`  co-restocking`, String(n.coRestock), pct(d.coRestock, 1)],
      [`  co-destocking`, String(n.coDestock), pct(d.coDestock, 1)],
      [`${d.a} restocking, ${d.b} destocking`, String(n.aRestockBDestock), pct(d.aRestockBDestock, 1)],
      [`${d.a} destocking, ${d.b} restocking`, String(n.aDestockBRestock), pct(d.aDestockBRestock, 1)],
    ], { colour }).trimEnd(),
    `Harding–Pagan concordance ${d.concordance.toFixed(3)} (${d.concordanceIfIndependent.toFixed(3)} if the cycles were independent)`,
    "",
    `phase table (rows ${d.a}, columns ${d.b}; ${d.phaseTable.months} months with both phases known, ${d.phaseTable.samePhase} in the same phase)`,
    renderTable([`${d.a} \\ ${d.b}`, ...PHASE_IDS.map((_, j) => phaseLabel(j, lang))],
      d.phaseTable.counts.map((row, i) => [phaseLabel(i, lang), ...row.map(String)]), { colour }).trimEnd(),
  ];
  return lines.join("\n") + "\n" + d.notes.map((x) => `note: ${x}\n`).join("");
}

export const syncCommand: Command = {
  name: "sync",
  summary: "synchronisation of two inventory cycles: co-restocking, co-destocking, concordance, phase table",
  usage: "kitchin sync --a cn|us --b cn|us [--a-inventory SPEC --a-demand SPEC --b-inventory SPEC --b-demand SPEC] [--file F] [--from YYYY-MM] [--to YYYY-MM] [--mode ex-post|as-of] [--extend] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    a: { type: "string", arg: "cn|us|LABEL", description: "first economy (rows of the phase table); any label when --a-inventory and --a-demand are given" },
    b: { type: "string", arg: "cn|us|LABEL", description: "second economy (columns)" },
    "a-inventory": { type: "string", arg: "SPEC", description: "replace a's inventory series (id or column, modifiers as in kitchin lead)" },
    "a-demand": { type: "string", arg: "SPEC", description: "replace a's demand (revenue/sales) series" },
    "b-inventory": { type: "string", arg: "SPEC", description: "replace b's inventory series" },
    "b-demand": { type: "string", arg: "SPEC", description: "replace b's demand series" },
    from: { type: "string", arg: "YYYY-MM", description: "first month compared" },
    to: { type: "string", arg: "YYYY-MM", description: "last month compared" },
    mode: { type: "string", arg: "ex-post|as-of", description: "states from turns dated on the whole history (default) or real-time" },
    extend: { type: "boolean", description: "ex-post: carry states past the first and last turns to the ends" },
    ...TURN_FLAGS,
    ...REVERSAL_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p: ParsedArgs, io) {
    const a = str(p, "a"), b = str(p, "b");
    if (!a || !b) throw new UsageError("name both economies: --a cn --b us");
    const mode = str(p, "mode") ?? "ex-post";
    if (mode !== "ex-post" && mode !== "as-of") throw new UsageError(`--mode must be ex-post or as-of, got "${mode}"`);
    const side = (label: string, k: "a" | "b"): SideSpec => {
      const inv = str(p, `${k}-inventory`), dem = str(p, `${k}-demand`);
      // Any label works when both series are named; cn/us supply the shipped defaults.
      if (inv && dem) return { label, inventory: inv, demand: dem };
      const s = regionSide(label);
      return { label, inventory: inv ?? s.inventory, demand: dem ?? s.demand };
    };
    const ctx = await specContext(p);
    const data = computeSync({ a: side(a, "a"), b: side(b, "b"), mode, extend: bool(p, "extend"), ...monthRange(p), turns: turnFlags(p), demandPreset: presetsOf(p).demandPreset, reversal: reversalOptions(p) }, ctx);
    const format = formatOf(p);
    if (format === "json") io.out(toJson(data));
    else if (format === "csv") {
      io.out(toCsv(["a", "b", "mode", "from", "to", "months", "inStep", "coRestock", "coDestock", "aRestockBDestock", "aDestockBRestock", "concordance", "concordanceIfIndependent"],
        [[data.a, data.b, data.mode, data.from, data.to, data.months, data.inStep, data.coRestock, data.coDestock, data.aRestockBDestock, data.aDestockBRestock, data.concordance, data.concordanceIfIndependent]]));
    } else io.out(renderSync(data, langOf(p), useColour(io.isTTY, io.env)));
  },
};

/**
 * The report's macro sections (issue 6 item 5): the region's leading-indicator table and the
 * China–US synchronisation over all common months, as HTML tables for `kitchin report`. Empty
 * for reports on the user's own files (no region).
 */
export function macroReportSections(region: "cn" | "us" | null | undefined): Section[] {
  if (!region) return [];
  const lead = leadTableSection(region);
  const s = syncSection();
  const n = s.counts;
  return [
    {
      title: `Leading indicators of ${lead.target} turns (months; + = indicator first; window −${lead.params.maxLag}…+${lead.params.maxLead})`,
      html: table(["indicator", "matched", "missed", "extra", "mean", "median", "min", "max", "best lag", "r"], lead.rows.map((r) => [
        r.indicator, String(r.matched), String(r.missed), String(r.extra), fmt(r.meanLead, 1), fmt(r.medianLead, 1), fmt(r.minLead, 0), fmt(r.maxLead, 0), fmt(r.bestLag, 0), fmt(r.bestCorr, 2),
      ])),
    },
    {
      title: `China–US inventory cycles, ${s.from}..${s.to} (${s.mode}): ${s.months} months`,
      html: table(["", "months", "share"], [
        ["in step", String(n.inStep), pct(s.inStep, 1)],
        ["co-restocking", String(n.coRestock), pct(s.coRestock, 1)],
        ["co-destocking", String(n.coDestock), pct(s.coDestock, 1)],
        ["China restocking, US destocking", String(n.aRestockBDestock), pct(s.aRestockBDestock, 1)],
        ["China destocking, US restocking", String(n.aDestockBRestock), pct(s.aDestockBRestock, 1)],
        ["Harding–Pagan concordance (if independent)", `${s.concordance.toFixed(3)} (${s.concordanceIfIndependent.toFixed(3)})`, ""],
      ]),
    },
  ];
}
