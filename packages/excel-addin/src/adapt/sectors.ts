/**
 * CYCLE.SECTORS: the core's sector panel (methods.md §7) over a long table with a header row —
 * `sector, month, inventory[, sales, weight]`, read by the core's `sectorInputsFromTable` (the
 * same reader as `kitchin sectors --file`), dates as text or date cells. Defaults as the CLI:
 * levels (YoY computed, inventory-weighted), as-of states; `at=YYYY-MM` is the core's `at` cut
 * (`kitchin sectors --at`). Out: the latest phase of each sector with the months it has lasted and
 * its weight share in the last month (the core's `weightShare`); with `history=true` the monthly
 * counts and weighted shares instead.
 */
import {
  KitchinError, PHASES, STATE_LABELS, formatMonth, parseMonth, phaseLabel, sectorInputsFromTable, sectorPanel, stateName,
  type Lang, type SectorPanel, type TurnPreset,
  wordOf,
} from "@kitchin/core";
import { table, type Out, type Range } from "../cells.ts";
import { SECTORS_OPTIONS, langOf, parseOptions, reversalOf, turnOptionsOf } from "../options.ts";
import { SECTOR_HEADERS, SECTOR_HISTORY, SECTOR_NO_SALES, noteCell } from "../labels.ts";
import { TURN_KEYS, notWith } from "./only.ts";

export function sectorsOf(range: Range, options?: string | null): Out {
  const o = parseOptions(options, SECTORS_OPTIONS);
  const lang = langOf(o);
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]) || range[0].length === 0) {
    throw new KitchinError("empty", "table range is empty; give a header row (sector, month, inventory[, sales, weight]) and data rows");
  }
  const mode = (o.mode as "as-of" | "ex-post" | undefined) ?? "as-of";
  if (mode === "as-of") notWith(o, TURN_KEYS, "with mode=ex-post");
  else notWith(o, ["reversal", "confirm"], "with mode=as-of");
  const inputs = sectorInputsFromTable(range, { allowSerialDates: true });
  const t = turnOptionsOf(o, "inventory");
  const p = sectorPanel(inputs, {
    kind: (o.kind as "level" | "yoy" | undefined) ?? "level",
    mode,
    smooth: (o.smooth as number | undefined) ?? 1,
    turns: t.turns,
    preset: t.preset,
    demandPreset: (o.demandPreset as TurnPreset | undefined) ?? "monthly",
    reversal: reversalOf(o),
    at: o.at === undefined ? undefined : parseMonth(o.at as string, "option at"),
  });
  if (o.history === true) return table(history(p, lang));
  const rows = latest(p, lang);
  if (p.withSales === 0) rows.push([noteCell(lang), SECTOR_NO_SALES[lang], "", "", "", "", ""]);
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
  const rows: (number | string)[][] = [[SECTOR_HEADERS[lang][1], ...names, h.unknown, ...names.map((n) => n + h.share), h.restocking, h.known, h.restockingShare]];
  for (let t = 0; t < p.length; t++) {
    rows.push([
      formatMonth(p.start + t),
      ...p.counts.map((c) => c[t]), p.unknownPhase[t],
      ...p.weightShares.map((s) => s[t]),
      p.restocking[t], p.knownState[t], p.restockingWeightShare[t],
    ]);
  }
  return rows;
}
