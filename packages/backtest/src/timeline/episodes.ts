/**
 * Episodes — maximal runs of one phase (methods.md §3). Temporary local copy with the same shape
 * as the core's `episodes(codes)` (end inclusive, indices into `codes`); replaced by the core's
 * function as soon as it is exported (one concept, one implementation).
 */
export interface Episode {
  code: number;
  start: number;
  end: number;
  length: number;
}

export function episodes(codes: ArrayLike<number>): Episode[] {
  const out: Episode[] = [];
  let s = 0;
  for (let t = 1; t <= codes.length; t++) {
    if (t === codes.length || codes[t] !== codes[s]) {
      if (codes.length > 0) out.push({ code: codes[s], start: s, end: t - 1, length: t - s });
      s = t;
    }
  }
  return out;
}
