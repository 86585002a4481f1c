/**
 * CYCLE.SECTORS: the core's sector panel (methods.md §7) over a long table with a header row —
 * `sector, month, inventory[, sales, weight]`, read by the core's `sectorInputsFromTable` (the
 * same reader as `kitchin sectors --file`), dates as text or date cells — or over a shipped
 * industry group: `us.wholesale`, `us.retail`, `us.manufacturing`, `cn.mining`,
 * `cn.manufacturing`, `cn.utilities`, a position such as `cn.upstream`, or `us`/`cn` for every
 * group, fetched lazily from the add-in's `data/industries/` and read by the core's
 * `industryBreadth` exactly as `kitchin sectors --dataset us|cn --group G`. Defaults as the CLI:
 * levels (YoY computed, inventory-weighted), as-of states; `at=YYYY-MM` is the core's `at` cut
 * (`kitchin sectors --at`). Out: the latest phase of each sector with the months it has lasted and
 * its weight share in the last month (the core's `weightShare`); with `history=true` the monthly
 * counts and weighted shares instead.
 */
import {
  KitchinError,
  PHASES,
  STATE_LABELS,
  formatMonth,
  messageOf,
  say,
  industryBreadth,
  parseMonth,
  phaseLabel,
  sectorInputsFromTable,
  sectorPanel,
  stateName,
  type IndustryInput,
  type Lang,
  type SectorInput,
  type SectorPanel,
  type TurnPreset,
  deflate,
  wordOf,
  PHASE_PRESETS,
} from "@kitchin/core";
import { CHAIN_POSITIONS, fetchIndustryPanel, type FetchLike, type IndustryPanel } from "@kitchin/datasets";
import { table, type Out, type Range } from "../cells.ts";
import { SECTORS_OPTIONS, langOf, parseOptions, reversalOf, turnOptionsOf } from "../options.ts";
import { SECTOR_HEADERS, SECTOR_HISTORY, noteCell } from "../labels.ts";
import { TURN_KEYS, notWith } from "./only.ts";
import { dataBase } from "./data.ts";

const GROUP_ID = /^(us|cn)(?:\.([a-z-]+))?$/;

/** A range or a shipped group id (a text argument arrives as a 1×1 range). */
export function groupIdOf(range: unknown): string | null {
  const v =
    typeof range === "string"
      ? range
      : Array.isArray(range) && range.length === 1 && Array.isArray(range[0]) && range[0].length === 1
        ? range[0][0]
        : null;
  if (typeof v !== "string") return null;
  const t = v.trim().toLowerCase();
  return GROUP_ID.test(t) ? t : null;
}

const panels = new Map<string, Promise<IndustryPanel>>();
function loadPanel(region: "us" | "cn", fetchFn: FetchLike): Promise<IndustryPanel> {
  let p = panels.get(region);
  if (!p) {
    p = fetchIndustryPanel(region, dataBase(), fetchFn);
    panels.set(region, p);
    p.catch(() => panels.delete(region)); // retried on the next recalculation
  }
  return p;
}

/** CYCLE.SECTORS: a range (synchronous core work) or a shipped group id (fetched once per session). */
export async function sectorsAny(
  range: Range | string,
  options?: string | null,
  fetchFn: FetchLike = (u) => fetch(u),
): Promise<Out> {
  const id = groupIdOf(range);
  if (id === null) return sectorsOf(range as Range, options);
  return sectorsOfGroup(id, options, fetchFn);
}

