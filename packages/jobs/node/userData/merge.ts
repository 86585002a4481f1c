/**
 * The merge rule of `kitchin data import`: a file's value extends or revises a series
 * month by month, judged at the file's own precision — the decimals its column shows.
 *
 * - equal to the shipped value within the file's rounding (NBS's 8.0 for a shipped 7.96): the
 *   shipped value stays, with its flags (`anomaly`), and nothing is stored for that month;
 * - equal to the user's earlier import within the file's rounding: that value stays (a re-import of
 *   the same file changes nothing);
 * - otherwise the file's value is stored: an *added* month where there was no value, a *revision*
 *   (old → new) where there was one.
 *
 * Two figures are equal at `d` decimals when they differ by at most half a unit of the d-th decimal
 * (plus 1e-9 for binary rounding): 7.96 and 8.0 at 1 decimal, not 7.9 and 7.96 at 2.
 */
import { formatMonth } from "@kitchin/core";
import { flagNames, type DatasetSeries } from "@kitchin/datasets";
import type { Monthly } from "./store.ts";

/** At most 6 decimals are judged: beyond that a figure is taken as exact. */
const MAX_DECIMALS = 6;

/** Decimals a cell shows: counted in the text of a CSV cell, in the shortest form of a spreadsheet number. */
export function decimalsShown(cell: unknown): number {
  if (cell === null || cell === undefined) return 0;
  const s = typeof cell === "number" ? String(cell) : String(cell).trim().replace(/%$/, "");
  if (/e/i.test(s)) return MAX_DECIMALS;
  const m = /[.,](\d+)\s*$/.exec(s.replace(/,(?=\d{3}(\D|$))/g, ""));
  return m ? Math.min(MAX_DECIMALS, m[1].length) : 0;
}

/** The precision a column states: the most decimals any of its cells shows. */
export function columnPrecision(cells: readonly unknown[]): number {
  let d = 0;
  for (const c of cells) d = Math.max(d, decimalsShown(c));
  return d;
}

/** Equal within the rounding of a figure shown with `decimals` decimals. */
export function equalAt(a: number, b: number, decimals: number): boolean {
  return Math.abs(a - b) <= 0.5 * 10 ** -decimals + 1e-9;
}

export interface Revision {
  month: string;
  old: number;
  new: number;
}
export interface FlagAffected {
  month: string;
  flags: string[];
}

export interface MergeResult {
  /** The user's months of the series after the merge (what its file holds). */
  months: Monthly;
  added: string[];
  revisions: Revision[];
  /** Months where the file agreed with the shipped value (kept, with its flags). */
  keptShipped: number;
  /** Shipped flags no longer in force because the user's value replaces the month. */
  flagsAffected: FlagAffected[];
}

/**
 * Lays `incoming` (read at `decimals`) over a shipped series and the user's earlier months. The
 * months the file does not name keep whatever they had.
 */
export function mergeSeries(
  shipped: DatasetSeries,
  earlier: Monthly | null,
  incoming: Monthly,
  decimals: number,
): MergeResult {
  const months: Monthly = new Map(earlier ?? []);
  const added: string[] = [];
  const revisions: Revision[] = [];
  const flagsAffected: FlagAffected[] = [];
  let keptShipped = 0;
  const shippedAt = (m: number) => {
    const i = m - shipped.start;
    return i >= 0 && i < shipped.values.length ? shipped.values[i] : NaN;
  };
  const flagAt = (m: number) => {
    const i = m - shipped.start;
    return i >= 0 && i < shipped.flags.length ? shipped.flags[i] : 0;
  };
  for (const [m, v] of [...incoming].sort((a, b) => a[0] - b[0])) {
    const sh = shippedAt(m);
    const mine = months.get(m);
    const current = mine ?? sh;
    if (Number.isFinite(sh) && equalAt(sh, v, decimals)) {
      keptShipped++;
      if (mine !== undefined) {
        months.delete(m); // back to the shipped value (and its flags)
        if (!equalAt(mine, sh, decimals)) revisions.push({ month: formatMonth(m), old: mine, new: sh });
      }
      continue;
    }
    if (mine !== undefined && equalAt(mine, v, decimals)) continue; // the same figure again
    months.set(m, v);
    if (Number.isFinite(current)) revisions.push({ month: formatMonth(m), old: current, new: v });
    else added.push(formatMonth(m));
    const f = flagAt(m);
    if (f && mine === undefined) flagsAffected.push({ month: formatMonth(m), flags: flagNames(f) });
  }
  return { months, added, revisions, keptShipped, flagsAffected };
}

/** The largest revision by absolute change (null when there is none). */
export function largestRevision(revisions: readonly Revision[]): Revision | null {
  let best: Revision | null = null;
  for (const r of revisions) if (!best || Math.abs(r.new - r.old) > Math.abs(best.new - best.old)) best = r;
  return best;
}
