/**
 * Aligned panels: several series on one month axis, for phases (demand × inventory),
 * lead/lag and backtests.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { endMonth, sliceMonths, type Series } from "./series.ts";

export interface Panel {
  start: number;
  length: number;
  columns: Float64Array[];
}

/** Align series on the union (`"outer"`) or the intersection (`"inner"`) of their month spans. */
export function align(list: readonly Series[], how: "outer" | "inner" = "outer"): Panel {
  if (list.length === 0) throw new KitchinError("empty", "nothing to align: no series given");
  let from = how === "outer" ? Infinity : -Infinity;
  let to = how === "outer" ? -Infinity : Infinity;
  for (const s of list) {
    if (s.values.length === 0) continue;
    if (how === "outer") {
      from = Math.min(from, s.start);
      to = Math.max(to, endMonth(s));
    } else {
      from = Math.max(from, s.start);
      to = Math.min(to, endMonth(s));
    }
  }
  if (!(to >= from)) throw new KitchinError("no-overlap", say("noSharedMonths", { what: "the series" }));
  return { start: from, length: to - from + 1, columns: list.map((s) => sliceMonths(s, from, to).values) };
}
