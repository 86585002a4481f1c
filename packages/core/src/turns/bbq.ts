/**
 * BBQ: the Bry–Boschan (1971) dating rules as simplified by Harding & Pagan (2002),
 * "Dissecting the cycle: a methodological investigation", J. Monetary Economics 49(2).
 * Candidates are local extremes of a ±window; then the rules of methods.md §2 in the order of
 * docs/turning-points.md (censoring, end rule, the loop until nothing changes, end rule).
 */
import { candidates, enforceRules, type TurnList } from "./rules.ts";
import type { TurnOptions } from "./types.ts";

/** `y` must be gap-free; `filled` marks interpolated positions, which never become candidates. */
export function bbq(y: Float64Array, o: TurnOptions, filled?: Uint8Array): TurnList {
  const t = candidates(y, o.window, filled);
  enforceRules(y, t, o);
  return t;
}
