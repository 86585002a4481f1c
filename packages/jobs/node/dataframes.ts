/**
 * DataFrames at the edge: a Node API for analysts who already hold their prices in a
 * danfojs-node DataFrame, and want the scores back as one. `danfojs-node` is imported lazily (about
 * a second), only by these functions; nothing else in the CLI loads it.
 *
 *   import { panelFromFrame, scoresToFrame } from "@kitchin/cli";
 *   const prices = await panelFromFrame(df);          // a date column + one column per asset
 *   const scores = scorePhases(prices.panel, codes);  // @kitchin/backtest
 *   const out = await scoresToFrame(scoreJson(scores).scores);
 *
 * A frame is read by the same rules as `--prices F` (wide or long; month-end, or daily and reduced
 * to each month's last price; the same errors, with "DataFrame" as the file name).
 */
import type { ScoreRow } from "@kitchin/backtest";
import type { Cell } from "@kitchin/core";
import { tableFromRows } from "./io/table.ts";
import { tablePrices, type PriceFileOptions, type PriceInput } from "./readers/priceInputs.ts";

/** The structural part of a danfojs DataFrame these functions read. */
export interface FrameLike {
  columns: string[];
  values: unknown[][];
}

/** A price panel (and notes) from a DataFrame whose rows are dates. */
export async function panelFromFrame(df: FrameLike, o: PriceFileOptions = {}): Promise<PriceInput> {
  const rows: Cell[][] = [df.columns, ...df.values.map((r) => r.map(cellOf))];
  return tablePrices(tableFromRows(rows, "DataFrame", { dateColumn: o.dateColumn }), o);
}

/** Score rows (one per asset and phase) as a DataFrame, columns in the JSON contract's order. */
export async function scoresToFrame(rows: readonly ScoreRow[]): Promise<import("danfojs-node").DataFrame> {
  const dfd = await import("danfojs-node");
  const columns = rows.length ? Object.keys(rows[0]) : ["asset", "phase", "score"];
  return new dfd.DataFrame(
    rows.map((r) => columns.map((c) => (r as unknown as Record<string, unknown>)[c] ?? null)),
    { columns },
  );
}

function cellOf(v: unknown): Cell {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null || v === undefined)
    return v;
  return String(v);
}
