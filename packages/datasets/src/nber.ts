/**
 * NBER US business-cycle reference dates (peaks and troughs, monthly), from the NBER Business
 * Cycle Dating Committee's `business_cycle_dates.json` (see DATA.md). Generated into
 * `data/us/nber.json` by the build script.
 */
import { monthIndex } from "@kitchin/core";
import nberFile from "../data/us/nber.json" with { type: "json" };

export interface NberCycle {
  /** Peak `YYYY-MM`, or null for the first trough of the chronology. */
  peak: string | null;
  trough: string;
}

export interface NberTurn {
  /** Month index (`12*year + month-1`). */
  month: number;
  date: string;
  type: "peak" | "trough";
}

/** Peak → trough pairs in date order (the first has no peak: trough 1854-12). */
export const NBER_CYCLES: readonly NberCycle[] = (nberFile as { cycles: NberCycle[] }).cycles;

/** The same dates as one alternating list of turns, in date order. */
export const NBER: readonly NberTurn[] = NBER_CYCLES.flatMap((c) => {
  const out: NberTurn[] = [];
  if (c.peak) out.push({ month: toMonth(c.peak), date: c.peak, type: "peak" });
  out.push({ month: toMonth(c.trough), date: c.trough, type: "trough" });
  return out;
});

function toMonth(d: string): number {
  return monthIndex(+d.slice(0, 4), +d.slice(5, 7));
}
