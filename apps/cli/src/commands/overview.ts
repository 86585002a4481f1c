/**
 * `kitchin overview`: the main job on one region's data — where the inventory cycle is now,
 * the table of past cycles, the assets and commodities that did best in the current phase,
 * the rotation backtest against equal weight, and the HTML report (backtest/mainJob.ts).
 */
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { currentCycleJson, cycleJson, paramsJson, printCycleTable } from "../cycleView.ts";
import { formatOf, langOf } from "../options.ts";
import { CYCLE_FLAGS, PHASE_INPUT_FLAGS, cycleAnalysis } from "../cycleInputs.ts";
import { mainJobExtras } from "../mainJob.ts";
import { str } from "../args.ts";

export const overviewCommand: Command = {
  name: "overview",
  summary: "the main job: current phase and cycle table for a region (default cn)",
  usage: "kitchin overview [--dataset cn|us | --file F --inventory COL --revenue COL] [--lang en|zh] [--format table|json]",
  flags: {
    ...PHASE_INPUT_FLAGS,
    report: { type: "string", arg: "F", description: "where to write the HTML report (default kitchin-report.html; shipped data only)" },
    "no-report": { type: "boolean", description: "skip the scores, backtest and report (cycle table only)" },
    ...CYCLE_FLAGS,
  },
  async run(p, io) {
    if (p.flags.dataset === undefined && p.flags.file === undefined) p.flags.dataset = "cn";
    const { a, revenue, inventory, ctx } = await cycleAnalysis(p, io);
    // Scores, backtest and report need shipped prices: only for --dataset, and not with --as-of.
    const region = p.flags.dataset as "cn" | "us" | undefined;
    const extras = region !== undefined && p.flags["as-of"] === undefined && p.flags["no-report"] !== true;
    const lang = langOf(p);
    if (formatOf(p) === "json") {
      const now = a.now ? { code: a.now.code, month: a.now.month } : undefined;
      const job = extras ? await mainJobExtras(region, io, { lang, print: false, report: str(p, "report"), now }) : null;
      io.out(toJson({ current: currentCycleJson(a, ctx), cycles: a.cycles.map((c) => cycleJson(a, c)), params: paramsJson(a, { revenue: revenue.name, inventory: inventory.name }), ...(job ? { mainJob: job } : {}), notes: [...new Set([...revenue.notes, ...inventory.notes])] }));
      return;
    }
    const zh = lang === "zh";
    io.out(zh ? `库存周期：${inventory.name}（需求：${revenue.name}）\n\n` : `Inventory cycle: ${inventory.name} (demand: ${revenue.name})\n\n`);
    printCycleTable(a, lang, io, ctx);
    printNotes(io, [...revenue.notes, ...inventory.notes]);
    if (extras) {
      io.out("\n");
      await mainJobExtras(region, io, { lang, report: str(p, "report"), now: a.now ? { code: a.now.code, month: a.now.month } : undefined });
    }
  },
};
