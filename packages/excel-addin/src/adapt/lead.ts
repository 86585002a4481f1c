/**
 * CYCLE.LEAD: the core's `leadLag` on two ranges on the rows of a dates range — the row
 * `kitchin lead` prints for one indicator, with a header. Lead = target row − indicator row, so a
 * positive lead means the indicator turned first. `detail=true` appends the turns behind the
 * counts, as `kitchin lead --details`: matched pairs, missed target turns, extra indicator turns
 * and turns too near the other series' ends to judge.
 */
import { wordOf, formatMonth, leadLag, type LeadOptions, type LeadResult, type Lang, type Turn } from "@kitchin/core";
import { appendNotes, axisOf, onAxis, table, type Out, type Range } from "../cells.ts";
import { LEAD_OPTIONS, langOf, parseOptions, turnOptionsOf } from "../options.ts";
import { LEAD_DETAIL, LEAD_HEADERS } from "../labels.ts";

export function leadOf(dates: Range, indicator: Range, target: Range, options?: string | null): Out {
  const o = parseOptions(options, LEAD_OPTIONS);
  const lang = langOf(o);
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const ind = onAxis(ax, indicator, "indicator");
  const tgt = onAxis(ax, target, "target");
  const t = turnOptionsOf(o, "inventory"); // both series dated with one set of rules, as `kitchin lead`
  const lead: LeadOptions = { turns: t.turns, preset: t.preset };
  // Unset keys stay unset: the window −6…+12 and the ±24 correlation lags are the core's defaults.
  if (o.maxLead !== undefined) lead.maxLead = o.maxLead as number;
  if (o.maxLag !== undefined) lead.maxLag = o.maxLag as number;
  if (o.inverted !== undefined) lead.inverted = o.inverted as boolean;
  if (o.maxCorrLag !== undefined) lead.maxCorrLag = o.maxCorrLag as number;
  const r = leadLag(ind.values, tgt.values, lead, ind.start);
  const rows: (number | string)[][] = [
    [...LEAD_HEADERS[lang]],
    [r.matched, r.missed, r.extra, r.meanLead, r.medianLead, r.minLead, r.maxLead, r.bestLag, r.bestCorr],
  ];
  if (o.detail === true) {
    const at = (i: number): number | string => formatMonth(r.start + i);
    rows.push(...detail(r, at, lang).map((d) => pad(d, rows[0].length)));
  }
  return appendNotes(table(rows), ax);
}

function detail(r: LeadResult, at: (i: number) => number | string, lang: Lang): (number | string)[][] {
  const type = (x: Turn) => wordOf(x.type, lang);
  const out: (number | string)[][] = [[...LEAD_DETAIL.header[lang]]];
  for (const m of r.matches)
    out.push([LEAD_DETAIL.matched[lang], type(m.target), at(m.target.index), at(m.indicator.index), m.lead]);
  for (const x of r.missedTurns) out.push([LEAD_DETAIL.missed[lang], type(x), at(x.index), "", ""]);
  for (const x of r.extraTurns) out.push([LEAD_DETAIL.extra[lang], type(x), "", at(x.index), ""]);
  const isTarget = new Set(r.targetTurnList);
  for (const x of r.unmatchable) {
    out.push([
      LEAD_DETAIL.unmatchable[lang],
      type(x),
      isTarget.has(x) ? at(x.index) : "",
      isTarget.has(x) ? "" : at(x.index),
      "",
    ]);
  }
  return out;
}

/** A spill is rectangular: shorter rows are filled with blanks. */
function pad(r: (number | string)[], width: number): (number | string)[] {
  while (r.length < width) r.push("");
  return r;
}
