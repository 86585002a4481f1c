/**
 * Scores assets by phase (methods.md §8). For every asset × phase: the note-004 score and its
 * parts, and the statistics beyond the note — annualised mean return over all the phase's months
 * (the investment-clock way: Greetham & Hartnett, Merrill Lynch 2004), median episode return, hit
 * rate, volatility, Sharpe, t-statistic, a bootstrap confidence interval and a permutation p-value —
 * plus a cross-asset ranking per phase and warnings wherever the sample is thin.
 *
 * Layout: every per-cell array is `assets × 4` (row-major, `a * 4 + phaseCode`).
 */
import { benjaminiHochberg } from "../stats/benjaminiHochberg.ts";
import { BACKTEST_DEFAULTS } from "../constants.ts";
import { say, PHASE_IDS, formatMonth, type PhaseId, type Note } from "@kitchin/core";
import type { PricePanel } from "../panel/panel.ts";
import { episodeReturns } from "../returns/episodeReturns.ts";
import { annualizeLogMean, annualizeVol } from "../returns/annualize.ts";
import { episodes as runsOf, type Episode } from "@kitchin/core";
import { medianInPlace } from "../stats/describe.ts";
import { note004Scores } from "./note004.ts";
import { resampleInto, resampleParams } from "./resample.ts";
import { logPrefixOfPrices, panelSlice } from "./logPrefix.ts";

export { logPrefix, type LogPrefix } from "./logPrefix.ts";

export interface ScoreOptions {
  /** Periods per year used to annualise (12 for month-end data). */
  periodsPerYear?: number;
  /** Risk-free simple return per month on the panel axis (e.g. a cash or T-bill series); zero if absent. */
  riskFree?: Float64Array;
  /** Name of the risk-free series, echoed in the output (`"zero"` when none). */
  riskFreeLabel?: string;
  /** Bootstrap resamples for the confidence interval (0 = skip). Default 1000. */
  bootstrap?: number;
  /** Permutations for the p-value (0 = skip). Default 999. */
  permutations?: number;
  /** Two-sided confidence level of the bootstrap interval. Default 0.9. */
  confidence?: number;
  /** Seed of the random draws: the same seed gives the same intervals and p-values. */
  seed?: number;
  /** A phase with fewer complete episodes than this gets a thin-sample warning. Default 5. */
  thinEpisodes?: number;
  /** Whether the phase codes were dated ex-post; stamped into the warnings. */
  exPost?: boolean;
  /** Keep an episode cut by the start or end of the window (default false: it is censored). */
  keepOpenEpisodes?: boolean;
}

export interface PhaseScores {
  readonly assets: readonly string[];
  readonly phases: readonly PhaseId[];
  /** Complete episodes of each phase used for the note-004 score (indices on the panel axis). */
  readonly phaseEpisodes: readonly (readonly Episode[])[];
  readonly start: number;
  readonly score: Float64Array;
  readonly episodes: Int32Array;
  readonly positive: Int32Array;
  readonly meanEpisodeReturn: Float64Array;
  readonly medianEpisodeReturn: Float64Array;
  /** Share of episodes with data that had a positive return. */
  readonly hitRate: Float64Array;
  /** Months of the phase with a return for the asset. */
  readonly months: Int32Array;
  /** Compound annualised return over all the phase's months. */
  readonly annualizedReturn: Float64Array;
  readonly volatility: Float64Array;
  readonly sharpe: Float64Array;
  /** t-statistic of the mean monthly excess return. */
  readonly tStat: Float64Array;
  readonly ciLow: Float64Array;
  readonly ciHigh: Float64Array;
  readonly confidence: number;
  /** Permutation p-value: does this phase's mean monthly return differ from the asset's overall mean? */
  readonly pValue: Float64Array;
  /**
   * Benjamini–Hochberg q-value of each p-value, the family being every cell of this table with a
   * p-value (a table tests ~200 asset × phase cells; Harvey, Liu & Zhu 2016).
   */
  readonly qValue: Float64Array;
  /** 1-based rank within the phase by score, then mean episode return; 0 = no data. */
  readonly rank: Int32Array;
  readonly crossAssetMean: Float64Array;
  readonly riskFree: string;
  readonly exPost: boolean;
  readonly warnings: Note[];
}

