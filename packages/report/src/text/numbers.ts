/** Numbers as both faces print them: fixed decimals, percentages, a dash for a missing value. */
/**
 * `x` to `digits` decimals; a value that rounds to zero prints as 0 whatever its sign (no
 * "−0.00", no "total −0%").
 */
export function fixed(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

export function fmt(x: number | null | undefined, digits = 2): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "—" : fixed(x, digits);
}

export function pct(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "—" : `${fixed(100 * x, digits)}%`;
}
