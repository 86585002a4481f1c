/**
 * `kitchin overview`: the main job on one region's data — where the inventory cycle is now
 * and the table of past cycles. (Issue 4 extends it with scores, the rotation backtest and
 * the report.)
 */
import type { Command } from "../command.ts";
import { toJson } from "../context.ts";
import { currentCycleJson, cycleJson, paramsJson } from "../cycleView.ts";
import { formatOf, langOf, OUTPUT_FLAGS, REVERSAL_FLAGS, TURN_FLAGS } from "../options.ts";
import { PHASE_INPUT_FLAGS } from "./phase.ts";
import { cycleAnalysis, printCycleTable } from "./cycles.ts";

export const overviewCommand: Command = {
  name: "overview",
  summary: "the main job: current phase and cycle table for a region (default cn)",
  usage: "kitchin overview [--dataset cn|us | --file F --inventory COL --revenue COL] [--lang en|zh] [--format table|json]",
  flags: { ...PHASE_INPUT_FLAGS, "as-of": { type: "string", arg: "YYYY-MM", description: "use only what was known at the end of this month" }, ...TURN_FLAGS, ...REVERSAL_FLAGS, ...OUTPUT_FLAGS },
  async run(p, io) {
    if (p.flags.dataset === undefined && p.flags.file === undefined) p.flags.dataset = "cn";
    const { a, revenue, inventory } = await cycleAnalysis(p);
    if (formatOf(p) === "json") {
      io.out(toJson({ current: currentCycleJson(a), cycles: a.cycles.map((c) => cycleJson(a, c)), params: paramsJson(a, { revenue: revenue.name, inventory: inventory.name }) }));
      return;
    }
    const zh = langOf(p) === "zh";
    io.out(zh ? `库存周期：${inventory.name}（需求：${revenue.name}）\n\n` : `Inventory cycle: ${inventory.name} (demand: ${revenue.name})\n\n`);
    printCycleTable(a, langOf(p), io);
    for (const n of [...revenue.notes, ...inventory.notes]) io.out(`note: ${n}\n`);
  },
};
