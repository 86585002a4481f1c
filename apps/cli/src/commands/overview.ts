/**
 * `kitchin overview`: the main job on one region's data — where the inventory cycle is now,
 * the table of past cycles, the assets and commodities that did best in the current phase,
 * the rotation backtest against equal weight, and the HTML report (backtest/mainJob.ts).
 */
import { termText } from "../format/table.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { currentCycleJson, cycleJson, paramsJson, printCycleTable } from "../cycleView.ts";
import { formatOf, langOf } from "../options.ts";
import { CYCLE_FLAGS, PHASE_INPUT_FLAGS, cycleAnalysis } from "../cycleInputs.ts";
import { mainJobExtras, type MainJobSource } from "../mainJob.ts";
import { UsageError } from "../errors.ts";
import { BACKTEST_INPUT_FLAGS, inputOptions } from "../backtestInputs.ts";
import { pdfTarget, printPdf } from "../report/pdf.ts";
import { str } from "../args.ts";
import { madeOn } from "../now.ts";
import { OUTLOOK_FLAGS, outlookRun } from "../outlookInputs.ts";
import { outlookJson, outlookLines } from "../outlookView.ts";

export const overviewCommand: Command = {
  name: "overview",
  summary: "the main job: current phase and cycle table for a region (default cn)",
  usage: "kitchin overview [--dataset cn|us | --file F --inventory COL --revenue COL [--lag N] --prices P] [--lang en|zh] [--format table|json]",
  flags: {
    ...PHASE_INPUT_FLAGS,
    prices: { type: "string", arg: "P", description: "with --file: your month-end prices (CSV/XLSX, date + one column per asset) for the scores, backtest and report" },
    "prices-format": BACKTEST_INPUT_FLAGS["prices-format"],
    gaps: BACKTEST_INPUT_FLAGS.gaps,
    "risk-free": BACKTEST_INPUT_FLAGS["risk-free"],
    vintages: BACKTEST_INPUT_FLAGS.vintages,
    report: { type: "string", arg: "F", description: "where to write the HTML report (default kitchin-report.html; shipped data, or --file with --prices)" },
    pdf: { type: "string", arg: "F", description: "also print the report to a PDF with the Chromium or Chrome found on the machine (or KITCHIN_CHROMIUM)" },
    "no-report": { type: "boolean", description: "skip the scores, backtest and report (cycle table only)" },
    ...OUTLOOK_FLAGS,
    ...CYCLE_FLAGS,
  },
  async run(p, io) {
    if (p.flags.dataset === undefined && p.flags.file === undefined) p.flags.dataset = "cn";
    // Several tables make no one CSV: say where each one is, rather than print a table as "csv".
    if (formatOf(p) === "csv") throw new UsageError("overview has no CSV form (it is several tables): use --format json, or the CSV of each part — kitchin cycles|score|backtest … --format csv");
    const { a, revenue, inventory, ctx } = await cycleAnalysis(p, io);
    // Scores, backtest and report need prices: shipped ones with --dataset, the user's with --file
    // and --prices; not with --as-of (the report is of the data as it stands).
    const region = p.flags.dataset as "cn" | "us" | undefined;
    const own = p.flags.file !== undefined && p.flags.prices !== undefined;
    if (p.flags.prices !== undefined && p.flags.file === undefined) throw new UsageError("--prices goes with --file (your demand and inventory); with --dataset the shipped prices are used");
    const source: MainJobSource | undefined = region ?? (own ? { own: inputOptions(p) } : undefined);
    const extras = source !== undefined && p.flags["as-of"] === undefined && p.flags["no-report"] !== true;
    const pdfFlag = str(p, "pdf");
    if (pdfFlag !== undefined && !extras) throw new UsageError("--pdf prints the report: it needs --dataset, or --file with --prices, and no --as-of or --no-report");
    const pdf = pdfFlag === undefined ? undefined : pdfTarget(pdfFlag);
    const lang = langOf(p);
    const { o: outlook } = await outlookRun(p); // issue 19: odds, flips, real call
    if (formatOf(p) === "json") {
      const now = a.now ? { code: a.now.code, month: a.now.month } : undefined;
      const job = extras ? await mainJobExtras(source!, io, { lang, print: false, report: str(p, "report"), now, call: { a, ctx, outlook }, made: madeOn(p, io), riskFree: str(p, "risk-free"), vintages: p.flags.vintages === true }) : null;
      io.out(toJson({ current: currentCycleJson(a, ctx), outlook: outlookJson(outlook), cycles: a.cycles.map((c) => cycleJson(a, c)), params: paramsJson(a, { revenue: revenue.name, inventory: inventory.name }), ...(job ? { mainJob: job } : {}), notes: [...new Set([...revenue.notes, ...inventory.notes])] }));
      return;
    }
    const zh = lang === "zh";
    io.out(termText(zh ? `库存周期：${inventory.name}（需求：${revenue.name}）` : `Inventory cycle: ${inventory.name} (demand: ${revenue.name})`) + "\n\n");
    printCycleTable(a, lang, io, ctx);
    io.out("\n" + outlookLines(outlook, lang));
    printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
    if (extras) {
      io.out("\n");
      const job = await mainJobExtras(source!, io, { lang, report: str(p, "report"), now: a.now ? { code: a.now.code, month: a.now.month } : undefined, call: { a, ctx, outlook }, made: madeOn(p, io), riskFree: str(p, "risk-free"), vintages: p.flags.vintages === true });
      if (pdf && job.report) {
        printPdf(job.report, pdf, io.env);
        io.out(`${lang === "zh" ? "PDF：" : "PDF: "}${pdf}\n`);
      }
    }
  },
};

