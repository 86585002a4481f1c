/**
 * Synchronisation of two phase timelines (e.g. China's and the US's, methods.md §5) on the
 * months they share, optionally restricted to [from, to]. Uses each timeline's inventory
 * states for the restocking/destocking shares and its phase codes for the 4 × 4 table.
 * Both timelines must be of the same kind (ex-post or as-of): mixing them compares a
 * hindsight path with a real-time one.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import type { PhaseTimeline } from "../phases/timeline.ts";
import { synchronisation, type SyncResult } from "./sync.ts";

export interface SyncWindow {
  from?: number;
  to?: number;
}

export interface TimelineSync extends SyncResult {
  /** First and last month of the compared stretch (some months in it may be unknown). */
  from: number;
  to: number;
}

export function syncTimelines(a: PhaseTimeline, b: PhaseTimeline, window: SyncWindow = {}): TimelineSync {
  if (a.mode !== b.mode) throw new KitchinError("bad-option", say("timelineModes", { a: a.mode, b: b.mode }));
  let from = Math.max(a.start, b.start);
  let to = Math.min(a.start + a.codes.length - 1, b.start + b.codes.length - 1);
  if (window.from !== undefined) from = Math.max(from, window.from);
  if (window.to !== undefined) to = Math.min(to, window.to);
  if (window.from !== undefined && window.to !== undefined && window.from > window.to) {
    throw new KitchinError(
      "bad-option",
      say("syncFromAfterTo", { from: formatMonth(window.from), to: formatMonth(window.to) }),
    );
  }
  if (to < from) throw new KitchinError("no-overlap", say("timelinesNoMonths"));
  const n = to - from + 1;
  const cut = (x: Int8Array, start: number) => x.subarray(from - start, from - start + n);
  const r = synchronisation(
    cut(a.inventoryStates, a.start),
    cut(b.inventoryStates, b.start),
    cut(a.codes, a.start),
    cut(b.codes, b.start),
  );
  return { ...r, from, to };
}
