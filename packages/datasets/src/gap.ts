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
  if (lo > hi) return { entry: series.entry, start: series.start, values: new Float64Array(0), flags: new Uint8Array(0) };
  const values = v.slice(lo, hi + 1);
  const flags = series.flags.slice(lo, hi + 1);
  let last = 0; // index of the last published value
  for (let i = 1; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    if (i - last > 1) {
      const a = values[last];
      const step = (values[i] - a) / (i - last);
      for (let k = last + 1; k < i; k++) {
        values[k] = a + step * (k - last);
        flags[k] |= FLAG_FILLED;
      }
    }
    last = i;
  }
  return { entry: series.entry, start: series.start + lo, values, flags };
}
