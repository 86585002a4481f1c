/**
 * Growth of 1: the one place wealth is compounded from periodic returns, W_t = W_{t−1}·(1 + r_t),
 * W = 1 before the first month. Used by the metrics (total return, CAGR), the drawdown and the
 * report's growth-of-1 chart, so they compound the same way in the same order.
 *
 * `out[t]` is the wealth at the end of month t for t in [from, to); a missing return (NaN) keeps the
 * level of the month before; positions outside [from, to) are NaN.
 */
export function wealthCurve(returns: ArrayLike<number>, from = 0, to = returns.length): Float64Array {
  const out = new Float64Array(returns.length).fill(NaN);
  let w = 1;
  for (let t = from; t < to; t++) {
    const r = returns[t];
    if (r === r) w *= 1 + r;
    out[t] = w;
  }
  return out;
}
