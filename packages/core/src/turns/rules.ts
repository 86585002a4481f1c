/**
 * The censoring rules of Bry–Boschan / BBQ (methods.md §2, steps 2–6), applied to a list
 * of turns held as two parallel arrays: observation index and type (+1 peak, −1 trough).
 * docs/turning-points.md has the rule table, side by side with two reference daters
 * (R BCDating's `BBQ`, bcycle's port of Bry & Boschan's program).
 *
 * Order (Bry & Boschan's): censoring and the end rule once; then alternation, wrong-way phases,
 * minimum phase, minimum cycle and minimum amplitude, one violation at a time, until nothing
 * changes; then the end rule once more. Every rule only deletes turns, so the loop ends after at
 * most one pass per turn.
 *
 * Ties: of two equal extremes the later one is kept. Real data has repeated values (China's
 * inventory YoY reads 0.3 in 2019-03 and 2019-11) and the later of two equal lows is the one
 * after which the series actually turns.
 */
import type { TurnOptions } from "./types.ts";

export interface TurnList {
  idx: number[];
  typ: number[]; // +1 peak, −1 trough
}

/** How far `a` lies beyond `b` in the direction of a turn of type `typ` (> 0: `a` is more extreme). */
function beyond(typ: number, a: number, b: number): number {
  return typ > 0 ? a - b : b - a;
}

/** Is the turn at i at least as extreme as the earlier same-type turn at j? (later wins ties) */
function laterWins(y: ArrayLike<number>, later: number, earlier: number, typ: number): boolean {
  return typ > 0 ? y[later] >= y[earlier] : y[later] <= y[earlier];
}

function removeAt(t: TurnList, ...positions: number[]): void {
  positions.sort((a, b) => b - a);
  for (const p of positions) {
    t.idx.splice(p, 1);
    t.typ.splice(p, 1);
  }
}

/** Step 2: peaks and troughs alternate; of two same-type neighbours keep the more extreme. */
export function alternate(y: ArrayLike<number>, t: TurnList): boolean {
  let changed = false;
  for (let k = 0; k + 1 < t.idx.length; ) {
    if (t.typ[k] !== t.typ[k + 1]) {
      k++;
      continue;
    }
    const keepLater = laterWins(y, t.idx[k + 1], t.idx[k], t.typ[k]);
    removeAt(t, keepLater ? k : k + 1);
    changed = true;
  }
  return changed;
}

/** Step 3a: no turn within `censor` observations of either end of a series of length n. */
export function censorEnds(t: TurnList, n: number, censor: number): boolean {
  let changed = false;
  for (let k = t.idx.length - 1; k >= 0; k--) {
    if (t.idx[k] < censor || t.idx[k] > n - 1 - censor) {
      removeAt(t, k);
      changed = true;
    }
  }
  return changed;
}

/** Running extremes strictly before and strictly after each position, so a rule costs O(1) per test. */
export interface EndExtremes {
  maxBefore: Float64Array;
  minBefore: Float64Array;
  maxAfter: Float64Array;
  minAfter: Float64Array;
}

export function endExtremes(y: ArrayLike<number>): EndExtremes {
  const n = y.length;
  const maxBefore = new Float64Array(n),
    minBefore = new Float64Array(n),
    maxAfter = new Float64Array(n),
    minAfter = new Float64Array(n);
  let hi = -Infinity,
    lo = Infinity;
  for (let i = 0; i < n; i++) {
    maxBefore[i] = hi;
    minBefore[i] = lo;
    if (y[i] > hi) hi = y[i];
    if (y[i] < lo) lo = y[i];
  }
  hi = -Infinity;
  lo = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    maxAfter[i] = hi;
    minAfter[i] = lo;
    if (y[i] > hi) hi = y[i];
    if (y[i] < lo) lo = y[i];
  }
  return { maxBefore, minBefore, maxAfter, minAfter };
}

/** The most extreme value of a turn type strictly before (after) observation i. */
const extremeBefore = (e: EndExtremes, i: number, typ: number) => (typ > 0 ? e.maxBefore[i] : e.minBefore[i]);
const extremeAfter = (e: EndExtremes, i: number, typ: number) => (typ > 0 ? e.maxAfter[i] : e.minAfter[i]);

/**
 * Step 3b, the end rule, applied once at each end before and once after the other rules (which
 * may expose a new outermost turn): the first turn must be
 * at least as extreme as every value before it (a peak at least as high, a trough at least as
 * low), the last turn likewise against every value after it; a turn that is not is removed.
 * Bry & Boschan (1971) state it as "eliminate peaks (troughs) at both ends which are lower
 * (higher) than values closer to the end". Each pass looks only at the outermost turn: once it
 * is gone the next one is not tested in the same pass, so outliers in the first or last months
 * remove at most two turns at that end and cannot peel off the whole history. It also means a
 * turn shielded by an opposite turn closer to the end is never compared with values beyond that
 * turn (China's 2001-06 peak is lower than the 1997 readings, yet it follows the 2000-05 trough
 * and is a real peak).
 */
