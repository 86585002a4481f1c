/**
 * The outlook: the current as-of call with how sure it is — persistence on the real-time
 * and hindsight bases, what the next prints must be to flip it, the odds of a change within a few
 * months (with their out-of-sample skill), a nowcast of the next prints, and the real (price-adjusted)
 * call beside the nominal one. One call for every face (CLI, report, Excel). No Node APIs.
 *
 * Everything is computed from what is known at the end of the as-of month: with a `cutoff` (`--as-of`) every input
 * (deflator and indicators included) is first cut to what was known then (release lags), and the
 * odds and nowcast paths are out of sample month by month (property-tested against cut runs).
 */
import { analyseCycle, type CycleAnalysis, type CycleAnalysisOptions } from "../cycles/analyse.ts";
import { asOfPhases, type PhaseTimeline } from "../phases/timeline.ts";
import { phaseCodeOf } from "../phases/phase.ts";
import { realtimeStates } from "../realtime/reversal.ts";
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { knownAsOf, observedSpan, type Series } from "../series/series.ts";
import { flipsOf } from "./flips.ts";
import { nowcast, type Indicator, type NowcastResult } from "./nowcast.ts";
import { CLOSENESS_BUCKETS, closenessKeys } from "./closeness.ts";
import { oddsPath, scoreOdds, type OddsScore } from "./odds.ts";
import { persistence, runLength, type Persistence } from "./persistence.ts";
import { deflatedGrowth, type GrowthKind } from "./real.ts";

export const DEFAULT_HORIZONS: readonly number[] = [1, 3, 6];
export const MAX_HORIZON = 24;

export interface OutlookInput {
  id: string;
  series: Series;
  /** Release lag in months. */
  releaseLag: number;
  /** How the growth rate is measured; decides the deflator rule (default `yoy`). */
  kind?: GrowthKind;
}

export interface OutlookInputs {
  demand: OutlookInput;
  inventory: OutlookInput;
  /** PPI YoY (percent): the real call deflates each input by it (outlook/real.ts). */
  deflator?: { id: string; series: Series; releaseLag: number };
  /** Indicators released before the inputs, for the nowcast. */
  indicators?: readonly Indicator[];
}

export interface OutlookOptions extends CycleAnalysisOptions {
  horizons?: readonly number[];
}

export type InputName = "inventory" | "demand";

export interface FlipCall {
  input: InputName;
  state: "rising" | "falling" | "unknown";
  to: "rising" | "falling";
  threshold: number;
  months: number;
  /** Month of the first print that would count (the month after the input's last value). */
  from: number;
  /** Phase code after the flip (−1 when the other input's state is unknown). */
  nextPhase: number;
}

export interface OddsCall extends OddsScore {
  /** The forecast at the as-of month (NaN before enough history). */
  forecast: number;
  /** `forecast` where the out-of-sample skill is positive, else null (the faces say "no skill"). */
  probability: number | null;
}

export interface InputReading {
  input: InputName;
  /** Month of the input's last value. */
  through: number;
  nominal: number;
  real: number;
  deflator: number;
  nominalState: number;
  realState: number;
  /** Where the current run of the nominal state began (value then), to say what moved. */
  since: number;
  nominalThen: number;
  realThen: number;
}

export interface RealCall {
  deflator: string;
  timeline: PhaseTimeline;
  code: number;
  monthsInPhase: number;
  asOf: number;
  persistence: Persistence;
  inputs: InputReading[];
  /** Inputs whose nominal and real states differ at their last values. */
  disagree: InputName[];
}

export interface Outlook {
  analysis: CycleAnalysis;
  asOf: number;
  code: number;
  monthsInPhase: number;
  persistence: { realTime: Persistence; hindsight: Persistence };
  flips: FlipCall[];
  odds: OddsCall[];
  /** Out-of-sample path of the odds per horizon, on the as-of timeline's months. */
  history: { start: number; horizons: number[]; p: Float64Array[] };
  nowcast: { inventory: NowcastResult; demand: NowcastResult } | null;
  real: RealCall | null;
}

export function resolveHorizons(h: readonly number[] | undefined): number[] {
  const hs = [...(h ?? DEFAULT_HORIZONS)];
  if (hs.length === 0) throw new KitchinError("bad-option", say("horizonsNone"));
  for (const x of hs)
    if (!Number.isInteger(x) || x < 1 || x > MAX_HORIZON)
      throw new KitchinError("bad-option", say("horizonRange", { max: MAX_HORIZON, got: x }));
  if (new Set(hs).size !== hs.length) throw new KitchinError("bad-option", say("horizonsRepeat", { horizons: hs }));
  return hs;
}

/** What was known of `s` at the end of the cut-off month (all of it without a cut-off). */
function knownAtCutoff(s: Series, cutoff: number | undefined, releaseLag: number): Series {
  return cutoff === undefined ? s : knownAsOf(s, cutoff, releaseLag);
}

function lastIndex(s: Series): number {
  const span = observedSpan(s);
  return span ? span.last - s.start : -1;
}

