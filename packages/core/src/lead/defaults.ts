import type { TurnPreset } from "../turns/types.ts";

/**
 * The one home of the lead/lag defaults (`kitchin lead`, the report's leading-indicator table,
 * `CYCLE.LEAD`): turns are matched from 12 months before to 6 months after the target's turn —
 * every published lead compared in docs/macro.md lies in 0–12, and beyond a year a "lead" over a
 * ~40-month cycle is hard to tell from matching the turn before — the cross-correlation is taken
 * over lags −24…24 (about one cycle's half-length either way), and turns are dated with the
 * inventory-cycle preset.
 */
export const LEAD_DEFAULTS: {
  readonly maxLead: number;
  readonly maxLag: number;
  readonly maxCorrLag: number;
  readonly preset: TurnPreset;
} = {
  maxLead: 12,
  maxLag: 6,
  maxCorrLag: 24,
  preset: "inventory",
};
