import { monthIndex } from "@kitchin/core";
import type { DatasetSeries } from "../src/types.ts";

/** Value of a series at `YYYY-MM` (NaN outside the series). */
export function at(s: DatasetSeries, ym: string): number {
  const i = monthIndex(+ym.slice(0, 4), +ym.slice(5, 7)) - s.start;
  return i >= 0 && i < s.values.length ? s.values[i] : NaN;
}

export function flagAt(s: DatasetSeries, ym: string): number {
  const i = monthIndex(+ym.slice(0, 4), +ym.slice(5, 7)) - s.start;
  return s.flags[i];
}

export const m = (ym: string) => monthIndex(+ym.slice(0, 4), +ym.slice(5, 7));
