/**
 * Benjamini–Hochberg adjusted p-values ("q-values"; Benjamini & Hochberg 1995, J. R. Stat. Soc. B
 * 57:289–300): with the m finite p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎,
 *   q₍ᵢ₎ = min over j ≥ i of min(1, m · p₍ⱼ₎ / j),
 * so rejecting every test with q ≤ α keeps the expected false-discovery rate at or below α for
 * independent (or positively dependent) tests. The same adjustment as R's `p.adjust(p, "BH")`.
 * Missing p-values (`NaN`) stay missing and do not count towards m; an empty input gives an empty output.
 */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const q = new Float64Array(p.length).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < p.length; i++) if (p[i] === p[i]) idx.push(i);
  const m = idx.length;
  idx.sort((a, b) => p[a] - p[b] || a - b);
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const v = (m * p[idx[k]]) / (k + 1);
    if (v < running) running = v;
    q[idx[k]] = running;
  }
  return q;
}
