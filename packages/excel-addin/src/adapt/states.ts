/**
 * CYCLE.STATE and CYCLE.PHASE: rows in, the core's ex-post or as-of path out, one label per row.
 * The input rows are consecutive months; as-of rows are stamped by the month at whose end the
 * state is known (methods.md §3), so with a release lag the first rows are unknown.
 */
import {
  asOfPhases, expostPhases, phaseIdOf, phaseLabel, realtimeStates, series, stateName, statesFromTurns, turns,
  STATE_LABELS,
} from "@kitchin/core";
import { numbers, sameLength, vector, type Out, type Range } from "../cells.ts";
import { PHASE_OPTIONS, STATE_OPTIONS, isAsOf, langOf, parseOptions, reversalOf, turnOptionsOf } from "../options.ts";
import { ASOF_KEYS, TURN_KEYS, notWith } from "./only.ts";

export function stateOf(values: Range, options?: string | null): Out {
  const o = parseOptions(options, STATE_OPTIONS);
  const { values: y, shape } = numbers(values, "values");
  let s: Int8Array;
  if (isAsOf(o)) {
    notWith(o, TURN_KEYS, "with mode=ex-post");
    s = realtimeStates(y, reversalOf(o));
  } else {
    notWith(o, ASOF_KEYS, "with mode=as-of");
    const t = turnOptionsOf(o);
    s = statesFromTurns(y.length, turns(y, t.turns, t.preset), o.extend === true);
  }
  if (o.format === "code") return vector(s, shape);
  const lang = langOf(o);
  return vector(Array.from(s, (x) => STATE_LABELS[stateName(x) ?? "unknown"][lang]), shape);
}

export function phaseOf(revenue: Range, inventory: Range, options?: string | null): Out {
  const o = parseOptions(options, PHASE_OPTIONS);
  const rev = numbers(revenue, "revenue");
  const inv = numbers(inventory, "inventory").values;
  sameLength(rev.values, "revenue", inv, "inventory");
  const n = inv.length;
  let codes: Int8Array;
  if (isAsOf(o)) {
    notWith(o, TURN_KEYS, "with mode=ex-post");
    const lag = (o.lag as number | undefined) ?? 0;
    const tl = asOfPhases(series(0, rev.values), series(0, inv), {
      revenueLag: (o.revenueLag as number | undefined) ?? lag,
      inventoryLag: (o.inventoryLag as number | undefined) ?? lag,
      reversal: reversalOf(o),
    });
    // Row k is month k; the timeline starts at the smaller lag.
    codes = new Int8Array(n).fill(-1);
    for (let k = 0; k < n; k++) {
      const j = k - tl.start;
      if (j >= 0 && j < tl.codes.length) codes[k] = tl.codes[j];
    }
  } else {
    notWith(o, ASOF_KEYS, "with mode=as-of");
    const t = turnOptionsOf(o);
    codes = expostPhases(series(0, rev.values), series(0, inv), { turns: t.turns, preset: t.preset, extend: o.extend === true }).timeline.codes;
  }
  if (o.format === "code") return vector(codes, rev.shape);
  if (o.format === "id") return vector(Array.from(codes, (c) => phaseIdOf(c) ?? "unknown"), rev.shape);
  const lang = langOf(o);
  return vector(Array.from(codes, (c) => phaseLabel(c, lang)), rev.shape);
}
