/**
 * The call: the phase now with its persistence, odds, flips and real view (the core's `outlook`), and
 * the cycle analysis it rests on — one analysis, shared by the cycle table, the outlook and the report.
 */
import type { OutlookRequest } from "../../src/request.ts";
import type { NowContext } from "../../src/cycleJson.ts";
import { outlookRun } from "../readers/outlookInputs.ts";
import { Readers } from "../readers/readers.ts";

/** `today`: the calendar month staleness is measured against (the face's clock or `--today`). */
export async function callJob(q: OutlookRequest, today: number, readers = new Readers()) {
  const { o: outlook, revenue, inventory } = await outlookRun(q, readers);
  const a = outlook.analysis;
  inventory.notes.push(...a.notes); // thresholds that leave a mode with no known month (core units check)
  const ctx: NowContext = { today, names: { revenue: revenue.name, inventory: inventory.name } };
  return { a, ctx, outlook, revenue, inventory };
}

export type Call = Awaited<ReturnType<typeof callJob>>;
