/**
 * Maximum drawdown of a return series: the largest fall of cumulative wealth from a running peak,
 * with the months of the peak, the trough and the recovery (first month back at the peak; −1 if
 * never recovered). Indices are positions in `returns`; a drawdown from the very start peaks at the
 * position before the first return (where wealth is 1).
 */
import { wealthCurve } from "./wealth.ts";

export interface Drawdown {
  maxDrawdown: number;
  peak: number;
  trough: number;
  recovery: number;
}

export function maxDrawdown(returns: ArrayLike<number>, from = 0, to = returns.length): Drawdown {
  const curve = wealthCurve(returns, from, to);
  let peakW = 1;
  let peakAt = from - 1;
  let dd = 0;
  let best: Drawdown = { maxDrawdown: 0, peak: -1, trough: -1, recovery: -1 };
  let open = false;
  let started = false;
  for (let t = from; t < to; t++) {
    const r = returns[t];
    if (r !== r) continue;
    if (!started) (started = true), (peakAt = t - 1); // wealth 1 at the month-end before the first return
    const wealth = curve[t];
    if (wealth >= peakW) {
      if (open && best.recovery < 0 && best.peak === peakAt) best.recovery = t;
      peakW = wealth;
      peakAt = t;
      open = false;
    } else {
      dd = wealth / peakW - 1;
      open = true;
      if (dd < best.maxDrawdown) best = { maxDrawdown: dd, peak: peakAt, trough: t, recovery: -1 };
    }
  }
  return best;
}
