/**
 * Cycles of one series (methods.md §3, trough to trough, from its own turning points) and the
 * cycle in progress, without demand: lengths and restocking/destocking months only (the
 * active/passive split needs phases, i.e. `analyseCycle`). For every face that dates the cycles of
 * an inventory series alone (CYCLE.CYCLES without a revenue range).
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { observedSpan, type Series } from "../series/series.ts";
import { turns } from "../turns/turns.ts";
import type { Turn, TurnOptions, TurnPreset } from "../turns/types.ts";
import { currentCycle, cycles, type Cycle, type CurrentCycle } from "./cycles.ts";

export interface SeriesCycles {
  /** Month of index 0 (indices in `turns` and the cycles count from here). */
  start: number;
  turns: Turn[];
  cycles: Cycle[];
  current: CurrentCycle | null;
}

export function seriesCycles(
  s: Series,
  options: Partial<TurnOptions> = {},
  preset: TurnPreset = "inventory",
): SeriesCycles {
  const span = observedSpan(s);
  if (!span) throw new KitchinError("empty", say("noNumericValues", { name: "inventory" }));
  const t = turns(s.values, options, preset);
  return { start: s.start, turns: t, cycles: cycles(t), current: currentCycle(t, span.last - s.start + 1) };
}
