/**
 * Which timeline, which lag, which window: the one place that decides, for every face,
 * which phase timeline a backtest or a score reads, at what release lag, and over which months.
 */
import type { PricePanel } from "../panel/panel.ts";
import type { PhaseTimeline } from "./timeline.ts";

/** Where phases come from: the ex-post history, the trading signal and the signal's release lag. */
export interface PhaseSource {
  /** Ex-post history, stamped by data month. */
  history: PhaseTimeline;
  /** The as-of path (the core's is stamped by the month it is known: lag 0), or a user's file. */
  signal: PhaseTimeline;
  /** Release lag of `signal` in months (0 for the core's as-of path; a file's `--lag`). */
  signalLag: number;
}

/** The timeline a strategy or score reads and its signal lag (months from data month to use). */
export interface Signal {
  timeline: PhaseTimeline;
  signalLag: number;
}

/**
 * The timeline and signal lag for `use`:
 * - `"trade"` (strategies, sweeps, the report's rotation): the month's position is decided by the
 *   phase known at its start — the history in ex-post mode, the signal in as-of mode, and always the
 *   source's release lag (a user's file is late by its `--lag` whichever way it was dated);
 * - `"describe"` (scores): a month's return belongs to the phase of that data month (ex-post, no
 *   lag), or to the phase known at its end (as-of, the signal's lag).
 */
export function signalFor(src: PhaseSource, mode: "as-of" | "ex-post", use: "trade" | "describe"): Signal {
  const timeline = mode === "ex-post" ? src.history : src.signal;
  const signalLag = use === "trade" || mode === "as-of" ? src.signalLag : 0;
  return { timeline, signalLag };
}

/**
 * The default window of a backtest: from the later of the first price and the first known phase,
 * to the earlier of the last price and the last known phase (`fixedEnd`: the last price). With
 * `commonEnd` (shipped data) the window stops at the last month in which every asset still traded
 * (a price within the final 12 months) has a price, so that no current asset sits at a frozen price.
 * Months given by the caller win; checking them against the prices is the caller's.
 */
export function backtestWindow(
  panel: PricePanel,
  signal: Signal,
  o: { from?: number; to?: number; fixedEnd?: boolean; commonEnd?: boolean } = {},
): { from: number; to: number; trimmedTo?: number } {
  const panelEnd = panel.start + panel.months - 1;
  const { timeline: tl, signalLag: lag } = signal;
  const from = o.from ?? Math.max(panel.start, tl.start + lag);
  let to = o.to ?? (o.fixedEnd ? panelEnd : Math.min(panelEnd, tl.start + tl.codes.length - 1 + lag));
  let trimmedTo: number | undefined;
  if (o.to === undefined && o.commonEnd) {
    const ends = lastPrices(panel).filter((m) => m >= panelEnd - 12);
    const common = Math.min(...ends);
    if (common < to) to = trimmedTo = common;
  }
  return { from, to, ...(trimmedTo !== undefined ? { trimmedTo } : {}) };
}

/** Month of each asset's last price. */
function lastPrices(panel: PricePanel): number[] {
  const out: number[] = [];
  for (let a = 0; a < panel.assets.length; a++) {
    let t = panel.months - 1;
    while (t >= 0 && !(panel.prices[a * panel.months + t] > 0)) t--;
    if (t >= 0) out.push(panel.start + t);
  }
  return out;
}
