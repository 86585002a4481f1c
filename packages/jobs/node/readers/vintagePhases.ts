/**
 * `--vintages`: the US as-of trading signal read from the FRED-MD vintages that ship
 * (`us.sales_yoy`, `us.inventory_yoy` as published in 2019-10, 2023-06, 2025-02, and the current
 * 2025-12 data), instead of from the latest revised data alone (ALFRED's point: a real-time
 * backtest must see the data as first published).
 *
 * With four vintages, not one a month, the signal at month t comes from the earliest shipped vintage
 * published at or after t: the as-of path of that vintage at t uses only data months known at t
 * (release lags applied), but those months carry the revisions made up to the vintage's date — fewer
 * than with the latest data, not none. Months before the first vintage (2019-10) read that vintage.
 * The output says so (a note), and docs/backtest.md shows the results beside the revised ones.
 */
import { analyseCycle, say, formatMonth, parseMonth, type PhaseTimeline } from "@kitchin/core";
import { REGION_DEFAULTS, analysisView, vintages as vintageEntries } from "@kitchin/datasets";
import { loadVintage } from "@kitchin/datasets/node";
import { UsageError } from "../../src/errors.ts";
import type { Phases } from "./phaseInputs.ts";

/** The vintages (`YYYY-MM`) that hold both of the region's default demand and inventory series, oldest first. */
export function shippedVintages(region: "cn" | "us"): string[] {
  const d = REGION_DEFAULTS[region];
  const of = (id: string) => new Set(vintageEntries.filter((e) => e.id === id).map((e) => e.vintage!));
  const inv = of(d.inventory);
  return [...of(d.demand)].filter((v) => inv.has(v)).sort();
}

/** `phases` with its as-of signal replaced by the one read vintage by vintage. */
export function vintageSignal(region: "cn" | "us", phases: Phases): Phases {
  const vs = shippedVintages(region);
  if (!vs.length) throw new UsageError(say("noVintages", { region }));
  const d = REGION_DEFAULTS[region];
  const paths: { from: number; tl: PhaseTimeline }[] = vs.map((v) => {
    const rev = loadVintage(d.demand, v),
      inv = loadVintage(d.inventory, v);
    const a = analyseCycle(analysisView(rev), analysisView(inv), {
      demandLag: rev.entry.lag,
      inventoryLag: inv.entry.lag,
    });
    return { from: parseMonth(v, "vintage"), tl: a.realtime };
  });
  // The current data are the last vintage: months after the newest shipped vintage read them.
  const current = phases.signal;
  const last = current.start + current.codes.length - 1;
  const start = Math.min(current.start, ...paths.map((p) => p.tl.start));
  const n = last - start + 1;
  const codes = new Int8Array(n).fill(-1);
  const revenueStates = new Int8Array(n).fill(-1);
  const inventoryStates = new Int8Array(n).fill(-1);
  for (let m = start; m <= last; m++) {
    const p = paths.find((x) => x.from >= m);
    const tl = p ? p.tl : current;
    const i = m - tl.start;
    if (i < 0 || i >= tl.codes.length) continue;
    codes[m - start] = tl.codes[i];
    revenueStates[m - start] = tl.revenueStates[i];
    inventoryStates[m - start] = tl.inventoryStates[i];
  }
  return {
    ...phases,
    signal: { start, codes, revenueStates, inventoryStates, mode: "as-of" },
    source: `${phases.source}, vintages ${vs.join(", ")} and current`,
    notes: [...phases.notes, say("vintageSignal", { vintages: vs.join(", "), first: formatMonth(paths[0].from) })],
  };
}
