/**
 * Lead/lag of one indicator against one target (methods.md §4): turning-point matching and
 * cross-correlation on one month axis. Each series is dated on its own observed history with
 * the same turning-point rules (default: the `inventory` preset), so an indicator dated on
 * more history than the target keeps its early turns.
 */
import { KitchinError, withName } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { align } from "../series/panel.ts";
import { observedSpan, type Series } from "../series/series.ts";
import { turns } from "../turns/turns.ts";
import type { Turn, TurnOptions, TurnPreset } from "../turns/types.ts";
import { crossCorrelation, type CrossCorrelation } from "./crossCorrelation.ts";
import { matchTurns, type MatchOptions, type TurnMatching } from "./matchTurns.ts";
import { assertMonthly } from "./monthly.ts";
import { LEAD_DEFAULTS } from "./defaults.ts";

export interface LeadOptions extends Partial<MatchOptions> {
  /** Turning-point rules for both series (override per series below). */
  turns?: Partial<TurnOptions>;
  preset?: TurnPreset;
  targetTurns?: Partial<TurnOptions>;
  indicatorTurns?: Partial<TurnOptions>;
  /** Cross-correlation lags −K…K; default 24. */
  maxCorrLag?: number;
}

export interface LeadResult extends TurnMatching {
  /** Months on the shared axis: index 0 is `start` (Series form) or the arrays' first element. */
  start: number;
  targetTurnList: Turn[];
  indicatorTurnList: Turn[];
  inverted: boolean;
  ccf: CrossCorrelation;
  bestLag: number;
  bestCorr: number;
}

/**
 * Indicator and target as two arrays on one month axis (an Excel range pair, an aligned
 * panel). Throws `length-mismatch` for arrays of different length, `empty`/`too-short` when a
 * series cannot be dated, and `not-found` when the target never turns (there is nothing to
 * lead). An indicator that never turns is also an error: its row would be all misses and
 * usually means a wrong column.
 */
export function leadLag(
  indicator: ArrayLike<number>,
  target: ArrayLike<number>,
  options: LeadOptions = {},
  start = 0,
): LeadResult {
  if (indicator.length !== target.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "indicator and target", a: indicator.length, b: target.length, axis: true }),
    );
  }
  assertMonthly(indicator, "the indicator");
  assertMonthly(target, "the target");
  const ts = spanOf(target, "the target");
  const is = spanOf(indicator, "the indicator");
  const preset = options.preset ?? LEAD_DEFAULTS.preset;
  const targetTurnList = withName(
    () => turns(target, { ...options.turns, ...options.targetTurns }, preset),
    "the target",
  );
  const indicatorTurnList = withName(
    () => turns(indicator, { ...options.turns, ...options.indicatorTurns }, preset),
    "the indicator",
  );
  if (targetTurnList.length === 0) {
    throw new KitchinError("not-found", say("targetNoTurns"));
  }
  if (indicatorTurnList.length === 0) {
    throw new KitchinError("not-found", say("indicatorNoTurns"));
  }
  const m = matchTurns(targetTurnList, indicatorTurnList, options, ts, is);
  const ccf = crossCorrelation(
    indicator,
    target,
    options.maxCorrLag ?? LEAD_DEFAULTS.maxCorrLag,
    options.inverted ?? false,
  );
  return {
    ...m,
    start,
    targetTurnList,
    indicatorTurnList,
    inverted: options.inverted ?? false,
    ccf,
    bestLag: ccf.bestLag,
    bestCorr: ccf.bestCorr,
  };
}

/**
 * Series form: aligns on the union of months and reports indices from `start`. Throws `no-overlap` when they share no
 * month.
 */
export function leadLagSeries(indicator: Series, target: Series, options: LeadOptions = {}): LeadResult {
  const a = observedSpan(indicator),
    b = observedSpan(target);
  if (!a) throw new KitchinError("empty", say("noNumericValues", { name: "the indicator" }));
  if (!b) throw new KitchinError("empty", say("noNumericValues", { name: "the target" }));
  if (a.last < b.first || b.last < a.first)
    throw new KitchinError("no-overlap", say("noSharedMonths", { what: "the indicator and the target" }));
  const p = align([indicator, target], "outer");
  return leadLag(p.columns[0], p.columns[1], options, p.start);
}

function spanOf(v: ArrayLike<number>, name: string) {
  let first = 0;
  while (first < v.length && !Number.isFinite(v[first])) first++;
  if (first === v.length) throw new KitchinError("empty", say("noNumericValues", { name }));
  let last = v.length - 1;
  while (!Number.isFinite(v[last])) last--;
  return { first, last };
}
