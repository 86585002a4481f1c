/**
 * `kitchin phase`: the four-phase timeline (methods.md §3), ex-post or as-of, and where we are now.
 */
import { episodes, formatMonth, phaseLabel, phaseTimelineOf, type Lang, uniqueNotes } from "@kitchin/core";
import { oneOf } from "../args.ts";
import { str } from "../args.ts";
import type { Command } from "../command.ts";
import { cycleRequest, callToday } from "../requests.ts";
import { printNotes, printWarnings, toJson } from "../context.ts";
import { cycleAnalysis } from "@kitchin/jobs/node";
import { CYCLE_FLAGS, PHASE_INPUT_FLAGS } from "../flags.ts";
import { currentJson, paramsJson, phaseRows } from "@kitchin/jobs";
import { nowLines, staleWarnings } from "../cycleView.ts";
import { PHASE_COLOURS, renderTable, termText, useColour } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf, monthFlags, monthRange } from "../options.ts";
import { seriesName } from "@kitchin/report";

export const phaseCommand: Command = {
  name: "phase",
  summary: "the four phases month by month (ex-post or as-of) and the current phase",
  usage:
    "kitchin phase (--dataset cn|us | --file F --inventory COL --demand COL) [--mode ex-post|as-of] [--as-of YYYY-MM] [flags]",
  flags: {
    ...PHASE_INPUT_FLAGS,
    mode: {
      type: "string",
      arg: "ex-post|as-of",
      description: "history dated with hindsight (default) or as known each month",
    },
    ...monthFlags("the months shown (the phases are dated on the whole history)"),
    ...CYCLE_FLAGS,
  },
  async run(p, io) {
    const { a, revenue, inventory, ctx } = await cycleAnalysis(cycleRequest(p), callToday(p, io));
    const mode = oneOf(p, "mode", ["ex-post", "as-of"] as const, "ex-post");
    const timeline = phaseTimelineOf(a, mode);
    // --from/--to bound what is shown; the dating uses the whole history (as without them).
    const win = monthRange(p);
    const first = timeline.start,
      last = timeline.start + timeline.codes.length - 1;
    const lo = Math.max(first, win.from ?? first),
      hi = Math.min(last, win.to ?? last);
    const rows = phaseRows(timeline).filter((_, i) => timeline.start + i >= lo && timeline.start + i <= hi);
    const format = formatOf(p);
    const lang: Lang = langOf(p);
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
          mode,
          phases: rows,
          current: currentJson(a, ctx),
          params,
          ...(mode === "ex-post" ? { note: "ex-post: each month's phase uses data after that month" } : {}),
          notes: uniqueNotes([...revenue.notes, ...inventory.notes]),
        }),
      );
      return;
    }
    if (format === "csv") {
      printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
      io.out(
        toCsv(
          ["date", "phase", "label", "revenueState", "inventoryState"],
          rows.map((r, i) => [
            r.date,
            r.phase ?? "",
            phaseLabel(timeline.codes[lo - timeline.start + i], lang),
            r.revenueState ?? "",
            r.inventoryState ?? "",
          ]),
        ),
      );
      return;
    }
    const eps = episodes(timeline.codes).filter((e) => timeline.start + e.end >= lo && timeline.start + e.start <= hi);
    const names = termText(`${seriesName(revenue.name, lang)} × ${seriesName(inventory.name, lang)}`);
    const span = `${formatMonth(lo)}…${formatMonth(hi)}`;
    io.out(
      lang === "zh"
        ? `${names} — ${mode === "ex-post" ? "事后（以后见之明确定）" : "实时（按各阶段得知的月份标注）"}，${span}\n`
        : `${names} — ${mode === "ex-post" ? "ex-post (dated with hindsight)" : "as-of (stamped by the month each phase is known)"}, ${span}\n`,
    );
    io.out(
      renderTable(
        lang === "zh" ? ["起", "止", "月数", "阶段"] : ["from", "to", "months", "phase"],
        eps.map((e) => [
          formatMonth(timeline.start + e.start),
          formatMonth(timeline.start + e.end),
          String(e.length),
          phaseLabel(e.code, lang),
        ]),
        { colour: useColour(io.isTTY, io.env), rowColour: (i) => PHASE_COLOURS[eps[i].code] },
      ),
    );
    io.out(nowLines(a, lang));
    printWarnings(io, staleWarnings(a, lang, ctx), lang);
    printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
  },
};