export function outlook(inputs: OutlookInputs, o: OutlookOptions = {}): Outlook {
  const horizons = resolveHorizons(o.horizons);
  const { demand: revenue, inventory } = inputs;
  const rev = knownAtCutoff(revenue.series, o.cutoff, revenue.releaseLag);
  const inv = knownAtCutoff(inventory.series, o.cutoff, inventory.releaseLag);
  const a = analyseCycle(revenue.series, inventory.series, {
    ...o,
    demandLag: revenue.releaseLag,
    inventoryLag: inventory.releaseLag,
  });
  const codes = a.realtime.codes;
  const n = codes.length;
  const code = n ? codes[n - 1] : -1;
  const monthsInPhase = code < 0 ? 0 : runLength(codes);

  // What flips: each input from its own last value (what the next print must be).
  const states = { demand: a.inputsNow.revenue.state, inventory: a.inputsNow.inventory.state };
  const flips: FlipCall[] = [];
  for (const [input, s] of [
    ["inventory", inv],
    ["demand", rev],
  ] as const) {
    const last = lastIndex(s);
    if (last < 0) continue;
    for (const f of flipsOf(s.values, last, o.reversal)) {
      const to = f.to === "rising" ? 1 : -1;
      const nextPhase = input === "inventory" ? phaseCodeOf(states.demand, to) : phaseCodeOf(to, states.inventory);
      flips.push({ input, ...f, from: s.start + last + 1, nextPhase });
    }
  }

  const keys = closenessKeys(
    a.realtime.start,
    n,
    [
      { series: rev, releaseLag: revenue.releaseLag },
      { series: inv, releaseLag: inventory.releaseLag },
    ],
    o.reversal,
  );
  const paths = horizons.map((h) => oddsPath(codes, h, keys, CLOSENESS_BUCKETS));
  const odds: OddsCall[] = paths.map((p) => {
    const score = scoreOdds(p);
    const forecast = n ? p.p[n - 1] : NaN;
    return { ...score, forecast, probability: score.skill > 0 && Number.isFinite(forecast) ? forecast : null };
  });

  const indicators = (inputs.indicators ?? []).map((x) => ({
    ...x,
    series: knownAtCutoff(x.series, o.cutoff, x.releaseLag),
  }));
  const now = indicators.length
    ? {
        inventory: nowcast(inv, inventory.releaseLag, indicators),
        demand: nowcast(rev, revenue.releaseLag, indicators),
      }
    : null;

  return {
    analysis: a,
    asOf: a.asOf,
    code,
    monthsInPhase,
    persistence: {
      realTime: persistence(codes, code, monthsInPhase),
      hindsight: persistence(a.history.codes, code, monthsInPhase),
    },
    flips,
    odds,
    history: { start: a.realtime.start, horizons, p: paths.map((p) => p.p) },
    nowcast: now,
    real: inputs.deflator ? realCall(rev, inv, inputs, o) : null,
  };
}

function realCall(rev: Series, inv: Series, inputs: OutlookInputs, o: OutlookOptions): RealCall | null {
  const d = inputs.deflator!;
  const ppi = knownAtCutoff(d.series, o.cutoff, d.releaseLag);
  const realRev = deflatedGrowth(rev, ppi, inputs.demand.kind ?? "yoy");
  const realInv = deflatedGrowth(inv, ppi, inputs.inventory.kind ?? "yoy");
  if (lastIndex(realRev) < 0 || lastIndex(realInv) < 0) return null;
  const rl = Math.max(inputs.demand.releaseLag, d.releaseLag),
    il = Math.max(inputs.inventory.releaseLag, d.releaseLag);
  const timeline = asOfPhases(realRev, realInv, { demandLag: rl, inventoryLag: il, reversal: o.reversal });
  const n = timeline.codes.length;
  const code = n ? timeline.codes[n - 1] : -1;
  const months = code < 0 ? 0 : runLength(timeline.codes);
  const last = n - 1;
  const nominal = outlookNominalStates(inputs, o, timeline.start + last);
  const readings = [
    reading(
      "inventory",
      inv,
      realInv,
      ppi,
      timeline.start + last - il,
      nominal.inventory,
      timeline.inventoryStates[last],
      o,
    ),
    reading("demand", rev, realRev, ppi, timeline.start + last - rl, nominal.demand, timeline.revenueStates[last], o),
  ];
  return {
    deflator: d.id,
    timeline,
    code,
    monthsInPhase: months,
    asOf: timeline.start + last,
    persistence: persistence(timeline.codes, code, months),
    inputs: readings,
    disagree: readings.filter((r) => r.nominalState !== r.realState).map((r) => r.input),
  };
}

/**
 * The nominal as-of states at month `a` (the real call's as-of month): what each input's nominal
 * series said at the observation the real timeline reads, so the two calls are compared month for month.
 */
function outlookNominalStates(
  inputs: OutlookInputs,
  o: OutlookOptions,
  a: number,
): { inventory: number; demand: number } {
  const at = (x: OutlookInput, lag: number) => {
    const s = knownAtCutoff(x.series, o.cutoff, x.releaseLag);
    const j = a - lag - s.start;
    const st = realtimeStates(s.values, o.reversal);
    return j >= 0 && j < st.length ? st[j] : 0;
  };
  const d = inputs.deflator!.releaseLag;
  return {
    inventory: at(inputs.inventory, Math.max(inputs.inventory.releaseLag, d)),
    demand: at(inputs.demand, Math.max(inputs.demand.releaseLag, d)),
  };
}

/** Nominal and real values of one input at observation month `m`, and where its current nominal run began. */
function reading(
  input: InputName,
  nominal: Series,
  real: Series,
  ppi: Series,
  m: number,
  nominalState: number,
  realState: number,
  o: OutlookOptions,
): InputReading {
  const at = (s: Series, month: number) => {
    const i = month - s.start;
    return i >= 0 && i < s.values.length ? s.values[i] : NaN;
  };
  const ns = realtimeStates(nominal.values, o.reversal);
  const last = m - nominal.start;
  let k = Math.min(last, ns.length - 1);
  while (k > 0 && ns[k - 1] === ns[last]) k--;
  while (k < last && !Number.isFinite(nominal.values[k])) k++;
  const since = nominal.start + k;
  return {
    input,
    through: m,
    nominal: at(nominal, m),
    real: at(real, m),
    deflator: at(ppi, m),
    nominalState,
    realState,
    since,
    nominalThen: at(nominal, since),
    realThen: at(real, since),
  };
}
