/**
 * Dates the BCDating reference series with kitchin's BBQ and classifies every dating that differs
 * (docs/turning-points.md, "Against BCDating on 300 series"; the reference's PROVENANCE.md lists
 * the conventions). A rule break is checked the same way on both datings:
 *
 * - alternation, a phase moving the wrong way, a phase under minPhase, a cycle under minCycle, a
 *   turn inside the censored ends;
 * - the end rule (the first turn at least as extreme as every value before it, the last as every
 *   value after it);
 * - a turn beaten by a more extreme candidate between its opposite neighbours that the rules would
 *   allow in its place (`turnExtremeBreaks`).
 *
 * Each differing series gets the first class that fits, in this order:
 *
 * 1. `ours`: kitchin's dating breaks a rule (the test fails on any) — except the end rule, which
 *    kitchin applies once before and once after its loop by design (at most two turns go at each
 *    end, so outliers in the censored months cannot peel off a history): an outermost turn that
 *    a value beyond it beats after two removals at that end counts under `end-rule`;
 * 2. `bcdating-defect`: BCDating's dating breaks a rule away from its outermost turns, or has a
 *    phase or cycle too short anywhere (its minimum-phase step deletes the later turn whatever the
 *    values; its cycle loop never tests the last pair);
 * 3. `tie`: every differing turn has a partner of the same type and the same value in the other
 *    dating (BCDating keeps the earlier of two equal troughs, kitchin the later);
 * 4. `end-rule`: the datings agree once at most two outermost turns at each end are set aside
 *    (BCDating compares the outermost turn with the first or last observation only);
 * 5. `both-valid`: neither dating breaks a rule and the difference is neither a tie nor at an end —
 *    the two loops deleted in another order and reached another valid dating.
 */
import { turns, turnExtremeBreaks, type Turn, type TurnOptions } from "../../src/index.ts";
import type { Reference, ReferenceSeries } from "./bcdatingReference.ts";
import { agreeExceptEnds } from "../../test/turnLists.ts";

export type DifferenceClass = "ours" | "bcdating-defect" | "tie" | "end-rule" | "both-valid";
export const CLASSES: DifferenceClass[] = ["ours", "bcdating-defect", "tie", "end-rule", "both-valid"];

export interface SeriesComparison {
  id: string;
  identical: boolean;
  /** Same number of turns, same types, each within one observation. */
  withinOne: boolean;
  class?: DifferenceClass;
  /** Turns only in kitchin's dating and only in BCDating's, as labels such as "p120". */
  onlyKitchin: string[];
  onlyBcdating: string[];
  /** Rule breaks of each dating (empty when none). */
  kitchinBreaks: string[];
  bcdatingBreaks: string[];
}

const label = (t: Pick<Turn, "type" | "index">) => `${t.type[0]}${t.index}`;

