/**
 * Episodes (methods.md §3): maximal runs of months in one phase. Works on any code path
 * (phases 0..3, states ±1). Runs of the `skip` code (default −1, unknown) are left out;
 * `skip = null` keeps every run, unknown ones included (the permutation test needs them).
 */
export interface Episode {
  code: number;
  /** First observation index (inclusive). */
  start: number;
  /** Last observation index (inclusive). */
  end: number;
  length: number;
}

export function episodes(codes: ArrayLike<number>, skip: number | null = -1): Episode[] {
  const out: Episode[] = [];
  let i = 0;
  const n = codes.length;
  while (i < n) {
    const c = codes[i];
    let j = i;
    while (j + 1 < n && codes[j + 1] === c) j++;
    if (c !== skip) out.push({ code: c, start: i, end: j, length: j - i + 1 });
    i = j + 1;
  }
  return out;
}
