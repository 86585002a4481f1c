/**
 * Which shipped price series are not month-end closes of a holdable asset, read from the
 * catalog's caveats so that the data's own description is the one source:
 * - smoothed: monthly averages of daily prices (US equity, oil, gold), and series built from them
 *   (the US 10-year total-return index from monthly-average yields) — their returns are
 *   autocorrelated and their volatility and drawdowns understated;
 * - roll-gapped: unadjusted main-contract continuous futures (China `cn.fut.*`), whose month-on-month
 *   changes include the jump between contracts on roll days.
 * Ids the catalog does not know (the user's own prices) are in neither list.
 */
import { catalog } from "./catalog.ts";

export interface PriceCaveats {
  smoothed: string[];
  rollGapped: string[];
}

const byId = new Map(catalog.map((e) => [e.id, e]));

function smoothed(id: string, depth = 0): boolean {
  const e = byId.get(id);
  if (!e || depth > 3) return false;
  return e.caveats.some(
    (c) =>
      /monthly average/i.test(c) ||
      (/^Inherits the caveats of (\S+?)\.?$/.test(c) &&
        smoothed(c.replace(/^Inherits the caveats of (\S+?)\.?$/, "$1"), depth + 1)),
  );
}

export function priceCaveats(ids: readonly string[]): PriceCaveats {
  return {
    smoothed: ids.filter((id) => smoothed(id)),
    rollGapped: ids.filter((id) => byId.get(id)?.caveats.some((c) => /roll gaps/i.test(c)) ?? false),
  };
}
