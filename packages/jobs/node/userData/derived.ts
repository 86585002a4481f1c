/**
 * Series derived from an imported one, kept in step with it (packages/datasets DATA.md
 * derivations): China's demand is revenue wherever revenue is published; US inventory and sales
 * growth and the sales level follow the inventory level and the inventories/sales ratio.
 */
import { loadSeries } from "@kitchin/datasets/node";
import type { Monthly } from "./store.ts";

type Get = (id: string, m: number) => number;
export interface Derived { id: string; from: string[]; at(m: number, get: Get): number }

function round6(x: number): number {
  const r = Number(x.toFixed(6));
  return r === 0 ? 0 : r;
}
const yoy = (id: string) => (m: number, get: Get) => {
  const a = get(id, m), b = get(id, m - 12);
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? round6(100 * (a / b - 1)) : NaN;
};

export const DERIVED: Derived[] = [
  { id: "cn.demand_yoy", from: ["cn.revenue_yoy"], at: (m, get) => get("cn.revenue_yoy", m) },
  { id: "us.inventory_yoy", from: ["us.inventory"], at: yoy("us.inventory") },
  { id: "us.sales", from: ["us.inventory", "us.isratio"], at: (m, get) => { const r = get("us.isratio", m); return r > 0 ? round6(get("us.inventory", m) / r) : NaN; } },
  { id: "us.sales_yoy", from: ["us.sales"], at: yoy("us.sales") },
];

/**
 * Recomputes the derived series touched by `changed` (source id → the months that changed),
 * given every series' user months after the change (`user`, updated in place for derived series).
 * A derived month equal to the shipped value (1e-6) is not stored. Returns derived id → sources.
 */
export function followDerived(user: Map<string, Monthly>, changed: Map<string, Set<number>>, explicit: Set<string>): Map<string, string> {
  const cache = new Map<string, { start: number; values: Float64Array }>();
  const full = (id: string) => {
    let d = cache.get(id);
    if (!d) {
      const s = loadSeries(id);
      const mine = user.get(id);
      let lo = s.start, hi = s.start + s.values.length - 1;
      for (const m of mine?.keys() ?? []) { lo = Math.min(lo, m); hi = Math.max(hi, m); }
      const values = new Float64Array(hi - lo + 1).fill(NaN);
      values.set(s.values, s.start - lo);
      for (const [m, v] of mine ?? []) values[m - lo] = v;
      d = { start: lo, values };
      cache.set(id, d);
    }
    return d;
  };
  const get: Get = (id, m) => { const d = full(id); const i = m - d.start; return i >= 0 && i < d.values.length ? d.values[i] : NaN; };
  const from = new Map<string, string>();
  for (const r of DERIVED) {
    const src = r.from.filter((f) => changed.has(f));
    if (src.length === 0 || explicit.has(r.id)) continue;
    const touched = new Set<number>();
    for (const f of src) for (const m of changed.get(f)!) { touched.add(m); if (r.id.endsWith("_yoy") && r.from.length === 1) touched.add(m + 12); }
    const shipped = loadSeries(r.id);
    const out: Monthly = new Map(user.get(r.id) ?? []);
    const moved = new Set<number>();
    for (const m of touched) {
      const v = r.at(m, get);
      const i = m - shipped.start;
      const old = i >= 0 && i < shipped.values.length ? shipped.values[i] : NaN;
      const before = out.get(m);
      if (!Number.isFinite(v) || (Number.isFinite(old) && Math.abs(old - v) <= 1e-6)) {
        if (before !== undefined) { out.delete(m); moved.add(m); } // back to the shipped value
        continue;
      }
      if (before === undefined || Math.abs(before - v) > 1e-9) { out.set(m, v); moved.add(m); }
    }
    if (moved.size === 0) continue;
    user.set(r.id, out);
    changed.set(r.id, moved);
    cache.delete(r.id);
    from.set(r.id, src.join(" + "));
  }
  return from;
}
