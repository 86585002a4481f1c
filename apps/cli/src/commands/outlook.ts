/**
 * `kitchin outlook`: the current call with how sure it is — persistence on the real-time
 * and hindsight bases, the odds of a phase change with their out-of-sample skill, what the next
 * prints must be to flip it, a nowcast of those prints, and the real (PPI-deflated) call beside the
 * nominal one (docs/outlook.md).
 */
import { escapeControl, formatMonth, uniqueNotes } from "@kitchin/core";
import type { Command } from "../command.ts";
import { outlookRequest } from "../requests.ts";
import { printNotes, toJson } from "../context.ts";
import { seriesName } from "@kitchin/report";
import { CYCLE_FLAGS, PHASE_INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf } from "../options.ts";
import { outlookRun } from "@kitchin/jobs/node";
import { OUTLOOK_FLAGS } from "../flags.ts";
import { oddsHistoryRows, outlookJson } from "@kitchin/jobs";
import { outlookLines } from "../outlookView.ts";

export const outlookCommand: Command = {
  name: "outlook",
  summary: "the current call with odds of a change, what would flip it, a nowcast and the real (price-adjusted) call",
  usage:
    "kitchin outlook (--dataset cn|us | --file F --inventory COL --demand COL [--deflator COL]) [--as-of YYYY-MM] [--horizons 1,3,6] [--format table|json|csv] [--lang zh]",
  flags: { ...PHASE_INPUT_FLAGS, ...OUTLOOK_FLAGS, ...CYCLE_FLAGS },
  async run(p, io) {
    const { o, revenue, inventory, notes } = await outlookRun(outlookRequest(p));
    const format = formatOf(p);
    const lang = langOf(p);
    if (format === "json") {
      io.out(
        toJson({
          ...outlookJson(o),
          inputs: { revenue: revenue.name, inventory: inventory.name },
          notes: uniqueNotes(notes),
        }),
      );
      return;
    }
    printNotes(io, notes, lang);
    if (format === "csv") {
      io.out(
        toCsv(
          ["month", ...o.history.horizons.map((h) => `p${h}`)],
          oddsHistoryRows(o).map((r) => [r.month, ...r.values.map((v) => v ?? "")]),
        ),
      );
      return;
    }
    const inv = escapeControl(seriesName(inventory.name, lang)),
      rev = escapeControl(seriesName(revenue.name, lang));
    io.out(
      lang === "zh"
        ? `展望：${inv}（需求：${rev}），截至 ${formatMonth(o.asOf)}\n`
        : `Outlook: ${inv} (demand: ${rev}), as of ${formatMonth(o.asOf)}\n`,
    );
    io.out(outlookLines(o, lang));
  },
};