/** Every rule a dating breaks, as readable lines; `outer` marks breaks at the outermost turns. */
export function ruleBreaks(
  y: Float64Array,
  t: readonly Turn[],
  o: TurnOptions,
): { line: string; outer: boolean; endRule?: true }[] {
  const out: { line: string; outer: boolean; endRule?: true }[] = [];
  const n = y.length,
    m = t.length;
  const sign = (x: Turn) => (x.type === "peak" ? 1 : -1);
  for (let k = 0; k < m; k++) {
    const x = t[k];
    if (x.index < o.censor || x.index > n - 1 - o.censor)
      out.push({ line: `${label(x)} inside the censored ends`, outer: true });
    if (k > 0) {
      const p = t[k - 1];
      if (p.type === x.type) out.push({ line: `${label(p)} ${label(x)} do not alternate`, outer: false });
      else if (!(sign(x) * (x.value - p.value) > 0))
        out.push({ line: `${label(p)} → ${label(x)} runs the wrong way`, outer: false });
      if (x.index - p.index < o.minPhase)
        out.push({ line: `${label(p)} → ${label(x)}: phase ${x.index - p.index} < ${o.minPhase}`, outer: false });
    }
    if (k > 1 && x.index - t[k - 2].index < o.minCycle)
      out.push({
        line: `${label(t[k - 2])} → ${label(x)}: cycle ${x.index - t[k - 2].index} < ${o.minCycle}`,
        outer: false,
      });
  }
  if (m > 0) {
    const f = t[0],
      l = t[m - 1];
    if (y.subarray(0, f.index).some((v) => sign(f) * (v - f.value) > 0))
      out.push({
        line: `${label(f)} fails the end rule (a value before it is more extreme)`,
        outer: true,
        endRule: true,
      });
    if (y.subarray(l.index + 1).some((v) => sign(l) * (v - l.value) > 0))
      out.push({
        line: `${label(l)} fails the end rule (a value after it is more extreme)`,
        outer: true,
        endRule: true,
      });
  }
  for (const b of turnExtremeBreaks(y, t, o, "monthly")) {
    if (b.forbiddenBy.length > 0) continue;
    const k = t.indexOf(b.turn);
    out.push({
      line: `${label(b.turn)} (${b.turn.value}) is not the extreme of its phase: ${b.better.index} reads ${b.better.value}`,
      outer: k === 0 || k === m - 1,
    });
  }
  return out;
}

/** Compares one series. */
export function compareSeries(s: ReferenceSeries, o: TurnOptions): SeriesComparison {
  const ours = turns(s.values, o, "monthly");
  const theirs: Turn[] = s.turns.map((x) => ({ index: x.index, type: x.type, value: x.value }));
  const a = ours.map(label),
    b = theirs.map(label);
  const identical = a.length === b.length && a.every((x, k) => x === b[k]);
  const withinOne =
    ours.length === theirs.length &&
    ours.every((x, k) => x.type === theirs[k].type && Math.abs(x.index - theirs[k].index) <= 1);
  const onlyKitchin = a.filter((x) => !b.includes(x));
  const onlyBcdating = b.filter((x) => !a.includes(x));
  const kb = ruleBreaks(s.values, ours, o);
  const bb = ruleBreaks(s.values, theirs, o);
  const result: SeriesComparison = {
    id: s.id,
    identical,
    withinOne,
    onlyKitchin,
    onlyBcdating,
    kitchinBreaks: kb.map((x) => x.line),
    bcdatingBreaks: bb.map((x) => x.line),
  };
  if (identical) return result;
  const tied = untie(theirs, ours).map(label);
  if (kb.some((x) => !x.endRule)) result.class = "ours";
  else if (bb.some((x) => !x.outer)) result.class = "bcdating-defect";
  else if (tied.length === a.length && tied.every((x, k) => x === a[k])) result.class = "tie";
  else if (agreeExceptEnds(a, tied, 2, 2)) result.class = "end-rule";
  else result.class = "both-valid";
  return result;
}

/**
 * BCDating's dating with each turn that kitchin dates at another observation of the same type
 * and the same value, between the same neighbours, moved there: the dating with the tie rule
 * set aside.
 */
function untie(theirs: Turn[], ours: Turn[]): Turn[] {
  return theirs.map((x, k) => {
    if (ours.some((z) => z.index === x.index && z.type === x.type)) return x;
    const lo = k > 0 ? theirs[k - 1].index : -1,
      hi = k + 1 < theirs.length ? theirs[k + 1].index : Infinity;
    const twin = ours.find((z) => z.type === x.type && z.value === x.value && z.index > lo && z.index < hi);
    return twin ?? x;
  });
}

export function compareAll(ref: Reference): SeriesComparison[] {
  const o: TurnOptions = {
    method: "bbq",
    window: ref.settings.window,
    censor: ref.settings.censor,
    minPhase: ref.settings.minPhase,
    minCycle: ref.settings.minCycle,
    minAmplitude: 0,
  };
  return ref.series.map((s) => compareSeries(s, o));
}
