/**
 * The investment clock as a strategy (note 003 §8, the Merrill Lynch clock mapped onto the four
 * inventory phases): recovery (passive destocking) → equities, overheat (active restocking) →
 * commodities, stagflation (passive restocking) → cash, reflation/recession (active destocking) →
 * bonds. The asset of each class comes from the caller (the datasets catalog's universe).
 */
import type { PhaseTimeline } from "../timeline/timeline.ts";
import { mapRotation } from "./rotation.ts";
import type { PhaseWeights } from "./steps/select.ts";
import type { Rebalance } from "./rotation.ts";
import type { Strategy } from "./types.ts";

export interface ClockClasses {
  equities: string;
  bonds: string;
  commodities: string;
}

export function investmentClock(c: ClockClasses): PhaseWeights {
  return {
    "passive-destock": { [c.equities]: 1 },
    "active-restock": { [c.commodities]: 1 },
    "passive-restock": {},
    "active-destock": { [c.bonds]: 1 },
  };
}

/** The clock rotation: the map above, traded on `timeline` at signal lag `signalLag`, net of `cost` bps. */
export function clockRotation(o: {
  classes: ClockClasses;
  timeline: PhaseTimeline;
  signalLag?: number;
  cost?: number;
  rebalance?: Rebalance;
  name?: string;
}): Strategy {
  return mapRotation({
    timeline: o.timeline,
    signalLag: o.signalLag,
    cost: o.cost,
    rebalance: o.rebalance,
    map: investmentClock(o.classes),
    name: o.name ?? "clock" + (o.timeline.mode === "as-of" ? "" : " (ex-post)"),
  });
}
