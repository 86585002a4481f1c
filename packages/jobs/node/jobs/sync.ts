/**
 * China–US (or any two economies') synchronisation of inventory cycles, computed from series specs
 * (methods.md §5; note 003 第6则): the data behind `kitchin sync` and the report's sync section.
 */
import {
  PHASE_IDS,
  asOfPhases,
  expostPhases,
  formatMonth,
  syncTimelines,
  type PhaseTimeline,
  type SyncResult,
  type TimelineSync,
  type TurnPreset,
  say,
  type Note,
  uniqueNotes,
  PHASE_PRESETS,
} from "@kitchin/core";
import { REGION_DEFAULTS } from "@kitchin/datasets";
import { UsageError } from "../../src/errors.ts";
import type { NamedSeries } from "../readers/inputs.ts";
import type { PhaseRule } from "../../src/request.ts";
import { parseSpec, resolveSpec, type SpecContext } from "../readers/seriesSpecs.ts";

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
  turns?: Omit<PhaseRule, "reversal">;
  /** Preset for the demand series (default monthly, as in `kitchin phase`). */
  demandPreset?: TurnPreset;
  reversal?: PhaseRule["reversal"];
}

/** The JSON of `kitchin sync`: the core's shares and concordance, plus what was compared. */
export interface SyncData extends Omit<SyncResult, "counts" | "phaseTable"> {
  a: string;
  b: string;
  mode: "ex-post" | "as-of";
  from: string;
  to: string;
  counts: TimelineSync["counts"];
  phaseTable: {
    phases: readonly string[];
    rows: string;
    columns: string;
    counts: number[][];
    months: number;
    samePhase: number;
    unknown: number;
  };
  series: { a: { inventory: string; demand: string }; b: { inventory: string; demand: string } };
  notes: Note[];
}

function timeline(side: SideSpec, input: SyncInput, ctx: SpecContext, notes: Note[]): PhaseTimeline {
  const inv: NamedSeries = resolveSpec(parseSpec(side.inventory, ctx), ctx);
  const dem: NamedSeries = resolveSpec(parseSpec(side.demand, ctx), ctx);
  notes.push(...inv.notes, ...dem.notes);
  if ((input.mode ?? "ex-post") === "as-of") {
    return asOfPhases(dem.series, inv.series, {
      demandLag: dem.releaseLag,
      inventoryLag: inv.releaseLag,
      reversal: input.reversal,
    });
  }
  const t: { turns?: PhaseRule["turns"]; preset: TurnPreset } = input.turns ?? { preset: PHASE_PRESETS.inventory };
  return expostPhases(dem.series, inv.series, {
    turns: t.turns,
    preset: t.preset,
    demandPreset: input.demandPreset ?? PHASE_PRESETS.demand,
    extend: input.extend,
  }).timeline;
}

export function computeSync(input: SyncInput, ctx: SpecContext): SyncData {
  const notes: Note[] = [];
  const ta = timeline(input.a, input, ctx, notes);
  const tb = timeline(input.b, input, ctx, notes);
  const r = syncTimelines(ta, tb, { from: input.from, to: input.to });
  if (input.mode === "as-of") notes.push(say("syncAsOf"));
  return {
    a: input.a.label,
    b: input.b.label,
    mode: input.mode ?? "ex-post",
    from: formatMonth(r.from),
    to: formatMonth(r.to),
    months: r.months,
    inStep: r.inStep,
    coRestock: r.coRestock,
    coDestock: r.coDestock,
    aRestockBDestock: r.aRestockBDestock,
    aDestockBRestock: r.aDestockBRestock,
    concordance: r.concordance,
    concordanceIfIndependent: r.concordanceIfIndependent,
    counts: r.counts,
    phaseTable: {
      phases: PHASE_IDS,
      rows: input.a.label,
      columns: input.b.label,
      counts: r.phaseTable!.counts,
      months: r.phaseTable!.months,
      samePhase: r.phaseTable!.samePhase,
      unknown: r.phaseTable!.unknown,
    },
    series: {
      a: { inventory: input.a.inventory, demand: input.a.demand },
      b: { inventory: input.b.inventory, demand: input.b.demand },
    },
    notes: uniqueNotes(notes),
  };
}

export function regionSide(region: string): SideSpec {
  if (region !== "cn" && region !== "us") {
    throw new UsageError(say("syncRegion", { region }));
  }
  const d = REGION_DEFAULTS[region];
  return { label: region, inventory: d.inventory, demand: d.demand };
}

/** Report hook: China–US synchronisation on the shipped data (note 003's window by default). */
export function syncSection(options: { from?: number; to?: number; mode?: "ex-post" | "as-of" } = {}): SyncData {
  return computeSync({ a: regionSide("cn"), b: regionSide("us"), ...options }, { releaseLag: 0 });
}
