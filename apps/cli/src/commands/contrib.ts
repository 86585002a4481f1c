/**
 * `kitchin contrib`: contributions of components to a total's YoY growth in percentage points
 * (拉动), month by month and over a window, with the residual and shares; optionally the
 * divergence of the total's window growth from another series' (note 001: US imports vs
 * inventories; note 000: manufacturing / wholesale / retail inventories). The arithmetic is the
 * core's `contrib` module; this file only resolves series and prints.
 *
 * Series are columns of `--file` or shipped ids (levels, not growth rates). `--dataset us` takes
 * the Census total business inventories and its three sectors (1992–2019). `--cumulative` reads
 * China NBS year-to-date values (累计值); with `--cumulative-yoy` their year-to-date growth
 * (累计同比) gives NBS's comparable-sample base instead of last year's published values.
 *
 * The window: `--from`…`--to` when both are given and `--window` is not; otherwise the last
 * `--window` months (default 12) of the months shown.
 */
import { bool, int, list, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { sourceRequest } from "../requests.ts";
import { printNotes, toJson } from "../context.ts";
import { seriesName } from "@kitchin/report";
import { UsageError } from "../errors.ts";
import { fmt, renderTable, useColour, termText } from "../format/table.ts";
import { INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import { OUTPUT_FLAGS, formatOf, langOf, monthRange } from "../options.ts";
import { specContext } from "@kitchin/jobs/node";
import { shortLabels } from "@kitchin/jobs";
import { CONTRIB_DEFAULTS, LABELS, componentNames, computeContrib } from "@kitchin/jobs/node";
import { say } from "@kitchin/core";

export const contribCommand: Command = {
  name: "contrib",
  summary:
    "contributions of components to a total's YoY growth (pp), by month and over a window; residual, shares; divergence",
  usage:
    "kitchin contrib (--dataset us | --total SPEC --components SPEC,SPEC…) [--file F] [--from YYYY-MM] [--to YYYY-MM] [--window N] [--aggregate sum|mean|end] [--cumulative [--cumulative-yoy SPEC,…]] [--vs SPEC] [--last N] [--shares] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    dataset: {
      type: "string",
      arg: "us",
      description:
        "shipped data: US total business inventories and its manufacturing, wholesale and retail sectors (Census, 1992–2019)",
    },
    total: { type: "string", arg: "SPEC", description: "the total, as levels (a column or a shipped id)" },
    components: {
      type: "string",
      multiple: true,
      arg: "SPEC,SPEC…",
      description: "its components, comma-separated (or repeat the flag); levels in the total's unit",
    },
    from: {
      type: "string",
      arg: "YYYY-MM",
      description: "first month shown (default: the first with a year-earlier value)",
    },
    to: { type: "string", arg: "YYYY-MM", description: "last month shown, and the window's end" },
    window: {
      type: "string",
      arg: "N",
      value: "number",
      description: "the window: the last N months shown (default 12, or --from…--to when both are given)",
    },
    aggregate: {
      type: "string",
      arg: "sum|mean|end",
      description:
        "window growth of sums (flows; default), of the average level (stocks: the same number) or at the window's end",
    },
    cumulative: {
      type: "boolean",
      description: "series are China NBS year-to-date values (累计值); monthly values by differencing",
    },
    "cumulative-yoy": {
      type: "string",
      multiple: true,
      arg: "SPEC,SPEC…",
      description:
        "with --cumulative: year-to-date growth (累计同比) of the total, then of each component, for NBS's comparable base",
    },
    vs: {
      type: "string",
      arg: "SPEC",
      description: "divergence: compare the total's window growth with this series' (gap and z-score)",
    },
    "min-history": {
      type: "string",
      arg: "N",
      value: "number",
      description: "past window gaps needed for the divergence z-score (default 36)",
    },
    last: {
      type: "string",
      arg: "N",
      value: "number",
      description: "table format: show the last N months (default 12)",
    },
    shares: { type: "boolean", description: "table and csv: add each component's share of the total (%)" },
    ...OUTPUT_FLAGS,
  },
  async run(p: ParsedArgs, io) {
    const region = str(p, "dataset");
    if (region !== undefined && region !== "us") throw new UsageError(say("contribDataset", { got: region }));
    const ctx = await specContext(sourceRequest(p));
    const total = str(p, "total") ?? (region ? CONTRIB_DEFAULTS.us.total : undefined);
    const given = componentNames(list(p, "components"), ctx);
    const components = given.length ? given : region && !str(p, "total") ? [...CONTRIB_DEFAULTS.us.components] : [];
    if (!total) throw new UsageError(say("contribTotal"));
    const aggregate = str(p, "aggregate") ?? "sum";
    if (aggregate !== "sum" && aggregate !== "mean" && aggregate !== "end")
      throw new UsageError(say("flagMustBe", { flag: "aggregate", allowed: ["sum", "mean", "end"], got: aggregate }));
    const cy = list(p, "cumulative-yoy");
    const data = computeContrib(
      {
        total,
        components,
        ...monthRange(p),
        window: int(p, "window", 1),
        aggregate,
        cumulative: bool(p, "cumulative"),
        cumulativeYoy: cy.length ? componentNames(cy, ctx) : undefined,
        vs: str(p, "vs"),
        minHistory: int(p, "min-history", 2),
      },
      ctx,
    );
    const format = formatOf(p);
    if (format === "json") {
      io.out(toJson(data));
      return;
    }
    const shares = bool(p, "shares");
    const comps = data.components;
    const hasComps = comps.length > 0;
    const cells = (r: {
      totalYoy: number;
      contributions: Record<string, number>;
      residual: number;
      shares: Record<string, number>;
    }) => [
      r.totalYoy,
      ...comps.map((c) => r.contributions[c]),
      ...(hasComps ? [r.residual] : []),
      ...(shares ? comps.map((c) => r.shares[c]) : []),
    ];
    if (format === "csv") {
      printNotes(io, data.notes, langOf(p));
      io.out(
        toCsv(
          [
            "date",
            "totalYoy",
            ...comps,
            ...(hasComps ? ["residual"] : []),
            ...(shares ? comps.map((c) => `share:${c}`) : []),
          ],
          data.rows.map((r) => [r.date, ...cells(r)]),
        ),
      );
      return;
    }
    const last = int(p, "last", 1) ?? 12;
    const L = LABELS[langOf(p)];
    const zhNames = langOf(p) === "zh" && comps.every((c) => seriesName(c, "zh") !== c);
    const label = zhNames ? comps.map((c) => seriesName(c, "zh")) : shortLabels(comps);
    io.out(
      `${termText(seriesName(data.total, langOf(p)))}: ${L.head}${hasComps ? L.contrib : ""}${data.basis === "levels" ? "" : ` (${data.basis})`}\n`,
    );
    const fmtRow = (first: string, r: Parameters<typeof cells>[0]) => [first, ...cells(r).map((x) => fmt(x))];
    const w = data.window;
    io.out(
      renderTable(
        [
          L.month,
          L.total,
          ...label,
          ...(hasComps ? [L.residual] : []),
          ...(shares ? label.map((c) => `${L.share} ${c}`) : []),
        ],
        [...data.rows.slice(-last).map((r) => fmtRow(r.date, r)), fmtRow(`${w.from}…${w.to}`, w)],
        { colour: useColour(io.isTTY, io.env) },
      ),
    );
    io.out(
      `${L.window} ${w.from}…${w.to} (${data.aggregate}, ${w.months} ${L.months}): ${L.total} ${fmt(w.totalYoy)} %${comps.map((c, i) => `, ${termText(label[i])} ${fmt(w.contributions[c])} pp`).join("")}${hasComps ? `, ${L.residual} ${fmt(w.residual)} pp` : ""}\n`,
    );
    const d = data.divergence;
    if (d)
      io.out(
        `${L.divergence} ${d.from}…${d.to} (${d.months} ${L.months}): ${termText(data.total)} ${fmt(d.totalGrowth)} % vs ${termText(d.vs)} ${fmt(d.vsGrowth)} %, ${L.gap} ${fmt(d.gap)} pp, z ${fmt(d.z)} ${L.against} ${d.historyMonths} ${L.earlier} ${d.months} ${L.months}\n`,
      );
    printNotes(io, data.notes, langOf(p));
  },
};
