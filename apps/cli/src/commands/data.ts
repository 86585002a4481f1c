/**
 * `kitchin data list|show|export`: the shipped datasets (packages/datasets, DATA.md);
 * `kitchin data import|history|undo|remove`: the user's data folder (userData/, docs/data.md).
 */
import { writeChecked, writeDatasetXlsx } from "@kitchin/jobs/node";
import { inLang, messageOf, say, shortText, wordOf } from "@kitchin/core";
import { datasetList, exportTable, seriesPoints } from "@kitchin/jobs/node";
import { importFile, MAX_REVISIONS, type ImportResult } from "@kitchin/jobs/node";
import { inForce, readHistory, removeSeries, undo } from "@kitchin/jobs/node";
import { kitchinHome } from "@kitchin/jobs/node";

import { bool, str } from "../args.ts";
import type { Command } from "../command.ts";
import { toJson } from "../context.ts";
import { UsageError } from "../errors.ts";
import { renderTable, useColour } from "../format/table.ts";
import { toCsv } from "@kitchin/jobs/node";
import { OUTPUT_FLAGS, formatOf, langOf, monthFlags } from "../options.ts";

export const dataCommand: Command = {
  name: "data",
  positionals: "SUB-COMMAND [ID…]",
  summary: "list, show and export the shipped China and US series; import your newer data",
  usage:
    "kitchin data list [--dataset cn|us] [--group G] | data show ID [--from YYYY-MM --to YYYY-MM] | data export (ID… | --dataset cn|us) [--out F.csv|.json|.xlsx] | data import FILE [--map COLUMN=SERIES_ID]… [--dry-run] [--accept-revisions] [--force] | data history | data undo [N] | data remove ID",
  flags: {
    dataset: { type: "string", arg: "cn|us", description: "only this region" },
    group: { type: "string", arg: "macro|asset|futures|reference", description: "only this group" },
    ...monthFlags("the months shown or exported"),
    out: { type: "string", arg: "F", description: "export to a file (.csv, .json or .xlsx)" },
    map: {
      type: "string",
      multiple: true,
      arg: "COLUMN=ID",
      description: "import: the shipped series a column extends (known Wind ids and names map without it)",
    },
    sheet: { type: "string", arg: "NAME", description: "import: sheet of an XLSX or XLS file (default: the first)" },
    "dry-run": {
      type: "boolean",
      description: "import: print what would change (months added, revised, flags) and write nothing",
    },
    "accept-revisions": {
      type: "boolean",
      description: `import: allow revising more than ${MAX_REVISIONS} existing months of a series`,
    },
    force: {
      type: "boolean",
      description: "import: import a column the concept guard refuses (recorded in the history)",
    },
    ...OUTPUT_FLAGS,
  },
  async run(p, io) {
    const [sub, ...ids] = p.positionals;
    const format = formatOf(p);
    // What each sub-command prints: a refusal names the formats that exist.
    const formats =
      sub === "export"
        ? ["csv", "json"]
        : sub === "list" || sub === "show"
          ? ["table", "json", "csv"]
          : ["table", "json"];
    const given = str(p, "format");
    if (given !== undefined && !formats.includes(given))
      throw new UsageError(say("formatNotPrinted", { command: `data ${sub ?? ""}`, given, formats }));
    const zh = langOf(p) === "zh";
    if (sub === "import") {
      if (ids.length !== 1) throw new UsageError(say("dataImportOneFile"));
      const maps = p.flags.map;
      const r = await importFile(ids[0], {
        maps: Array.isArray(maps) ? maps : [],
        sheet: str(p, "sheet"),
        dryRun: bool(p, "dry-run"),
        acceptRevisions: bool(p, "accept-revisions"),
        force: bool(p, "force"),
        env: io.env,
      });
      if (format === "json") {
        io.out(toJson(r));
        return;
      }
      printImport(r, io.out, zh);
      return;
    }
    if (sub === "history") {
      if (ids.length) throw new UsageError(say("dataHistoryNoArg"));
      const h = readHistory();
      const live = new Set(inForce(h).map((e) => e.n));
      if (format === "json") {
        io.out(
          toJson({
            home: kitchinHome(),
            history: h.map((e) => ({ ...e, inForce: e.kind !== "undo" && live.has(e.n) })),
          }),
        );
        return;
      }
      if (h.length === 0) {
        io.out(`${messageOf("historyEmpty", langOf(p), { home: kitchinHome() })}\n`);
        return;
      }
      io.out(
        renderTable(
          zh
            ? ["#", "时间", "操作", "序列 (+新增 ~修订)", "生效", "版本"]
            : ["#", "when", "what", "series (+added ~revised)", "in force", "generation"],
          h.map((e) => [
            String(e.n),
            e.at.slice(0, 19).replace("T", " "),
            e.kind === "import"
              ? `import ${e.file ?? ""}${e.acceptedRevisions ? " (--accept-revisions)" : ""}${e.forced?.length ? " (--force)" : ""}`
              : e.kind === "undo"
                ? `undo #${(e.undoes ?? []).join(", #")}`
                : `remove ${(e.removed ?? []).join(", ")}`,
            e.series.map((c) => `${c.id} +${c.added} ~${c.revised}`).join("; "),
            e.kind === "undo" ? "" : live.has(e.n) ? (zh ? "是" : "yes") : zh ? "已撤销" : "undone",
            e.generation,
          ]),
        ),
      );
      for (const e of h) for (const f of e.forced ?? []) io.out(`#${e.n} forced: ${shortText(f, 300)}\n`);
      return;
    }
    if (sub === "undo") {
      if (ids.length > 1) throw new UsageError(say("dataUndoOne"));
      const count = ids.length ? Number(ids[0]) : 1;
      if (!Number.isInteger(count) || count < 1) throw new UsageError(say("dataUndoN", { got: ids[0] }));
      const r = await undo(count, io.env);
      if (format === "json") {
        io.out(toJson(r));
        return;
      }
      io.out(
        `${messageOf("undid", langOf(p), { undid: r.undid.map((e) => `#${e.n} (${e.kind}${e.file ? ` ${e.file}` : ""})`), restored: r.restored ?? undefined, entry: r.entry })}\n`,
      );
      return;
    }
    if (sub === "remove") {
      if (ids.length !== 1) throw new UsageError(say("dataOneId", { sub: "remove", example: "cn.revenue_yoy" }));
      const r = await removeSeries(ids[0], io.env);
      if (format === "json") {
        io.out(toJson(r));
        return;
      }
      io.out(`${messageOf("removed", langOf(p), { ids: r.removed, entry: r.entry })}\n`);
      return;
    }
    if (sub === "list") {
      if (ids.length) throw new UsageError(say("dataListNoArg", { got: shortText(ids[0], 40) }));
      const { list, imported: imp, home } = datasetList(str(p, "dataset"), str(p, "group"));
      if (format === "json") {
        io.out(
          toJson({
            series: list.map((e) => ({
              id: e.id,
              name: e.name,
              nameZh: e.nameZh,
              unit: e.unit,
              lag: e.lag,
              start: e.start,
              end: imp.get(e.id)?.end ?? e.end,
              kind: e.kind,
              group: e.group,
              source: e.source,
              ...(imp.has(e.id) ? { imported: imp.get(e.id), shippedEnd: e.end } : {}),
            })),
            home,
          }),
        );
      } else if (format === "csv") {
        io.out(
          toCsv(
            ["id", "name", "nameZh", "unit", "kind", "lag", "start", "end", "source", "importedMonths"],
            list.map((e) => [
              e.id,
              e.name,
              e.nameZh,
              e.unit,
              e.kind,
              e.lag,
              e.start,
              imp.get(e.id)?.end ?? e.end,
              e.source,
              imp.get(e.id)?.months ?? 0,
            ]),
          ),
        );
      } else {
        io.out(
          renderTable(
            [
              "id",
              zh ? "名称" : "name",
              zh ? "单位" : "unit",
              zh ? "滞后" : "lag",
              zh ? "起" : "from",
              zh ? "止" : "to",
              zh ? "导入" : "imported",
            ],
            list.map((e) => {
              const x = imp.get(e.id);
              return [
                e.id,
                zh ? e.nameZh : e.name,
                e.unit,
                String(e.lag),
                e.start,
                x?.end ?? e.end,
                x ? messageOf("listImportedCell", langOf(p), { months: x.months, end: e.end }) : "",
              ];
            }),
            { colour: useColour(io.isTTY, io.env) },
          ),
        );
        if (imp.size) io.out(`${messageOf("listExtended", langOf(p), { n: imp.size, home })}\n`);
      }
      return;
    }
    if (sub === "show") {
      if (ids.length !== 1) throw new UsageError(say("dataOneId", { sub: "show", example: "cn.inventory_yoy" }));
      const { series: d, points } = seriesPoints(ids[0], str(p, "from"), str(p, "to"));
      if (format === "json")
        io.out(
          toJson({
            id: d.entry.id,
            name: d.entry.name,
            nameZh: d.entry.nameZh,
            unit: d.entry.unit,
            lag: d.entry.lag,
            points,
          }),
        );
      else if (format === "csv")
        io.out(
          toCsv(
            ["date", "value", "flags"],
            points.map((x) => [x.date, x.value, x.flags.join(";")]),
          ),
        );
      else {
        const span = points.length ? `${points[0].date}…${points[points.length - 1].date}` : "—";
        io.out(
          zh
            ? `${d.entry.id} — ${d.entry.nameZh}（${d.entry.unit}；发布滞后 ${d.entry.lag} 个月；${span}）\n`
            : `${d.entry.id} — ${d.entry.name} (${d.entry.unit}; release lag ${d.entry.lag} month${d.entry.lag === 1 ? "" : "s"}; ${span})\n`,
        );
        io.out(
          renderTable(
            zh ? ["日期", "数值", "标记"] : ["date", "value", "flags"],
            points.map((x) => [x.date, x.value === null ? "" : String(x.value), x.flags.join(";")]),
          ),
        );
        io.out(`${zh ? "来源" : "source"}: ${d.entry.source}\n`);
      }
      return;
    }
    if (sub === "export") {
      const { list, header, rows } = exportTable(ids, str(p, "dataset"), str(p, "group"), str(p, "from"), str(p, "to"));
      const out = str(p, "out");
      const kind = out
        ? out.toLowerCase().endsWith(".xlsx")
          ? "xlsx"
          : out.toLowerCase().endsWith(".json")
            ? "json"
            : "csv"
        : format === "json"
          ? "json"
          : "csv";
      const json = () =>
        toJson({
          series: list.map((d) => ({
            id: d.entry.id,
            name: d.entry.name,
            nameZh: d.entry.nameZh,
            unit: d.entry.unit,
            lag: d.entry.lag,
          })),
          rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))),
        });
      if (!out) {
        io.out(kind === "json" ? json() : toCsv(header, rows));
        return;
      }
      if (kind === "xlsx") await writeDatasetXlsx(out, header, rows, list);
      else writeChecked(out, kind === "json" ? json() : toCsv(header, rows));
      io.err(`${messageOf("exportWrote", langOf(p), { series: list.length, months: rows.length, out })}\n`);
      return;
    }
    throw new UsageError(say("dataSubCommand", { sub }));
  },
};

