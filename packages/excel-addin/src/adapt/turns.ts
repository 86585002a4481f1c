/**
 * CYCLE.TURNS and CYCLE.CYCLES: the core's turning points and inventory cycles as tables with a
 * header row. With dates the table names months (`YYYY-MM`); without, the 1-based row of the input.
 */
import {
  KitchinError, currentCycle, cycles, expostPhases, formatMonth, phaseLabel, turns, type Cycle, type CurrentCycle, type Lang,
} from "@kitchin/core";
import { dated, flatten, numbers, table, type Out, type Range } from "../cells.ts";
import { CYCLE_OPTIONS, TURN_OPTIONS, langOf, parseOptions, turnOptionsOf, type OptionSpec } from "../options.ts";
import { word } from "../labels.ts";

const TURNS_OPTIONS: OptionSpec = { ...TURN_OPTIONS, lang: { type: "enum", values: ["en", "zh"] } };

export function turnsOf(values: Range, dates?: Range | null, options?: string | null): Out {
  const o = parseOptions(options, TURNS_OPTIONS);
  const lang = langOf(o);
  const t = turnOptionsOf(o);
  const hasDates = flatten(dates, "dates").cells.length > 0;
  let y: Float64Array;
  let label: (i: number) => number | string;
  if (hasDates) {
    const s = dated(dates as Range, values, "values");
    y = s.values;
    label = (i) => formatMonth(s.start + i);
  } else {
    y = numbers(values, "values").values;
    label = (i) => i + 1;
  }
  const rows: (number | string)[][] = [[word(hasDates ? "date" : "row", lang), word("type", lang), word("value", lang), word("note", lang)]];
  for (const turn of turns(y, t.turns, t.preset)) {
    rows.push([label(turn.index), word(turn.type, lang), turn.value, turn.closeCall ?? ""]);
  }
  return table(rows);
}

export function cyclesOf(dates: Range, inventory: Range, revenue?: Range | null, options?: string | null): Out {
  const o = parseOptions(options, CYCLE_OPTIONS);
  const lang = langOf(o);
  const t = turnOptionsOf(o);
  const inv = dated(dates, inventory, "inventory");
  const hasRevenue = flatten(revenue, "revenue").cells.length > 0;
  let start: number, length: number, invTurns, codes: Int8Array | undefined;
  if (hasRevenue) {
    const rev = dated(dates, revenue as Range, "revenue");
    const r = expostPhases(rev, inv, { turns: t.turns, preset: t.preset, extend: o.extend === true });
    start = r.timeline.start;
    length = r.timeline.codes.length;
    invTurns = r.inventoryTurns;
    codes = r.timeline.codes;
  } else {
    if (o.extend !== undefined) throw new KitchinError("bad-option", "extend applies only when a revenue range is given (it extends the phase path)");
    start = inv.start;
    length = inv.values.length;
    invTurns = turns(inv.values, t.turns, t.preset);
  }
  const month = (i: number | null) => (i === null ? "" : formatMonth(start + i));
  const rows: (number | string)[][] = [header(lang)];
  cycles(invTurns, codes).forEach((c, k) => rows.push(row(k + 1, c, month, hasRevenue, month(c.endTrough))));
  const now = currentCycle(invTurns, length, codes);
  if (now) rows.push(row(word("current", lang), now, month, hasRevenue, ""));
  return table(rows);
}

function header(lang: Lang): string[] {
  return [
    word("cycle", lang), word("startTrough", lang), word("peak", lang), word("endTrough", lang), word("months", lang),
    word("restock", lang), word("destock", lang),
    phaseLabel(1, lang), phaseLabel(2, lang), phaseLabel(3, lang), phaseLabel(0, lang),
  ];
}

function row(label: number | string, c: Cycle | CurrentCycle, month: (i: number | null) => string, phases: boolean, end: string): (number | string)[] {
  const split = phases
    ? [c.activeRestockMonths, c.passiveRestockMonths, c.activeDestockMonths, c.passiveDestockMonths]
    : ["", "", "", ""];
  return [label, month(c.startTrough), month(c.peak), end, c.months, c.restockMonths, c.destockMonths, ...split];
}
