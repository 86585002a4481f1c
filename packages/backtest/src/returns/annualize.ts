/**
 * Annualisation with an explicit number of periods per year (12 for monthly data). Returns are
 * compounded: a mean log return `g` per period is `exp(g · periodsPerYear) − 1` a year; a standard
 * deviation scales with `√periodsPerYear` (the i.i.d. convention used by Sharpe 1994).
 */
export function annualizeLogMean(meanLog: number, periodsPerYear: number): number {
  return Math.expm1(meanLog * periodsPerYear);
}

/** Compound growth: total return over `periods` periods expressed per year. */
export function annualizeTotal(totalReturn: number, periods: number, periodsPerYear: number): number {
  if (!(periods > 0)) return NaN;
  return Math.pow(1 + totalReturn, periodsPerYear / periods) - 1;
}

export function annualizeVol(sdPerPeriod: number, periodsPerYear: number): number {
  return sdPerPeriod * Math.sqrt(periodsPerYear);
}
