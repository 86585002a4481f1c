/**
 * The CLI's side of "now" (issue 11): which calendar month it is (the clock, `--today YYYY-MM`
 * or `KITCHIN_TODAY` for reproducible output), how stale the current call is, and the notes
 * about what each input adds beyond the common month. The month itself comes from the core
 * (`analyseCycle(...).asOf`, realtime/now.ts); nothing here recomputes it.
 */
import { formatMonth, monthIndex, parseMonth, staleMonths, stateName, type CycleAnalysis, type InputNow } from "@kitchin/core";
import { str, type FlagSpecs, type ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";

export const TODAY_FLAG: FlagSpecs = {
  today: { type: "string", arg: "YYYY-MM", description: "the current month for staleness (default: the clock, or KITCHIN_TODAY)" },
};

/** Staleness above this many months gets a warning in table output. */
export const STALE_WARN_MONTHS = 3;

/** The current calendar month: `--today`, else `KITCHIN_TODAY`, else the system clock (UTC). */
export function todayOf(p: ParsedArgs, io: Pick<Io, "env">, clock: () => Date = () => new Date()): number {
  const flag = str(p, "today");
  if (flag !== undefined) return parseMonth(flag, "--today");
  const env = io.env.KITCHIN_TODAY;
  if (env !== undefined && env !== "") return parseMonth(env, "KITCHIN_TODAY");
  const d = clock();
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

export interface Staleness {
  today: string;
  staleMonths: number;
}

export function staleness(a: CycleAnalysis, today: number): Staleness {
  return { today: formatMonth(today), staleMonths: staleMonths(a.asOf, today) };
}

function inputJson(x: InputNow) {
  return { through: formatMonth(x.through), knownAt: formatMonth(x.knownAt), state: stateName(x.state) };
}

/** Per input: last month with a value, the month it is known, and its as-of state there. */
export function inputsJson(a: CycleAnalysis) {
  return { revenue: inputJson(a.inputsNow.revenue), inventory: inputJson(a.inputsNow.inventory) };
}

/**
 * Notes on "now" for `current.notes` in JSON: trailing months without values that were ignored.
 * (Table output already carries the file reader's own note about such rows.)
 */
export function nowNotes(a: CycleAnalysis, names: { revenue: string; inventory: string }): string[] {
  const out: string[] = [];
  for (const k of ["revenue", "inventory"] as const) {
    const x = a.inputsNow[k];
    if (x.trailingBlank > 0) {
      out.push(`${names[k]}: ${x.trailingBlank} trailing month${x.trailingBlank > 1 ? "s" : ""} without a value after ${formatMonth(x.through)} ignored (a state is never carried past a series' last value)`);
    }
  }
  return out;
}

/**
 * The date a report says it was made: the pinned month when `--today` or `KITCHIN_TODAY` is set
 * (reproducible output), else the clock's UTC date `YYYY-MM-DD`.
 */
export function madeOn(p: ParsedArgs, io: Pick<Io, "env">, clock: () => Date = () => new Date()): string {
  if (str(p, "today") !== undefined || (io.env.KITCHIN_TODAY ?? "") !== "") return formatMonth(todayOf(p, io, clock));
  return clock().toISOString().slice(0, 10);
}
