/** `kitchin decompose`: the decomposition job (packages/jobs, decompose.ts) as a table, JSON or CSV. */
import { say } from "@kitchin/core";
import { int, str, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { sourceRequest } from "../requests.ts";
import { printNotes, toJson } from "../context.ts";
import { seriesName } from "@kitchin/report";
import { UsageError } from "../errors.ts";
import { fmt, renderTable, useColour, termText } from "../format/table.ts";
import { INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import { OUTPUT_FLAGS, formatOf, langOf, monthFlags } from "../options.ts";
import { monthRange } from "../options.ts";
import { DECOMPOSE_DEFAULTS, DECOMPOSE_TERMS, computeDecomposition, specContext } from "@kitchin/jobs/node";

export const decomposeCommand: Command = {
  name: "decompose",
  summary: "inventory growth = value added + PPI + inventory/sales ratio + residual, month by month; real inventory",
  usage:
    "kitchin decompose (--dataset cn|us | --inventory SPEC --value-added SPEC --price SPEC (--ratio SPEC | --demand SPEC)) [--file F] [--form additive|log] [--from YYYY-MM] [--to YYYY-MM] [--last N] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    inventory: {
      type: "string",
      arg: "SPEC",
      description: "inventory YoY (id or column; modifiers as in kitchin lead)",
    },
    "value-added": { type: "string", arg: "SPEC", description: "value added (volume) YoY" },
    price: {
      type: "string",
      arg: "SPEC",
      description: "producer prices YoY (also the deflator of the real-inventory columns)",
    },
    ratio: { type: "string", arg: "SPEC", description: "YoY of the inventory/sales ratio" },
    demand: {
      type: "string",
      arg: "SPEC",
      description: "demand (sales, revenue) YoY, to derive the ratio's YoY exactly",
    },
    sales: { type: "string", arg: "SPEC", description: "old spelling of --demand", deprecatedFor: "demand" },
    form: {
      type: "string",
      arg: "additive|log",
      description: "percent terms (default) or log points (exactly additive)",
    },
    ...monthFlags("the months shown"),
    last: {
      type: "string",
      arg: "N",
      value: "number",
      description: "table format: show the last N months (default 12)",
    },
    ...OUTPUT_FLAGS,
  },
  async run(p: ParsedArgs, io) {
    const region = str(p, "dataset");
    if (region !== undefined && region !== "cn" && region !== "us")
      throw new UsageError(say("flagMustBe", { flag: "dataset", allowed: ["cn", "us"], got: region }));
    const def = region ? DECOMPOSE_DEFAULTS[region] : undefined;
    const pick = (flag: string, d?: string) => str(p, flag) ?? d;
    const inventory = pick("inventory", def?.inventory),
      valueAdded = pick("value-added", def?.valueAdded),
      price = pick("price", def?.price);
    if (!inventory || !valueAdded || !price) throw new UsageError(say("decomposeSeries"));
    const ratio = str(p, "ratio");
    if (ratio && str(p, "demand")) throw new UsageError(say("eitherNotBoth", { a: "--ratio", b: "--demand" }));
    const sales = ratio ? undefined : pick("demand", def?.sales);
    const form = str(p, "form") ?? "additive";
    if (form !== "additive" && form !== "log")
      throw new UsageError(say("flagMustBe", { flag: "form", allowed: ["additive", "log"], got: form }));
    const data = computeDecomposition(
      { inventory, valueAdded, price, ratio, sales, form, ...monthRange(p) },
      await specContext(sourceRequest(p)),
    );
    const format = formatOf(p);
    if (format === "json") {
      io.out(toJson(data));
      return;
    }
    if (format === "csv") {
      printNotes(io, data.notes, langOf(p));
      io.out(
        toCsv(
          ["month", ...DECOMPOSE_TERMS],
          data.rows.map((r) => [r.month, ...DECOMPOSE_TERMS.map((k) => r[k])]),
        ),
      );
      return;
    }
    const last = int(p, "last", 1) ?? 12;
    const s = data.summary;
    const lang = langOf(p);
    const zh = lang === "zh";
    const n = (x: string) => seriesName(x, lang);
    const shown = data.rows.slice(-last);
    const rowsSpan = shown.length ? `${shown[0].month}…${shown[shown.length - 1].month}` : "—";
    io.out(
      zh
        ? `${termText(`${n(data.series.inventory)} ≈ ${n(data.series.valueAdded)} + ${n(data.series.price)} + 库存销售比（${data.series.ratio ? n(data.series.ratio) : `由 ${n(data.series.sales!)} 推算`}）`)} + 残差；${data.form === "log" ? "对数点" : "百分比"}；${s.months} 个月 ${s.from ?? ""}…${s.to ?? ""}（表中最近 ${shown.length} 个月 ${rowsSpan}）\n`
        : `${termText(`${data.series.inventory} ≈ ${data.series.valueAdded} + ${data.series.price} + ratio (${data.series.ratio ?? `from ${data.series.sales}`})`)} + residual; ${data.form === "log" ? "log points" : "percent"}; ${s.months} months ${s.from ?? ""}…${s.to ?? ""}\n`,
    );
    io.out(
      renderTable(
        zh
          ? ["月份", "库存", "增加值", "价格", "库存销售比", "残差", "实际（精确）", "实际（差分）"]
          : ["month", "inventory", "value added", "price", "ratio", "residual", "real (exact)", "real (diff)"],
        data.rows
          .slice(-last)
          .map((r) => [
            r.month,
            fmt(r.inventory),
            fmt(r.valueAdded),
            fmt(r.price),
            fmt(r.ratio),
            fmt(r.residual),
            fmt(r.realExact),
            fmt(r.realDifference),
          ]),
        { colour: useColour(io.isTTY, io.env) },
      ),
    );
    io.out(
      zh
        ? `均值：库存 ${fmt(s.mean.inventory)}，增加值 ${fmt(s.mean.valueAdded)}，价格 ${fmt(s.mean.price)}，库存销售比 ${fmt(s.mean.ratio)}，残差 ${fmt(s.mean.residual)}（平均 |残差| ${fmt(s.meanAbsResidual)}）\n`
        : `means: inventory ${fmt(s.mean.inventory)}, value added ${fmt(s.mean.valueAdded)}, price ${fmt(s.mean.price)}, ratio ${fmt(s.mean.ratio)}, residual ${fmt(s.mean.residual)} (mean |residual| ${fmt(s.meanAbsResidual)})\n`,
    );
    io.out(
      zh
        ? `与库存同比的相关系数：合计 ${fmt(s.corr.explained)}，增加值 ${fmt(s.corr.valueAdded)}，价格 ${fmt(s.corr.price)}，库存销售比 ${fmt(s.corr.ratio)}\n`
        : `correlation with inventory YoY: explained ${fmt(s.corr.explained)}, value added ${fmt(s.corr.valueAdded)}, price ${fmt(s.corr.price)}, ratio ${fmt(s.corr.ratio)}\n`,
    );
    printNotes(io, data.notes, langOf(p));
  },
};
