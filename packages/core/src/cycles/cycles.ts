/**
 * Inventory cycles (methods.md §3; note 003 第1则 "库存增速的低点到下一个低点"): a cycle runs
 * from the month after an inventory trough through the next trough; its length is the
 * difference of the two trough months. Restocking is trough→peak (the months after the
 * trough up to and including the peak), destocking peak→trough; each is split into active
 * and passive months using the phase path (active restock = demand and inventory rising,
 * passive restock = inventory rising while demand falls, and so on).
 * Check (note 003, cycle 2): 43 months = 26 restocking (4 active + 22 passive) + 17
 * destocking (4 active + 13 passive).
 */
import type { Turn } from "../turns/types.ts";

/** Restocking and destocking months, split into active and passive by the phase path. */
export interface CycleMonths {
  restockMonths: number;
  destockMonths: number;
  activeRestockMonths: number;
  passiveRestockMonths: number;
  activeDestockMonths: number;
  passiveDestockMonths: number;
}

export interface Cycle extends CycleMonths {
  /** Observation indices of the start trough, the peak and the end trough. */
  startTrough: number;
  peak: number;
  endTrough: number;
  months: number;
  /** Months whose phase is unknown (demand state not known), so active + passive may fall short. */
  unknownPhaseMonths: number;
}

/** Cycle in progress after the last trough. */
export interface CurrentCycle extends CycleMonths {
  startTrough: number;
  /** The peak, once there is one after the start trough. */
  peak: number | null;
  /** Observations after the start trough, up to the last one. */
  months: number;
}

/**
 * Cycles from inventory turns and (optionally) the phase path on the same axis. Without
 * phases every active/passive count is 0 and `unknownPhaseMonths` says how many.
 */
export function cycles(inventoryTurns: readonly Turn[], phaseCodes?: ArrayLike<number>): Cycle[] {
  const out: Cycle[] = [];
  const t = inventoryTurns;
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k].type !== "trough" || t[k + 1].type !== "peak" || t[k + 2].type !== "trough") continue;
    const a = t[k].index,
      p = t[k + 1].index,
      b = t[k + 2].index;
    const c = count(phaseCodes, a, p, b);
    out.push({
      startTrough: a,
      peak: p,
      endTrough: b,
      months: b - a,
      restockMonths: p - a,
      destockMonths: b - p,
      ...c,
    });
  }
  return out;
}

export function currentCycle(
  inventoryTurns: readonly Turn[],
  length: number,
  phaseCodes?: ArrayLike<number>,
): CurrentCycle | null {
  let k = inventoryTurns.length - 1;
  while (k >= 0 && inventoryTurns[k].type !== "trough") k--;
  if (k < 0) return null;
  const a = inventoryTurns[k].index;
  const peak = k + 1 < inventoryTurns.length ? inventoryTurns[k + 1].index : null;
  const end = length - 1;
  const p = peak ?? end;
  const c = count(phaseCodes, a, p, end);
  return {
    startTrough: a,
    peak,
    months: end - a,
    restockMonths: p - a,
    destockMonths: end - p,
    activeRestockMonths: c.activeRestockMonths,
    passiveRestockMonths: c.passiveRestockMonths,
    activeDestockMonths: c.activeDestockMonths,
    passiveDestockMonths: c.passiveDestockMonths,
  };
}

function count(phaseCodes: ArrayLike<number> | undefined, a: number, p: number, b: number) {
  let activeRestockMonths = 0,
    passiveRestockMonths = 0,
    activeDestockMonths = 0,
    passiveDestockMonths = 0,
    unknownPhaseMonths = 0;
  for (let i = a + 1; i <= b; i++) {
    const code = phaseCodes && i < phaseCodes.length ? phaseCodes[i] : -1;
    const restock = i <= p;
    // Within restocking, demand rising = active (code 1), falling = passive (code 2); within
    // destocking, demand falling = active (3), rising = passive (0). Codes follow PHASE_IDS.
    if (restock) {
      if (code === 1) activeRestockMonths++;
      else if (code === 2) passiveRestockMonths++;
      else unknownPhaseMonths++;
    } else {
      if (code === 3) activeDestockMonths++;
      else if (code === 0) passiveDestockMonths++;
      else unknownPhaseMonths++;
    }
  }
  return { activeRestockMonths, passiveRestockMonths, activeDestockMonths, passiveDestockMonths, unknownPhaseMonths };
}
