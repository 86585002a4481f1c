/**
 * The censoring rules of Bry–Boschan / BBQ (methods.md §2, steps 2–6), applied to a list
 * of turns held as two parallel arrays: observation index and type (+1 peak, −1 trough).
 * Each rule removes what it must and reports whether it changed anything; `enforceRules`
 * repeats them until nothing changes.
 *
 * Ties: of two equal extremes the later one is kept (as one R port of BBQ does). Real data
 * has repeated values (China's inventory YoY reads 0.3 in 2019-03 and 2019-11) and the
 * later of two equal lows is the one after which the series actually turns.
 */
import type { TurnOptions } from "./types.ts";

export interface TurnList {
  idx: number[];
  typ: number[]; // +1 peak, −1 trough
}

/** Is the turn at i at least as extreme as the earlier same-type turn at j? (later wins ties) */
function laterWins(y: ArrayLike<number>, later: number, earlier: number, typ: number): boolean {
  return typ > 0 ? y[later] >= y[earlier] : y[later] <= y[earlier];
}

/** Is the earlier turn strictly more extreme than the later one of the same type? */
function earlierStrictlyMore(y: ArrayLike<number>, earlier: number, later: number, typ: number): boolean {
  return !laterWins(y, later, earlier, typ);
}

function removeAt(t: TurnList, ...positions: number[]): void {
  positions.sort((a, b) => b - a);
  for (const p of positions) { t.idx.splice(p, 1); t.typ.splice(p, 1); }
}

/** Step 2: peaks and troughs alternate; of two same-type neighbours keep the more extreme. */
export function alternate(y: ArrayLike<number>, t: TurnList): boolean {
  let changed = false;
  for (let k = 0; k + 1 < t.idx.length; ) {
    if (t.typ[k] !== t.typ[k + 1]) { k++; continue; }
    const keepLater = laterWins(y, t.idx[k + 1], t.idx[k], t.typ[k]);
    removeAt(t, keepLater ? k : k + 1);
    changed = true;
  }
  return changed;
}

/**
 * Step 3: no turn within `censor` observations of either end, and the turns nearest the ends
 * must be the extremes of the stretch they close: the first turn, if a peak, at least as high
 * as every value before it (a trough: as low), and the last turn likewise against every value
 * after it. Bry & Boschan (1971) state it as "eliminate peaks (troughs) at both ends which are
 * lower (higher) than values closer to the end"; we read "at both ends" as the outermost
 * turn, so that a turn shielded by an earlier opposite turn is not compared with values
 * beyond that turn (China's 2001-06 peak is lower than the 1997 readings, yet it follows
 * the 2000-05 trough and is a real peak).
 */
export function censorEnds(y: ArrayLike<number>, t: TurnList, censor: number, ends: EndExtremes = endExtremes(y)): boolean {
  const n = y.length;
  let changed = false;
  for (let k = t.idx.length - 1; k >= 0; k--) {
    if (t.idx[k] < censor || t.idx[k] > n - 1 - censor) { removeAt(t, k); changed = true; }
  }
  if (t.idx.length > 0) {
    const i = t.idx[0];
    if (i > 0 && (t.typ[0] > 0 ? ends.maxBefore[i] > y[i] : ends.minBefore[i] < y[i])) { removeAt(t, 0); changed = true; }
  }
  if (t.idx.length > 0) {
    const k = t.idx.length - 1;
    const i = t.idx[k];
    if (i < n - 1 && (t.typ[k] > 0 ? ends.maxAfter[i] > y[i] : ends.minAfter[i] < y[i])) { removeAt(t, k); changed = true; }
  }
  return changed;
}

/** Running extremes strictly before and strictly after each position, so step 3 costs O(1) per pass. */
export interface EndExtremes { maxBefore: Float64Array; minBefore: Float64Array; maxAfter: Float64Array; minAfter: Float64Array }

export function endExtremes(y: ArrayLike<number>): EndExtremes {
  const n = y.length;
  const maxBefore = new Float64Array(n), minBefore = new Float64Array(n), maxAfter = new Float64Array(n), minAfter = new Float64Array(n);
  let hi = -Infinity, lo = Infinity;
  for (let i = 0; i < n; i++) { maxBefore[i] = hi; minBefore[i] = lo; if (y[i] > hi) hi = y[i]; if (y[i] < lo) lo = y[i]; }
  hi = -Infinity; lo = Infinity;
  for (let i = n - 1; i >= 0; i--) { maxAfter[i] = hi; minAfter[i] = lo; if (y[i] > hi) hi = y[i]; if (y[i] < lo) lo = y[i]; }
  return { maxBefore, minBefore, maxAfter, minAfter };
}

