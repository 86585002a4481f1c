/**
 * `kitchin turns`: peaks and troughs of one series (methods.md §2).
 */
import { wordOf, formatMonth, scaleProblem, type Turn, uniqueNotes } from "@kitchin/core";
import type { Command } from "../command.ts";
import { sourceRequest } from "../requests.ts";
import { turnInput } from "@kitchin/jobs/node";
import { INPUT_FLAGS } from "../flags.ts";
import { OUTPUT_FLAGS, TURN_FLAGS, formatOf, langOf, turnOptions } from "../options.ts";
import { renderTable, fmt, useColour, termText } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { printNotes, toJson } from "../context.ts";
import { seriesName } from "@kitchin/report";
import { TURN_LABELS, turns } from "@kitchin/core";

export const turnsCommand: Command = {
  name: "turns",
  summary: "date the peaks and troughs of a series (BBQ or Bry–Boschan)",
  usage:
    "kitchin turns (--dataset cn|us [--series ID] | --file F [--column NAME]) [turning-point flags] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    series: { type: "string", arg: "ID", description: "shipped series id (default: the region's inventory YoY)" },
    column: { type: "string", arg: "NAME", description: "column of --file to date (needed when it has several)" },
    ...TURN_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p, io) {
    const input = await turnInput(sourceRequest(p));
    const { options, preset } = turnOptions(p, input.step === 3 ? "quarterly" : "monthly");
    const list = turns(input.series.values, options, preset);
    if (list.length <= 1) {
      // minAmplitude is in the series' unit: a YoY stored as fractions never reaches it (input/units.ts).
      const why = scaleProblem(input.series.values, `${input.name}`, [["minAmplitude", options.minAmplitude]], "turns");
      if (why) input.notes.push(why);
    }
    const dateOf = (t: Turn) => formatMonth(input.series.start + t.index * input.step);
    const format = formatOf(p);
    const params = { series: input.name, frequency: input.step === 3 ? "quarterly" : "monthly", preset, ...options };
    if (format === "json") {
      io.out(
        toJson({
          turns: list.map((t) => ({
            index: t.index,
            date: dateOf(t),
            type: t.type,
            value: t.value,
            ...(t.closeCall ? { closeCall: t.closeCall } : {}),
          })),
          params,
          notes: uniqueNotes(input.notes),
        }),
      );
    } else if (format === "csv") {
      printNotes(io, input.notes, langOf(p));
      io.out(
        toCsv(
          ["index", "date", "type", "value", "closeCall"],
          list.map((t) => [t.index, dateOf(t), t.type, t.value, t.closeCall ?? ""]),
        ),
      );
    } else {
      const lang = langOf(p);
      const name = termText(seriesName(input.name, lang));
      const span = list.length ? `${dateOf(list[0])}…${dateOf(list[list.length - 1])}` : "—";
      const data = `${formatMonth(input.series.start)}…${formatMonth(input.series.start + (input.series.values.length - 1) * input.step)}`;
      io.out(
        lang === "zh"
          ? `${name}：${list.length} 个拐点，${span}（数据 ${data}；${options.method}，${preset} 预设：窗口 ${options.window}，端点排除 ${options.censor}，最短阶段 ${options.minPhase}，最短周期 ${options.minCycle}${options.minAmplitude ? `，最小幅度 ${options.minAmplitude}` : ""}）\n`
          : `${name}: ${list.length} turns (data ${data}; ${options.method}, ${preset} preset: window ${options.window}, censor ${options.censor}, minPhase ${options.minPhase}, minCycle ${options.minCycle}${options.minAmplitude ? `, minAmplitude ${options.minAmplitude}` : ""})\n`,
      );
      const header = (["date", "type", "value", "closeCall"] as const).map((k) => wordOf(k, lang));
      io.out(
        renderTable(
          header,
          list.map((t) => [dateOf(t), TURN_LABELS[t.type][lang], fmt(t.value), t.closeCall ?? ""]),
          {
            colour: useColour(io.isTTY, io.env),
            rowColour: (i) => (list[i].type === "peak" ? "\x1b[32m" : "\x1b[31m"),
          },
        ),
      );
      printNotes(io, input.notes, langOf(p));
    }
  },
};
