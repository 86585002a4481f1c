/**
 * `kitchin report`: one self-contained HTML file — demand and inventory YoY with the phases shaded,
 * cumulative returns of the strategies against the benchmarks, and the score heat map (assets ×
 * phases) — with the metrics and score tables beside them. Charts are Vega-Lite specs rendered to
 * SVG in Node.
 */
import { say } from "@kitchin/core";
import { resolve } from "node:path";
import { BACKTEST_DEFAULTS } from "@kitchin/backtest";
import { Readers, callJob, checkWritable, overviewJob, reportExtras, writeChecked } from "@kitchin/jobs/node";
import { cycleReportHtml, render, type CycleOnlyWhy } from "@kitchin/report";
import { pdfTarget, printPdf } from "@kitchin/report/pdf";
import { int, list, oneOf, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { toJson, type Io } from "../context.ts";
import { UsageError } from "../errors.ts";
import { BACKTEST_INPUT_FLAGS, STRATEGY_FLAGS } from "../flags.ts";
import { TODAY_FLAG, madeOn } from "../now.ts";
import { langOf } from "../options.ts";
import { callToday, inputOptions, outlookRequest, runOptions } from "../requests.ts";

export const reportCommand: Command = {
  name: "report",
  summary: "write one self-contained HTML report: phases, strategies vs benchmarks, score heat map",
  usage:
    "kitchin report (--dataset cn|us | --file F --inventory COL --demand COL [--lag N] --prices P | --prices F --phases F) [--out report.html] [--lang en|zh] [--pdf F] [--strategy SPEC]… [--score-assets LIST] [--from YYYY-MM]",
  formats: ["table", "json"],
  formatsWhy: "the report is an HTML file; stdout says what was written, as a line or as JSON",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    ...STRATEGY_FLAGS,
    strategy: {
      type: "string",
      multiple: true,
      arg: "SPEC",
      description: "strategies to chart (default topk:1, clock, equal, buy-and-hold of equities)",
    },
    "score-assets": {
      type: "string",
      arg: "LIST",
      description: "assets of the score heat map (default: all shipped assets, or --assets)",
    },
    permutations: {
      type: "string",
      arg: "N",
      value: "number",
      description: `permutations for the score p-values (default ${BACKTEST_DEFAULTS.permutations}, as score and overview)`,
    },
    bootstrap: {
      type: "string",
      arg: "N",
      value: "number",
      description: `bootstrap resamples for the score intervals (default ${BACKTEST_DEFAULTS.bootstrap}, as score and overview)`,
    },
    lang: { type: "string", arg: "en|zh", description: "language of every heading, label and note (default en)" },
    pdf: {
      type: "string",
      arg: "F",
      description:
        "also print the report to a PDF with the Chromium or Chrome found on the machine (or KITCHIN_CHROMIUM)",
    },
    out: { type: "string", arg: "F.html", description: "where to write the HTML report (default kitchin-report.html)" },
    "as-of": {
      type: "string",
      arg: "YYYY-MM",
      description:
        "the report as of this month (only what was known at its end): the cycle part — call, cycle table, chart",
    },
    ...TODAY_FLAG,
  },
  async run(p: ParsedArgs, io: Io) {
    // stdout says what was written: a line (table) or JSON; a CSV of a report is refused.
    const format = oneOf(p, "format", ["table", "json"] as const, "table");
    const out = resolve(str(p, "out") ?? "kitchin-report.html");
    if (!/\.html?$/i.test(out)) throw new UsageError(say("fileKind", { flag: "--out", ext: ".html" }));
    checkWritable(out);
    const pdfFlag = str(p, "pdf");
    const pdf = pdfFlag === undefined ? undefined : pdfTarget(pdfFlag);
    const done = (cycleOnly: CycleOnlyWhy | null) => {
      if (pdf !== undefined) printPdf(out, pdf, io.env, io.err, langOf(p));
      if (format === "json") {
        io.out(toJson({ report: out, ...(pdf !== undefined ? { pdf } : {}), cycleOnly }));
        return;
      }
      io.out(`wrote ${out}${cycleOnly ? " (the cycle part only)" : ""}\n`);
      if (pdf !== undefined) io.out(`wrote ${pdf}\n`);
    };
    // The cycle part alone: a user's --file without --prices, or --as-of.
    const asOf = str(p, "as-of");
    const noPrices = str(p, "file") !== undefined && str(p, "prices") === undefined;
    if (asOf !== undefined || noPrices) {
      if (str(p, "dataset") === undefined && str(p, "file") === undefined) throw new UsageError(say("asOfNeedsInput"));
      const why: CycleOnlyWhy = asOf !== undefined ? "as-of" : "no-prices";
      const { a, ctx, revenue, inventory, outlook } = await callOf(p, io);
      writeChecked(
        out,
        await cycleReportHtml({
          a,
          ctx,
          outlook,
          revenue,
          inventory,
          lang: langOf(p),
          why,
          region: str(p, "dataset") as "cn" | "us" | undefined,
          file: str(p, "file"),
          made: madeOn(p, io),
          notes: [...revenue.notes, ...inventory.notes],
        }),
      );
      return done(why);
    }
    // The overview job, as `kitchin overview` runs it (the same window, defaults and resampling), with
    // this command's strategies, score assets and resampling counts when given.
    const readers = new Readers();
    const given = inputOptions(p);
    const job = await overviewJob(
      {
        source: { own: given },
        strategies: list(p, "strategy"),
        run: runOptions(p),
        scoreAssets: str(p, "score-assets"),
        permutations: int(p, "permutations"),
        bootstrap: int(p, "bootstrap"),
        forReport: true,
      },
      readers,
    );
    // The call and the cycle table: the core's analysis of the region's demand and inventory.
    const call = job.inputs.region || str(p, "file") ? await callOf(p, io, readers) : undefined;
    writeChecked(
      out,
      await render({
        inputs: job.inputs,
        runs: job.runs,
        scoreInputs: job.scoreInputs,
        scores: job.scores,
        lang: langOf(p),
        call: call && { a: call.a, ctx: call.ctx, outlook: call.outlook },
        headline: job.headline,
        made: madeOn(p, io),
        extras: await reportExtras(job.inputs, job.runs, job.headline),
      }),
    );
    done(null);
  },
};

/** The call on the same demand and inventory as the phases: the shipped region's, or the --file columns. */
async function callOf(p: ParsedArgs, io: Io, readers = new Readers()) {
  const q = outlookRequest(p);
  // Only the inputs the phases were computed from; the report's own flags (--lag of a phases file …) stay out.
  const source =
    q.dataset !== undefined
      ? { dataset: q.dataset }
      : {
          file: q.file,
          inventory: q.inventory,
          demand: q.demand,
          lag: q.lag,
          sheet: q.sheet,
          dateColumn: q.dateColumn,
        };
  return callJob({ ...source, rule: q.rule, cutoff: q.cutoff }, callToday(p, io), readers);
}