export async function sectorsOfGroup(id: string, options: string | null | undefined, fetchFn: FetchLike): Promise<Out> {
  const o = parseOptions(options, SECTORS_OPTIONS);
  const lang = langOf(o);
  const [, region, group] = GROUP_ID.exec(id) as RegExpExecArray;
  if ((o.kind as string | undefined) === "yoy") throw new KitchinError("bad-option", say("xlGroupKindYoy"));
  const mode = (o.mode as "as-of" | "ex-post" | undefined) ?? "as-of";
  if (mode === "as-of") notWith(o, TURN_KEYS, "ex-post");
  else notWith(o, ["reversal", "confirm"], "as-of");
  const panel = await loadPanel(region as "us" | "cn", fetchFn);
  let list = panel.industries;
  if (group !== undefined) {
    const groups = panel.groups.map((g) => g.id);
    if (groups.includes(group)) list = list.filter((x) => x.group === group);
    else if ((CHAIN_POSITIONS as readonly string[]).includes(group)) list = list.filter((x) => x.position === group);
    else
      throw new KitchinError(
        "not-found",
        say("xlNotGroup", {
          id,
          groups: groups.map((g) => `${region}.${g}`),
          positions: CHAIN_POSITIONS.map((p) => `${region}.${p}`),
          region,
        }),
      );
  }
  const nominal = o.nominal === true;
  const name = (x: IndustryPanel["industries"][number]) => (lang === "zh" ? x.nameZh : x.name);
  const t = turnOptionsOf(o, "inventory");
  const core = {
    mode,
    smooth: (o.smooth as number | undefined) ?? 1,
    turns: t.turns,
    preset: t.preset,
    demandPreset: (o.demandPreset as TurnPreset | undefined) ?? PHASE_PRESETS.demand,
    reversal: reversalOf(o),
    at: o.at === undefined ? undefined : parseMonth(o.at as string, "option at"),
  };
  if (o.history === true) {
    const inputs: SectorInput[] = list.map((x) => ({
      name: name(x),
      inventory: x.price && !nominal ? deflate(x.inventory, x.price) : x.inventory,
      sales: x.sales,
      weight: x.inventory,
    }));
    return table(history(sectorPanel(inputs, { ...core, kind: "level" }), lang));
  }
  const inputs: IndustryInput[] = list.map((x) => ({
    id: x.id,
    name: name(x),
    group: "g",
    inventory: x.inventory,
    sales: x.sales,
    price: x.price,
  }));
  const g = industryBreadth(inputs, { ...core, nominal }).groups[0];
  const rows: (number | string)[][] = [[...SECTOR_HEADERS[lang]]];
  for (const r of g.industries) {
    const state = stateName(r.inventoryState);
    rows.push([
      r.name,
      formatMonth(g.month),
      phaseLabel(r.code, lang),
      r.code >= 0 ? r.monthsInPhase : "",
      state === null ? STATE_LABELS.unknown[lang] : wordOf(state === "rising" ? "restocking" : "destocking", lang),
      state === null ? "" : r.monthsInState,
      Number.isFinite(r.weight) ? r.weight : "",
    ]);
  }
  if (g.industries.every((r) => r.basis === "inventory"))
    rows.push([noteCell(lang), messageOf("xlSectorsNoSalesColumn", lang), "", "", "", "", ""]);
  return table(rows);
}

export function sectorsOf(range: Range, options?: string | null): Out {
  const o = parseOptions(options, SECTORS_OPTIONS);
  const lang = langOf(o);
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]) || range[0].length === 0) {
    throw new KitchinError("empty", say("xlTableEmpty"));
  }
  const mode = (o.mode as "as-of" | "ex-post" | undefined) ?? "as-of";
  if (mode === "as-of") notWith(o, TURN_KEYS, "ex-post");
  else notWith(o, ["reversal", "confirm"], "as-of");
  const inputs = sectorInputsFromTable(range, { allowSerialDates: true });
  const t = turnOptionsOf(o, "inventory");
  const p = sectorPanel(inputs, {
    kind: (o.kind as "level" | "yoy" | undefined) ?? "level",
    mode,
    smooth: (o.smooth as number | undefined) ?? 1,
    turns: t.turns,
    preset: t.preset,
    demandPreset: (o.demandPreset as TurnPreset | undefined) ?? PHASE_PRESETS.demand,
    reversal: reversalOf(o),
    at: o.at === undefined ? undefined : parseMonth(o.at as string, "option at"),
  });
  if (o.history === true) return table(history(p, lang));
  const rows = latest(p, lang);
  if (p.withSales === 0) rows.push([noteCell(lang), messageOf("xlSectorsNoSalesColumn", lang), "", "", "", "", ""]);
  return table(rows);
}

function latest(p: SectorPanel, lang: Lang): (number | string)[][] {
  const rows: (number | string)[][] = [[...SECTOR_HEADERS[lang]]];
  for (const l of p.latest) {
    const state = stateName(l.inventoryState);
    rows.push([
      l.name,
      Number.isFinite(l.month) ? formatMonth(l.month) : "",
      phaseLabel(l.code, lang),
      l.code >= 0 ? l.monthsInPhase : "",
      state === null ? STATE_LABELS.unknown[lang] : wordOf(state === "rising" ? "restocking" : "destocking", lang),
      state === null ? "" : l.monthsInState,
      l.weightShare,
    ]);
  }
  return rows;
}

function history(p: SectorPanel, lang: Lang): (number | string)[][] {
  const h = SECTOR_HISTORY[lang];
  const names = PHASES.map((x) => phaseLabel(x.code, lang));
  const rows: (number | string)[][] = [
    [
      SECTOR_HEADERS[lang][1],
      ...names,
      h.unknown,
      ...names.map((n) => n + h.share),
      h.restocking,
      h.known,
      h.restockingShare,
    ],
  ];
  for (let t = 0; t < p.length; t++) {
    rows.push([
      formatMonth(p.start + t),
      ...p.counts.map((c) => c[t]),
      p.unknownPhase[t],
      ...p.weightShares.map((s) => s[t]),
      p.restocking[t],
      p.knownState[t],
      p.restockingWeightShare[t],
    ]);
  }
  return rows;
}
