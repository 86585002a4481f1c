/**
 * `kitchin overview`: the main job on one region's data — where the inventory cycle is now,
 * the table of past cycles, the assets and commodities that did best in the current phase,
 * the rotation backtest against equal weight, and the HTML report (format/overview.ts).
 */
import { resolve } from "node:path";
import { uniqueNotes, say } from "@kitchin/core";
import { Readers, callJob, checkWritable, writeChecked, type OverviewSource } from "@kitchin/jobs/node";
import { cycleReportHtml, type CycleOnlyWhy } from "@kitchin/report";
import { pdfTarget, printPdf } from "@kitchin/report/pdf";
import { str } from "../args.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { currentCycleJson, cycleJson, outlookJson, paramsJson } from "@kitchin/jobs";
import { printCycleTable } from "../cycleView.ts";
import { UsageError } from "../errors.ts";
import { BACKTEST_INPUT_FLAGS, CYCLE_FLAGS, OUTLOOK_FLAGS, PHASE_INPUT_FLAGS } from "../flags.ts";
import { seriesName } from "@kitchin/report";
import { runOverview } from "../format/overview.ts";
import { termText } from "../format/table.ts";
import { outlookLines } from "../outlookView.ts";
import { madeOn } from "../now.ts";
import { formatOf, langOf } from "../options.ts";
import { callToday, inputOptions, outlookRequest } from "../requests.ts";

