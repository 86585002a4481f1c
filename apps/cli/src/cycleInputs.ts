/**
 * The cycle analysis of the command line's inputs, shared by `phase`, `cycles` and `overview`:
 * the demand and inventory series (`--dataset` or `--file` columns), their release lags, the
 * turning-point and as-of flags, and the calendar month ("today") for staleness.
 */
import { analyseCycle, parseMonth } from "@kitchin/core";
import { str, type ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";
import { INPUT_FLAGS, phaseInputs } from "./inputs.ts";
import { OUTPUT_FLAGS, PHASE_RULE_FLAGS, reversalOptions, turnFlags } from "./options.ts";
import { TODAY_FLAG, todayOf } from "./now.ts";

export const PHASE_INPUT_FLAGS = {
  ...INPUT_FLAGS,
  inventory: { type: "string", arg: "ID|COLUMN", description: "inventory series: shipped id or file column" },
  revenue: { type: "string", arg: "ID|COLUMN", description: "demand (revenue) series: shipped id or file column" },
} as const;

/** The flags of every command that runs a cycle analysis (`phase`, `cycles`, `overview`), besides its own. */
export const CYCLE_FLAGS = {
  "as-of": { type: "string", arg: "YYYY-MM", description: "use only what was known at the end of this month" },
  ...TODAY_FLAG,
  ...PHASE_RULE_FLAGS,
  ...OUTPUT_FLAGS,
} as const;

export async function cycleAnalysis(p: ParsedArgs, io: Pick<Io, "env">) {
  const { revenue, inventory } = await phaseInputs(p);
  const asOfText = str(p, "as-of");
  // --as-of M puts "today" at M (unless --today says otherwise): a call as of 2019-06 is not
  // "90 months old" — it is the call as it stood then (issue 26, the report as of that month).
  const today = asOfText !== undefined && str(p, "today") === undefined ? parseMonth(asOfText, "--as-of") : todayOf(p, io);
  const a = analyseCycle(revenue.series, inventory.series, {
    ...turnFlags(p), reversal: reversalOptions(p),
    revenueLag: revenue.lag, inventoryLag: inventory.lag,
    asOf: asOfText === undefined ? undefined : parseMonth(asOfText, "--as-of"),
  });
  inventory.notes.push(...a.notes); // thresholds that leave a mode with no known month (core units check)
  const ctx = { today, names: { revenue: revenue.name, inventory: inventory.name } };
  return { a, revenue, inventory, asOfText, ctx };
}

export type Analysis = Awaited<ReturnType<typeof cycleAnalysis>>;
