/**
 * `kitchin lead`: the leading-indicator table (methods.md §4) — turning-point
 * matching (matched, missed, extra; mean, median, min, max lead) and the cross-correlation's
 * best lag for each indicator against one target.
 *
 * Series are shipped ids (`cn.ppi_yoy`) or columns of `--file`, each optionally followed by
 * modifiers (documented in docs/macro.md):
 *   :inv            the indicator moves against the target (e.g. the inventory/sales ratio)
 *   :yoy            12-month growth of a level series, in percent
 *   :amp=X          minimum amplitude for this series' turns, in its own unit
 *   :minus=NAME     difference with another series (e.g. cn.m1_yoy:minus=cn.m2_yoy)
 *   :real=NAME      real growth, deflated by NAME (exact form, methods.md §1)
 *   :realdiff=NAME  real growth, difference form (note 003's 库存同比 − PPI同比)
 */
import { LEAD_DEFAULTS, type LeadOptions } from "@kitchin/core";
import { bool, int, list, str } from "../args.ts";
import type { Command } from "../command.ts";
import { sourceRequest } from "../requests.ts";
import { printNotes, toJson } from "../context.ts";
import { seriesName } from "@kitchin/report";
import { UsageError } from "../errors.ts";
import { useColour, termText } from "../format/table.ts";
import { INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import { OUTPUT_FLAGS, TURN_FLAGS, formatOf, langOf, monthRange, turnFlags, monthFlags } from "../options.ts";
import { specContext } from "@kitchin/jobs/node";
import { say } from "@kitchin/core";
import { DEFAULT_INDICATORS, computeLeadTable } from "@kitchin/jobs/node";
import { renderLeadTable } from "../format/lead.ts";

/** Both target and indicators are dated with one set of rules (no separate demand preset here). */
const { "demand-preset": _demandPreset, ...LEAD_TURN_FLAGS } = TURN_FLAGS;

export const leadCommand: Command = {
  name: "lead",
  positionals: "indicators after --indicator",
  summary: "leading-indicator table: turning-point leads and cross-correlation against a target",
  usage:
    "kitchin lead (--dataset cn|us | --target ID|COLUMN --indicator ID|COLUMN…) [--file F] [--max-lead N] [--max-lag N] [--max-corr-lag K] [--from YYYY-MM] [--to YYYY-MM] [turning-point flags] [--details] [--format table|json|csv]",
  flags: {
    ...INPUT_FLAGS,
    target: { type: "string", arg: "ID|COLUMN", description: "the series whose turns are led (e.g. cn.inventory_yoy)" },
    indicator: {
      type: "string",
      multiple: true,
      arg: "ID|COLUMN[:mod]",
      description:
        "an indicator; repeat for a table (modifiers :inv :yoy :amp=X :minus=NAME :real=NAME :realdiff=NAME)",
    },
    "max-lead": {
      type: "string",
      arg: "N",
      value: "number",
      description: `longest lead matched, months (default ${LEAD_DEFAULTS.maxLead})`,
    },
    "max-lag": {
      type: "string",
      arg: "N",
      value: "number",
      description: `longest lag matched, months (default ${LEAD_DEFAULTS.maxLag})`,
    },
    "max-corr-lag": {
      type: "string",
      arg: "K",
      value: "number",
      description: `cross-correlation lags −K…K (default ${LEAD_DEFAULTS.maxCorrLag})`,
    },
    ...monthFlags("the target's window"),
    details: { type: "boolean", description: "list the matched, missed and extra turns" },
    ...LEAD_TURN_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p, io) {
    const ctx = await specContext(sourceRequest(p));
    const region = str(p, "dataset");
    if (region !== undefined && region !== "cn" && region !== "us")
      throw new UsageError(say("flagMustBe", { flag: "dataset", allowed: ["cn", "us"], got: region }));
    const target = str(p, "target") ?? (region ? DEFAULT_INDICATORS[region].target : undefined);
    // `--indicator A B C` works as well as `--indicator A --indicator B …` (the words after the flag).
    let indicators = [...list(p, "indicator"), ...p.positionals];
    if (p.positionals.length && list(p, "indicator").length === 0)
      throw new UsageError(say("leadStray", { word: p.positionals[0] }));
    if (indicators.length === 0 && region) indicators = DEFAULT_INDICATORS[region].indicators;
    if (!target) throw new UsageError(say("leadTarget"));
    if (indicators.length === 0) throw new UsageError(say("leadIndicator"));
    const { from, to } = monthRange(p);
    const { turns, preset } = turnFlags(p);
    const options: LeadOptions = {
      turns,
      preset,
      maxLead: int(p, "max-lead", 0),
      maxLag: int(p, "max-lag", 0),
      maxCorrLag: int(p, "max-corr-lag", 0),
    };
    const data = computeLeadTable({ target, indicators, options, from, to }, ctx);
    const format = formatOf(p);
    if (format === "json") {
      io.out(toJson(data));
      return;
    }
    if (format === "csv") {
      printNotes(io, data.notes, langOf(p));
      io.out(
        toCsv(
          [
            "indicator",
            "inverted",
            "matched",
            "missed",
            "extra",
            "meanLead",
            "medianLead",
            "minLead",
            "maxLead",
            "bestLag",
            "bestCorr",
          ],
          data.rows.map((r) => [
            r.indicator,
            r.inverted,
            r.matched,
            r.missed,
            r.extra,
            r.meanLead,
            r.medianLead,
            r.minLead,
            r.maxLead,
            r.bestLag,
            r.bestCorr,
          ]),
        ),
      );
      return;
    }
    const w = data.params;
    const lang = langOf(p);
    const span =
      w.from || w.to
        ? `${w.from ?? (lang === "zh" ? "起点" : "start")}…${w.to ?? (lang === "zh" ? "终点" : "end")}`
        : lang === "zh"
          ? "全部数据"
          : "all data";
    io.out(
      lang === "zh"
        ? `相对 ${termText(seriesName(target, lang))} 拐点的领先月数（+ = 指标先转向；匹配窗口 −${w.maxLag}…+${w.maxLead}，${w.preset} 预设，${span}）；互相关的最佳滞后（−${w.maxCorrLag}…${w.maxCorrLag}）\n`
        : `leads over ${termText(target)} turns (months; + = indicator first; window −${w.maxLag}…+${w.maxLead}, ${w.preset} preset, ${span}); best lag of the cross-correlation (−${w.maxCorrLag}…${w.maxCorrLag})\n`,
    );
    io.out(renderLeadTable(data, useColour(io.isTTY, io.env), lang));
    if (bool(p, "details")) {
      for (const d of data.details) {
        io.out(`\n${termText(d.indicator)}\n`);
        for (const m of d.matches)
          io.out(`  ${m.target} ${m.type} ← ${termText(m.indicator)} (${m.lead > 0 ? "+" : ""}${m.lead})\n`);
        const zh = lang === "zh";
        if (d.missed.length) io.out(`  ${zh ? "遗漏" : "missed"}: ${d.missed.join(", ")}\n`);
        if (d.extra.length) io.out(`  ${zh ? "多余" : "extra"}: ${d.extra.join(", ")}\n`);
        if (d.unmatchable.length)
          io.out(`  ${zh ? "离两端太近，无法判断" : "too near the ends to judge"}: ${d.unmatchable.join(", ")}\n`);
      }
    }
    printNotes(io, data.notes, langOf(p));
  },
};
