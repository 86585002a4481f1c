import { KitchinError, say } from "@kitchin/core";
import type { OptionValues } from "../options.ts";

/**
 * Rejects options that the chosen mode ignores, so a typo'd setting never passes silently: they apply only with `mode`.
 */
export function notWith(o: OptionValues, keys: readonly string[], mode: "ex-post" | "as-of"): void {
  const given = keys.filter((k) => o[k] !== undefined);
  if (given.length) throw new KitchinError("bad-option", say("xlOnlyWith", { keys: given, mode }));
}

export const TURN_KEYS = [
  "preset",
  "demandPreset",
  "method",
  "window",
  "censor",
  "minPhase",
  "minCycle",
  "minAmplitude",
  "extend",
] as const;
export const ASOF_KEYS = [
  "reversal",
  "confirm",
  "lag",
  "demandLag",
  "inventoryLag",
  "lagOf",
  "demandLagOf",
  "inventoryLagOf",
] as const;
