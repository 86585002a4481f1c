/**
 * "Now": the one definition every face uses (docs/phases.md "Where we are now").
 *
 * A value for month m with release lag L is known at the end of month m + L (methods.md §1).
 * The phase needs every input's state, so the latest month at which the phase is known is
 *
 *   asOf = min over inputs of (last month with a value + lag)
 *
 * — trailing months without a value (blank rows at the end of a file, a padded panel) do not
 * count, and no input's state is carried past its own last value. What is known of an input
 * beyond `asOf` (a later inventory figure, say) is reported per input, not folded into the phase.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { observedSpan, type Series } from "../series/series.ts";
import { realtimeStates, type ReversalOptions } from "./reversal.ts";

export interface NowInput {
  series: Series;
  /** Release lag in months: the value of month m is known at the end of month m + releaseLag. */
  releaseLag: number;
}

export interface InputNow {
  /** Last month with a value. */
  through: number;
  /** Month at whose end that value is known: `through + lag`. */
  knownAt: number;
  /** Real-time state (+1 rising, −1 falling, 0 unknown) at the input's own last value. */
  state: number;
  /** Months after `through` up to the end of the series that carry no value (trailing blanks). */
  trailingBlank: number;
}

export interface CommonNow {
  /** Latest month at which every input is known (min of `knownAt`). */
  asOf: number;
  inputs: InputNow[];
}

/** "Now" of a set of inputs; throws `empty` when an input has no value at all. */
export function commonNow(inputs: readonly NowInput[], reversal: Partial<ReversalOptions> = {}): CommonNow {
  if (inputs.length === 0) throw new KitchinError("empty", "no inputs to date");
  let asOf = Infinity;
  const out: InputNow[] = [];
  for (const { series, releaseLag: lag } of inputs) {
    if (!Number.isInteger(lag) || lag < 0)
      throw new KitchinError(
        "bad-option",
        say("optionBound", { name: "release lag", kind: "months", min: 0, got: lag }),
      );
    const span = observedSpan(series);
    if (!span) throw new KitchinError("empty", say("noNumericValues", { name: "an input series" }));
    const states = realtimeStates(series.values, reversal);
    const last = span.last - series.start;
    out.push({
      through: span.last,
      knownAt: span.last + lag,
      state: states[last],
      trailingBlank: series.values.length - 1 - last,
    });
    asOf = Math.min(asOf, span.last + lag);
  }
  return { asOf, inputs: out };
}

/**
 * Whole calendar months from `asOf` to `today` (both month indices): 0 when the answer is as of
 * the current month, negative when `asOf` is in the future of the given clock.
 */
export function staleMonths(asOf: number, today: number): number {
  return today - asOf;
}
