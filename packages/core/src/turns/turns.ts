/**
 * `turns`: peaks and troughs of a series by the method named in the options.
 * Missing values at either end are ignored; interior ones are filled linearly for the
 * search (never becoming a turn themselves) and reported in the input's own indices.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { fillGaps } from "../transforms/interpolate.ts";
import { bbq } from "./bbq.ts";
import { bryBoschan } from "./bryBoschan.ts";
import type { TurnList } from "./rules.ts";
import { resolveTurnOptions, type Turn, type TurnOptions, type TurnPreset } from "./types.ts";

export function turns(
  values: ArrayLike<number>,
  options: Partial<TurnOptions> = {},
  preset: TurnPreset = "inventory",
): Turn[] {
  const o = resolveTurnOptions(options, preset);
  let first = 0;
  while (first < values.length && !Number.isFinite(values[first])) first++;
  let last = values.length - 1;
  while (last >= first && !Number.isFinite(values[last])) last--;
  const n = last - first + 1;
  const need = Math.max(2 * o.window + 1, 2 * o.censor + 2, 3);
  if (n < need) {
    throw new KitchinError("too-short", say("turnsTooShort", { need, got: Math.max(0, n) }));
  }
  const window =
    values instanceof Float64Array
      ? values.subarray(first, last + 1)
      : Float64Array.from(values).subarray(first, last + 1);
  const { values: y, filled } = fillGaps(window);
  const list = o.method === "bbq" ? bbq(y, o, filled) : bryBoschan(y, o, filled);
  return toTurns(y, list, o, first);
}

function toTurns(y: Float64Array, t: TurnList, o: TurnOptions, offset: number): Turn[] {
  const out: Turn[] = [];
  const n = y.length;
  for (let k = 0; k < t.idx.length; k++) {
    const i = t.idx[k];
    const turn: Turn = { index: i + offset, type: t.typ[k] > 0 ? "peak" : "trough", value: y[i] };
    const close: string[] = [];
    const edge = Math.min(i, n - 1 - i);
    if (edge <= o.censor + 1) close.push(`censor (${edge} from the end, limit ${o.censor})`);
    for (const j of [k - 1, k + 1]) {
      if (j < 0 || j >= t.idx.length) continue;
      const d = Math.abs(t.idx[j] - i);
      if (d <= o.minPhase) close.push(`minPhase (${d}, limit ${o.minPhase})`);
      const a = Math.abs(y[t.idx[j]] - y[i]);
      if (o.minAmplitude > 0 && a < 1.25 * o.minAmplitude)
        close.push(`minAmplitude (${round(a)}, limit ${o.minAmplitude})`);
    }
    for (const j of [k - 2, k + 2]) {
      if (j < 0 || j >= t.idx.length) continue;
      const d = Math.abs(t.idx[j] - i);
      if (d <= o.minCycle + 1) close.push(`minCycle (${d}, limit ${o.minCycle})`);
    }
    if (close.length) turn.closeCall = [...new Set(close)].join("; ");
    out.push(turn);
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
