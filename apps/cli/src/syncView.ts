/**
 * China–US (or any two economies') synchronisation of inventory cycles, computed from series specs
 * (methods.md §5; note 003 第6则): the data behind `kitchin sync` and the report's sync section.
 */
import {
  inLang, wordOf, PHASE_IDS, asOfPhases, expostPhases, formatMonth, phaseLabel, syncTimelines,
  type PhaseTimeline, type SyncResult, type TimelineSync, type TurnPreset,
  say, type Note, uniqueNotes,
} from "@kitchin/core";
import { REGION_DEFAULTS } from "@kitchin/datasets";
import { UsageError } from "./errors.ts";
import { pct, renderTable } from "./format/table.ts";
import type { NamedSeries } from "./inputs.ts";
import type { reversalOptions, turnFlags } from "./options.ts";
import { parseSpec, resolveSpec, type SpecContext } from "./seriesSpecs.ts";

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
  notes: Note[];
}

function timeline(side: SideSpec, input: SyncInput, ctx: SpecContext, notes: Note[]): PhaseTimeline {
  const inv: NamedSeries = resolveSpec(parseSpec(side.inventory, ctx), ctx);
  const dem: NamedSeries = resolveSpec(parseSpec(side.demand, ctx), ctx);
  notes.push(...inv.notes, ...dem.notes);
  if ((input.mode ?? "ex-post") === "as-of") {
    return asOfPhases(dem.series, inv.series, { revenueLag: dem.lag, inventoryLag: inv.lag, reversal: input.reversal });
  }
  const t: { turns?: ReturnType<typeof turnFlags>["turns"]; preset: TurnPreset } = input.turns ?? { preset: "inventory" };
  return expostPhases(dem.series, inv.series, { turns: t.turns, preset: t.preset, revenuePreset: input.demandPreset ?? "monthly", extend: input.extend }).timeline;
}

export function computeSync(input: SyncInput, ctx: SpecContext): SyncData {
  const notes: Note[] = [];
  const ta = timeline(input.a, input, ctx, notes);
  const tb = timeline(input.b, input, ctx, notes);
  const r = syncTimelines(ta, tb, { from: input.from, to: input.to });
  if (input.mode === "as-of") notes.push(say("syncAsOf"));
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
    notes: uniqueNotes(notes),
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
  const zh = lang === "zh";
  const region = (x: string) => (zh ? ({ cn: "中国", us: "美国" } as Record<string, string>)[x] ?? x : x);
  const A = region(d.a), B = region(d.b);
  const mode = zh ? (d.mode === "as-of" ? "实时" : "事后") : d.mode;
  const lines = [
    zh
      ? `${A} 与 ${B}，${d.from}…${d.to}（${mode}）：两者库存状态均已知的月份 ${d.months} 个`
      : `${d.a} vs ${d.b}, ${d.from}…${d.to} (${d.mode}): ${d.months} months with both inventory states known`,
    renderTable(zh ? ["", "月数", "占比"] : ["", "months", "share"], [
      [zh ? "同步" : "in step", String(n.inStep), pct(d.inStep, 1)],
      [zh ? "  共同补库" : `  co-restocking`, String(n.coRestock), pct(d.coRestock, 1)],
      [zh ? "  共同去库" : `  co-destocking`, String(n.coDestock), pct(d.coDestock, 1)],
      [zh ? `${A}补库、${B}去库` : `${d.a} restocking, ${d.b} destocking`, String(n.aRestockBDestock), pct(d.aRestockBDestock, 1)],
      [zh ? `${A}去库、${B}补库` : `${d.a} destocking, ${d.b} restocking`, String(n.aDestockBRestock), pct(d.aDestockBRestock, 1)],
    ], { colour }).trimEnd(),
    zh
      ? `Harding–Pagan 一致性 ${d.concordance.toFixed(3)}（若两周期相互独立为 ${d.concordanceIfIndependent.toFixed(3)}）`
      : `Harding–Pagan concordance ${d.concordance.toFixed(3)} (${d.concordanceIfIndependent.toFixed(3)} if the cycles were independent)`,
    "",
    zh
      ? `阶段表（行：${A}，列：${B}；两者阶段均已知的月份 ${d.phaseTable.months} 个，其中同阶段 ${d.phaseTable.samePhase} 个）`
      : `phase table (rows ${d.a}, columns ${d.b}; ${d.phaseTable.months} months with both phases known, ${d.phaseTable.samePhase} in the same phase)`,
    renderTable([`${A} \\ ${B}`, ...PHASE_IDS.map((_, j) => phaseLabel(j, lang))],
      d.phaseTable.counts.map((row, i) => [phaseLabel(i, lang), ...row.map(String)]), { colour }).trimEnd(),
  ];
  return lines.join("\n") + "\n"; // the notes go to stderr (the command's printNotes)
}
