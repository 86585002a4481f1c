/**
 * The real (price-adjusted) inputs of the phase call. Note 003 (第4则, "名义库存周期与
 * 实物库存周期") estimates real inventory growth as inventory YoY − PPI YoY and warns that it is only
 * an approximation (sector weights and inventory accounting differ); note 000 reads the US cycle
 * against real inventories ("剔除价格因素后，实际库存中枢并未明显抬升"). We follow note 003's
 * difference form, and deflate each input by the PPI growth that covers the same months:
 *
 * - a growth rate of one month (`yoy`: an inventory stock at month-end, US sales): minus PPI YoY of
 *   that month;
 * - a year-to-date growth rate (`cumulative_yoy`: China's revenue, January–February combined): minus
 *   the mean of PPI YoY over January…m of the same year (the matching PPI average; the same rule as
 *   the shipped nominal-output proxy).
 *
 * A month is missing when its value or any PPI month it needs is missing.
 */
import { calendarMonthOf } from "../time/month.ts";
import type { Series } from "../series/series.ts";

export type GrowthKind = "yoy" | "cumulative_yoy";

export function deflatedGrowth(nominal: Series, ppi: Series, kind: GrowthKind): Series {
  const n = nominal.values.length;
  const out = new Float64Array(n).fill(NaN);
  const at = (m: number) => {
    const i = m - ppi.start;
    return i >= 0 && i < ppi.values.length ? ppi.values[i] : NaN;
  };
  for (let i = 0; i < n; i++) {
    const x = nominal.values[i];
    if (!Number.isFinite(x)) continue;
    const m = nominal.start + i;
    let d: number;
    if (kind === "yoy") d = at(m);
    else {
      const k = calendarMonthOf(m); // months Jan..m of this year
      let sum = 0;
      for (let j = 0; j < k; j++) sum += at(m - j);
      d = sum / k; // NaN when any month is missing
    }
    if (Number.isFinite(d)) out[i] = x - d;
  }
  return { start: nominal.start, values: out };
}
