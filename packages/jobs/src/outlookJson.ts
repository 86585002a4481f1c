/**
 * The outlook as plain data: the JSON contract of `kitchin outlook --format json` (docs/outlook.md)
 * and the odds path as rows. Every figure comes from the core's `outlook`.
 */
import { formatMonth, phaseIdOf, type Outlook, type Persistence } from "@kitchin/core";

const num = (x: number) => (Number.isFinite(x) ? x : null);
const persistenceJson = (p: Persistence) => ({
  episodes: p.episodes,
  medianMonths: num(p.medianMonths),
  shareLonger: num(p.shareLonger),
  lengths: p.lengths,
});

/** The odds path as rows: one per as-of month, the forecast per horizon (null before enough history). */
export function oddsHistoryRows(o: Outlook): { month: string; values: (number | null)[] }[] {
  const n = o.history.p[0]?.length ?? 0;
  const rows = [];
  for (let k = 0; k < n; k++) {
    if (o.history.p.every((p) => !Number.isFinite(p[k]))) continue;
    rows.push({ month: formatMonth(o.history.start + k), values: o.history.p.map((p) => num(p[k])) });
  }
  return rows;
}

export function outlookJson(o: Outlook) {
  const nc = (r: NonNullable<Outlook["nowcast"]>["inventory"]) => ({
    month: r.next ? formatMonth(r.next.month) : null,
    value: r.next && r.beatsNaive ? r.next.forecast : null,
    shown: r.beatsNaive && r.next !== null,
    last: r.next ? r.next.last : null,
    lastMonth: r.next ? formatMonth(r.next.lastMonth) : null,
    indicators: r.next?.indicators ?? [],
    rmse: num(r.rmse),
    rmseNaive: num(r.rmseNaive),
    months: r.history.length,
  });
  return {
    asOf: formatMonth(o.asOf),
    phase: phaseIdOf(o.code),
    monthsInPhase: o.monthsInPhase,
    persistence: {
      realTime: persistenceJson(o.persistence.realTime),
      hindsight: persistenceJson(o.persistence.hindsight),
    },
    flips: o.flips.map((f) => ({
      input: f.input,
      state: f.state,
      to: f.to,
      threshold: f.threshold,
      months: f.months,
      from: formatMonth(f.from),
      nextPhase: phaseIdOf(f.nextPhase),
    })),
    odds: o.odds.map((d) => ({
      horizon: d.horizon,
      probability: d.probability,
      forecast: num(d.forecast),
      brier: num(d.brier),
      brierBase: num(d.brierBase),
      skill: num(d.skill),
      events: d.events,
      months: d.months,
      reliability: d.reliability.map((r) => ({
        from: r.from,
        to: r.to,
        count: r.count,
        meanForecast: num(r.meanForecast),
        observed: num(r.observed),
      })),
    })),
    history: oddsHistoryRows(o).map((r) => ({
      month: r.month,
      ...Object.fromEntries(o.history.horizons.map((h, i) => [`p${h}`, r.values[i]])),
    })),
    nowcast: o.nowcast ? { inventory: nc(o.nowcast.inventory), demand: nc(o.nowcast.demand) } : null,
    real: o.real
      ? {
          phase: phaseIdOf(o.real.code),
          monthsInPhase: o.real.monthsInPhase,
          asOf: formatMonth(o.real.asOf),
          deflator: o.real.deflator,
          persistence: persistenceJson(o.real.persistence),
          agrees: o.real.code === o.code,
          disagree: o.real.disagree,
          inputs: o.real.inputs.map((r) => ({
            input: r.input,
            month: formatMonth(r.through),
            nominal: num(r.nominal),
            real: num(r.real),
            deflator: num(r.deflator),
            nominalState: r.nominalState > 0 ? "rising" : r.nominalState < 0 ? "falling" : "unknown",
            realState: r.realState > 0 ? "rising" : r.realState < 0 ? "falling" : "unknown",
            since: formatMonth(r.since),
            nominalThen: num(r.nominalThen),
            realThen: num(r.realThen),
          })),
        }
      : null,
  };
}
