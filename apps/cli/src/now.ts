/**
 * The CLI's side of "now": which calendar month it is (the clock, `--today YYYY-MM`
 * or `KITCHIN_TODAY` for reproducible output), how stale the current call is, and the notes
 * about what each input adds beyond the common month. The month itself comes from the core
 * (`analyseCycle(...).asOf`, realtime/now.ts); nothing here recomputes it.
 */
import { formatMonth, monthIndex, parseMonth } from "@kitchin/core";

import { str, type FlagSpecs, type ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";

export const TODAY_FLAG: FlagSpecs = {
  today: {
    type: "string",
    arg: "YYYY-MM",
    description: "the current month for staleness (default: the clock, or KITCHIN_TODAY)",
  },
};

/** The current calendar month: `--today`, else `KITCHIN_TODAY`, else the system clock (UTC). */
export function todayOf(p: ParsedArgs, io: Pick<Io, "env">, clock: () => Date = () => new Date()): number {
  const flag = str(p, "today");
  if (flag !== undefined) return parseMonth(flag, "--today");
  const env = io.env.KITCHIN_TODAY;
  if (env !== undefined && env !== "") return parseMonth(env, "KITCHIN_TODAY");
  const d = clock();
  return monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * The date a report says it was made: the pinned month when `--today` or `KITCHIN_TODAY` is set
 * (reproducible output), else the clock's UTC date `YYYY-MM-DD`.
 */
export function madeOn(p: ParsedArgs, io: Pick<Io, "env">, clock: () => Date = () => new Date()): string {
  if (str(p, "today") !== undefined || (io.env.KITCHIN_TODAY ?? "") !== "") return formatMonth(todayOf(p, io, clock));
  return clock().toISOString().slice(0, 10);
}
