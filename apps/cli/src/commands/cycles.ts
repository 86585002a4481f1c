/**
 * `kitchin cycles`: inventory cycles trough to trough with restocking/destocking and
 * active/passive months (methods.md §3), the cycle in progress, and summary lengths.
 */
import { termText } from "../format/table.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { CYCLE_FLAGS, PHASE_INPUT_FLAGS, cycleAnalysis } from "../cycleInputs.ts";
import { currentCycleJson, cycleJson, paramsJson, printCycleTable } from "../cycleView.ts";
import { toCsv } from "../io/csv.ts";
import { formatOf, langOf } from "../options.ts";

export const cyclesCommand: Command = {
  name: "cycles",
  summary: "inventory cycles (trough to trough) with restocking/destocking and active/passive months",
  usage: "kitchin cycles (--dataset cn|us | --file F --inventory COL --revenue COL) [--as-of YYYY-MM] [flags]",
  flags: {
    ...PHASE_INPUT_FLAGS,
    ...CYCLE_FLAGS,
  },
  async run(p, io) {
    const { a, revenue, inventory, asOfText, ctx } = await cycleAnalysis(p, io);
    const format = formatOf(p);
    const params = paramsJson(a, { revenue: revenue.name, inventory: inventory.name, revenueLag: revenue.lag, inventoryLag: inventory.lag, asOf: asOfText ?? null });
    if (format === "json") {
      io.out(toJson({ cycles: a.cycles.map((c) => cycleJson(a, c)), current: currentCycleJson(a, ctx), summary: a.summary.cycles, params, notes: [...new Set([...revenue.notes, ...inventory.notes])] }));
      return;
    }
    if (format === "csv") {
      printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
      const rows = a.cycles.map((c) => cycleJson(a, c));
      const keys = ["startTrough", "peak", "endTrough", "months", "restockMonths", "destockMonths", "activeRestockMonths", "passiveRestockMonths", "activeDestockMonths", "passiveDestockMonths", "unknownPhaseMonths"] as const;
      io.out(toCsv([...keys], rows.map((r) => keys.map((k) => r[k]))));
      return;
    }
    io.out(`${termText(inventory.name)} cycles (demand: ${termText(revenue.name)}; ${a.params.method}, ${a.params.preset} preset)\n`);
    printCycleTable(a, langOf(p), io, ctx);
    printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
  },
};
