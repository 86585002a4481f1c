/**
 * "Every turn is the extreme of its phase" (issue 22), BBQ's last rule. A peak is the highest of
 * the window candidates strictly between the troughs either side of it (a trough: the lowest
 * between its peaks); the first and last turns are bounded by the series' ends, where the end rule
 * already compares them with every value. Only candidates of step 1 count (a peak candidate is the
 * maximum of its ±window), and only those the other rules allow in the turn's place: outside the
 * censored ends, at least `minPhase` observations from both opposite neighbours, at least
 * `minCycle` from the same-type turns before and after, and for the first (last) turn at least as
 * extreme as every value before (after) it. A more extreme candidate that one of these rules
 * forbids is reported with the rule's name, and the turn stays.
 *
 * Moving a turn to a more extreme candidate between the same neighbours keeps every other rule:
 * both phases it closes move further in their own direction (right way, minimum amplitude), and
 * the spans are checked above. Each move makes the sum of peak values minus trough values strictly
 * larger, so repeating the moves ends.
 */
import { fillGaps } from "../transforms/interpolate.ts";
import { candidates, endExtremes, type EndExtremes, type TurnList } from "./rules.ts";
import { resolveTurnOptions, type Turn, type TurnOptions, type TurnPreset } from "./types.ts";

/** The rules that can forbid a more extreme candidate its turn's place. */
export type PlacementRule = "censor" | "endRule" | "minPhase" | "minCycle";

export interface PhaseExtremeBreak {
  /** Position of the turn in the list. */
  k: number;
  /** The turn's observation and the more extreme candidate's. */
  turn: number;
  better: number;
  /** Empty when nothing forbids the move: a rule break. Otherwise the rules that forbid it. */
  forbiddenBy: PlacementRule[];
}

type Rules = Pick<TurnOptions, "censor" | "minPhase" | "minCycle">;

/** Is candidate value `a` more extreme than `b` for a turn of type `typ`? */
const beats = (typ: number, a: number, b: number) => (typ > 0 ? a > b : a < b);

/**
 * The rules that forbid moving turn k of `t` to observation c (an empty list: nothing forbids it).
 * The end rule matters only for the first and last turns: moved towards the middle, a first peak
 * must still be at least as high as every value before it.
 */
export function forbidding(y: ArrayLike<number>, t: TurnList, k: number, c: number, o: Rules, ends: EndExtremes): PlacementRule[] {
  const out: PlacementRule[] = [];
  const m = t.idx.length, n = y.length, typ = t.typ[k];
  if (c < o.censor || c > n - 1 - o.censor) out.push("censor");
  const first = k === 0 && (typ > 0 ? ends.maxBefore[c] > y[c] : ends.minBefore[c] < y[c]);
  const last = k === m - 1 && (typ > 0 ? ends.maxAfter[c] > y[c] : ends.minAfter[c] < y[c]);
  if (first || last) out.push("endRule");
  if ((k > 0 && c - t.idx[k - 1] < o.minPhase) || (k + 1 < m && t.idx[k + 1] - c < o.minPhase)) out.push("minPhase");
  if ((k > 1 && c - t.idx[k - 2] < o.minCycle) || (k + 2 < m && t.idx[k + 2] - c < o.minCycle)) out.push("minCycle");
  return out;
}

/**
 * For each turn of `t`, the most extreme same-type candidate of `cand` strictly between its
 * opposite neighbours that beats it, if any: first the most extreme one the rules allow (the
 * later on a tie, as everywhere in the rules); when none is allowed, the most extreme one with the
 * rules that forbid it. `cand` is the list of step 1, in order of observation.
 */
export function phaseExtremeBreaks(y: ArrayLike<number>, t: TurnList, cand: TurnList, o: Rules, ends: EndExtremes = endExtremes(y)): PhaseExtremeBreak[] {
  const out: PhaseExtremeBreak[] = [];
  const m = t.idx.length;
  let c0 = 0; // first candidate after the previous opposite turn
  for (let k = 0; k < m; k++) {
    const typ = t.typ[k], i = t.idx[k];
    const lo = k > 0 ? t.idx[k - 1] : -1;
    const hi = k + 1 < m ? t.idx[k + 1] : y.length;
    while (c0 < cand.idx.length && cand.idx[c0] <= lo) c0++;
    let allowed = -1, forbidden = -1;
    for (let q = c0; q < cand.idx.length && cand.idx[q] < hi; q++) {
      const c = cand.idx[q];
      if (cand.typ[q] !== typ || c === i || !beats(typ, y[c], y[i])) continue;
      if (forbidding(y, t, k, c, o, ends).length === 0) {
        if (allowed < 0 || !beats(typ, y[allowed], y[c])) allowed = c;
      } else if (forbidden < 0 || !beats(typ, y[forbidden], y[c])) forbidden = c;
    }
    if (allowed >= 0) out.push({ k, turn: i, better: allowed, forbiddenBy: [] });
    else if (forbidden >= 0) out.push({ k, turn: i, better: forbidden, forbiddenBy: forbidding(y, t, k, forbidden, o, ends) });
  }
  return out;
}

