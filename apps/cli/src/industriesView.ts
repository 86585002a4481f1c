/**
 * The faces of `kitchin sectors --dataset us|cn` and `--pairs` (a module, not a command, so that the report shares its
 * labels): the shipped industry panels read by the core's industry breadth (industries.ts) — per group each industry's
 * phase (or inventory state alone, said so), counts and inventory-weighted shares per phase, breadth over
 * time — and the China–US matched pairs. Names reach the terminal through `escapeControl`, CSV through
 * `toCsv`.
 */
import { escapeControl, parseMonth, PHASE_IDS, phaseLabel, say, type Lang } from "@kitchin/core";
import { bool, int, str, type FlagSpecs, type ParsedArgs } from "./args.ts";
import type { Io } from "./context.ts";
import { printNotes, toJson } from "./context.ts";
import { UsageError } from "./errors.ts";
import { PHASE_COLOURS, pct, renderTable, useColour } from "./format/table.ts";
import { industriesData, pairsData, type GroupData, type IndustriesData, type PairsData } from "@kitchin/jobs/node";
import { toCsv } from "@kitchin/jobs/node";
import { formatOf, langOf, reversalOptions, turnFlags } from "./options.ts";

export const INDUSTRY_FLAGS: FlagSpecs = {
  group: {
    type: "string",
    arg: "G",
    description:
      "with --dataset: one group (us: manufacturing|wholesale|retail; cn: mining|manufacturing|utilities) or a position (upstream|midstream|downstream)",
  },
  nominal: {
    type: "boolean",
    description: "with --dataset cn: nominal inventories (default: deflated by each industry's PPI)",
  },
  pairs: {
    type: "boolean",
    description: "China–US matched industries: same or opposite inventory state at --at and over time",
  },
};

import { INDUSTRY_LABELS, phaseText, positionLabel, stateLabel } from "@kitchin/report";

function queryOf(p: ParsedArgs) {
  const mode = str(p, "mode") ?? "as-of";
  if (mode !== "as-of" && mode !== "ex-post")
    throw new UsageError(say("flagMustBe", { flag: "mode", allowed: ["as-of", "ex-post"], got: mode }));
  const kind = str(p, "kind");
  if (kind !== undefined && kind !== "level") throw new UsageError(say("industriesKind"));
  const at = str(p, "at");
  const t = turnFlags(p);
  return {
    mode: mode as "as-of" | "ex-post",
    smooth: int(p, "smooth", 1) ?? 1,
    turns: t.turns,
    preset: t.preset,
    demandPreset: t.demandPreset,
    reversal: reversalOptions(p),
    at: at === undefined ? undefined : parseMonth(at, "--at"),
    nominal: bool(p, "nominal"),
  };
}

export async function runIndustries(p: ParsedArgs, io: Io): Promise<void> {
  const dataset = str(p, "dataset");
  const lang = langOf(p),
    format = formatOf(p);
  if (str(p, "sales-file") !== undefined) throw new UsageError(say("salesFileForFile"));
  if (bool(p, "pairs")) {
    if (dataset !== undefined || str(p, "group") !== undefined) throw new UsageError(say("pairsAlone"));
    const { nominal, ...q } = queryOf(p);
    const d = pairsData({ ...q, nominal });
    return printPairs(d, p, io, lang, format);
  }
  if (dataset !== "us" && dataset !== "cn")
    throw new UsageError(
      say("flagMustBe", { flag: "dataset", allowed: ["us", "cn"], got: String(dataset), what: "industries" }),
    );
  const d = industriesData(dataset, { ...queryOf(p), group: str(p, "group") });
  if (format === "json") {
    io.out(toJson(d));
    return;
  }
  if (format === "csv") {
    printNotes(io, d.notes, lang);
    if (bool(p, "history")) {
      io.out(
        toCsv(
          ["group", "month", "restocking", "known", "w_restocking", "active_restocking"],
          d.groups.flatMap((g) =>
            g.breadth.map((b) => [g.group, b.month, b.restocking, b.known, b.share ?? NaN, b.activeRestocking]),
          ),
        ),
      );
    } else {
      io.out(
        toCsv(
          [
            "group",
            "month",
            "id",
            "code",
            "name",
            "name_zh",
            "position",
            "basis",
            "real",
            "phase",
            "inventory_state",
            "months_in_phase",
            "months_in_state",
            "level",
            "weight",
          ],
          d.groups.flatMap((g) =>
            g.industries.map((r) => [
              g.group,
              g.month,
              r.id,
              r.code,
              r.name,
              r.nameZh,
              r.position,
              r.basis,
              r.real ? 1 : 0,
              r.phase,
              r.inventoryState,
              r.monthsInPhase,
              r.monthsInState,
              r.level ?? NaN,
              r.weight ?? NaN,
            ]),
          ),
        ),
      );
    }
    return;
  }
  io.out(industriesText(d, lang, useColour(io.isTTY, io.env), bool(p, "history")));
  printNotes(io, d.notes, lang);
}

