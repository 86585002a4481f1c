/**
 * `kitchin cycles`: inventory cycles trough to trough with restocking/destocking and
 * active/passive months (methods.md §3), the cycle in progress, and summary lengths.
 */
import { termText } from "../format/table.ts";
import { str } from "../args.ts";
import type { Command } from "../command.ts";
import { cycleRequest, callToday } from "../requests.ts";
import { printNotes, toJson } from "../context.ts";
import { cycleAnalysis } from "@kitchin/jobs/node";
import { CYCLE_FLAGS, PHASE_INPUT_FLAGS } from "../flags.ts";
import { currentCycleJson, cycleJson, paramsJson } from "@kitchin/jobs";
import { printCycleTable } from "../cycleView.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf, monthFlags, monthRange } from "../options.ts";
import { seriesName } from "@kitchin/report";
import { formatMonth, lengthStats, type CycleAnalysis, uniqueNotes } from "@kitchin/core";

/**
 * The analysis with only the cycles that overlap `--from`/`--to` and their summary (a
 * window where one applies). The dating is the whole history's: a window does not move a turn.
 */
function inWindow(a: CycleAnalysis, w: { from?: number; to?: number }): CycleAnalysis {
  if (w.from === undefined && w.to === undefined) return a;
  const s = a.history.start;
  const cycles = a.cycles.filter(
    (c) => (w.from === undefined || s + c.endTrough >= w.from) && (w.to === undefined || s + c.startTrough <= w.to),
  );
  const summary = { ...a.summary, cycles: lengthStats(cycles.map((c) => c.months)) };
  return { ...a, cycles, summary };
}

export const cyclesCommand: Command = {
  name: "cycles",
  summary: "inventory cycles (trough to trough) with restocking/destocking and active/passive months",
  usage: "kitchin cycles (--dataset cn|us | --file F --inventory COL --demand COL) [--as-of YYYY-MM] [flags]",
  flags: {
    ...PHASE_INPUT_FLAGS,
    ...monthFlags("the window: cycles that overlap it are shown and summarised (dated on the whole history)"),
    ...CYCLE_FLAGS,
  },
  async run(p, io) {
    const { a: whole, revenue, inventory, ctx } = await cycleAnalysis(cycleRequest(p), callToday(p, io));
    const a = inWindow(whole, monthRange(p));
    const lang = langOf(p);
    const format = formatOf(p);
    const params = paramsJson(a, {
      revenue: revenue.name,
      inventory: inventory.name,
      revenueLag: revenue.releaseLag,
      inventoryLag: inventory.releaseLag,
      asOf: str(p, "as-of") ?? null,
    });
    if (format === "json") {
      io.out(
        toJson({
          cycles: a.cycles.map((c) => cycleJson(a, c)),
          current: currentCycleJson(a, ctx),
          summary: a.summary.cycles,
          params,
          notes: uniqueNotes([...revenue.notes, ...inventory.notes]),
        }),
      );
      return;
    }
    if (format === "csv") {
      printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
      const rows = a.cycles.map((c) => cycleJson(a, c));
      const keys = [
        "startTrough",
        "peak",
        "endTrough",
        "months",
        "restockMonths",
        "destockMonths",
        "activeRestockMonths",
        "passiveRestockMonths",
        "activeDestockMonths",
        "passiveDestockMonths",
        "unknownPhaseMonths",
      ] as const;
      io.out(
        toCsv(
          [...keys],
          rows.map((r) => keys.map((k) => r[k])),
        ),
      );
      return;
    }
    const h = a.history;
    const span = `${formatMonth(h.start)}…${formatMonth(h.start + h.codes.length - 1)}`;
    const win = monthRange(p);
    const shown =
      win.from !== undefined || win.to !== undefined
        ? `${win.from !== undefined ? formatMonth(win.from) : "…"}–${win.to !== undefined ? formatMonth(win.to) : "…"}`
        : null;
    io.out(
      termText(
        lang === "zh"
          ? `${seriesName(inventory.name, lang)} 的库存周期（需求：${seriesName(revenue.name, lang)}；${a.params.method}，${a.params.preset} 预设；数据 ${span}${shown ? `；只列与 ${shown} 重叠的周期` : ""}）`
          : `${inventory.name} cycles (demand: ${revenue.name}; ${a.params.method}, ${a.params.preset} preset; data ${span}${shown ? `; cycles overlapping ${shown}` : ""})`,
      ) + "\n",
    );
    printCycleTable(a, lang, io, ctx);
    printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
  },
};
