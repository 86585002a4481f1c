import type { DerivedSeries } from "../src/index.ts";

/** A derived rule evaluated the way `kitchin data import` does (month by month through `at`), kept where finite. */
export function followDerivedRule(
  rule: DerivedSeries,
  sources: Record<string, Map<number, number>>,
  at: number[],
): Map<number, number> {
  const get = (id: string, m: number) => sources[id]?.get(m) ?? NaN;
  const out = new Map<number, number>();
  for (const m of at) {
    const v = rule.at(m, get);
    if (Number.isFinite(v)) out.set(m, v);
  }
  return out;
}
