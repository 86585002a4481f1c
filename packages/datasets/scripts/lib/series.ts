/**
 * Monthly helpers for the recipes: ranges, restriction, splicing with overlap checks, YoY,
 * rounding of derived numbers (at most 6 decimals; published values are never rounded).
 */
import { formatMonth } from "@kitchin/core";
import type { Monthly } from "./raw.ts";

/** The derivations themselves live in `src/derive.ts` (shared with `kitchin data import`). */
export { round6, yoyByMonth as yoy, salesByMonth } from "../../src/derive.ts";

export function span(m: Monthly): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const k of m.keys()) {
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  return [lo, hi];
}

export function restrict(m: Monthly, from: number, to: number): Monthly {
  const out: Monthly = new Map();
  for (const [k, v] of m) if (k >= from && k <= to) out.set(k, v);
  return out;
}

/** Compares two sources on their common months; returns stats (used for overlap checks and reports). */
export function compare(a: Monthly, b: Monthly, from = -Infinity, to = Infinity) {
  let n = 0;
  let maxAbs = 0;
  let sum = 0;
  let sumAbs = 0;
  let at = NaN;
  for (const [k, va] of a) {
    if (k < from || k > to) continue;
    const vb = b.get(k);
    if (vb === undefined) continue;
    const d = va - vb;
    n++;
    sum += d;
    sumAbs += Math.abs(d);
    if (Math.abs(d) > maxAbs) {
      maxAbs = Math.abs(d);
      at = k;
    }
  }
  return {
    n,
    meanDiff: n ? sum / n : NaN,
    meanAbsDiff: n ? sumAbs / n : NaN,
    maxAbsDiff: maxAbs,
    maxAt: Number.isNaN(at) ? null : formatMonth(at),
  };
}

/** Throws unless `a` and `b` agree within `tol` on every common month (and share at least `minN`). */
export function assertAgree(what: string, a: Monthly, b: Monthly, tol: number, minN = 1, from?: number, to?: number) {
  const c = compare(a, b, from, to);
  if (c.n < minN) throw new Error(`${what}: only ${c.n} common months (need ${minN})`);
  if (c.maxAbsDiff > tol)
    throw new Error(`${what}: sources differ by ${c.maxAbsDiff} at ${c.maxAt} (tolerance ${tol})`);
  return c;
}

/** Union where `first` wins on common months. */
export function merge(first: Monthly, ...rest: Monthly[]): Monthly {
  const out: Monthly = new Map(first);
  for (const m of rest) for (const [k, v] of m) if (!out.has(k)) out.set(k, v);
  return out;
}
