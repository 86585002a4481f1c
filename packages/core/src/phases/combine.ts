/**
 * The four phases from demand (revenue) and inventory states (methods.md §3; note 004 §1:
 * 营收同比 × 产成品存货同比). Codes follow `PHASE_IDS`; −1 where either state is unknown.
 */
import { KitchinError } from "../errors.ts";
import { phaseCodeOf } from "./phase.ts";

export function phasesFromStates(revenue: Int8Array, inventory: Int8Array): Int8Array {
  if (revenue.length !== inventory.length) {
    throw new KitchinError(
      "length-mismatch",
      `revenue and inventory states differ in length: ${revenue.length} vs ${inventory.length}`,
    );
  }
  const out = new Int8Array(revenue.length);
  for (let i = 0; i < out.length; i++) out[i] = phaseCodeOf(revenue[i], inventory[i]);
  return out;
}
