import { fillGaps } from "@kitchin/core";
import { FLAG_FILLED, type DatasetSeries } from "./types.ts";

/**
 * A gap-free view of a curated series (methods.md §1: "a missing January is filled by linear
 * interpolation only where an algorithm needs a gap-free series, and the output marks such months
 * as filled"). Interior missing months are interpolated linearly between the nearest published
 * neighbours and get `FLAG_FILLED`; published values and their flags are untouched. Leading and
 * trailing missing months are dropped (nothing to interpolate from), so `start` may move.
 * A series with no value at all comes back empty.
 */
export function gapFreeView(series: DatasetSeries): DatasetSeries {
  const v = series.values;
  let lo = 0;
  let hi = v.length - 1;
  while (lo <= hi && Number.isNaN(v[lo])) lo++;
  while (hi >= lo && Number.isNaN(v[hi])) hi--;
  if (lo > hi)
    return { entry: series.entry, start: series.start, values: new Float64Array(0), flags: new Uint8Array(0) };
  // The core's one gap filler (linear between published neighbours) on the trimmed span.
  const span = v.subarray(lo, hi + 1);
  const f = fillGaps(span);
  const values = f.values === span ? span.slice() : f.values; // a copy either way: the view never aliases the series
  const flags = series.flags.slice(lo, hi + 1);
  for (let k = 0; k < flags.length; k++) if (f.filled[k]) flags[k] |= FLAG_FILLED;
  return { entry: series.entry, start: series.start + lo, values, flags };
}
