/**
 * Turning points: types, parameters and presets (methods.md §2).
 * All lengths are counted in observations, so the same code dates monthly and quarterly series.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

export type TurnType = "peak" | "trough";

export interface Turn {
  /** 0-based observation index in the input array. */
  index: number;
  type: TurnType;
  value: number;
  /**
   * Set when the turn survived a rule only narrowly: the rule that would have removed it
   * (`censor`, `minPhase`, `minCycle` or `minAmplitude`) and by how much it passed.
   */
  closeCall?: string;
}

export type TurnMethod = "bbq" | "bry-boschan";

export interface TurnOptions {
  method: TurnMethod;
  /** Half-width of the window in which a candidate must be the extreme (step 1). */
  window: number;
  /** No turn within this many observations of either end (step 3). */
  censor: number;
  /** Shortest peak→trough or trough→peak phase (step 4). */
  minPhase: number;
  /** Shortest peak→peak or trough→trough cycle (step 5). */
  minCycle: number;
  /** Smallest rise or fall of a phase, in the series' own unit (step 6); 0 = off. */
  minAmplitude: number;
}

/** Bry & Boschan (1971) monthly values as used in Harding & Pagan's BBQ (2002). */
export const MONTHLY_BB: TurnOptions = {
  method: "bbq",
  window: 5,
  censor: 6,
  minPhase: 5,
  minCycle: 15,
  minAmplitude: 0,
};

/** Harding & Pagan (2002) quarterly BBQ. */
export const QUARTERLY_BBQ: TurnOptions = {
  method: "bbq",
  window: 2,
  censor: 2,
  minPhase: 2,
  minCycle: 5,
  minAmplitude: 0,
};

/**
 * The inventory-cycle preset: dates the ~40-month Kitchin cycle in YoY growth rates (used by
 * `cycles` and the phase inputs). Longer minimums than business-cycle dating because a
 * YoY series wiggles around its cycle; see docs/turning-points.md for the evidence
 * (China's published troughs, note 003; US BUSINVx, note 000).
 */
export const INVENTORY_CYCLE: TurnOptions = {
  method: "bbq",
  window: 6,
  censor: 6,
  minPhase: 6,
  minCycle: 24,
  minAmplitude: 2,
};

export const TURN_PRESETS = { monthly: MONTHLY_BB, quarterly: QUARTERLY_BBQ, inventory: INVENTORY_CYCLE } as const;
export type TurnPreset = keyof typeof TURN_PRESETS;

/**
 * The presets phase work dates each side with, the one home of these defaults (both regions use
 * them; the region's series are `REGION_DEFAULTS` in @kitchin/datasets): inventory YoY with the
 * inventory-cycle preset, demand (revenue, sales) YoY with the monthly Bry–Boschan rules, whose
 * shorter minimums keep the demand turns that lead the inventory's (note 003).
 */
export const PHASE_PRESETS: { readonly inventory: TurnPreset; readonly demand: TurnPreset } = {
  inventory: "inventory",
  demand: "monthly",
};

/** Fills defaults from a preset and checks every value; throws `bad-option` with the name. */
export function resolveTurnOptions(partial: Partial<TurnOptions> = {}, preset: TurnPreset = "inventory"): TurnOptions {
  const base = TURN_PRESETS[preset];
  if (!base) throw new KitchinError("bad-option", say("unknownPreset", { preset }));
  const o: TurnOptions = { ...base };
  for (const [k, v] of Object.entries(partial)) if (v !== undefined) (o as unknown as Record<string, unknown>)[k] = v;
  if (o.method !== "bbq" && o.method !== "bry-boschan") {
    throw new KitchinError("bad-option", say("unknownTurnMethod", { method: String(o.method) }));
  }
  wholeAtLeast("window", o.window, 1);
  wholeAtLeast("censor", o.censor, 0);
  wholeAtLeast("minPhase", o.minPhase, 1);
  wholeAtLeast("minCycle", o.minCycle, 2);
  if (!(Number.isFinite(o.minAmplitude) && o.minAmplitude >= 0)) {
    throw new KitchinError(
      "bad-option",
      say("optionBound", { name: "minAmplitude", kind: "number", min: 0, got: o.minAmplitude }),
    );
  }
  return o;
}

function wholeAtLeast(name: string, v: unknown, min: number): void {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) {
    throw new KitchinError("bad-option", say("optionBound", { name, kind: "whole", min, got: v }));
  }
}
