import { KitchinError } from "@kitchin/core";
import type { OptionValues } from "../options.ts";

/** Rejects options that the chosen mode ignores, so a typo'd setting never passes silently. */
export function notWith(o: OptionValues, keys: readonly string[], why: string): void {
  const given = keys.filter((k) => o[k] !== undefined);
  if (given.length) throw new KitchinError("bad-option", `${given.join(", ")} ${given.length > 1 ? "apply" : "applies"} only ${why}`);
}

export const TURN_KEYS = ["preset", "demandPreset", "method", "window", "censor", "minPhase", "minCycle", "minAmplitude", "extend"] as const;
export const ASOF_KEYS = ["reversal", "confirm", "lag", "revenueLag", "inventoryLag", "lagOf", "revenueLagOf", "inventoryLagOf"] as const;
