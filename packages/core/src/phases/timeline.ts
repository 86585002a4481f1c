/**
 * Phase timelines on a month axis, ex-post or as-of (methods.md §3). Every timeline says
 * which it is.
 *
 * - ex-post: turns dated on the whole history (they use data after the month they date);
 *   stamped by the data month.
 * - as-of: at the end of month a the program knows each series up to a − lag (release lag);
 *   the state of each series is its real-time direction (`realtimeStates`) at that point.
 *   The timeline is stamped by the month a at whose end the phase is known, so a backtest
 *   at month-end a may use it as is. It ends at "now" (realtime/now.ts): the last month at
 *   which every input's last value is known; trailing months without values do not count.
 */
import { KitchinError, withName } from "../errors.ts";
import { say } from "./messages.ts";
import { align } from "../series/panel.ts";
import { observedSpan, type Series } from "../series/series.ts";
import { turns } from "../turns/turns.ts";
import type { Turn, TurnOptions, TurnPreset } from "../turns/types.ts";
import { realtimeStates, type ReversalOptions } from "../realtime/reversal.ts";
import { phasesFromStates } from "./combine.ts";
import { statesFromTurns } from "./states.ts";

export type PhaseMode = "ex-post" | "as-of";

export interface PhaseTimeline {
  mode: PhaseMode;
  /** Month of `codes[0]`. */
  start: number;
  /** Phase code per month (PHASE_IDS order), −1 unknown. */
  codes: Int8Array;
  revenueStates: Int8Array;
  inventoryStates: Int8Array;
}

export interface ExPostResult {
  timeline: PhaseTimeline;
  revenueTurns: Turn[];
  inventoryTurns: Turn[];
}

export interface ExPostOptions {
  turns?: Partial<TurnOptions>;
  preset?: TurnPreset;
  /** Separate parameters for the demand series (default: the same as `turns`/`preset`). */
  demandTurns?: Partial<TurnOptions>;
  demandPreset?: TurnPreset;
  /** Carry the direction past the first and last turns to the ends of the data. */
  extend?: boolean;
}

export function expostPhases(revenue: Series, inventory: Series, opts: ExPostOptions = {}): ExPostResult {
  const p = align([revenue, inventory], "outer");
  const [rev, inv] = p.columns;
  const revenueTurns = withName(
    () => turns(rev, opts.demandTurns ?? opts.turns, opts.demandPreset ?? opts.preset),
    "demand (revenue)",
  );
  const inventoryTurns = withName(() => turns(inv, opts.turns, opts.preset), "inventory");
  const revenueStates = statesFromTurns(p.length, revenueTurns, opts.extend);
  const inventoryStates = statesFromTurns(p.length, inventoryTurns, opts.extend);
  // Where a series has no data at all the state must stay unknown even when extended.
  blankOutside(revenueStates, rev);
  blankOutside(inventoryStates, inv);
  return {
    timeline: {
      mode: "ex-post",
      start: p.start,
      codes: phasesFromStates(revenueStates, inventoryStates),
      revenueStates,
      inventoryStates,
    },
    revenueTurns,
    inventoryTurns,
  };
}

export interface AsOfOptions {
  demandLag?: number;
  inventoryLag?: number;
  reversal?: Partial<ReversalOptions>;
}

export function asOfPhases(revenue: Series, inventory: Series, opts: AsOfOptions = {}): PhaseTimeline {
  const rl = lagOf(opts.demandLag, "revenue lag");
  const il = lagOf(opts.inventoryLag, "inventory lag");
  const rs = realtimeStates(revenue.values, opts.reversal);
  const is = realtimeStates(inventory.values, opts.reversal);
  // Month a sees revenue observation a − rl and inventory observation a − il. The timeline ends
  // at "now" (realtime/now.ts): the last month at which both inputs' last values are known —
  // trailing months without a value are not observations, and no state is carried past them.
  const start = Math.min(revenue.start + rl, inventory.start + il);
  const end = Math.min(lastObserved(revenue, "demand (revenue)") + rl, lastObserved(inventory, "inventory") + il);
  if (end < start) throw new KitchinError("no-overlap", say("noSharedMonths", { what: "demand and inventory series" }));
  const n = end - start + 1;
  const revenueStates = new Int8Array(n);
  const inventoryStates = new Int8Array(n);
  for (let k = 0; k < n; k++) {
    const a = start + k;
    const i = a - rl - revenue.start;
    const j = a - il - inventory.start;
    revenueStates[k] = i >= 0 && i < rs.length ? rs[i] : 0;
    inventoryStates[k] = j >= 0 && j < is.length ? is[j] : 0;
  }
  return {
    mode: "as-of",
    start,
    codes: phasesFromStates(revenueStates, inventoryStates),
    revenueStates,
    inventoryStates,
  };
}

function lastObserved(s: Series, what: string): number {
  const span = observedSpan(s);
  if (!span) throw new KitchinError("empty", say("noNumericValues", { name: `${what} series` }));
  return span.last;
}

function lagOf(v: number | undefined, what: string): number {
  const x = v ?? 0;
  if (!Number.isInteger(x) || x < 0)
    throw new KitchinError("bad-option", say("optionBound", { name: what, kind: "months", min: 0, got: x }));
  return x;
}

function blankOutside(states: Int8Array, values: Float64Array): void {
  let a = 0;
  while (a < values.length && !Number.isFinite(values[a])) states[a++] = 0;
  let b = values.length - 1;
  while (b >= 0 && !Number.isFinite(values[b])) states[b--] = 0;
}
