/**
 * "Best in the current phase" (the main job): from ranked score rows, the rows of one
 * phase that have at least one ended episode — the asset classes of the rotation on their own, and
 * the best `n` of the other assets (commodities and futures) after them.
 */
import type { ScoreRow } from "./rows.ts";

export function bestInPhase(
  scores: readonly ScoreRow[],
  phase: string | null,
  classes: readonly string[],
  n = 5,
): { classesNow: ScoreRow[]; topNow: ScoreRow[] } {
  const isClass = new Set(classes);
  const inPhase = scores.filter((r) => r.phase === phase && r.episodes > 0);
  return {
    classesNow: inPhase.filter((r) => isClass.has(r.asset)),
    topNow: inPhase.filter((r) => !isClass.has(r.asset)).slice(0, n),
  };
}
