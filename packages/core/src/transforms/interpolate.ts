/**
 * Linear interpolation of interior missing values (methods.md §1: a missing January, or
 * China's 2007–2010 quarterly-only inventory releases, are filled only where an algorithm
 * needs a gap-free series). Leading and trailing missing values stay missing. The mask marks
 * every filled position so outputs can say which months were not published.
 */
export interface Filled {
  /** The input itself when nothing was missing inside it; otherwise a filled copy. Do not write to it. */
  values: Float64Array;
  /** 1 where the value was interpolated. */
  filled: Uint8Array;
}

export function fillGaps(values: ArrayLike<number>): Filled {
  const n = values.length;
  // Nothing to fill: hand back the input itself (callers never write to `values`).
  if (values instanceof Float64Array && !hasInteriorGap(values)) return { values, filled: new Uint8Array(n) };
  const out = Float64Array.from(values as ArrayLike<number>);
  const filled = new Uint8Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(out[i])) continue;
    if (last >= 0 && i - last > 1) {
      const a = out[last];
      const step = (out[i] - a) / (i - last);
      for (let j = last + 1; j < i; j++) {
        out[j] = a + step * (j - last);
        filled[j] = 1;
      }
    }
    last = i;
  }
  return { values: out, filled };
}

function hasInteriorGap(v: Float64Array): boolean {
  let a = 0;
  while (a < v.length && v[a] !== v[a]) a++;
  let b = v.length - 1;
  while (b > a && v[b] !== v[b]) b--;
  for (let i = a; i <= b; i++) if (v[i] !== v[i]) return true;
  return false;
}