/**
 * The last rule of BBQ: moves every turn that a more extreme allowed candidate beats to that
 * candidate, the most extreme first, until none is left. Returns the number of moves.
 */
export function enforcePhaseExtremes(y: ArrayLike<number>, t: TurnList, cand: TurnList, o: Rules): number {
  const ends = endExtremes(y);
  let moves = 0;
  for (;;) {
    const breaks = phaseExtremeBreaks(y, t, cand, o, ends).filter((b) => b.forbiddenBy.length === 0);
    if (breaks.length === 0) return moves;
    let best = breaks[0];
    for (const b of breaks) {
      const gain = Math.abs(y[b.better] - y[b.turn]);
      if (gain > Math.abs(y[best.better] - y[best.turn])) best = b;
    }
    t.idx[best.k] = best.better;
    moves++;
  }
}

/** A turn that a more extreme candidate between the same neighbours beats, in the input's indices. */
export interface TurnExtremeBreak {
  turn: Turn;
  /** The more extreme candidate: observation index (input's indices) and value. */
  better: { index: number; value: number };
  /** Empty for a rule break; else the rules that forbid the candidate the turn's place. */
  forbiddenBy: PlacementRule[];
}

/**
 * Checks a dating of `values` (as `turns` returns it) against the rule above, with the window,
 * censor, minPhase and minCycle of `options`: every turn beaten by a more extreme candidate
 * between its opposite neighbours. For BBQ the allowed ones (`forbiddenBy` empty) never occur;
 * full Bry–Boschan is not bound by it (docs/turning-points.md).
 */
export function turnExtremeBreaks(values: ArrayLike<number>, dating: readonly Turn[], options: Partial<TurnOptions> = {}, preset: TurnPreset = "inventory"): TurnExtremeBreak[] {
  const o = resolveTurnOptions(options, preset);
  let first = 0;
  while (first < values.length && !Number.isFinite(values[first])) first++;
  let last = values.length - 1;
  while (last >= first && !Number.isFinite(values[last])) last--;
  const { values: y, filled } = fillGaps(Float64Array.from(values).subarray(first, last + 1));
  const t: TurnList = { idx: dating.map((d) => d.index - first), typ: dating.map((d) => (d.type === "peak" ? 1 : -1)) };
  return phaseExtremeBreaks(y, t, candidates(y, o.window, filled), o).map((b) => ({
    turn: dating[b.k],
    better: { index: b.better + first, value: y[b.better] },
    forbiddenBy: b.forbiddenBy,
  }));
}

/**
 * Full Bry–Boschan's last step (its guarantee instead of the rule above): every turn climbs to an
 * adjacent published observation that is more extreme, strictly between its neighbours, while the
 * rules allow the move (`forbidding`). Afterwards no turn has a more extreme neighbouring
 * observation it could take. Returns the number of moves (on shipped data: none; the ±4 refinement
 * rarely ends on the edge of its window).
 */
export function climbToLocalExtremes(y: ArrayLike<number>, t: TurnList, o: Rules, skip?: Uint8Array): number {
  const ends = endExtremes(y);
  let moves = 0;
  for (let moved = true; moved; ) {
    moved = false;
    for (let k = 0; k < t.idx.length; k++) {
      const lo = k > 0 ? t.idx[k - 1] : -1;
      const hi = k + 1 < t.idx.length ? t.idx[k + 1] : y.length;
      for (const j of [t.idx[k] - 1, t.idx[k] + 1]) {
        if (j <= lo || j >= hi || (skip !== undefined && skip[j] === 1)) continue;
        if (!beats(t.typ[k], y[j], y[t.idx[k]]) || forbidding(y, t, k, j, o, ends).length > 0) continue;
        t.idx[k] = j;
        moves++;
        moved = true;
        break;
      }
    }
  }
  return moves;
}
