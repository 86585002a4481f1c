/**
 * CYCLE.TURNS and CYCLE.CYCLES: the core's turning points and inventory cycles as tables with a
 * header row naming months (`YYYY-MM`); the dates come first and may run oldest or newest first,
 * then (CYCLES) demand and inventory, the order of every cycle function.
 * TURNS dates with Bry–Boschan's monthly rules unless a preset is given, as `kitchin turns` does.
 */
import {
  KitchinError,
  analyseCycle,
  formatMonth,
  phaseLabel,
  say,
  seriesCycles,
  turns,
  type Cycle,
  type CurrentCycle,
  type Lang,
  wordOf,
} from "@kitchin/core";
import { appendNotes, axisOf, leftEmpty, onAxis, table, type Out, type Range } from "../cells.ts";
import { CYCLE_OPTIONS, TURNS_OPTIONS, cycleAnalysisOf, langOf, parseOptions, turnOptionsOf } from "../options.ts";

export function turnsOf(dates: Range, values: Range, options?: string | null): Out {
  const o = parseOptions(options, TURNS_OPTIONS);
  const lang = langOf(o);
  const t = turnOptionsOf(o, "monthly"); // as `kitchin turns`
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const s = onAxis(ax, values, "values");
  const rows: (number | string)[][] = [
    [wordOf("date", lang), wordOf("type", lang), wordOf("value", lang), wordOf("closeCall", lang)],
  ];
  for (const turn of turns(s.values, t.turns, t.preset)) {
    rows.push([formatMonth(s.start + turn.index), wordOf(turn.type, lang), turn.value, turn.closeCall ?? ""]);
  }
  return appendNotes(table(rows), ax);
}

/**
 * Cycles as `kitchin cycles` computes them (the core's `analyseCycle`): CYCLE.CYCLES(dates, demand,
 * inventory), the order of every cycle function; demand left empty gives lengths only.
 */
export function cyclesOf(
  dates: Range,
  demand: Range | null | undefined,
  inventory: Range | null | undefined,
  options?: string | null,
): Out {
  const o = parseOptions(options, CYCLE_OPTIONS);
  const lang = langOf(o);
  // Until 0.2.0 inventory came second and demand was optional: an old two-range call now has no inventory.
  if (leftEmpty(inventory)) throw new KitchinError("empty", say("xlCyclesNoInventory"));
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const inv = onAxis(ax, inventory, "inventory");
  const hasDemand = !leftEmpty(demand);
  let start: number, list: Cycle[], now: CurrentCycle | null;
  if (hasDemand) {
    const a = analyseCycle(onAxis(ax, demand, "demand"), inv, cycleAnalysisOf(o));
    ax.notes.push(...a.notes);
    start = a.history.start;
    list = a.cycles;
    now = a.current;
  } else {
    if (o.demandPreset !== undefined) throw new KitchinError("bad-option", say("xlDemandPresetAlone"));
    const t = turnOptionsOf(o);
    ({ start, cycles: list, current: now } = seriesCycles(inv, t.turns, t.preset));
  }
  const month = (i: number | null) => (i === null ? "" : formatMonth(start + i));
  const rows: (number | string)[][] = [header(lang)];
  list.forEach((c, k) => rows.push(row(k + 1, c, month, hasDemand, month(c.endTrough))));
  if (now) rows.push(row(wordOf("current", lang), now, month, hasDemand, ""));
  return appendNotes(table(rows), ax);
}

function header(lang: Lang): string[] {
  return [
    wordOf("cycle", lang),
    wordOf("startTrough", lang),
    wordOf("peak", lang),
    wordOf("endTrough", lang),
    wordOf("months", lang),
    wordOf("restocking", lang),
    wordOf("destocking", lang),
    phaseLabel(1, lang),
    phaseLabel(2, lang),
    phaseLabel(3, lang),
    phaseLabel(0, lang),
  ];
}

function row(
  label: number | string,
  c: Cycle | CurrentCycle,
  month: (i: number | null) => string,
  phases: boolean,
  end: string,
): (number | string)[] {
  const split = phases
    ? [c.activeRestockMonths, c.passiveRestockMonths, c.activeDestockMonths, c.passiveDestockMonths]
    : ["", "", "", ""];
  return [label, month(c.startTrough), month(c.peak), end, c.months, c.restockMonths, c.destockMonths, ...split];
}