export function endRule(y: ArrayLike<number>, t: TurnList, ends: EndExtremes): boolean {
  let changed = false;
  if (t.idx.length > 0) {
    const i = t.idx[0];
    if (beyond(t.typ[0], extremeBefore(ends, i, t.typ[0]), y[i]) > 0) {
      removeAt(t, 0);
      changed = true;
    }
  }
  if (t.idx.length > 0) {
    const k = t.idx.length - 1;
    const i = t.idx[k];
    if (beyond(t.typ[k], extremeAfter(ends, i, t.typ[k]), y[i]) > 0) {
      removeAt(t, k);
      changed = true;
    }
  }
  return changed;
}

/**
 * What a deletion loses: for each deleted turn, how far it lies beyond the same-type turn that
 * takes its place in the merged phase (0 when the deleted turn is no more extreme). Deleting the
 * adjacent pair j, j+1 merges the phases j−1 → j+2: turn j is replaced by turn j+2 and turn
 * j+1 by turn j−1; at an end, by the most extreme value between the turn and that end. Deleting
 * only the outermost turn costs what the new outermost turn fails the end rule by. `ties` counts
 * deleted turns equal to a replacement before them (the tie rule keeps the later of two equals).
 */
function deletionCost(
  y: ArrayLike<number>,
  t: TurnList,
  del: readonly number[],
  ends: EndExtremes,
): { loss: number; ties: number } {
  const m = t.idx.length;
  const v = (k: number) => y[t.idx[k]];
  if (del.length === 1) {
    const k = del[0] === 0 ? 1 : m - 2; // the turn that becomes outermost
    if (k < 0 || k >= m) return { loss: 0, ties: 0 };
    const far = del[0] === 0 ? extremeBefore(ends, t.idx[k], t.typ[k]) : extremeAfter(ends, t.idx[k], t.typ[k]);
    return { loss: Math.max(0, beyond(t.typ[k], far, v(k))), ties: 0 };
  }
  const [j, j1] = del;
  const a = j + 2 < m ? v(j + 2) : extremeAfter(ends, t.idx[j], t.typ[j]);
  const b = j - 1 >= 0 ? v(j - 1) : extremeBefore(ends, t.idx[j1], t.typ[j1]);
  const loss = Math.max(0, beyond(t.typ[j], v(j), a)) + Math.max(0, beyond(t.typ[j1], v(j1), b));
  return { loss, ties: j - 1 >= 0 && v(j1) === b ? 1 : 0 };
}

/**
 * The rules' context: the running end extremes and, while the loop looks ahead (`enforceRules`),
 * the options the rest of the loop runs with.
 */
export interface RuleContext extends EndExtremes {
  lookahead?: TurnOptions;
}

/**
 * What a deletion finally loses once the rest of the loop has run (`dated`, the dating it ends
 * with): for each turn the deletion removed, how far it lies beyond the same-type turn of the
 * final phase it falls in (for a peak inside a rise, the peak ending that rise; inside a fall, the
 * peak starting it; beyond the outermost turn, the nearest same-type turn).
 */
function finalLoss(y: ArrayLike<number>, dated: TurnList, removed: TurnList, ends: EndExtremes): number {
  let loss = 0;
  let k = 0;
  const m = dated.idx.length;
  for (let r = 0; r < removed.idx.length; r++) {
    const i = removed.idx[r],
      typ = removed.typ[r];
    while (k < m && dated.idx[k] < i) k++;
    // dated turn k − 1 before i, k after it; inside, exactly one of them has i's type
    let q = -1;
    if (k < m && dated.typ[k] === typ) q = k;
    else if (k > 0 && dated.typ[k - 1] === typ) q = k - 1;
    else if (k === m && k >= 2) q = k - 2;
    else if (k === 0 && m >= 2) q = 1;
    const place = q >= 0 ? y[dated.idx[q]] : k === 0 ? extremeBefore(ends, i, typ) : extremeAfter(ends, i, typ);
    loss += Math.max(0, beyond(typ, y[i], place));
  }
  return loss;
}

