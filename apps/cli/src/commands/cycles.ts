/**
 * `kitchin cycles`: inventory cycles trough to trough with restocking/destocking and
 * active/passive months (methods.md §3), the cycle in progress, and summary lengths.
 */
import { analyseCycle, formatMonth, parseMonth, type Lang } from "@kitchin/core";
import { str } from "../args.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { currentCycleJson, cycleJson, nowLines, paramsJson } from "../cycleView.ts";
import { fmt, renderTable, useColour } from "../format/table.ts";
import { phaseInputs } from "../inputs.ts";
import { toCsv } from "../io/csv.ts";
import { OUTPUT_FLAGS, REVERSAL_FLAGS, TURN_FLAGS, formatOf, langOf, presetsOf, reversalOptions, turnOverrides } from "../options.ts";
import { PHASE_INPUT_FLAGS } from "./phase.ts";
import { TODAY_FLAG, todayOf } from "../now.ts";
import type { Io } from "../context.ts";
import type { ParsedArgs } from "../args.ts";

export async function cycleAnalysis(p: ParsedArgs, io: Pick<Io, "env">) {
  const { revenue, inventory } = await phaseInputs(p);
  const today = todayOf(p, io);
  const asOfText = str(p, "as-of");
  const a = analyseCycle(revenue.series, inventory.series, {
    turns: turnOverrides(p), ...presetsOf(p), reversal: reversalOptions(p),
    revenueLag: revenue.lag, inventoryLag: inventory.lag,
    asOf: asOfText === undefined ? undefined : parseMonth(asOfText, "--as-of"),
  });
  const ctx = { today, names: { revenue: revenue.name, inventory: inventory.name } };
  return { a, revenue, inventory, asOfText, ctx };
}

type Analysis = Awaited<ReturnType<typeof cycleAnalysis>>;

export function printCycleTable(a: Analysis["a"], lang: Lang, io: Io, ctx: Analysis["ctx"]): void {
  const zh = lang === "zh";
  const header = zh
    ? ["起点低点", "高点", "终点低点", "月数", "补库(主动+被动)", "去库(主动+被动)"]
    : ["start trough", "peak", "end trough", "months", "restock (active+passive)", "destock (active+passive)"];
  const rows = a.cycles.map((c) => {
    const j = cycleJson(a, c);
    const split = (total: number, active: number, passive: number) => {
      const unknown = total - active - passive;
      return `${total} (${active}+${passive}${unknown ? `, ${unknown}?` : ""})`;
    };
    return [j.startTrough, j.peak, j.endTrough, String(j.months), split(j.restockMonths, j.activeRestockMonths, j.passiveRestockMonths), split(j.destockMonths, j.activeDestockMonths, j.passiveDestockMonths)];
  });
  io.out(renderTable(header, rows, { colour: useColour(io.isTTY, io.env) }));
  if (rows.some((r) => r[4].includes("?") || r[5].includes("?"))) {
    io.out(zh ? "（n? = 需求状态未知的月数：最后一个需求拐点之后）\n" : "(n? = months whose demand state is not yet known: after the last dated demand turn)\n");
  }
  const s = a.summary.cycles;
  io.out(zh
    ? `${s.count} 轮完整周期，平均 ${fmt(s.mean, 1)} 个月，中位数 ${fmt(s.median, 1)}（${fmt(s.min, 0)}–${fmt(s.max, 0)}）\n`
    : `${s.count} complete cycles, mean ${fmt(s.mean, 1)} months, median ${fmt(s.median, 1)} (${fmt(s.min, 0)}–${fmt(s.max, 0)})\n`);
  const c = a.current;
  if (c) {
    const start = formatMonth(a.history.start + c.startTrough);
    const peak = c.peak === null ? null : formatMonth(a.history.start + c.peak);
    io.out(zh
      ? `进行中：${start} 低点以来 ${c.months} 个月${peak ? `，${peak} 见顶（补库 ${c.restockMonths}，去库 ${c.destockMonths}）` : `，补库中`}\n`
      : `In progress: ${c.months} months since the ${start} trough${peak ? `, peak ${peak} (${c.restockMonths} restocking, ${c.destockMonths} destocking)` : ", restocking so far"}\n`);
  }
  io.out(nowLines(a, lang, ctx));
}

export const cyclesCommand: Command = {
  name: "cycles",
  summary: "inventory cycles (trough to trough) with restocking/destocking and active/passive months",
  usage: "kitchin cycles (--dataset cn|us | --file F --inventory COL --revenue COL) [--as-of YYYY-MM] [flags]",
  flags: {
    ...PHASE_INPUT_FLAGS,
    "as-of": { type: "string", arg: "YYYY-MM", description: "use only what was known at the end of this month" },
    ...TODAY_FLAG,
    ...TURN_FLAGS,
    ...REVERSAL_FLAGS,
    ...OUTPUT_FLAGS,
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
      printNotes(io, [...revenue.notes, ...inventory.notes]);
      const rows = a.cycles.map((c) => cycleJson(a, c));
      const keys = ["startTrough", "peak", "endTrough", "months", "restockMonths", "destockMonths", "activeRestockMonths", "passiveRestockMonths", "activeDestockMonths", "passiveDestockMonths", "unknownPhaseMonths"] as const;
      io.out(toCsv([...keys], rows.map((r) => keys.map((k) => r[k]))));
      return;
    }
    io.out(`${inventory.name} cycles (demand: ${revenue.name}; ${a.params.method}, ${a.params.preset} preset)\n`);
    printCycleTable(a, langOf(p), io, ctx);
    printNotes(io, [...revenue.notes, ...inventory.notes]);
  },
};
