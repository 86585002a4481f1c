/**
 * Flags shared by the commands that date turns, and their mapping to core options.
 */
import { parseMonth, resolveTurnOptions, type LeadOptions, type TurnOptions, type TurnPreset, type ReversalOptions } from "@kitchin/core";
import { UsageError } from "./errors.ts";
import { int, num, oneOf, str, type FlagSpecs, type ParsedArgs } from "./args.ts";

export const TURN_FLAGS: FlagSpecs = {
  method: { type: "string", arg: "bbq|bry-boschan", description: "turning-point method (default bbq)" },
  preset: { type: "string", arg: "monthly|quarterly|inventory", description: "parameter preset (see docs/turning-points.md); for phase/cycles: the inventory series'" },
  "demand-preset": { type: "string", arg: "monthly|quarterly|inventory", description: "phase/cycles: preset for the demand series (default monthly)" },
  window: { type: "string", arg: "N", description: "half-width of the extreme window, in observations" },
  censor: { type: "string", arg: "N", description: "no turn within N observations of either end" },
  "min-phase": { type: "string", arg: "N", description: "shortest phase (peak→trough, trough→peak)" },
  "min-cycle": { type: "string", arg: "N", description: "shortest cycle (peak→peak, trough→trough)" },
  "min-amplitude": { type: "string", arg: "X", description: "smallest rise or fall of a phase, in the series' unit" },
};

export const REVERSAL_FLAGS: FlagSpecs = {
  reversal: { type: "string", arg: "X", description: "as-of rule: size of a confirmed reversal, in the series' unit (default 1)" },
  confirm: { type: "string", arg: "N", description: "as-of rule: months the reversal must hold (default 2)" },
};

export const OUTPUT_FLAGS: FlagSpecs = {
  format: { type: "string", arg: "table|json|csv", description: "output format (default table)" },
  lang: { type: "string", arg: "en|zh", description: "language of labels (default en)" },
};

export function turnOptions(p: ParsedArgs, fallback: TurnPreset): { options: TurnOptions; preset: TurnPreset } {
  const preset = oneOf(p, "preset", ["monthly", "quarterly", "inventory"] as const, fallback);
  const partial: Partial<TurnOptions> = {
    method: oneOf(p, "method", ["bbq", "bry-boschan"] as const, "bbq"),
    window: int(p, "window", 1),
    censor: int(p, "censor", 0),
    minPhase: int(p, "min-phase", 1),
    minCycle: int(p, "min-cycle", 2),
    minAmplitude: num(p, "min-amplitude", 0),
  };
  return { options: resolveTurnOptions(partial, preset), preset };
}

/** The explicit numeric flags only (they apply on top of each series' preset). */
export function turnOverrides(p: ParsedArgs): Partial<TurnOptions> {
  return {
    method: oneOf(p, "method", ["bbq", "bry-boschan"] as const, "bbq"),
    window: int(p, "window", 1), censor: int(p, "censor", 0), minPhase: int(p, "min-phase", 1),
    minCycle: int(p, "min-cycle", 2), minAmplitude: num(p, "min-amplitude", 0),
  };
}

export function presetsOf(p: ParsedArgs): { preset: TurnPreset; demandPreset: TurnPreset } {
  const all = ["monthly", "quarterly", "inventory"] as const;
  return { preset: oneOf(p, "preset", all, "inventory"), demandPreset: oneOf(p, "demand-preset", all, "monthly") };
}

export function reversalOptions(p: ParsedArgs): Partial<ReversalOptions> {
  return { reversal: num(p, "reversal", 0), confirm: int(p, "confirm", 1) };
}

export type Format = "table" | "json" | "csv";
export function formatOf(p: ParsedArgs): Format {
  return oneOf(p, "format", ["table", "json", "csv"] as const, "table");
}
export function langOf(p: ParsedArgs): "en" | "zh" {
  return oneOf(p, "lang", ["en", "zh"] as const, "en");
}
export function monthFlag(p: ParsedArgs, name: string): string | undefined {
  return str(p, name);
}

/** Turning-point flags shared with `turns`, as partial core options (unset flags stay unset). */
export function turnFlags(p: ParsedArgs): Pick<LeadOptions, "turns" | "preset"> {
  const preset = str(p, "preset");
  if (preset !== undefined && !["monthly", "quarterly", "inventory"].includes(preset)) {
    throw new UsageError(`--preset must be one of monthly, quarterly, inventory, got "${preset}"`);
  }
  const method = str(p, "method");
  if (method !== undefined && method !== "bbq" && method !== "bry-boschan") throw new UsageError(`--method must be bbq or bry-boschan, got "${method}"`);
  const amp = str(p, "min-amplitude");
  const a = amp === undefined ? undefined : Number(amp);
  if (a !== undefined && !(Number.isFinite(a) && a >= 0)) throw new UsageError(`--min-amplitude must be a number ≥ 0, got "${amp}"`);
  const turns = {
    method: method as "bbq" | "bry-boschan" | undefined,
    window: int(p, "window", 1), censor: int(p, "censor", 0),
    minPhase: int(p, "min-phase", 1), minCycle: int(p, "min-cycle", 2), minAmplitude: a,
  };
  return { turns, preset: (preset ?? "inventory") as LeadOptions["preset"] };
}

/** `--from` / `--to` as months (either may be absent). */
export function monthRange(p: ParsedArgs): { from?: number; to?: number } {
  const f = str(p, "from"), t = str(p, "to");
  const from = f === undefined ? undefined : parseMonth(f, "--from");
  const to = t === undefined ? undefined : parseMonth(t, "--to");
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${f} is after --to ${t}`);
  return { from, to };
}
