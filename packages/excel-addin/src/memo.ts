/**
 * Results by input, for the functions where recomputing costs more than looking up: CYCLE.SCORE
 * draws 1,000 bootstrap resamples and 999 permutations (~60 ms on 360 months × 5 assets) while
 * keying its inputs takes well under a millisecond. Excel recalculates a non-volatile function when
 * an input changes and on a full recalculation (Ctrl+Alt+F9); opening a workbook recalculates only
 * volatile functions (office-js #1567), and these are not volatile. A full recalculation, or the same
 * inputs in several cells, would redo the work. Errors are not cached. A small LRU bounds memory.
 */
import type { Out } from "./cells.ts";

export function memoized<A extends unknown[]>(f: (...args: A) => Out, size = 16): (...args: A) => Out {
  const cache = new Map<string, Out>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let hit = cache.get(key);
    if (hit) {
      cache.delete(key); // move to the most recent end
    } else {
      hit = f(...args);
      if (cache.size >= size) cache.delete(cache.keys().next().value as string);
    }
    cache.set(key, hit);
    return hit.map((r) => r.slice()); // callers may not mutate the cached table
  };
}
