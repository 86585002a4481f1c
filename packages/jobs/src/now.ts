/**
 * "Now" as data: how stale the current call is against the calendar month, what each input adds
 * beyond the common month. The month itself comes from the core (`analyseCycle(...).asOf`,
 * realtime/now.ts); which calendar month it is, the faces decide (the CLI's clock, `--today`).
 */
import { formatMonth, staleMonths, stateName, type CycleAnalysis, type InputNow } from "@kitchin/core";

/** Staleness above this many months gets a warning in table output. */
export const STALE_WARN_MONTHS = 3;

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
      out.push(
        `${names[k]}: ${x.trailingBlank} trailing month${x.trailingBlank > 1 ? "s" : ""} without a value after ${formatMonth(x.through)} ignored (a state is never carried past a series' last value)`,
      );
    }
  }
  return out;
}
