/**
 * CYCLE.STATE and CYCLE.PHASE: rows in, the core's ex-post or as-of path out, one label per row.
 * The input rows are consecutive months; as-of rows are stamped by the month at whose end the
 * state is known (methods.md §3), so with a release lag the first rows are unknown.
 */
import {
  analyseCycle, phaseIdOf, phaseLabel, realtimeStates, series, stateName, statesFromTurns, turns, STATE_LABELS,
} from "@kitchin/core";
import { numbers, sameLength, vector, type Out, type Range } from "../cells.ts";
import { PHASE_OPTIONS, STATE_OPTIONS, cycleAnalysisOf, isAsOf, langOf, parseOptions, reversalOf, turnOptionsOf } from "../options.ts";
import { ASOF_KEYS, TURN_KEYS, notWith } from "./only.ts";

/** A single series' state; turning points default to Bry–Boschan's monthly rules, as `kitchin turns`. */
export function stateOf(values: Range, options?: string | null): Out {
  const o = parseOptions(options, STATE_OPTIONS);
  const { values: y, shape } = numbers(values, "values");
  let s: Int8Array;
  if (isAsOf(o)) {
    notWith(o, TURN_KEYS, "with mode=ex-post");
    s = realtimeStates(y, reversalOf(o));
  } else {
    notWith(o, ASOF_KEYS, "with mode=as-of");
    const t = turnOptionsOf(o, "monthly");
    s = statesFromTurns(y.length, turns(y, t.turns, t.preset), o.extend === true);
  }
  if (o.format === "code") return vector(s, shape);
  const lang = langOf(o);
  return vector(Array.from(s, (x) => STATE_LABELS[stateName(x) ?? "unknown"][lang]), shape);
}

/** Phases as `kitchin phase` computes them (the core's `analyseCycle`), aligned with the rows. */
export function phaseOf(revenue: Range, inventory: Range, options?: string | null): Out {
  const o = parseOptions(options, PHASE_OPTIONS);
  const rev = numbers(revenue, "revenue");
  const inv = numbers(inventory, "inventory").values;
  sameLength(rev.values, "revenue", inv, "inventory");
  if (isAsOf(o)) notWith(o, TURN_KEYS, "with mode=ex-post");
  else notWith(o, ASOF_KEYS, "with mode=as-of");
  const opts = cycleAnalysisOf(o);
  const a = analyseCycle(series(0, rev.values), series(0, inv), opts);
  const tl = isAsOf(o) ? a.realtime : a.history;
  // Row k is month k. As-of, a phase exists up to "now", the core's one definition (`asOf`: the
  // last row at which both inputs' last values are known; trailing blank rows do not count), as
  // for `kitchin phase`; ex-post the history covers every row.
  const n = inv.length;
  const last = isAsOf(o) ? a.asOf : n - 1;
  const codes = new Int8Array(n).fill(-1);
  for (let k = 0; k <= Math.min(last, n - 1); k++) {
    const j = k - tl.start;
    if (j >= 0 && j < tl.codes.length) codes[k] = tl.codes[j];
  }
  if (o.format === "code") return vector(codes, rev.shape);
  if (o.format === "id") return vector(Array.from(codes, (c) => phaseIdOf(c) ?? "unknown"), rev.shape);
  const lang = langOf(o);
  return vector(Array.from(codes, (c) => phaseLabel(c, lang)), rev.shape);
}
