/**
 * `kitchin sectors`: the sector panel of the user's table (packages/jobs, sectors.ts), or the
 * shipped industry panels and the China–US pairs (industriesView.ts), as a table, JSON or CSV.
 */
import { PHASE_IDS, parseMonth, phaseLabel, say, sectorPanel, type SectorInput } from "@kitchin/core";
import { int, str, bool, type ParsedArgs } from "../args.ts";
import type { Command } from "../command.ts";
import { printNotes, toJson } from "../context.ts";
import { UsageError } from "../errors.ts";
import { PHASE_COLOURS, pct, renderTable, useColour } from "../format/table.ts";
import { INPUT_FLAGS } from "../flags.ts";
import { toCsv } from "@kitchin/jobs/node";
import { sectorInputsFromFile, summariseSectors } from "@kitchin/jobs/node";
import { OUTPUT_FLAGS, PHASE_RULE_FLAGS, formatOf, langOf, reversalOptions } from "../options.ts";
import { turnFlags } from "../options.ts";
import { runIndustries, INDUSTRY_FLAGS } from "../industriesView.ts";

export const sectorsCommand: Command = {
  name: "sectors",
  summary:
    "sector panel: each industry's phase, latest phase, and the count and weighted share of industries per phase",
  usage:
    "kitchin sectors (--file F [--sales-file F2] | --dataset us|cn [--group G] [--nominal] | --pairs) [--kind level|yoy] [--mode as-of|ex-post] [--smooth N] [--at YYYY-MM] [--history] [--format table|json|csv] [--lang zh]",
  flags: {
    dataset: {
      type: "string",
      arg: "us|cn",
      description:
        "shipped industry panels: US wholesale/retail sub-industries with sales + manufacturing (implied); China's 31 industries (inventory, real)",
    },
    ...INDUSTRY_FLAGS,
    file: {
      type: "string",
      arg: "F",
      description: "long table (sector, month, inventory[, sales, weight]) or a wide Wind export of inventories",
    },
    "sales-file": {
      type: "string",
      arg: "F",
      description: "wide table of sales with the same industry columns as --file",
    },
    sheet: INPUT_FLAGS.sheet,
    "date-column": INPUT_FLAGS["date-column"],
    kind: {
      type: "string",
      arg: "level|yoy",
      description: "inputs are levels (default; YoY computed, weights = inventory) or YoY in percent",
    },
    mode: {
      type: "string",
      arg: "as-of|ex-post",
      description: "real-time states (default) or turns dated on the whole history",
    },
    smooth: {
      type: "string",
      arg: "N",
      value: "number",
      description: "trailing N-month average of the YoY before dating (default 1 = none)",
    },
    at: { type: "string", arg: "YYYY-MM", description: "read the panel as of this month (data after it is ignored)" },
    history: { type: "boolean", description: "table format: also print the monthly counts" },
    ...PHASE_RULE_FLAGS,
    ...OUTPUT_FLAGS,
  },
  async run(p: ParsedArgs, io) {
    const file = str(p, "file"),
      dataset = str(p, "dataset");
    if (file && dataset) throw new UsageError(say("eitherNotBoth", { a: "--dataset", b: "--file" }));
    if (dataset !== undefined || bool(p, "pairs")) return runIndustries(p, io);
    if (str(p, "group") !== undefined || bool(p, "nominal")) throw new UsageError(say("groupNominal"));
    let inputs: SectorInput[];
    if (file) {
      inputs = await sectorInputsFromFile(file, {
        salesFile: str(p, "sales-file"),
        sheet: str(p, "sheet"),
        dateColumn: str(p, "date-column"),
      });
    } else throw new UsageError(say("sectorsNoInput"));
    const kind = str(p, "kind") ?? "level";
    if (kind !== "level" && kind !== "yoy")
      throw new UsageError(say("flagMustBe", { flag: "kind", allowed: ["level", "yoy"], got: kind }));
    const mode = str(p, "mode") ?? "as-of";
    if (mode !== "as-of" && mode !== "ex-post")
      throw new UsageError(say("flagMustBe", { flag: "mode", allowed: ["as-of", "ex-post"], got: mode }));
    const at = str(p, "at");
    const t = turnFlags(p);
    const panel = sectorPanel(inputs, {
      kind,
      mode,
      smooth: int(p, "smooth", 1) ?? 1,
      turns: t.turns,
      preset: t.preset,
      demandPreset: t.demandPreset,
      reversal: reversalOptions(p),
      at: at === undefined ? undefined : parseMonth(at, "--at"),
    });
    const data = summariseSectors(panel, kind);
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
            "month",
            ...PHASE_IDS.map((id) => `n_${id}`),
            "n_unknown",
            ...PHASE_IDS.map((id) => `w_${id}`),
            "restocking",
            "known",
            "w_restocking",
          ],
          data.months.map((m) => [
            m.month,
            ...m.counts,
            m.unknownPhase,
            ...m.weightShares,
            m.restocking,
            m.knownState,
            m.restockingWeightShare,
          ]),
        ),
      );
      return;
    }
    const lang = langOf(p);
    const colour = useColour(io.isTTY, io.env);
    const s = data.summary;
    const zh = lang === "zh";
    io.out(
      zh
        ? `${data.industries} 个行业，${data.at}（${data.mode === "as-of" ? "实时" : "事后"}；${data.kind === "level" ? "由水平值计算同比，权重 = 库存" : "输入为同比"}）\n`
        : `${data.industries} industries, ${data.at} (${data.mode}; ${data.kind === "level" ? "YoY of levels, weights = inventory" : "YoY inputs"})\n`,
    );
    const state = (s: string | null | undefined) =>
      s && zh ? (({ restocking: "补库", destocking: "去库" } as Record<string, string>)[s] ?? s) : s;
    io.out(
      renderTable(
        zh
          ? ["行业", "阶段", "月数", "库存", "月数", "权重"]
          : ["industry", "phase", "months", "inventory", "months", "weight"],
        data.sectors.map((x) => [
          x.name,
          x.phase ? phaseLabel(PHASE_IDS.indexOf(x.phase as (typeof PHASE_IDS)[number]), lang) : "—",
          x.phase ? String(x.monthsInPhase) : "—",
          state(x.inventoryState) ?? "—",
          x.inventoryState ? String(x.monthsInState) : "—",
          pct(x.weightShare, 0),
        ]),
        {
          colour,
          rowColour: (i) => {
            const ph = data.sectors[i].phase;
            return ph ? PHASE_COLOURS[PHASE_IDS.indexOf(ph as (typeof PHASE_IDS)[number])] : undefined;
          },
        },
      ),
    );
    io.out(
      zh
        ? `补库：${s.knownState} 个行业中 ${s.restocking} 个（${pct(s.restockingShare, 0)}），按权重 ${pct(s.restockingWeightShare, 0)}\n`
        : `restocking: ${s.restocking} of ${s.knownState} industries (${pct(s.restockingShare, 0)}), ${pct(s.restockingWeightShare, 0)} by weight\n`,
    );
    if (data.withSales > 0) {
      io.out(
        PHASE_IDS.map((id, c) => `${phaseLabel(c, lang)}: ${s.counts[id]} (${pct(s.weightShares[id], 0)})`).join(
          zh ? "；" : "; ",
        ) + (zh ? `；未知 ${s.unknownPhase}\n` : `; unknown ${s.unknownPhase}\n`),
      );
    }
    if (bool(p, "history")) {
      io.out(
        "\n" +
          renderTable(
            zh
              ? ["月份", ...PHASE_IDS.map((_, c) => phaseLabel(c, lang)), "未知", "补库", "按权重"]
              : ["month", ...PHASE_IDS.map((_, c) => phaseLabel(c, lang)), "unknown", "restocking", "by weight"],
            data.months.map((m) => [
              m.month,
              ...m.counts.map(String),
              String(m.unknownPhase),
              `${m.restocking}/${m.knownState}`,
              pct(m.restockingWeightShare, 0),
            ]),
          ),
      );
    }
    printNotes(io, data.notes, langOf(p));
  },
};
