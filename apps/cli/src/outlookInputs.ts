/**
 * The outlook of the command line's inputs (issue 19), shared by `outlook`, `overview`, `phase` and
 * the report: the demand and inventory series as `phase` reads them, the deflator of the real call
 * (the region's PPI, or `--deflator` with a file) and the region's nowcast indicators
 * (@kitchin/datasets `OUTLOOK_DEFAULTS`), with the same turning-point, reversal and as-of flags.
 */
import { outlook, parseMonth, type GrowthKind, type Outlook, type Note } from "@kitchin/core";
import { OUTLOOK_DEFAULTS, findEntry } from "@kitchin/datasets";
import { numberList, oneOf, str, type ParsedArgs } from "./args.ts";
import { columnIndex, readUserTable } from "./io/table.ts";
import { columnSeries, phaseInputs, shippedSeries, type NamedSeries } from "./inputs.ts";
import { reversalOptions, turnFlags } from "./options.ts";

export const OUTLOOK_FLAGS = {
  horizons: { type: "string", arg: "1,3,6", value: "numbers", whole: true, min: 1, description: "months ahead for the odds of a phase change (default 1,3,6)" },
  deflator: { type: "string", arg: "ID|COLUMN", description: "PPI YoY for the real call: shipped id or file column (default: the region's PPI; none with --file)" },
  "demand-kind": { type: "string", arg: "yoy|cumulative_yoy", description: "with --file: the demand growth is of one month (yoy) or year to date (cumulative_yoy); decides the deflator rule" },
} as const;

const KINDS = ["yoy", "cumulative_yoy"] as const;

function kindOf(s: NamedSeries, fromFile: boolean, p: ParsedArgs, demand: boolean): GrowthKind {
  if (fromFile) return demand ? oneOf(p, "demand-kind", KINDS, "yoy") : "yoy";
  const k = findEntry(s.name).kind;
  return k === "cumulative_yoy" ? "cumulative_yoy" : "yoy";
}

export interface OutlookRun {
  o: Outlook;
  revenue: NamedSeries;
  inventory: NamedSeries;
  notes: Note[];
}

/** `horizons` from the flag (the core checks the values). */
export function horizonsOf(p: ParsedArgs): number[] | undefined {
  return str(p, "horizons") === undefined ? undefined : numberList(p, "horizons", [], { whole: true, min: 1 });
}

export async function outlookRun(p: ParsedArgs): Promise<OutlookRun> {
  const { revenue, inventory } = await phaseInputs(p);
  const fromFile = str(p, "file") !== undefined;
  const region = str(p, "dataset") as "cn" | "us" | undefined;
  const d = str(p, "deflator");
  let deflator: NamedSeries | undefined;
  if (d !== undefined) {
    if (fromFile) {
      const t = await readUserTable(str(p, "file")!, { dateColumn: str(p, "date-column"), sheet: str(p, "sheet") });
      deflator = columnSeries(t, columnIndex(t, d, "--deflator"), inventory.lag);
    } else deflator = shippedSeries(d);
  } else if (region) deflator = shippedSeries(OUTLOOK_DEFAULTS[region].deflator);
  const indicators = region && !fromFile ? OUTLOOK_DEFAULTS[region].indicators.map(shippedSeries) : [];
  const asOfText = str(p, "as-of");
  const t = turnFlags(p);
  const o = outlook({
    revenue: { id: revenue.name, series: revenue.series, lag: revenue.lag, kind: kindOf(revenue, fromFile, p, true) },
    inventory: { id: inventory.name, series: inventory.series, lag: inventory.lag, kind: kindOf(inventory, fromFile, p, false) },
    deflator: deflator && { id: deflator.name, series: deflator.series, lag: deflator.lag },
    indicators: indicators.map((x) => ({ id: x.name, series: x.series, lag: x.lag })),
  }, {
    ...t, reversal: reversalOptions(p), horizons: horizonsOf(p),
    asOf: asOfText === undefined ? undefined : parseMonth(asOfText, "--as-of"),
  });
  const notes = [...revenue.notes, ...inventory.notes, ...(deflator?.notes ?? []), ...o.analysis.notes];
  return { o, revenue, inventory, notes };
}
