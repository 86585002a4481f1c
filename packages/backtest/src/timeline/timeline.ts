/**
 * A phase timeline is what the core's phase detection produces: a start month and one phase code
 * per month (`Int8Array`, −1 unknown, 0..3 in `PHASE_IDS` order) plus whether it was dated ex-post
 * (with hindsight) or as-of (each month only with data known then). The backtester never dates
 * phases itself (one concept, one implementation: `@kitchin/core`).
 */
import { formatMonth, KitchinError, say, type PhaseTimeline as CoreTimeline } from "@kitchin/core";

/**
 * The part of the core's `PhaseTimeline` the backtester reads: `mode` (`"ex-post"` — dated with the
 * whole sample, so using it in a backtest looks ahead — or `"as-of"`), `start` and `codes`. The
 * core stamps an as-of timeline by the month at whose end the phase is known (release lags already
 * applied), so such a timeline is used with `lag = 0`; a timeline stamped by data month (a user's
 * `date,phase` file) needs the data's release lag.
 */
export type PhaseTimeline = Pick<CoreTimeline, "mode" | "start" | "codes">;

export function isExPost(t: PhaseTimeline): boolean {
  return t.mode !== "as-of";
}

/** The stamp every output of a backtest on ex-post phases carries. */
export const USES_FUTURE_INFORMATION = "uses future information";

/** Phase codes on a panel's axis at a release lag: the core's one placement loop. */
export { codesOnAxis } from "@kitchin/core";

/**
 * Checks that the timeline (shifted by `lag`) covers every month in [from, to]; a phase series that
 * stops before the prices is an input error, not a silent "unknown".
 */
export function checkCoverage(timeline: PhaseTimeline, from: number, to: number, lag = 0, file?: string): void {
  const first = timeline.start + lag;
  const last = timeline.start + timeline.codes.length - 1 + lag;
  const place = file ? { file } : {};
  if (timeline.codes.length === 0) throw new KitchinError("empty", say("phasesEmpty"), place);
  if (last < to) {
    throw new KitchinError(
      "too-short",
      say("phasesEndEarly", {
        end: formatMonth(timeline.start + timeline.codes.length - 1),
        lag,
        known: formatMonth(last),
        to: formatMonth(to),
      }),
      place,
    );
  }
  if (first > from) {
    throw new KitchinError(
      "too-short",
      say("phasesStartLate", {
        start: formatMonth(timeline.start),
        lag,
        known: formatMonth(first),
        from: formatMonth(from),
      }),
      place,
    );
  }
}
