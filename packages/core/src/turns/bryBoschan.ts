/**
 * The full Bry–Boschan procedure (Bry & Boschan 1971, NBER Technical Paper 20, ch. 2),
 * monthly. Steps, each on its own curve:
 *  1. outliers: values whose deviation from the 15-term Spencer curve exceeds 3.5 standard
 *     deviations of those deviations are replaced by the Spencer value;
 *  2. tentative turns on the 12-month centred MA (extremes of ±window), alternated;
 *  3. refined on the Spencer curve of the adjusted series: the extreme within ±5 months of
 *     each tentative turn; cycles shorter than `minCycle` removed;
 *  4. refined on a short (3-month) centred MA — B–B use the "months of cyclical dominance"
 *     curve, 3 to 6 months; we fix 3, the usual value for smooth macro series;
 *  5. final turns on the unadjusted series: the extreme within ±4 months of each step-4 turn;
 *  6. the censoring rules (ends, alternation, minimum phase and cycle, amplitude) on the
 *     unadjusted series;
 *  7. (ours) each turn at least as extreme as the published months next to it, where the
 *     rules allow: a turn that step 5 left on the edge of its ±4 window climbs one month at a time.
 * Because it smooths before it searches, one bad month (China's 2019-03 reading of 0.3
 * between 6.2 and 4.9) cannot create a turn by itself.
 */
import { climbToLocalExtremes } from "./phaseExtremes.ts";
import { alternate, candidates, enforceCycles, enforceRules, type TurnList } from "./rules.ts";
import { centred12, centredShort, spencer15 } from "./smoothers.ts";
import type { TurnOptions } from "./types.ts";

export function bryBoschan(y: Float64Array, o: TurnOptions, filled?: Uint8Array): TurnList {
  const adjusted = replaceOutliers(y);
  // Step 2: tentative turns on the 12-month MA.
  const ma12 = centred12(adjusted);
  const t = candidates(ma12, o.window);
  alternate(ma12, t);
  // Step 3: Spencer curve.
  const sp = spencer15(adjusted);
  refine(sp, t, 5);
  enforceCycles(sp, t, o.minCycle);
  // Step 4: short-term MA.
  refine(centredShort(adjusted, 3), t, 5);
  alternate(centredShort(adjusted, 3), t);
  // Step 5: unadjusted series (never on an interpolated month).
  refine(y, t, 4, filled);
  // Step 6: the rules on the unadjusted series.
  enforceRules(y, t, o);
  // Step 7: no turn next to a more extreme published month it could take (docs/turning-points.md).
  climbToLocalExtremes(y, t, o, filled);
  return t;
}

/** Moves each turn to the extreme of `curve` within ±radius (not past its neighbours' positions). */
function refine(curve: ArrayLike<number>, t: TurnList, radius: number, skip?: Uint8Array): void {
  const n = curve.length;
  for (let k = 0; k < t.idx.length; k++) {
    const i = t.idx[k];
    const lo = Math.max(0, i - radius, k > 0 ? t.idx[k - 1] + 1 : 0);
    const hi = Math.min(n - 1, i + radius, k + 1 < t.idx.length ? t.idx[k + 1] - 1 : n - 1);
    let best = -1;
    for (let s = lo; s <= hi; s++) {
      if (skip?.[s]) continue;
      if (best < 0) {
        best = s;
        continue;
      }
      // later wins ties, as everywhere in the rules
      if (t.typ[k] > 0 ? curve[s] >= curve[best] : curve[s] <= curve[best]) best = s;
    }
    if (best >= 0) t.idx[k] = best;
  }
}

/** Step 1: replace values more than 3.5 standard deviations from the Spencer curve. */
export function replaceOutliers(y: Float64Array): Float64Array {
  const sp = spencer15(y);
  const n = y.length;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = y[i] - sp[i];
    ss += d * d;
  }
  const sd = Math.sqrt(ss / Math.max(1, n - 1));
  if (!(sd > 0)) return y;
  let out: Float64Array | null = null;
  for (let i = 0; i < n; i++) {
    if (Math.abs(y[i] - sp[i]) >= 3.5 * sd) {
      out ??= Float64Array.from(y);
      out[i] = sp[i];
    }
  }
  return out ?? y;
}
