/**
 * "Every turn is the extreme of its phase", BBQ's last rule. A peak is the highest of
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
import { candidates, type TurnList } from "./rules.ts";
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
export function forbidding(y: ArrayLike<number>, t: TurnList, k: number, c: number, o: Rules): PlacementRule[] {
  const out: PlacementRule[] = [];
  if (outsideCensor(y.length, c, o)) out.push("censor");
  if (failsEndRule(y, t, k, c)) out.push("endRule");
  if (tooClose(t, k, c, 1, o.minPhase)) out.push("minPhase");
  if (tooClose(t, k, c, 2, o.minCycle)) out.push("minCycle");
  return out;
}

/** Is c inside the censored ends? */
const outsideCensor = (n: number, c: number, o: Rules) => c < o.censor || c > n - 1 - o.censor;

/** Is c closer than `min` to turn k ± `step` (1: the opposite neighbours, 2: the same-type turns)? */
function tooClose(t: TurnList, k: number, c: number, step: number, min: number): boolean {
  return (k >= step && c - t.idx[k - step] < min) || (k + step < t.idx.length && t.idx[k + step] - c < min);
}

/** As the first (last) turn, would c fail the end rule: a value before (after) it more extreme? */
function failsEndRule(y: ArrayLike<number>, t: TurnList, k: number, c: number): boolean {
  const typ = t.typ[k];
  if (k === 0) for (let s = 0; s < c; s++) if (beats(typ, y[s], y[c])) return true;
  if (k === t.idx.length - 1) for (let s = c + 1; s < y.length; s++) if (beats(typ, y[s], y[c])) return true;
  return false;
}

/** May turn k of `t` move to c? (`forbidding` is empty; this one allocates nothing.) */
function allowed(y: ArrayLike<number>, t: TurnList, k: number, c: number, o: Rules): boolean {
  return (
    !outsideCensor(y.length, c, o) &&
    !tooClose(t, k, c, 1, o.minPhase) &&
    !tooClose(t, k, c, 2, o.minCycle) &&
    !failsEndRule(y, t, k, c)
  );
}

/**
 * For each turn of `t`, the most extreme same-type candidate of `cand` strictly between its
 * opposite neighbours that beats it, if any: first the most extreme one the rules allow (the
 * later on a tie, as everywhere in the rules); when none is allowed, the most extreme one with the
 * rules that forbid it. `cand` is the list of step 1, in order of observation.
 */
export function phaseExtremeBreaks(
  y: ArrayLike<number>,
  t: TurnList,
  cand: TurnList,
  o: Rules,
  allowedOnly = false,
): PhaseExtremeBreak[] {
  const out: PhaseExtremeBreak[] = [];
  const m = t.idx.length;
  let c0 = 0; // first candidate after the previous opposite turn
  for (let k = 0; k < m; k++) {
    const typ = t.typ[k],
      i = t.idx[k];
    const lo = k > 0 ? t.idx[k - 1] : -1;
    const hi = k + 1 < m ? t.idx[k + 1] : y.length;
    while (c0 < cand.idx.length && cand.idx[c0] <= lo) c0++;
    let best = -1,
      forbidden = -1;
    for (let q = c0; q < cand.idx.length && cand.idx[q] < hi; q++) {
      const c = cand.idx[q];
      if (cand.typ[q] !== typ || c === i || !beats(typ, y[c], y[i])) continue;
      if (allowed(y, t, k, c, o)) {
        if (best < 0 || !beats(typ, y[best], y[c])) best = c;
      } else if (!allowedOnly && (forbidden < 0 || !beats(typ, y[forbidden], y[c]))) forbidden = c;
    }
    if (best >= 0) out.push({ k, turn: i, better: best, forbiddenBy: [] });
    else if (forbidden >= 0)
      out.push({ k, turn: i, better: forbidden, forbiddenBy: forbidding(y, t, k, forbidden, o) });
  }
  return out;
}

/**
 * The last rule of BBQ: moves every turn that a more extreme allowed candidate beats to the most
 * extreme such candidate, the largest gain first, until none is left. Returns the number of moves.
 */
export function enforcePhaseExtremes(y: ArrayLike<number>, t: TurnList, cand: TurnList, o: Rules): number {
  let moves = 0;
  for (;;) {
    const breaks = phaseExtremeBreaks(y, t, cand, o, true);
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
export function turnExtremeBreaks(
  values: ArrayLike<number>,
  dating: readonly Turn[],
  options: Partial<TurnOptions> = {},
  preset: TurnPreset = "inventory",
): TurnExtremeBreak[] {
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
 * observation it could take. Returns the number of moves (on shipped data one trough moves:
 * `us.real_sales_yoy` 1985-07 → 1985-06; the ±4 refinement rarely ends on the edge of its window).
 */
export function climbToLocalExtremes(y: ArrayLike<number>, t: TurnList, o: Rules, skip?: Uint8Array): number {
  let moves = 0;
  for (let moved = true; moved; ) {
    moved = false;
    for (let k = 0; k < t.idx.length; k++) {
      const lo = k > 0 ? t.idx[k - 1] : -1;
      const hi = k + 1 < t.idx.length ? t.idx[k + 1] : y.length;
      for (let d = -1; d <= 1; d += 2) {
        const j = t.idx[k] + d;
        if (j <= lo || j >= hi || (skip !== undefined && skip[j] === 1)) continue;
        if (!beats(t.typ[k], y[j], y[t.idx[k]]) || !allowed(y, t, k, j, o)) continue;
        t.idx[k] = j;
        moves++;
        moved = true;
        break;
      }
    }
  }
  return moves;
}
