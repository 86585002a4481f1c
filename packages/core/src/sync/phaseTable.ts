/**
 * The 4 × 4 phase contingency table of two economies (methods.md §5): cell [i][j] counts the
 * months in which a is in phase i and b in phase j (PHASE_IDS order: passive-destock,
 * active-restock, passive-restock, active-destock). Months where either phase is unknown
 * are left out and counted in `unknown`.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";

export interface PhaseTable {
  /** counts[i][j], i = a's phase code, j = b's phase code. */
  counts: number[][];
  /** Months with both phases known (the sum of `counts`). */
  months: number;
  /** Months on the axis with at least one phase unknown. */
  unknown: number;
  /** Months in the same phase (the diagonal). */
  samePhase: number;
}

export function phaseTable(phasesA: ArrayLike<number>, phasesB: ArrayLike<number>): PhaseTable {
  if (phasesA.length !== phasesB.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "the two phase paths", a: phasesA.length, b: phasesB.length, axis: true }),
    );
  }
  const counts = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  let months = 0,
    unknown = 0,
    samePhase = 0;
  for (let t = 0; t < phasesA.length; t++) {
    const a = phasesA[t],
      b = phasesB[t];
    if (!(a >= 0 && a <= 3 && b >= 0 && b <= 3) || !Number.isInteger(a) || !Number.isInteger(b)) {
      unknown++;
      continue;
    }
    counts[a][b]++;
    months++;
    if (a === b) samePhase++;
  }
  return { counts, months, unknown, samePhase };
}
