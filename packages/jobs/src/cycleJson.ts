/**
 * A cycle analysis as plain data: the JSON objects of the output contract (docs/cli.md) that the CLI
 * prints, the report reads and tests compare. Formatting only; the analysis comes from the core.
 */
import { formatMonth, phaseIdOf, phaseLabel, stateName, type CycleAnalysis, type Cycle } from "@kitchin/core";
import { inputsJson, nowNotes, staleness } from "./now.ts";

/** What the view of "now" needs besides the analysis: the calendar month and the inputs' names. */
export interface NowContext {
  today: number;
  names: { revenue: string; inventory: string };
}

const nan = (x: number) => (Number.isFinite(x) ? x : null);

export function currentJson(a: CycleAnalysis, ctx: NowContext) {
  const n = a.now;
  return {
    mode: "as-of" as const,
    asOf: formatMonth(a.asOf),
    phase: n ? phaseIdOf(n.code) : null,
    label: n ? { en: phaseLabel(n.code, "en"), zh: phaseLabel(n.code, "zh") } : null,
    monthsInPhase: n?.monthsInPhase ?? null,
    pastEpisodes: n?.pastEpisodes ?? 0,
    medianPastLength: n?.medianLength ?? null,
    shareLonger: n?.shareLonger ?? null,
    persistence: n
      ? {
          realTime: {
            episodes: n.realTime.episodes,
            medianMonths: nan(n.realTime.medianMonths),
            shareLonger: nan(n.realTime.shareLonger),
          },
          hindsight: { episodes: n.pastEpisodes, medianMonths: nan(n.medianLength), shareLonger: nan(n.shareLonger) },
        }
      : null,
    dataThrough: { revenue: formatMonth(a.dataThrough.revenue), inventory: formatMonth(a.dataThrough.inventory) },
    inputs: inputsJson(a),
    ...staleness(a, ctx.today),
    notes: nowNotes(a, ctx.names),
  };
}

export function cycleJson(a: CycleAnalysis, c: Cycle) {
  const m = (i: number) => formatMonth(a.history.start + i);
  return {
    startTrough: m(c.startTrough),
    peak: m(c.peak),
    endTrough: m(c.endTrough),
    months: c.months,
    restockMonths: c.restockMonths,
    destockMonths: c.destockMonths,
    activeRestockMonths: c.activeRestockMonths,
    passiveRestockMonths: c.passiveRestockMonths,
    activeDestockMonths: c.activeDestockMonths,
    passiveDestockMonths: c.passiveDestockMonths,
    unknownPhaseMonths: c.unknownPhaseMonths,
  };
}

export function currentCycleJson(a: CycleAnalysis, ctx: NowContext) {
  const c = a.current;
  const m = (i: number) => formatMonth(a.history.start + i);
  return {
    cycle: c
      ? {
          startTrough: m(c.startTrough),
          peak: c.peak === null ? null : m(c.peak),
          months: c.months,
          restockMonths: c.restockMonths,
          destockMonths: c.destockMonths,
          activeRestockMonths: c.activeRestockMonths,
          passiveRestockMonths: c.passiveRestockMonths,
          activeDestockMonths: c.activeDestockMonths,
          passiveDestockMonths: c.passiveDestockMonths,
        }
      : null,
    ...currentJson(a, ctx),
  };
}

export function paramsJson(a: CycleAnalysis, extra: Record<string, unknown>) {
  return { ...a.params, demand: a.demandParams, ...extra };
}

export function phaseRows(t: CycleAnalysis["history"]) {
  return Array.from(t.codes, (code, i) => ({
    date: formatMonth(t.start + i),
    phase: phaseIdOf(code),
    revenueState: stateName(t.revenueStates[i]),
    inventoryState: stateName(t.inventoryStates[i]),
  }));
}
