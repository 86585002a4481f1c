/**
 * The cycle analysis of the command line's inputs, shared by `phase`, `cycles` and `overview`:
 * the demand and inventory series (`--dataset` or `--file` columns), their release lags, the
 * turning-point and as-of flags, and the calendar month ("today") for staleness.
 */
import { analyseCycle } from "@kitchin/core";
import type { CycleRequest } from "../../src/request.ts";
import { demandAndInventory } from "./inputs.ts";
import { Readers } from "./readers.ts";

/** `today`: the calendar month the face says it is (staleness is measured against it). */
export async function cycleAnalysis(q: CycleRequest, today: number, readers = new Readers()) {
  const { revenue, inventory } = await demandAndInventory(q, readers);
  const a = analyseCycle(revenue.series, inventory.series, {
    turns: q.rule.turns,
    preset: q.rule.preset,
    demandPreset: q.rule.demandPreset,
    reversal: q.rule.reversal,
    demandLag: revenue.releaseLag,
    inventoryLag: inventory.releaseLag,
    cutoff: q.cutoff,
  });
  inventory.notes.push(...a.notes); // thresholds that leave a mode with no known month (core units check)
  const ctx = { today, names: { revenue: revenue.name, inventory: inventory.name } };
  return { a, revenue, inventory, ctx };
}

export type Analysis = Awaited<ReturnType<typeof cycleAnalysis>>;
