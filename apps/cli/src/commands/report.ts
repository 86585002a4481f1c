/**
 * `kitchin report`: one self-contained HTML file — demand and inventory YoY with the phases shaded,
 * cumulative returns of the strategies against the benchmarks, and the score heat map (assets ×
 * phases) — with the metrics and score tables beside them. Charts are Vega-Lite specs rendered to
 * SVG in Node.
 */
import { resolve } from "node:path";
import { checkWritable, writeChecked } from "../io/write.ts";
import { BACKTEST_DEFAULTS } from "@kitchin/backtest";
import { UsageError } from "../errors.ts";
import { int, list, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { outlookRun } from "../outlookInputs.ts";
import type { Io } from "../context.ts";
import { BACKTEST_INPUT_FLAGS, backtestInputs, inputOptions } from "../backtestInputs.ts";
import { STRATEGY_FLAGS, defaultSpecs, runHeadline, runSpecs, runOptions } from "../strategies.ts";
import { checkReportAssets, reportHtml, reportScores } from "../report/report.ts";
import { langOf } from "../options.ts";
import { oneOf } from "../args.ts";
import { toJson } from "../context.ts";
import { cycleReportHtml, type CycleOnlyWhy } from "../cycleReport.ts";
import { cycleAnalysis } from "../cycleInputs.ts";
import { TODAY_FLAG, madeOn } from "../now.ts";
import { pdfTarget, printPdf } from "../report/pdf.ts";
import { mainJobFrom } from "../mainJob.ts";

export const reportCommand: Command = {
  name: "report",
  summary: "write one self-contained HTML report: phases, strategies vs benchmarks, score heat map",
  usage: "kitchin report (--dataset cn|us | --file F --inventory COL --revenue COL [--lag N] --prices P | --prices F --phases F) [--out report.html] [--lang en|zh] [--pdf F] [--strategy SPEC]… [--score-assets LIST] [--from YYYY-MM]",
  formats: ["table", "json"],
  formatsWhy: "the report is an HTML file; stdout says what was written, as a line or as JSON",
  flags: {
    ...BACKTEST_INPUT_FLAGS,
    ...STRATEGY_FLAGS,
    strategy: { type: "string", multiple: true, arg: "SPEC", description: "strategies to chart (default topk:1, clock, equal, buy-and-hold of equities)" },
    "score-assets": { type: "string", arg: "LIST", description: "assets of the score heat map (default: all shipped assets, or --assets)" },
    permutations: { type: "string", arg: "N", value: "number", description: `permutations for the score p-values (default ${BACKTEST_DEFAULTS.permutations}, as score and overview)` },
    bootstrap: { type: "string", arg: "N", value: "number", description: `bootstrap resamples for the score intervals (default ${BACKTEST_DEFAULTS.bootstrap}, as score and overview)` },
    lang: { type: "string", arg: "en|zh", description: "language of every heading, label and note (default en)" },
    pdf: { type: "string", arg: "F", description: "also print the report to a PDF with the Chromium or Chrome found on the machine (or KITCHIN_CHROMIUM)" },
    out: { type: "string", arg: "F.html", description: "where to write the HTML report (default kitchin-report.html)" },
    "as-of": { type: "string", arg: "YYYY-MM", description: "the report as of this month (only what was known at its end): the cycle part — call, cycle table, chart" },
    ...TODAY_FLAG,
  },
  async run(p: ParsedArgs, io: Io) {
    // stdout says what was written: a line (table) or JSON; a CSV of a report is refused (issue 26).
    const format = oneOf(p, "format", ["table", "json"] as const, "table");
    const out = resolve(str(p, "out") ?? "kitchin-report.html");
    if (!/\.html?$/i.test(out)) throw new UsageError("--out must name an .html file");
    checkWritable(out);
    const pdfFlag = str(p, "pdf");
    const pdf = pdfFlag === undefined ? undefined : pdfTarget(pdfFlag);
    const done = (cycleOnly: CycleOnlyWhy | null) => {
      if (pdf !== undefined) printPdf(out, pdf, io.env, io.err);
      if (format === "json") { io.out(toJson({ report: out, ...(pdf !== undefined ? { pdf } : {}), cycleOnly })); return; }
      io.out(`wrote ${out}${cycleOnly ? " (the cycle part only)" : ""}\n`);
      if (pdf !== undefined) io.out(`wrote ${pdf}\n`);
    };
    // The cycle part alone (issue 26): a user's --file without --prices, or --as-of.
    const asOf = str(p, "as-of");
    const noPrices = str(p, "file") !== undefined && str(p, "prices") === undefined;
    if (asOf !== undefined || noPrices) {
      if (str(p, "dataset") === undefined && str(p, "file") === undefined) throw new UsageError("--as-of goes with --dataset cn|us or --file F --inventory COL --revenue COL");
      const why: CycleOnlyWhy = asOf !== undefined ? "as-of" : "no-prices";
      const { a, ctx, revenue, inventory, outlook } = await callOf(p, io);
      writeChecked(out, await cycleReportHtml({ a, ctx, outlook, revenue, inventory, lang: langOf(p), why, region: str(p, "dataset") as "cn" | "us" | undefined, file: str(p, "file"), made: madeOn(p, io), notes: [...revenue.notes, ...inventory.notes] }));
      return done(why);
    }
    // The main job's window (shipped data from 2011-01, as overview; a file's whole window; or --from).
    const given = inputOptions(p);
    const opts = { ...given, from: mainJobFrom(given.dataset, given.from) };
    const inp = await backtestInputs(opts, { defaultMode: "as-of", assets: "classes" });
    checkReportAssets(inp.panel.assets.length);
    let specs = list(p, "strategy");
    if (!specs.length) specs = defaultSpecs(inp.region, inp.panel.assets);
    const runs = runSpecs(inp, specs, runOptions(p));
    // Scores: every asset (or --score-assets), ex-post phases (descriptive).
    const sinp = await backtestInputs({ ...opts, vintages: false, mode: "ex-post", assets: str(p, "score-assets") ?? opts.assets ?? (inp.region ? "all" : undefined) }, { defaultMode: "ex-post", assets: "all" });
    checkReportAssets(sinp.panel.assets.length);
    const scores = reportScores(sinp, { permutations: int(p, "permutations"), bootstrap: int(p, "bootstrap") });
    // The call and the cycle table: the core's analysis of the region's demand and inventory.
    const call = inp.region || str(p, "file") ? await callOf(p, io) : undefined;
    const headline = runHeadline(inp, runs);
    writeChecked(out, await reportHtml({ inputs: inp, runs, scoreInputs: sinp, scores, lang: langOf(p), call: call && { a: call.a, ctx: call.ctx, outlook: call.outlook }, headline, made: madeOn(p, io) }));
    done(null);
  },
};

/** The call on the same demand and inventory as the phases: the shipped region's, or the --file columns. */
async function callOf(p: ParsedArgs, io: Io) {
  const keys = p.flags.dataset !== undefined ? ["dataset", "today", "as-of"] : ["file", "inventory", "revenue", "lag", "sheet", "date-column", "today", "as-of"];
  const flags = Object.fromEntries(keys.filter((k) => p.flags[k] !== undefined).map((k) => [k, p.flags[k]]));
  const { a, ctx, revenue, inventory } = await cycleAnalysis({ positionals: [], flags }, io);
  const { o } = await outlookRun({ positionals: [], flags }); // the call box (issue 19)
  return { a, ctx, outlook: o, revenue, inventory };
}

