/**
 * BBQ: the Bry–Boschan (1971) dating rules as simplified by Harding & Pagan (2002),
 * "Dissecting the cycle: a methodological investigation", J. Monetary Economics 49(2).
 * Candidates are local extremes of a ±window; then the rules of methods.md §2 in the order of
 * docs/turning-points.md (censoring, end rule, the loop until nothing changes, end rule), and
 * last, every turn the extreme of its phases among the candidates (phaseExtremes.ts).
 */
import { enforcePhaseExtremes } from "./phaseExtremes.ts";
import { candidates, enforceRules, type TurnList } from "./rules.ts";
import type { TurnOptions } from "./types.ts";

/** `y` must be gap-free; `filled` marks interpolated positions, which never become candidates. */
export function bbq(y: Float64Array, o: TurnOptions, filled?: Uint8Array): TurnList {
  const cand = candidates(y, o.window, filled);
  const t: TurnList = { idx: cand.idx.slice(), typ: cand.typ.slice() };
  enforceRules(y, t, o);
  enforcePhaseExtremes(y, t, cand, o);
  return t;
}
