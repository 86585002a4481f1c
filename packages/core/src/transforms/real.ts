/**
 * Real vs nominal growth (methods.md §1; note 003 第4则 uses the difference 库存同比 − PPI同比).
 * Both in percent.
 */
export type RealForm = "exact" | "difference";

/** Exact: 100 · ((1 + n/100) / (1 + p/100) − 1). Difference: n − p. */
export function realGrowth(
  nominal: ArrayLike<number>,
  deflator: ArrayLike<number>,
  form: RealForm = "exact",
): Float64Array {
  const n = Math.min(nominal.length, deflator.length);
  const out = new Float64Array(nominal.length).fill(NaN);
  for (let i = 0; i < n; i++) {
    const a = nominal[i];
    const p = deflator[i];
    out[i] = form === "exact" ? 100 * ((1 + a / 100) / (1 + p / 100) - 1) : a - p;
  }
  return out;
}
