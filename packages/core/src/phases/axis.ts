/**
 * Phase codes placed on another month axis (a price panel's, a worksheet's rows): `out[t]` is the
 * phase of month `start + t − lag`, i.e. the phase known at the end of month `start + t` when the
 * macro data are released `lag` months late. Months the timeline does not cover are −1. The one
 * loop that puts a phase path on an axis, for the backtest and every face.
 */
export function codesOnAxis(
  timeline: { start: number; codes: ArrayLike<number> },
  start: number,
  months: number,
  lag = 0,
): Int8Array {
  const out = new Int8Array(months).fill(-1);
  const off = start - lag - timeline.start;
  for (let t = 0; t < months; t++) {
    const i = t + off;
    if (i >= 0 && i < timeline.codes.length) out[t] = timeline.codes[i];
  }
  return out;
}
