/**
 * Odds that the as-of phase changes within h months, from what was known at each month.
 *
 * Model: an empirical hazard by bucket, smoothed toward the base rate. Each month t carries a key
 * known at t — the outlook uses how close the nearer input is to its reversal threshold
 * (closeness.ts: a run against the state already begun, within ½, 1, 2 reversals, further, unknown);
 * without keys, time in phase (1, 2, 3, 4–5, 6–8, 9–12, 13+ months). The examples are the months u whose
 * outcome was already known at t (u + h ≤ t: the phase path up to u + h is as-of, so it was known then);
 * the forecast is
 *
 *   p = (events in t's bucket + k · base) / (examples in t's bucket + k),   base = events / examples
 *
 * with k = `PRIOR_MONTHS` pseudo-examples: a beta prior centred on the base rate, so a thin bucket
 * leans on the base rate and a full one on its own frequency. Why not a logistic regression on PMI,
 * PPI or M1: the as-of history has 30–150 changes per region, the closeness to the rule's threshold is
 * the information those indicators would proxy (the rule is what changes the phase), and it exists for
 * every input set (a file with two columns included). Time in phase was tried first and had no skill
 * out of sample (docs/outlook.md). Leading indicators enter through the nowcast (nowcast.ts).
 *
 * An event for horizon h at month t: the as-of phase changes at least once in t+1..t+h. Evaluation
 * is out of sample by construction — every forecast uses only examples resolved before it — and
 * scored by the Brier score against the base rate known at the same month (expanding window):
 * skill = 1 − brier / brierBase. Where skill ≤ 0 the faces print that there is no skill, not odds.
 */
export const PRIOR_MONTHS = 12;
/** Forecasts start once this many resolved examples are known. */
export const MIN_EXAMPLES = 36;
const BUCKET_EDGES = [1, 2, 3, 4, 6, 9, 13]; // lower edges of the time-in-phase buckets

export function bucketOf(monthsInPhase: number): number {
  let b = 0;
  while (b + 1 < BUCKET_EDGES.length && monthsInPhase >= BUCKET_EDGES[b + 1]) b++;
  return b;
}

/** 1 where the phase changes in t+1..t+h, 0 where it does not, NaN where unknown (not yet seen, or unknown phases). */
export function changeEvents(codes: ArrayLike<number>, h: number): Float64Array {
  const n = codes.length;
  const out = new Float64Array(n).fill(NaN);
  for (let t = 0; t + h < n; t++) {
    if (codes[t] < 0) continue;
    let ev = 0;
    for (let s = t + 1; s <= t + h; s++)
      if (codes[s] !== codes[t]) {
        ev = 1;
        break;
      }
    out[t] = ev;
  }
  return out;
}

/** Months in phase at each month (the as-of run length so far; 0 where the phase is unknown). */
export function runLengths(codes: ArrayLike<number>): Int32Array {
  const out = new Int32Array(codes.length);
  for (let t = 0; t < codes.length; t++)
    out[t] = codes[t] < 0 ? 0 : t > 0 && codes[t - 1] === codes[t] ? out[t - 1] + 1 : 1;
  return out;
}

export interface OddsPath {
  horizon: number;
  /** Hazard forecast per month (NaN before `MIN_EXAMPLES` resolved examples or where the phase is unknown). */
  p: Float64Array;
  /** Base rate known at each month (NaN likewise). */
  base: Float64Array;
  /** Outcome per month (NaN where not yet known at the end of the path). */
  event: Float64Array;
}

/**
 * The out-of-sample path of forecasts for horizon h over a phase path. Each month's value depends only
 * on `codes[0..t]` (property-tested: a path cut at t gives the same value at t).
 */
export function oddsPath(
  codes: ArrayLike<number>,
  h: number,
  keys?: ArrayLike<number>,
  nKeys = BUCKET_EDGES.length,
): OddsPath {
  const n = codes.length;
  const event = changeEvents(codes, h);
  let key: ArrayLike<number>;
  if (keys) key = keys;
  else {
    const run = runLengths(codes);
    const k = new Int32Array(n);
    for (let t = 0; t < n; t++) k[t] = bucketOf(run[t]);
    key = k;
  }
  const p = new Float64Array(n).fill(NaN);
  const base = new Float64Array(n).fill(NaN);
  const nb = nKeys;
  const bucketN = new Float64Array(nb),
    bucketE = new Float64Array(nb);
  let total = 0,
    events = 0;
  for (let t = 0; t < n; t++) {
    // Examples resolved by the end of month t: u = t − h (its window t−h+1..t is now known).
    const u = t - h;
    if (u >= 0 && Number.isFinite(event[u])) {
      const b = key[u];
      bucketN[b]++;
      bucketE[b] += event[u];
      total++;
      events += event[u];
    }
    if (codes[t] < 0 || total < MIN_EXAMPLES) continue;
    const rate = events / total;
    const b = key[t];
    base[t] = rate;
    p[t] = (bucketE[b] + PRIOR_MONTHS * rate) / (bucketN[b] + PRIOR_MONTHS);
  }
  return { horizon: h, p, base, event };
}

export interface ReliabilityRow {
  /** Forecast range [from, to). */
  from: number;
  to: number;
  count: number;
  meanForecast: number;
  observed: number;
}

export interface OddsScore {
  horizon: number;
  /** Months scored (forecast and outcome both known). */
  months: number;
  events: number;
  brier: number;
  brierBase: number;
  skill: number;
  reliability: ReliabilityRow[];
}

const RELIABILITY_EDGES = [0, 0.2, 0.4, 0.6, 0.8, 1.0000001];

/** Brier scores of a path against its outcomes, the base rate's, skill and a reliability table. */
export function scoreOdds(path: OddsPath): OddsScore {
  let m = 0,
    ev = 0,
    b = 0,
    b0 = 0;
  const rows = RELIABILITY_EDGES.slice(0, -1).map((from, i) => ({
    from,
    to: Math.min(1, RELIABILITY_EDGES[i + 1]),
    count: 0,
    sumP: 0,
    sumE: 0,
  }));
  for (let t = 0; t < path.p.length; t++) {
    const p = path.p[t],
      e = path.event[t],
      q = path.base[t];
    if (!Number.isFinite(p) || !Number.isFinite(e)) continue;
    m++;
    ev += e;
    b += (p - e) ** 2;
    b0 += (q - e) ** 2;
    const r = rows.find((x, i) => p >= x.from && p < RELIABILITY_EDGES[i + 1])!;
    r.count++;
    r.sumP += p;
    r.sumE += e;
  }
  const brier = m ? b / m : NaN;
  const brierBase = m ? b0 / m : NaN;
  return {
    horizon: path.horizon,
    months: m,
    events: ev,
    brier,
    brierBase,
    skill: m && brierBase > 0 ? 1 - brier / brierBase : NaN,
    reliability: rows.map((r) => ({
      from: r.from,
      to: r.to,
      count: r.count,
      meanForecast: r.count ? r.sumP / r.count : NaN,
      observed: r.count ? r.sumE / r.count : NaN,
    })),
  };
}