export const overviewCommand: Command = {
  name: "overview",
  summary: "the main job: current phase and cycle table for a region (default cn)",
  usage:
    "kitchin overview [--dataset cn|us | --file F --inventory COL --demand COL [--lag N] --prices P] [--lang en|zh] [--format table|json]",
  formats: ["table", "json"],
  formatsWhy: "overview is several tables: the CSV of each part is kitchin cycles|score|backtest … --format csv",
  flags: {
    ...PHASE_INPUT_FLAGS,
    prices: {
      type: "string",
      arg: "P",
      description:
        "with --file: your month-end prices (CSV/XLSX, date + one column per asset) for the scores, backtest and report",
    },
    "prices-format": BACKTEST_INPUT_FLAGS["prices-format"],
    gaps: BACKTEST_INPUT_FLAGS.gaps,
    "risk-free": BACKTEST_INPUT_FLAGS["risk-free"],
    vintages: BACKTEST_INPUT_FLAGS.vintages,
    out: {
      type: "string",
      arg: "F.html",
      description:
        "where to write the HTML report (default kitchin-report.html in table format with prices; JSON writes one only when asked). With --file and no --prices, or --as-of: the cycle part only",
    },
    report: { type: "string", arg: "F.html", description: "the same as --out (the older spelling)" },
    pdf: {
      type: "string",
      arg: "F",
      description:
        "also print the report to a PDF with the Chromium or Chrome found on the machine (or KITCHIN_CHROMIUM)",
    },
    "no-report": { type: "boolean", description: "skip the scores, backtest and report (cycle table only)" },
    ...OUTLOOK_FLAGS,
    ...CYCLE_FLAGS,
  },
  async run(p, io) {
    if (p.flags.dataset === undefined && p.flags.file === undefined) p.flags.dataset = "cn";
    // One readers stage for the command: each input file is read once, whichever jobs read it.
    const readers = new Readers();
    const { a, revenue, inventory, ctx, outlook } = await callJob(outlookRequest(p), callToday(p, io), readers);
    // Scores, backtest and report need prices: shipped ones with --dataset, the user's with --file
    // and --prices; not with --as-of (the report is of the data as it stands).
    const region = p.flags.dataset as "cn" | "us" | undefined;
    const own = p.flags.file !== undefined && p.flags.prices !== undefined;
    if (p.flags.prices !== undefined && p.flags.file === undefined) throw new UsageError(say("pricesGoWithFile"));
    const source: OverviewSource | undefined = region ?? (own ? { own: inputOptions(p) } : undefined);
    const noReport = p.flags["no-report"] === true;
    const asked = str(p, "report") ?? str(p, "out"); // --out is the one spelling everywhere; --report stays
    if (str(p, "report") !== undefined && str(p, "out") !== undefined) throw new UsageError(say("reportOrOut"));
    if (noReport && (asked !== undefined || p.flags.pdf !== undefined))
      throw new UsageError(say("noReportContradicts"));
    const extras = source !== undefined && p.flags["as-of"] === undefined && !noReport;
    // A report asked for is always written (exit 0 with no file would be a false success). Without prices (--file
    // alone) or with --as-of, it is the cycle part (call, cycle table, chart), saying why the scores and backtest are
    // absent.
    const cycleOnly: CycleOnlyWhy | null =
      extras || noReport ? null : p.flags["as-of"] !== undefined ? "as-of" : "no-prices";
    const pdfFlag = str(p, "pdf");
    const pdf = pdfFlag === undefined ? undefined : pdfTarget(pdfFlag);
    const cycleReport =
      cycleOnly && (asked !== undefined || pdf !== undefined) ? resolve(asked ?? "kitchin-report.html") : null;
    if (cycleReport && !/\.html?$/i.test(cycleReport))
      throw new UsageError(say("fileKind", { flag: "--report/--out", ext: ".html" }));
    if (cycleReport) checkWritable(cycleReport);
    const lang = langOf(p);
    const writeCycleReport = async () => {
      if (!cycleReport) return;
      writeChecked(
        cycleReport,
        await cycleReportHtml({
          a,
          ctx,
          outlook,
          revenue,
          inventory,
          lang,
          why: cycleOnly!,
          region,
          file: str(p, "file"),
          made: madeOn(p, io),
          notes: [...revenue.notes, ...inventory.notes],
        }),
      );
    };
    if (formatOf(p) === "json") {
      const now = a.now ? { code: a.now.code, month: a.now.month } : undefined;
      // JSON writes no report file unless one is asked for.
      const job = extras
        ? await runOverview(source!, io, {
            readers,
            lang,
            print: false,
            report: asked ?? null,
            now,
            call: { a, ctx, outlook },
            made: madeOn(p, io),
            riskFree: str(p, "risk-free"),
            vintages: p.flags.vintages === true,
          })
        : null;
      await writeCycleReport();
      const report = job?.report ?? cycleReport;
      if (pdf && report) printPdf(report, pdf, io.env, io.err, lang);
      io.out(
        toJson({
          current: currentCycleJson(a, ctx),
          outlook: outlookJson(outlook),
          cycles: a.cycles.map((c) => cycleJson(a, c)),
          params: paramsJson(a, { revenue: revenue.name, inventory: inventory.name }),
          ...(job ? { mainJob: job } : {}),
          ...(cycleReport ? { report: { path: cycleReport, cycleOnly } } : {}),
          ...(pdf && report ? { pdf } : {}),
          notes: uniqueNotes([...revenue.notes, ...inventory.notes]),
        }),
      );
      return;
    }
    const zh = lang === "zh";
    io.out(
      termText(
        zh
          ? `库存周期：${seriesName(inventory.name, lang)}（需求：${seriesName(revenue.name, lang)}）`
          : `Inventory cycle: ${inventory.name} (demand: ${revenue.name})`,
      ) + "\n\n",
    );
    printCycleTable(a, lang, io, ctx);
    io.out("\n" + outlookLines(outlook, lang));
    printNotes(io, [...revenue.notes, ...inventory.notes], langOf(p));
    if (extras) {
      io.out("\n");
      const job = await runOverview(source!, io, {
        readers,
        lang,
        report: asked,
        now: a.now ? { code: a.now.code, month: a.now.month } : undefined,
        call: { a, ctx, outlook },
        made: madeOn(p, io),
        riskFree: str(p, "risk-free"),
        vintages: p.flags.vintages === true,
      });
      if (pdf && job.report) {
        printPdf(job.report, pdf, io.env, io.err, lang);
        io.out(`${lang === "zh" ? "PDF：" : "PDF: "}${pdf}\n`);
      }
    } else if (cycleReport) {
      await writeCycleReport();
      io.out(`\n${lang === "zh" ? "报告（仅周期部分）：" : "Report (cycle part only): "}${cycleReport}\n`);
      if (pdf) {
        printPdf(cycleReport, pdf, io.env, io.err, lang);
        io.out(`${lang === "zh" ? "PDF：" : "PDF: "}${pdf}\n`);
      }
    }
  },
};
