/**
 * The outlook of the command line's inputs, shared by `outlook`, `overview`, `phase` and
 * the report: the demand and inventory series as `phase` reads them, the deflator of the real call
 * (the region's PPI, or `--deflator` with a file) and the region's nowcast indicators
 * (@kitchin/datasets `OUTLOOK_DEFAULTS`), with the same turning-point, reversal and as-of flags.
 */
import { outlook, type GrowthKind, type Outlook, type Note } from "@kitchin/core";
import { OUTLOOK_DEFAULTS, findEntry } from "@kitchin/datasets";
import type { OutlookRequest } from "../../src/request.ts";
import { Readers } from "./readers.ts";
import { columnIndex } from "../io/table.ts";
import { columnSeries, demandAndInventory, shippedSeries, type NamedSeries } from "./inputs.ts";

function kindOf(s: NamedSeries, fromFile: boolean, q: OutlookRequest, demand: boolean): GrowthKind {
  if (fromFile) return demand ? (q.demandKind ?? "yoy") : "yoy";
  const k = findEntry(s.name).kind;
  return k === "cumulative_yoy" ? "cumulative_yoy" : "yoy";
}

export interface OutlookRun {
  o: Outlook;
  revenue: NamedSeries;
  inventory: NamedSeries;
  notes: Note[];
}

export async function outlookRun(q: OutlookRequest, readers = new Readers()): Promise<OutlookRun> {
  const { revenue, inventory } = await demandAndInventory(q, readers);
  const fromFile = q.file !== undefined;
  const region = q.dataset as "cn" | "us" | undefined;
  const d = q.deflator;
  let deflator: NamedSeries | undefined;
  if (d !== undefined) {
    if (fromFile) {
      const t = await readers.table(q.file!, { dateColumn: q.dateColumn, sheet: q.sheet });
      deflator = columnSeries(t, columnIndex(t, d, "--deflator"), inventory.releaseLag);
    } else deflator = shippedSeries(d);
  } else if (region) deflator = shippedSeries(OUTLOOK_DEFAULTS[region].deflator);
  const indicators = region && !fromFile ? OUTLOOK_DEFAULTS[region].indicators.map(shippedSeries) : [];
  const o = outlook(
    {
      demand: {
        id: revenue.name,
        series: revenue.series,
        releaseLag: revenue.releaseLag,
        kind: kindOf(revenue, fromFile, q, true),
      },
      inventory: {
        id: inventory.name,
        series: inventory.series,
        releaseLag: inventory.releaseLag,
        kind: kindOf(inventory, fromFile, q, false),
      },
      deflator: deflator && { id: deflator.name, series: deflator.series, releaseLag: deflator.releaseLag },
      indicators: indicators.map((x) => ({ id: x.name, series: x.series, releaseLag: x.releaseLag })),
    },
    {
      turns: q.rule.turns,
      preset: q.rule.preset,
      demandPreset: q.rule.demandPreset,
      reversal: q.rule.reversal,
      horizons: q.horizons,
      cutoff: q.cutoff,
    },
  );
  const notes = [...revenue.notes, ...inventory.notes, ...(deflator?.notes ?? []), ...o.analysis.notes];
  return { o, revenue, inventory, notes };
}
