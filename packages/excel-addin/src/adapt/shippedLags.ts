/**
 * Release lags of shipped data across the cell boundary (issue 12). A worksheet holds numbers, not
 * series ids, so CYCLE.PHASE cannot ask the catalog which lag a range has. CYCLE.DATA remembers
 * each series it returned (its months and values, blanks included); when a CYCLE.PHASE range holds
 * exactly one of them (the same months with the same values, before or after padding blanks), the
 * catalog's lag of that series applies, as `kitchin phase --dataset` applies it. Explicit `lag`,
 * `revenueLag` or `inventoryLag` options always win. A range cut from a DATA spill, or a user's own
 * copy that differs anywhere, does not match and keeps the default lag 0.
 */
import type { Series } from "@kitchin/core";

const MAX_REMEMBERED = 256;
const remembered = new Map<string, { id: string; lag: number }>();

/** The months and values from the first to the last number, as one key. */
function keyOf(start: number, values: ArrayLike<number>): string | null {
  let a = 0;
  let b = values.length - 1;
  while (a <= b && !Number.isFinite(values[a])) a++;
  while (b >= a && !Number.isFinite(values[b])) b--;
  if (a > b) return null;
  const parts: string[] = [String(start + a)];
  for (let i = a; i <= b; i++) parts.push(Number.isFinite(values[i]) ? String(values[i]) : "");
  return parts.join(",");
}

/** CYCLE.DATA: the series it returned (month of `values[0]`, values with blanks as `NaN`). */
export function rememberShipped(id: string, lag: number, start: number, values: ArrayLike<number>): void {
  const key = keyOf(start, values);
  if (key === null) return;
  if (remembered.size >= MAX_REMEMBERED && !remembered.has(key)) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, { id, lag });
}

/** The shipped series (id and lag) a range holds, if CYCLE.DATA returned exactly it. */
export function shippedOf(s: Series): { id: string; lag: number } | undefined {
  const key = keyOf(s.start, s.values);
  return key === null ? undefined : remembered.get(key);
}
