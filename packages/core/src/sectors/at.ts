/**
 * The sector inputs as they stood at the end of month `at` (methods.md §7): "which industries
 * were restocking in 2009-06" asks for the panel read on data up to and including that month,
 * so every series is cut after `at` before any YoY, smoothing or dating sees it. In `as-of` mode
 * the latest states then equal the panel's own states in month `at`; in `ex-post` mode turns are
 * dated on the history up to `at`, as someone dating them then would have.
 *
 * An industry whose inventory starts after `at` has nothing to say about that month: a
 * `no-overlap` error naming it (the panel would otherwise silently leave it out). Sales that
 * start after `at` are dropped (the phase is then unknown, as without sales); a weight series
 * that starts after `at` is kept — the panel reads weights only on its own months, all ≤ `at`.
 */
import { KitchinError } from "../errors.ts";
import { about, say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import { sliceMonths, type Series } from "../series/series.ts";

/** One sector's series (what `sectorPanel` takes). */
export interface SectorInput {
  name: string;
  inventory: Series;
  sales?: Series;
  /** A constant weight or a weight per month; default: the inventory level for `kind: "level"`, else 1. */
  weight?: number | Series;
}

export function sectorInputsAt(inputs: readonly SectorInput[], at: number): SectorInput[] {
  if (!Number.isInteger(at)) throw new KitchinError("bad-option", say("atMonthIndex", { got: at }));
  const cut = (s: Series): Series => sliceMonths(s, s.start, Math.min(at, s.start + s.values.length - 1));
  return inputs.map((s) => {
    if (s.inventory.start > at) {
      throw new KitchinError(
        "no-overlap",
        about(s.name, say("noInventoryUpTo", { at: formatMonth(at), start: formatMonth(s.inventory.start) })),
      );
    }
    const out: SectorInput = {
      ...s,
      inventory: cut(s.inventory),
      sales: s.sales && s.sales.start <= at ? cut(s.sales) : undefined,
    };
    if (typeof s.weight === "object" && s.weight.start <= at) out.weight = cut(s.weight);
    return out;
  });
}
