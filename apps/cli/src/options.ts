/**
 * Flags shared by the commands that date turns, and their mapping to core options.
 */
import {
  PHASE_PRESETS,
  parseMonth,
  resolveTurnOptions,
  say,
  type TurnOptions,
  type TurnPreset,
  type ReversalOptions,
} from "@kitchin/core";
import { UsageError } from "./errors.ts";
import { int, num, oneOf, str, type FlagSpecs, type ParsedArgs } from "./args.ts";

export const TURN_FLAGS: FlagSpecs = {
  method: {
    type: "string",
    arg: "bbq|bry-boschan",
    choices: ["bbq", "bry-boschan"],
    description: "turning-point method (default bbq)",
  },
  preset: {
    type: "string",
    arg: "monthly|quarterly|inventory",
    choices: ["monthly", "quarterly", "inventory"],
    description: "parameter preset (see docs/turning-points.md); for phase/cycles: the inventory series'",
  },
  "demand-preset": {
    type: "string",
    arg: "monthly|quarterly|inventory",
    choices: ["monthly", "quarterly", "inventory"],
    description: "phase/cycles: preset for the demand series (default monthly)",
  },
  window: {
    type: "string",
    arg: "N",
    value: "number",
    description: "half-width of the extreme window, in observations",
  },
  censor: { type: "string", arg: "N", value: "number", description: "no turn within N observations of either end" },
  "min-phase": { type: "string", arg: "N", value: "number", description: "shortest phase (peak→trough, trough→peak)" },
  "min-cycle": { type: "string", arg: "N", value: "number", description: "shortest cycle (peak→peak, trough→trough)" },
  "min-amplitude": {
    type: "string",
    arg: "X",
    value: "number",
    description: "smallest rise or fall of a phase, in the series' unit",
  },
};

export const REVERSAL_FLAGS: FlagSpecs = {
  reversal: {
    type: "string",
    arg: "X",
    value: "number",
    description: "as-of rule: size of a confirmed reversal, in the series' unit (default 1)",
  },
  confirm: {
    type: "string",
    arg: "N",
    value: "number",
    description: "as-of rule: months the reversal must hold (default 2)",
  },
};

/**
 * `--from` / `--to` (read by `monthRange`, or by the backtest's window): the one declaration of the
 * pair; `what` names what they bound in the help ("the window", "months shown").
 */
export function monthFlags(what: string): FlagSpecs {
  return {
    from: { type: "string", arg: "YYYY-MM", description: `first month of ${what}` },
    to: { type: "string", arg: "YYYY-MM", description: `last month of ${what}` },
  };
}

/** The flags of a phase rule: turning points (ex-post) and the reversal rule (as-of). */
export const PHASE_RULE_FLAGS: FlagSpecs = { ...TURN_FLAGS, ...REVERSAL_FLAGS };

export const OUTPUT_FLAGS: FlagSpecs = {
  format: { type: "string", arg: "table|json|csv", description: "output format (default table)" },
  lang: { type: "string", arg: "en|zh", choices: ["en", "zh"], description: "language of labels (default en)" },
};

const PRESETS = ["monthly", "quarterly", "inventory"] as const;

/**
 * The one turning-point option parser: the explicit flags as partial core options (an
 * unset flag stays unset, so the series' preset decides), the preset of the (inventory) series —
 * `fallback` when `--preset` is not given — and the demand series' preset (default monthly).
 * Every value is checked here with the flag's name; the core checks the merged options again.
 */
export function turnFlags(
  p: ParsedArgs,
  fallback: TurnPreset = "inventory",
): { turns: Partial<TurnOptions>; preset: TurnPreset; demandPreset: TurnPreset } {
  const method =
    str(p, "method") === undefined ? undefined : oneOf(p, "method", ["bbq", "bry-boschan"] as const, "bbq");
  return {
    turns: {
      method,
      window: int(p, "window", 1),
      censor: int(p, "censor", 0),
      minPhase: int(p, "min-phase", 1),
      minCycle: int(p, "min-cycle", 2),
      minAmplitude: num(p, "min-amplitude", 0),
    },
    preset: oneOf(p, "preset", PRESETS, fallback),
    demandPreset: oneOf(p, "demand-preset", PRESETS, PHASE_PRESETS.demand),
  };
}

/** The turning-point options of one series: its preset with the flags on top. */
export function turnOptions(p: ParsedArgs, fallback: TurnPreset): { options: TurnOptions; preset: TurnPreset } {
  const t = turnFlags(p, fallback);
  return { options: resolveTurnOptions(t.turns, t.preset), preset: t.preset };
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

/** `--from` / `--to` as months (either may be absent). */
export function monthRange(p: ParsedArgs): { from?: number; to?: number } {
  const f = str(p, "from"),
    t = str(p, "to");
  const from = f === undefined ? undefined : parseMonth(f, "--from");
  const to = t === undefined ? undefined : parseMonth(t, "--to");
  if (from !== undefined && to !== undefined && from > to)
    throw new UsageError(say("fromAfterTo", { from: f!, to: t! }));
  return { from, to };
}
