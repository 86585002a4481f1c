/**
 * The command line as the jobs' typed requests: each flag read here once (already checked for type
 * and bounds when the command line was parsed, args.ts), so nothing below a command meets a flag.
 */
import { parseMonth, say } from "@kitchin/core";
import { UsageError, type CycleRequest, type OutlookRequest, type PhaseRule, type SourceRequest } from "@kitchin/jobs";
import type { InputOptions, RunOptions } from "@kitchin/jobs/node";
import { bool, int, num, numberList, oneOf, str, type ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";
import { reversalOptions, turnFlags } from "./options.ts";
import { todayOf } from "./now.ts";

/** `--dataset`, `--file` and its columns, `--lag`: where series come from. */
export function sourceRequest(p: ParsedArgs): SourceRequest {
  return {
    dataset: str(p, "dataset"),
    file: str(p, "file"),
    sheet: str(p, "sheet"),
    dateColumn: str(p, "date-column"),
    lag: int(p, "lag"),
    inventory: str(p, "inventory"),
    demand: str(p, "demand"),
    series: str(p, "series"),
    column: str(p, "column"),
  };
}

/** The phase rule's flags: turning points (ex-post) and the reversal rule (as-of). */
export function phaseRule(p: ParsedArgs): PhaseRule {
  return { ...turnFlags(p), reversal: reversalOptions(p) };
}

export function cycleRequest(p: ParsedArgs): CycleRequest {
  const asOf = str(p, "as-of");
  return {
    ...sourceRequest(p),
    rule: phaseRule(p),
    cutoff: asOf === undefined ? undefined : parseMonth(asOf, "--as-of"),
  };
}

export function outlookRequest(p: ParsedArgs): OutlookRequest {
  return {
    ...cycleRequest(p),
    deflator: str(p, "deflator"),
    demandKind:
      str(p, "demand-kind") === undefined
        ? undefined
        : oneOf(p, "demand-kind", ["yoy", "cumulative_yoy"] as const, "yoy"),
    horizons: str(p, "horizons") === undefined ? undefined : numberList(p, "horizons", [], { whole: true, min: 1 }),
  };
}

/**
 * The month staleness is measured against: `--as-of M` puts "today" at M (unless `--today` says
 * otherwise) — a call as of 2019-06 is not "90 months old", it is the call as it stood then.
 */
export function callToday(p: ParsedArgs, io: Pick<Io, "env">): number {
  const asOf = str(p, "as-of");
  return asOf !== undefined && str(p, "today") === undefined ? parseMonth(asOf, "--as-of") : todayOf(p, io);
}

/**
 * The backtest input flags as typed options. `fileLag: false` for a command whose `--lag` means
 * something else (sweep: a list of extra signal lags).
 */
export function inputOptions(p: ParsedArgs, o: { fileLag?: boolean } = {}): InputOptions {
  return {
    dataset: str(p, "dataset"),
    prices: str(p, "prices"),
    phases: str(p, "phases"),
    pricesFormat: oneOf(p, "prices-format", ["auto", "wide", "long"] as const, "auto"),
    gaps: oneOf(p, "gaps", ["error", "keep", "carry"] as const, "error"),
    phasesAsOf: bool(p, "phases-as-of"),
    lag: o.fileLag === false ? 0 : (int(p, "lag") ?? 0),
    assets: str(p, "assets"),
    from: str(p, "from"),
    to: str(p, "to"),
    mode: str(p, "mode") === undefined ? undefined : oneOf(p, "mode", ["as-of", "ex-post"] as const, "as-of"),
    riskFree: str(p, "risk-free"),
    vintages: bool(p, "vintages"),
    file: str(p, "file"),
    inventory: str(p, "inventory"),
    demand: str(p, "demand"),
    sheet: str(p, "sheet"),
    dateColumn: str(p, "date-column"),
  };
}

export function runOptions(p: ParsedArgs): RunOptions {
  return {
    cost: num(p, "cost", 0),
    fallback: oneOf(p, "fallback", ["all", "cash"] as const, "all"),
    splitBy: oneOf(p, "split-by", ["signal", "ex-post"] as const, "signal"),
  };
}

export function wordList<T extends string>(p: ParsedArgs, name: string, allowed: readonly T[], fallback: T[]): T[] {
  const v = str(p, name);
  if (v === undefined) return fallback;
  return v.split(",").map((s) => {
    const w = s.trim();
    if (!(allowed as readonly string[]).includes(w))
      throw new UsageError(say("flagListOf", { flag: name, allowed, got: w }));
    return w as T;
  });
}