/**
 * Removes one of the candidate deletions (each an adjacent pair of list positions, or the single
 * outermost turn): the one that loses least. A deletion that removes no turn more extreme than
 * the one it leaves in place costs 0, so it is always preferred; only when every choice loses an
 * extreme (a sharp V of two dominant turns) is the smallest loss taken. Pairs keep alternation;
 * no rule ever needs a second alternation pass.
 *
 * When every choice loses something now, the loss is judged on the dating each choice finally
 * leads to: every choice is tried on a copy, the rest of the loop run on it (without
 * looking ahead again), and a removed turn compared with the turn that finally holds its phase.
 * Judged only against the neighbours of the moment, a deletion kept trough 83 of the BCDating
 * reference series s134 as trough 72's replacement although trough 83 went one step later — and
 * with it peak 69, the highest of its phase. On equal final losses: the immediate loss, fewer
 * dropped later-equal extremes, the order listed. A choice that loses nothing now is taken without
 * looking ahead (it costs a full run of the loop per choice; on random walks that made dating 15
 * times slower), and choices that touch an outermost turn keep the immediate rule: there the end
 * rule decides, and looking ahead let a change in the first or last months reach further.
 */
function resolve(y: ArrayLike<number>, t: TurnList, options: number[][], ends: RuleContext): void {
  const costs = options.map((del) => deletionCost(y, t, del, ends));
  let best = 0;
  for (let q = 1; q < options.length; q++) {
    if (costs[q].loss < costs[best].loss || (costs[q].loss === costs[best].loss && costs[q].ties < costs[best].ties))
      best = q;
  }
  const interior = options.length > 1 && options.every((d) => !d.includes(0) && !d.includes(t.idx.length - 1));
  if (ends.lookahead !== undefined && interior && costs[best].loss > 0) {
    let bestFinal = Infinity;
    for (let q = 0; q < options.length; q++) {
      const final = lossAfterLoop(y, t, options[q], ends, ends.lookahead);
      const c = costs[q],
        b = costs[best];
      if (final < bestFinal || (final === bestFinal && (c.loss < b.loss || (c.loss === b.loss && c.ties < b.ties)))) {
        bestFinal = final;
        best = q;
      }
    }
  }
  removeAt(t, ...options[best]);
}

/** `finalLoss` of deletion `del` once the rest of the loop has run on a copy (without looking ahead again). */
function lossAfterLoop(
  y: ArrayLike<number>,
  t: TurnList,
  del: readonly number[],
  ends: RuleContext,
  o: TurnOptions,
): number {
  const rest: TurnList = { idx: t.idx.slice(), typ: t.typ.slice() };
  const order = del.slice().sort((a, b) => a - b);
  const removed: TurnList = { idx: order.map((k) => t.idx[k]), typ: order.map((k) => t.typ[k]) };
  removeAt(rest, ...del);
  const plain: RuleContext = { ...ends, lookahead: undefined };
  ruleLoop(y, rest, o, plain);
  endRule(y, rest, plain);
  return finalLoss(y, rest, removed, ends);
}

/** Deletions that end the phase between turns k and k+1, in order of preference. */
function phaseOptions(m: number, k: number): number[][] {
  const o: number[][] = [[k, k + 1]];
  if (k + 2 < m) o.push([k + 1, k + 2]);
  if (k >= 1) o.push([k - 1, k]);
  if (k === 0) o.push([0]);
  if (k + 1 === m - 1) o.push([m - 1]);
  return o;
}

/** Signed move of the phase k → k+1 in its own direction (a rise into a peak, a fall into a trough). */
function move(y: ArrayLike<number>, t: TurnList, k: number): number {
  return beyond(t.typ[k + 1], y[t.idx[k + 1]], y[t.idx[k]]);
}

/**
 * Harding & Pagan's alternation condition: a trough lies below the peak before it and a peak
 * above the trough before it. The most wrong-way phase goes first.
 */
export function wrongWay(y: ArrayLike<number>, t: TurnList, ends: RuleContext): boolean {
  let worst = -1;
  let worstMove = 0;
  for (let k = 0; k + 1 < t.idx.length; k++) {
    const d = move(y, t, k);
    if (d < worstMove || (d === 0 && worst < 0)) {
      worstMove = d;
      worst = k;
    }
  }
  if (worst < 0) return false;
  resolve(y, t, phaseOptions(t.idx.length, worst), ends);
  return true;
}

/**
 * The first `k` whose span from turn `k` to turn `k + step` is the shortest below `min` (phases:
 * step 1; cycles: step 2), or −1 when every span is at least `min`.
 */
function shortestSpan(t: TurnList, step: number, min: number): number {
  let worst = -1;
  let worstLen = min;
  for (let k = 0; k + step < t.idx.length; k++) {
    const d = t.idx[k + step] - t.idx[k];
    if (d < worstLen) {
      worstLen = d;
      worst = k;
    }
  }
  return worst;
}

/** Step 4: every phase at least `min` observations; the shortest offender goes first. */
export function minPhase(y: ArrayLike<number>, t: TurnList, min: number, ends: RuleContext): boolean {
  const worst = shortestSpan(t, 1, min);
  if (worst < 0) return false;
  resolve(y, t, phaseOptions(t.idx.length, worst), ends);
  return true;
}

