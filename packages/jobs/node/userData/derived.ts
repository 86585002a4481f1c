/**
 * Series derived from an imported one, kept in step with it. The rules are the datasets' own
 * (`DERIVED_SERIES` in packages/datasets/src/derive.ts, the functions the build uses), so an
 * imported month derives the same numbers as the shipped build.
 */
import { DERIVED_SERIES, type SeriesAt } from "@kitchin/datasets";
import { loadSeries } from "@kitchin/datasets/node";
import type { Monthly } from "./store.ts";

type Get = SeriesAt;

/**
 * Recomputes the derived series touched by `changed` (source id → the months that changed),
 * given every series' user months after the change (`user`, updated in place for derived series).
 * A derived month equal to the shipped value (1e-6) is not stored. Returns derived id → sources.
 */
export function followDerived(
  user: Map<string, Monthly>,
  changed: Map<string, Set<number>>,
  explicit: Set<string>,
): Map<string, string> {
  const cache = new Map<string, { start: number; values: Float64Array }>();
  const full = (id: string) => {
    let d = cache.get(id);
    if (!d) {
      const s = loadSeries(id);
      const mine = user.get(id);
      let lo = s.start,
        hi = s.start + s.values.length - 1;
      for (const m of mine?.keys() ?? []) {
        lo = Math.min(lo, m);
        hi = Math.max(hi, m);
      }
      const values = new Float64Array(hi - lo + 1).fill(NaN);
      values.set(s.values, s.start - lo);
      for (const [m, v] of mine ?? []) values[m - lo] = v;
      d = { start: lo, values };
      cache.set(id, d);
    }
    return d;
  };
  const get: Get = (id, m) => {
    const d = full(id);
    const i = m - d.start;
    return i >= 0 && i < d.values.length ? d.values[i] : NaN;
  };
  const from = new Map<string, string>();
  for (const r of DERIVED_SERIES) {
    const src = r.from.filter((f) => changed.has(f));
    if (src.length === 0 || explicit.has(r.id)) continue;
    const touched = new Set<number>();
    for (const f of src)
      for (const m of changed.get(f)!) {
        touched.add(m);
        if (r.yoyOf === f) touched.add(m + 12);
      }
    const shipped = loadSeries(r.id);
    const out: Monthly = new Map(user.get(r.id) ?? []);
    const moved = new Set<number>();
    for (const m of touched) {
      const v = r.at(m, get);
      const i = m - shipped.start;
      const old = i >= 0 && i < shipped.values.length ? shipped.values[i] : NaN;
      const before = out.get(m);
      if (!Number.isFinite(v) || (Number.isFinite(old) && Math.abs(old - v) <= 1e-6)) {
        if (before !== undefined) {
          out.delete(m);
          moved.add(m);
        } // back to the shipped value
        continue;
      }
      if (before === undefined || Math.abs(before - v) > 1e-9) {
        out.set(m, v);
        moved.add(m);
      }
    }
    if (moved.size === 0) continue;
    user.set(r.id, out);
    changed.set(r.id, moved);
    cache.delete(r.id);
    from.set(r.id, src.join(" + "));
  }
  return from;
}
