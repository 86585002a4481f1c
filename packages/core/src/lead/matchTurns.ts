/**
 * Turning-point matching of an indicator against a target (methods.md §4; note 003 第6则
 * figure 23, note 000 §1): for each target turn, the nearest indicator turn of the same type
 * (the opposite type for an inverted indicator) whose month lies in
 * [target − maxLead, target + maxLag]. Lead = target index − indicator index, so a positive
 * lead means the indicator turned first.
 *
 * Choices where the notes are silent (docs/macro.md):
 * - one-to-one: an indicator turn serves at most one target turn; target turns are taken in
 *   time order and each takes the nearest indicator turn still free;
 * - ties (two candidates equally near) go to the leading one, the reading an analyst using
 *   the indicator to forecast would make;
 * - only *comparable* turns count: a target turn is `missed` only when the indicator was
 *   observed over its whole window, and an indicator turn is `extra` only when the target
 *   was observed over the window in which it could have matched. Turns near the ends of the
 *   other series are reported as `unmatchable`, not as misses.
 * Empty input gives no matches and `NaN` statistics.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { mean, median } from "../stats/quantile.ts";
import type { Turn } from "../turns/types.ts";
import { LEAD_DEFAULTS } from "./defaults.ts";

export interface MatchOptions {
  /** Longest lead accepted (indicator turning this many months before the target). */
  maxLead: number;
  /** Longest lag accepted (indicator turning this many months after the target). */
  maxLag: number;
  /** The indicator moves against the target (its peaks match the target's troughs). */
  inverted: boolean;
}

/** Default window −6…+12 months (`LEAD_DEFAULTS`, where the reason is given). */
export const DEFAULT_MATCH: MatchOptions = {
  maxLead: LEAD_DEFAULTS.maxLead,
  maxLag: LEAD_DEFAULTS.maxLag,
  inverted: false,
};

/** Observed span of a series on the shared axis, inclusive (as from `observedSpan`). */
export interface Span {
  first: number;
  last: number;
}

export interface TurnMatch {
  target: Turn;
  indicator: Turn;
  /** target.index − indicator.index; positive = the indicator leads. */
  lead: number;
}

export interface LeadStats {
  matched: number;
  missed: number;
  extra: number;
  meanLead: number;
  medianLead: number;
  minLead: number;
  maxLead: number;
}

export interface TurnMatching extends LeadStats {
  matches: TurnMatch[];
  /** Target turns with no indicator turn in their window although the indicator was observed there. */
  missedTurns: Turn[];
  /** Indicator turns that matched no target turn although the target was observed where they could have. */
  extraTurns: Turn[];
  /** Turns too close to the other series' ends to be judged (neither missed nor extra). */
  unmatchable: Turn[];
}

export function resolveMatchOptions(partial: Partial<MatchOptions> = {}): MatchOptions {
  const o: MatchOptions = { ...DEFAULT_MATCH };
  if (partial.maxLead !== undefined) o.maxLead = partial.maxLead;
  if (partial.maxLag !== undefined) o.maxLag = partial.maxLag;
  if (partial.inverted !== undefined) o.inverted = partial.inverted;
  for (const k of ["maxLead", "maxLag"] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 0)
      throw new KitchinError("bad-option", say("optionBound", { name: k, kind: "months", min: 0, got: o[k] }));
  }
  return o;
}

/**
 * Matches target turns with indicator turns on one axis (indices are months on that axis).
 * `targetSpan` / `indicatorSpan` bound where each series has data; without them every turn is
 * comparable.
 */
export function matchTurns(
  target: readonly Turn[],
  indicator: readonly Turn[],
  options: Partial<MatchOptions> = {},
  targetSpan: Span = { first: -Infinity, last: Infinity },
  indicatorSpan: Span = { first: -Infinity, last: Infinity },
): TurnMatching {
  const o = resolveMatchOptions(options);
  const used = new Uint8Array(indicator.length);
  const matches: TurnMatch[] = [];
  const missedTurns: Turn[] = [];
  const unmatchable: Turn[] = [];
  for (const t of target) {
    const want = o.inverted ? (t.type === "peak" ? "trough" : "peak") : t.type;
    let best = -1;
    let bestDist = Infinity;
    let bestLead = -Infinity;
    for (let j = 0; j < indicator.length; j++) {
      const c = indicator[j];
      if (used[j] || c.type !== want) continue;
      const lead = t.index - c.index;
      if (lead > o.maxLead || -lead > o.maxLag) continue;
      const d = Math.abs(lead);
      if (d < bestDist || (d === bestDist && lead > bestLead)) {
        best = j;
        bestDist = d;
        bestLead = lead;
      }
    }
    if (best >= 0) {
      used[best] = 1;
      matches.push({ target: t, indicator: indicator[best], lead: bestLead });
    } else if (t.index - o.maxLead >= indicatorSpan.first && t.index + o.maxLag <= indicatorSpan.last) {
      missedTurns.push(t);
    } else {
      unmatchable.push(t);
    }
  }
  const extraTurns: Turn[] = [];
  for (let j = 0; j < indicator.length; j++) {
    if (used[j]) continue;
    const c = indicator[j];
    // A target turn matching c would lie in [c − maxLag, c + maxLead].
    if (c.index - o.maxLag >= targetSpan.first && c.index + o.maxLead <= targetSpan.last) extraTurns.push(c);
    else unmatchable.push(c);
  }
  return {
    ...leadStats(
      matches.map((m) => m.lead),
      missedTurns.length,
      extraTurns.length,
    ),
    matches,
    missedTurns,
    extraTurns,
    unmatchable,
  };
}

/** Count and summary of a list of leads (months); `NaN` statistics when there is none. */
export function leadStats(leads: readonly number[], missed = 0, extra = 0): LeadStats {
  const n = leads.length;
  return {
    matched: n,
    missed,
    extra,
    meanLead: n ? mean(leads) : NaN,
    medianLead: n ? median(leads) : NaN,
    minLead: n ? Math.min(...leads) : NaN,
    maxLead: n ? Math.max(...leads) : NaN,
  };
}
