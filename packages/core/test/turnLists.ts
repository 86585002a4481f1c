/** Comparing two turn lists (as labels such as "p10", "t30") in the turning-point tests. */

/**
 * Do two turn lists agree once at most `head` outermost turns at the start and `tail` at the end
 * are set aside from each (the ones set aside may differ in number between the lists)?
 */
export function agreeExceptEnds(a: string[], b: string[], head: number, tail: number): boolean {
  for (let i = 0; i <= head; i++)
    for (let j = 0; j <= head; j++)
      for (let p = 0; p <= tail; p++)
        for (let q = 0; q <= tail; q++) {
          const x = a.slice(i, a.length - p),
            z = b.slice(j, b.length - q);
          if (x.length === z.length && x.every((s, k) => s === z[k])) return true;
        }
  return false;
}
