/**
 * `--risk-free zero|shipped|ID`: the cash rate that uninvested weight earns and that
 * Sharpe and Sortino ratios are measured over, on the prices' axis.
 *   zero      no cash return (the rate is 0 %)
 *   shipped   the region's shipped cash index: China the 1-year CGB yield (cn.cash_tr), the US the
 *             3-month bill (us.tbill_tr) — the default with --dataset; with the user's own prices
 *             the default is zero, and `shipped` needs --dataset
 *   ID        any shipped series: a total-return index (its monthly returns) or a yield in % p.a.
 *             (one month's interest at the previous month's yield)
 */
import { KitchinError, say } from "@kitchin/core";
import { findEntry, universe } from "@kitchin/datasets";
import { indexReturns, yieldReturns, type PricePanel } from "@kitchin/backtest";
import { UsageError } from "../../src/errors.ts";
import { seriesWithImports as loadSeries } from "../userData/store.ts";

export interface RiskFree {
  /** Monthly cash return on the panel's axis; undefined = zero. */
  cash?: Float64Array;
  /** The series id, or undefined for zero. */
  label?: string;
}

export function riskFreeOn(spec: string | undefined, region: "cn" | "us" | null, panel: PricePanel): RiskFree {
  const s = spec ?? (region ? "shipped" : "zero");
  if (s === "zero") return {};
  let id = s;
  if (s === "shipped") {
    if (!region) throw new UsageError(say("riskFreeShippedNeedsDataset"));
    const c = universe(region).cash;
    if (!c) return {};
    id = c;
  }
  const e = findEntry(id);
  if (e.kind !== "index" && e.kind !== "yield") {
    throw new KitchinError("bad-option", say("riskFreeNotRate", { id, kind: e.kind }));
  }
  const ser = loadSeries(id);
  const cash =
    e.kind === "yield" ? yieldReturns(ser, panel.start, panel.months) : indexReturns(ser, panel.start, panel.months);
  return { cash, label: id };
}
