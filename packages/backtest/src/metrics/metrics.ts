/**
 * Performance metrics of a strategy's monthly returns (methods.md §9): total return, CAGR,
 * volatility, Sharpe (excess over a cash series, or over zero — the output says which), Sortino
 * (downside deviation below the same threshold; Sortino & Price 1994), max drawdown with its dates,
 * Calmar (CAGR / |max drawdown|, Young 1991), monthly hit rate, turnover per year and average
 * exposure — and the return figures again for the months of each phase.
 */
import { PHASE_IDS, formatMonth, type PhaseId } from "@kitchin/core";
import type { StrategyResult } from "../strategy/run.ts";
import { annualizeTotal } from "../returns/annualize.ts";
import { maxDrawdown } from "./drawdown.ts";
import { wealthCurve } from "./wealth.ts";

export interface ReturnMetrics {
  months: number;
  totalReturn: number;
  cagr: number;
  volatility: number;
  sharpe: number;
  sortino: number;
  maxDrawdown: number;
  drawdownPeak: string | null;
  drawdownTrough: string | null;
  drawdownRecovery: string | null;
  calmar: number;
  hitRate: number;
}

export interface StrategyMetrics extends ReturnMetrics {
  strategy: string;
  from: string;
  to: string;
  /** Mean one-way turnover per year. */
  turnover: number;
  /** Mean share invested (the rest in cash). */
  exposure: number;
  riskFree: string;
  stamp: string | null;
  byPhase: Record<PhaseId, ReturnMetrics>;
}

export interface MetricsOptions {
  periodsPerYear?: number;
  /** Risk-free return per month on the axis (zero when absent). */
  riskFree?: Float64Array;
  riskFreeLabel?: string;
  /**
   * Phase of each return month used to split the figures; default the phase the strategy acted on
   * (`result.returnPhase`). Pass an ex-post timeline here to ask "how did it do in the phases as
   * they are dated now" — evaluation only, the decisions are unaffected.
   */
  phaseOfMonth?: Int8Array;
  /** Restrict to months in [from, to] (column indices, inclusive). */
  fromCol?: number;
  toCol?: number;
}

/** Metrics of the returns in `returns[i]` for the columns where `mask(i)` holds. */
export function returnMetrics(
  returns: Float64Array,
  start: number,
  include: (t: number) => boolean,
  ppy: number,
  rf?: Float64Array,
): ReturnMetrics {
  let n = 0;
  let sx = 0;
  let sx2 = 0;
  let down2 = 0;
  let hits = 0;
  const sub = new Float64Array(returns.length).fill(NaN);
  for (let t = 0; t < returns.length; t++) {
    const r = returns[t];
    if (r !== r || !include(t)) continue;
    const x = r - (rf && rf[t] === rf[t] ? rf[t] : 0);
    n++;
    sx += x;
    sx2 += x * x;
    if (x < 0) down2 += x * x;
    if (r > 0) hits++;
    sub[t] = r;
  }
  const mean = n ? sx / n : NaN;
  const sd = n > 1 ? Math.sqrt(Math.max(0, (sx2 - n * mean * mean) / (n - 1))) : NaN;
  const dd = n ? Math.sqrt(down2 / n) : NaN;
  const total = n ? wealthCurve(sub)[sub.length - 1] - 1 : NaN;
  const cagr = annualizeTotal(total, n, ppy);
  const d = maxDrawdown(sub);
  return {
    months: n,
    totalReturn: total,
    cagr,
    volatility: sd * Math.sqrt(ppy),
    sharpe: sd > 0 ? (mean / sd) * Math.sqrt(ppy) : NaN,
    sortino: dd > 0 ? (mean / dd) * Math.sqrt(ppy) : NaN,
    maxDrawdown: d.maxDrawdown,
    drawdownPeak: d.peak >= 0 ? formatMonth(start + d.peak) : null,
    drawdownTrough: d.trough >= 0 ? formatMonth(start + d.trough) : null,
    drawdownRecovery: d.recovery >= 0 ? formatMonth(start + d.recovery) : null,
    calmar: d.maxDrawdown < 0 ? cagr / -d.maxDrawdown : NaN,
    hitRate: n ? hits / n : NaN,
  };
}

export function metrics(result: StrategyResult, opts: MetricsOptions = {}): StrategyMetrics {
  const ppy = opts.periodsPerYear ?? 12;
  const lo = opts.fromCol ?? result.first + 1;
  const hi = opts.toCol ?? result.last;
  const phase = opts.phaseOfMonth ?? result.returnPhase;
  const inWin = (t: number) => t >= lo && t <= hi;
  const all = returnMetrics(result.returns, result.start, inWin, ppy, opts.riskFree);
  const byPhase = {} as Record<PhaseId, ReturnMetrics>;
  for (let p = 0; p < 4; p++) {
    byPhase[PHASE_IDS[p]] = returnMetrics(
      result.returns,
      result.start,
      (t) => inWin(t) && phase[t] === p,
      ppy,
      opts.riskFree,
    );
  }
  let to = 0;
  let ex = 0;
  let k = 0;
  for (let t = lo - 1; t < hi; t++) {
    if (result.turnover[t] !== result.turnover[t]) continue;
    to += result.turnover[t];
    ex += result.exposure[t];
    k++;
  }
  return {
    strategy: result.name,
    from: formatMonth(result.start + lo),
    to: formatMonth(result.start + hi),
    ...all,
    turnover: k ? (to / k) * ppy : NaN,
    exposure: k ? ex / k : NaN,
    riskFree: opts.riskFree ? (opts.riskFreeLabel ?? "cash series") : "zero",
    stamp: result.stamp,
    byPhase,
  };
}
