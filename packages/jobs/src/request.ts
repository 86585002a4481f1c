/**
 * What a face asks of the jobs, typed: the CLI parses its flags into these once (apps/cli/src/requests.ts),
 * the add-in its option text; nothing below a face reads a flag.
 */
import type { ReversalOptions, TurnOptions, TurnPreset } from "@kitchin/core";

/** Where series come from: a shipped region, or the user's file and its columns. */
export interface SourceRequest {
  /** `cn` or `us`: the shipped data. */
  dataset?: string;
  /** The user's CSV/XLSX file, its sheet and date column (defaults: the first). */
  file?: string;
  sheet?: string;
  dateColumn?: string;
  /** Release lag of the file's data, months (0 when unset). */
  lag?: number;
  /** Inventory and demand: a shipped id (with `dataset`) or a column of `file`. */
  inventory?: string;
  demand?: string;
  /** One series (`turns`): a shipped id, or a column of `file`. */
  series?: string;
  column?: string;
}

/** The phase rule: explicit turning-point options over the series' presets, and the as-of reversal rule. */
export interface PhaseRule {
  turns: Partial<TurnOptions>;
  preset: TurnPreset;
  demandPreset: TurnPreset;
  reversal: Partial<ReversalOptions>;
}

/** A cycle analysis of demand and inventory, optionally as it stood at the end of `asOf`. */
export interface CycleRequest extends SourceRequest {
  rule: PhaseRule;
  /** The cut-off (month index): use only what was known at the end of it (`--as-of`). */
  cutoff?: number;
}

/** The outlook: a cycle request and the real call's deflator, the file's demand kind, the odds' horizons. */
export interface OutlookRequest extends CycleRequest {
  deflator?: string;
  demandKind?: "yoy" | "cumulative_yoy";
  horizons?: number[];
}