/** The change set of an import (or a dry run) as text; names from the file are escaped (shortText). */
function printImport(r: ImportResult, out: (t: string) => void, zh: boolean): void {
  const lang = zh ? "zh" : "en";
  out(
    `${messageOf("importHead", lang, { how: r.dryRun ? "dry-run" : r.changed ? "imported" : "unchanged", file: shortText(r.file, 200), home: r.home, entry: r.entry ?? undefined, generation: r.generation ?? undefined })}\n`,
  );
  const head = zh
    ? ["序列", "来源列", "月数", "起", "止", "小数位", "新增", "修订", "最大修订", "与内置相同", "失去标记", "数据截至"]
    : [
        "series",
        "from",
        "months",
        "first",
        "last",
        "decimals",
        "added",
        "revised",
        "largest revision",
        "same as shipped",
        "flags dropped",
        "now through",
      ];
  out(
    renderTable(
      head,
      r.series.map((x) => [
        x.id,
        x.derived ? `(${x.from})` : x.from,
        String(x.months),
        x.first,
        x.last,
        x.precision === null ? "" : String(x.precision),
        String(x.added),
        String(x.revisions.length),
        x.largest ? `${x.largest.month}: ${x.largest.old} → ${x.largest.new}` : "",
        String(x.keptShipped),
        x.flagsAffected.map((f) => `${f.month} ${f.flags.join(";")}`).join(", "),
        x.through,
      ]),
    ),
  );
  for (const x of r.series)
    if (!x.derived)
      for (const v of x.revisions)
        out(`${messageOf("importRevisionLine", lang, { id: x.id, month: v.month, old: v.old, new: v.new })}\n`);
  if (!r.changed && !r.dryRun) out(`${messageOf("importUnchanged", lang)}\n`);
  for (const f of r.forced)
    out(
      `${messageOf("importForced", lang, { id: f.id, column: shortText(f.column), reason: shortText(inLang(f.reason, lang), 300) })}\n`,
    );
  if (r.skipped.length) out(`${messageOf("importSkipped", lang, { names: r.skipped.map((n) => shortText(n)) })}\n`);
  for (const n of r.notes) out(`${wordOf("note", lang)}: ${shortText(inLang(n, lang), 400)}\n`);
}