const P = 4;

export function scorePhases(panel: PricePanel, codes: Int8Array, opts: ScoreOptions = {}): PhaseScores {
  const ppy = opts.periodsPerYear ?? 12;
  const conf = opts.confidence ?? BACKTEST_DEFAULTS.confidence;
  const seed = opts.seed ?? BACKTEST_DEFAULTS.seed;
  const thin = opts.thinEpisodes ?? 5;
  const n = panel.assets.length;
  const T = panel.months;
  if (codes.length !== T) throw new Error(`phase codes cover ${codes.length} months, the panel ${T}`);
  const rf = opts.riskFree;
  const px = panel.prices;
  const warnings: Note[] = [];
  if (opts.exPost) warnings.push(say("scoresExPost"));

  // Monthly statistics per asset × phase. The months of each phase are listed once, so the inner
  // loops run over one phase without branching on the code; the compound return is kept as a
  // running product (folded into a log only when it nears the float range) instead of n log1p calls.
  const byPhase: Int32Array[] = [];
  for (let p = 0; p < P; p++) {
    let k = 0;
    for (let t = 1; t < T; t++) if (codes[t] === p) k++;
    const idx = new Int32Array(k);
    k = 0;
    for (let t = 1; t < T; t++) if (codes[t] === p) idx[k++] = t;
    byPhase.push(idx);
  }
  const rfv = new Float64Array(T);
  if (rf) for (let t = 0; t < T; t++) rfv[t] = rf[t] === rf[t] ? rf[t] : 0;
  const months = new Int32Array(n * P);
  const sumEx = new Float64Array(n * P);
  const sumEx2 = new Float64Array(n * P);
  const sumLog = new Float64Array(n * P);
  for (let a = 0; a < n; a++) {
    const o = a * T;
    for (let p = 0; p < P; p++) {
      const idx = byPhase[p];
      let m = 0;
      let s1 = 0;
      let s2 = 0;
      let prod = 1;
      let lg = 0;
      for (let j = 0; j < idx.length; j++) {
        const t = idx[j];
        const r = px[o + t] / px[o + t - 1] - 1; // NaN when either price is missing
        if (r !== r) continue;
        const x = r - rfv[t];
        m++;
        s1 += x;
        s2 += x * x;
        prod *= 1 + r;
        if (prod > 1e150 || prod < 1e-150) (lg += Math.log(prod)), (prod = 1);
      }
      const i = a * P + p;
      months[i] = m;
      sumEx[i] = s1;
      sumEx2[i] = s2;
      sumLog[i] = lg + Math.log(prod);
    }
  }
  const annualizedReturn = new Float64Array(n * P);
  const volatility = new Float64Array(n * P);
  const sharpe = new Float64Array(n * P);
  const tStat = new Float64Array(n * P);
  for (let i = 0; i < n * P; i++) {
    const m = months[i];
    const mean = m ? sumEx[i] / m : NaN;
    const sd = m > 1 ? Math.sqrt(Math.max(0, (sumEx2[i] - m * mean * mean) / (m - 1))) : NaN;
    annualizedReturn[i] = m ? annualizeLogMean(sumLog[i] / m, ppy) : NaN;
    volatility[i] = annualizeVol(sd, ppy);
    sharpe[i] = sd > 0 ? (mean / sd) * Math.sqrt(ppy) : NaN;
    tStat[i] = sd > 0 ? mean / (sd / Math.sqrt(m)) : NaN;
  }

  // Episodes: runs of one known phase, censored at the window edges unless asked otherwise.
  // All runs, unknown ones included (the permutation lays every run out again).
  const runs = runsOf(codes, null); // every run, unknown ones too
  const phaseEpisodes: Episode[][] = [[], [], [], []];
  for (const e of runs) {
    if (e.code < 0) continue;
    if (!opts.keepOpenEpisodes && (e.start === 0 || e.end === T - 1)) {
      if (e.end === T - 1 && e.start > 0) {
        warnings.push(say("openEpisode", { phase: PHASE_IDS[e.code], since: formatMonth(panel.start + e.start) }));
      }
      continue;
    }
    phaseEpisodes[e.code].push(e);
  }

  const score = new Float64Array(n * P);
  const episodes = new Int32Array(n * P);
  const positive = new Int32Array(n * P);
  const meanEpisodeReturn = new Float64Array(n * P);
  const medianEpisodeReturn = new Float64Array(n * P);
  const hitRate = new Float64Array(n * P);
  const crossAssetMean = new Float64Array(P);
  const rank = new Int32Array(n * P);
  for (let p = 0; p < P; p++) {
    const eps = phaseEpisodes[p];
    const k = eps.length;
    const er = episodeReturns(panel, eps);
    const s = note004Scores(er, n, k);
    crossAssetMean[p] = s.crossAssetMean;
    const missing: { id: string; have: number; of: number }[] = [];
    let nMissing = 0;
    const scratch = new Float64Array(k);
    for (let a = 0; a < n; a++) {
      const i = a * P + p;
      score[i] = s.score[a];
      episodes[i] = s.episodes[a];
      positive[i] = s.positive[a];
      meanEpisodeReturn[i] = s.meanEpisodeReturn[a];
      let m = 0;
      for (let e = 0; e < k; e++) if (er[a * k + e] === er[a * k + e]) scratch[m++] = er[a * k + e];
      medianEpisodeReturn[i] = medianInPlace(scratch, m);
      hitRate[i] = s.episodes[a] ? s.positive[a] / s.episodes[a] : NaN;
      if (k > 0 && s.episodes[a] < k && nMissing++ < 8)
        missing.push({ id: panel.assets[a], have: s.episodes[a], of: k });
    }
    // Ranking: score, then mean episode return; assets without data are unranked (0).
    const order: number[] = [];
    for (let a = 0; a < n; a++) if (s.episodes[a] > 0) order.push(a);
    order.sort((x, y) => s.score[y] - s.score[x] || s.meanEpisodeReturn[y] - s.meanEpisodeReturn[x] || x - y);
    for (let r = 0; r < order.length; r++) rank[order[r] * P + p] = r + 1;

    const id = PHASE_IDS[p];
    if (k === 0) warnings.push(say("noEpisode", { phase: id }));
    else if (k < thin) {
      const episodes = eps.map((e) => `${formatMonth(panel.start + e.start)}→${formatMonth(panel.start + e.end)}`);
      warnings.push(say("thinSample", { phase: id, k, episodes }));
    }
    if (nMissing) {
      warnings.push(say("missingPrices", { phase: id, n: nMissing, assets: missing, more: nMissing > 8 }));
    }
  }

  const ciLow = new Float64Array(n * P).fill(NaN);
  const ciHigh = new Float64Array(n * P).fill(NaN);
  const pValue = new Float64Array(n * P).fill(NaN);
  const r = resampleParams({ ...opts, confidence: conf, periodsPerYear: ppy, seed });
  if (r.bootstrap > 0 || r.permutations > 0)
    resampleInto(panelSlice(logPrefixOfPrices(panel.prices, n, T), n, T, runs), r, ciLow, ciHigh, pValue);

  return {
    assets: panel.assets,
    phases: PHASE_IDS,
    phaseEpisodes,
    start: panel.start,
    score,
    episodes,
    positive,
    meanEpisodeReturn,
    medianEpisodeReturn,
    hitRate,
    months,
    annualizedReturn,
    volatility,
    sharpe,
    tStat,
    ciLow,
    ciHigh,
    confidence: conf,
    pValue,
    qValue: benjaminiHochberg(pValue),
    rank,
    crossAssetMean,
    riskFree: rf ? (opts.riskFreeLabel ?? "cash series") : "zero",
    exPost: !!opts.exPost,
    warnings,
  };
}