/**
 * Step 5: peak→peak and trough→trough at least `min`; the shortest offender goes first. Of the
 * two same-type turns the less extreme goes (the earlier on a tie), as in Bry & Boschan's
 * program; of the two opposite turns that then become neighbours the less extreme goes too
 * (alternation). At an end there is no such pair: the outermost turn goes alone when the turn
 * left outermost is still the extreme of everything beyond it, else with its neighbour.
 */
export function minCycle(y: ArrayLike<number>, t: TurnList, min: number, ends: RuleContext): boolean {
  const k = shortestSpan(t, 2, min);
  if (k < 0) return false;
  const m = t.idx.length;
  const d = laterWins(y, t.idx[k + 2], t.idx[k], t.typ[k]) ? k : k + 2;
  if (d === 0) resolve(y, t, [[0], [0, 1]], ends);
  else if (d === m - 1) resolve(y, t, [[m - 1], [m - 2, m - 1]], ends);
  else removeAt(t, d, laterWins(y, t.idx[d + 1], t.idx[d - 1], t.typ[d + 1]) ? d - 1 : d + 1);
  return true;
}

/** Step 6: every phase rises or falls by at least `min` (series units); the smallest goes first. */
export function minAmplitude(y: ArrayLike<number>, t: TurnList, min: number, ends: RuleContext): boolean {
  if (!(min > 0)) return false;
  let worst = -1;
  let worstAmp = min;
  for (let k = 0; k + 1 < t.idx.length; k++) {
    const a = move(y, t, k);
    if (a < worstAmp) {
      worstAmp = a;
      worst = k;
    }
  }
  if (worst < 0) return false;
  resolve(y, t, phaseOptions(t.idx.length, worst), ends);
  return true;
}

/** Alternation and minimum cycle until stable (the smoothed-curve passes of full Bry–Boschan). */
export function enforceCycles(y: ArrayLike<number>, t: TurnList, min: number): void {
  const ends = endExtremes(y);
  while (alternate(y, t) || minCycle(y, t, min, ends));
}

/**
 * Steps 2–6 in Bry & Boschan's order: censoring, the end rule, then alternation, wrong-way
 * phases, minimum phase, cycle and amplitude until nothing changes, then the end rule once more
 * (the loop may have exposed a new outermost turn). The end rule therefore removes at most two
 * turns at each end, never more, whatever the values in the first and last months.
 */
export function enforceRules(y: ArrayLike<number>, t: TurnList, o: TurnOptions): void {
  const ends: RuleContext = { ...endExtremes(y), lookahead: o };
  censorEnds(t, y.length, o.censor);
  endRule(y, t, ends);
  ruleLoop(y, t, o, ends);
  endRule(y, t, ends);
}

/** Alternation, wrong-way phases, minimum phase, cycle and amplitude, one deletion at a time, until nothing changes. */
function ruleLoop(y: ArrayLike<number>, t: TurnList, o: TurnOptions, ends: RuleContext): void {
  for (;;) {
    if (alternate(y, t)) continue;
    if (wrongWay(y, t, ends)) continue;
    if (minPhase(y, t, o.minPhase, ends)) continue;
    if (minCycle(y, t, o.minCycle, ends)) continue;
    if (minAmplitude(y, t, o.minAmplitude, ends)) continue;
    break;
  }
}

/** Candidates of step 1: extremes of the window [t−w, t+w], skipping filled positions. */
export function candidates(y: ArrayLike<number>, w: number, skip?: Uint8Array): TurnList {
  const n = y.length;
  const idx: number[] = [];
  const typ: number[] = [];
  for (let t = 0; t < n; t++) {
    if (skip !== undefined && skip[t] === 1) continue;
    const v = y[t];
    // Most points fail against a direct neighbour: test those first.
    const l = t > 0 ? y[t - 1] : v;
    const r = t + 1 < n ? y[t + 1] : v;
    let isMax = l <= v && r <= v;
    let isMin = l >= v && r >= v;
    if (!isMax && !isMin) continue;
    const lo = Math.max(t - w, 0);
    const hi = t + w >= n ? n - 1 : t + w;
    for (let s = lo; s <= hi; s++) {
      const u = y[s];
      if (u > v) {
        isMax = false;
        if (!isMin) break;
      }
      if (u < v) {
        isMin = false;
        if (!isMax) break;
      }
    }
    if (isMax && isMin) continue; // flat window: no information
    if (isMax) {
      idx.push(t);
      typ.push(1);
    } else if (isMin) {
      idx.push(t);
      typ.push(-1);
    }
  }
  return { idx, typ };
}