/** The terminal table of one group (also what the report's text fallback would say). */
export function groupText(g: GroupData, lang: Lang, colour = false): string {
  const L = INDUSTRY_LABELS[lang];
  const basis = g.basis === "phase" ? L.phaseBasis : g.basis === "inventory" ? L.inventoryOnly : L.mixed;
  const n = g.industries.length;
  const title = `${escapeControl(lang === "zh" ? g.nameZh : g.name)} · ${g.month} · ${n} ${lang === "en" && n === 1 ? "industry" : L.industries} (${basis}${g.industries.some((r) => r.real) ? `, ${L.real}` : ""})\n`;
  const rows = g.industries.map((r) => [
    escapeControl(lang === "zh" ? r.nameZh : r.name),
    escapeControl(r.code),
    positionLabel(r.position, lang),
    phaseText(r.phase, lang),
    r.phase !== "unknown" ? String(r.monthsInPhase) : "—",
    stateLabel(r.inventoryState, lang),
    r.inventoryState !== "unknown" ? String(r.monthsInState) : "—",
    pct(r.weight, 1),
  ]);
  const table = renderTable(
    [L.industry, L.code, L.position, L.phase, L.months, L.inventory, L.months, L.weight],
    rows,
    {
      colour,
      rowColour: (i) => {
        const c = (PHASE_IDS as readonly string[]).indexOf(g.industries[i].phase);
        return c >= 0 ? PHASE_COLOURS[c] : undefined;
      },
    },
  );
  const st = g.states;
  let tail = `${L.restockingOf}: ${st.counts.restocking}/${g.industries.length - st.counts.unknown} (${L.byWeight} ${pct(st.shares.restocking, 0)})`;
  if (g.basis !== "inventory") {
    tail +=
      "; " +
      PHASE_IDS.map((id) => `${phaseText(id, lang)} ${g.counts[id]} (${pct(g.shares[id], 0)})`).join("; ") +
      `; ${L.unknown} ${g.counts.unknown} (${pct(g.shares.unknown, 0)})`;
  }
  return title + table + tail + "\n";
}

function industriesText(d: IndustriesData, lang: Lang, colour: boolean, history: boolean): string {
  const L = INDUSTRY_LABELS[lang];
  let out = d.groups.map((g) => groupText(g, lang, colour)).join("\n");
  if (history) {
    for (const g of d.groups) {
      out +=
        `\n${escapeControl(lang === "zh" ? g.nameZh : g.name)}\n` +
        renderTable(
          [L.month, L.restockingOf, L.industries, L.byWeight, phaseLabel(1, lang)],
          g.breadth.map((b) => [
            b.month,
            String(b.restocking),
            String(b.known),
            pct(b.share, 0),
            String(b.activeRestocking),
          ]),
        );
    }
  }
  return out;
}

function printPairs(d: PairsData, p: ParsedArgs, io: Io, lang: Lang, format: "table" | "json" | "csv"): void {
  if (format === "json") {
    io.out(toJson(d));
    return;
  }
  const L = INDUSTRY_LABELS[lang];
  const rel = (r: string) => (r === "same" ? L.same : r === "opposite" ? L.opposite : L.unknown);
  if (format === "csv") {
    printNotes(io, d.notes, lang);
    if (bool(p, "history"))
      io.out(
        toCsv(
          ["month", "same", "opposite", "unknown"],
          d.overTime.map((r) => [r.month, r.same, r.opposite, r.unknown]),
        ),
      );
    else
      io.out(
        toCsv(
          ["month", "theme", "cn", "cn_state", "us", "us_state", "us_phase", "relation"],
          d.pairs.map((r) => [d.at, r.theme, r.cn.id, r.cn.state, r.us.id, r.us.state, r.us.phase, r.relation]),
        ),
      );
    return;
  }
  const nm = (x: { name: string; nameZh: string }) => escapeControl(lang === "zh" ? x.nameZh : x.name);
  io.out(`${L.china} – ${L.us} · ${d.at}\n`);
  io.out(
    renderTable(
      [L.theme, L.china, L.inventory, L.us, L.inventory, L.usPhase, L.relation],
      d.pairs.map((r) => [
        escapeControl(lang === "zh" ? r.themeZh : r.theme),
        nm(r.cn),
        stateLabel(r.cn.state, lang),
        nm(r.us),
        stateLabel(r.us.state, lang),
        phaseText(r.us.phase, lang),
        rel(r.relation),
      ]),
    ),
  );
  io.out(`${L.same} ${d.summary.same}, ${L.opposite} ${d.summary.opposite}, ${L.unknown} ${d.summary.unknown}\n`);
  if (bool(p, "history")) {
    io.out(
      "\n" +
        renderTable(
          [L.month, L.same, L.opposite, L.unknown],
          d.overTime.map((r) => [r.month, String(r.same), String(r.opposite), String(r.unknown)]),
        ),
    );
  }
  printNotes(io, d.notes, lang);
}