/**
 * Removes one offending phase (between turns k and k+1) keeping the dominant extremes: the
 * pair k, k+1 goes, unless one of them is more extreme than its same-type neighbour on the
 * other side — then that one stays and the neighbouring pair goes instead. When both are
 * dominant (a sharp V, such as China's 2020-03 inventory spike after the 2019-11 trough),
 * one of them must still go: the one whose other phase moves less, so the larger swings of
 * the cycle are kept.
 */
function dropPhase(y: ArrayLike<number>, t: TurnList, k: number): void {
  const m = t.idx.length;
  const xDom = k + 2 < m && earlierStrictlyMore(y, t.idx[k], t.idx[k + 2], t.typ[k]);
  const yDom = k - 1 >= 0 && laterWins(y, t.idx[k + 1], t.idx[k - 1], t.typ[k + 1]);
  if (xDom && yDom) {
    const after = Math.abs(y[t.idx[k + 2]] - y[t.idx[k + 1]]); // phase y → next x
    const before = Math.abs(y[t.idx[k]] - y[t.idx[k - 1]]); // phase previous y → x
    if (after <= before) removeAt(t, k + 1, k + 2);
    else removeAt(t, k - 1, k);
  } else if (xDom) removeAt(t, k + 1, k + 2);
  else if (yDom) removeAt(t, k - 1, k);
  else removeAt(t, k, k + 1);
}

/** Step 4: every phase at least `minPhase` observations; the shortest offender goes first. */
export function minPhase(y: ArrayLike<number>, t: TurnList, min: number): boolean {
  let worst = -1;
  let worstLen = min;
  for (let k = 0; k + 1 < t.idx.length; k++) {
    const d = t.idx[k + 1] - t.idx[k];
    if (d < worstLen) { worstLen = d; worst = k; }
  }
  if (worst < 0) return false;
  dropPhase(y, t, worst);
  return true;
}

/** Step 6: every phase rises or falls by at least `min` (series units); the smallest goes first. */
export function minAmplitude(y: ArrayLike<number>, t: TurnList, min: number): boolean {
  if (!(min > 0)) return false;
  let worst = -1;
  let worstAmp = min;
  for (let k = 0; k + 1 < t.idx.length; k++) {
    const a = Math.abs(y[t.idx[k + 1]] - y[t.idx[k]]);
    if (a < worstAmp) { worstAmp = a; worst = k; }
  }
  if (worst < 0) return false;
  dropPhase(y, t, worst);
  return true;
}

/**
 * Step 5: peak→peak and trough→trough at least `minCycle`. Of the two same-type turns the
 * less extreme goes (the earlier on a tie), with the less extreme of its opposite-type
 * neighbours, so that alternation holds.
 */
export function minCycle(y: ArrayLike<number>, t: TurnList, min: number): boolean {
  let worst = -1;
  let worstLen = min;
  for (let k = 0; k + 2 < t.idx.length; k++) {
    const d = t.idx[k + 2] - t.idx[k];
    if (d < worstLen) { worstLen = d; worst = k; }
  }
  if (worst < 0) return false;
  const k = worst;
  const typ = t.typ[k];
  const dropFirst = laterWins(y, t.idx[k + 2], t.idx[k], typ);
  const d = dropFirst ? k : k + 2;
  const left = d - 1;
  const right = d + 1;
  let opp: number;
  if (left < 0) opp = right;
  else if (right >= t.idx.length) opp = left;
  else opp = laterWins(y, t.idx[right], t.idx[left], t.typ[left]) ? left : right; // keep the more extreme
  removeAt(t, d, opp);
  return true;
}

/** Steps 2–6 until nothing changes. */
export function enforceRules(y: ArrayLike<number>, t: TurnList, o: TurnOptions): void {
  const ends = endExtremes(y);
  for (let guard = 0; guard < 10000; guard++) {
    let changed = alternate(y, t);
    changed = censorEnds(y, t, o.censor, ends) || changed;
    if (changed) continue;
    if (minPhase(y, t, o.minPhase)) continue;
    if (minCycle(y, t, o.minCycle)) continue;
    if (minAmplitude(y, t, o.minAmplitude)) continue;
    return;
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
    const lo = t - w < 0 ? 0 : t - w;
    const hi = t + w >= n ? n - 1 : t + w;
    for (let s = lo; s <= hi; s++) {
      const u = y[s];
      if (u > v) { isMax = false; if (!isMin) break; }
      if (u < v) { isMin = false; if (!isMax) break; }
    }
    if (isMax && isMin) continue; // flat window: no information
    if (isMax) { idx.push(t); typ.push(1); } else if (isMin) { idx.push(t); typ.push(-1); }
  }
  return { idx, typ };
}
