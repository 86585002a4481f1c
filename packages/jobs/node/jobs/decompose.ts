/**
 * The decomposition job: inventory YoY ≈ value-added YoY + PPI YoY + YoY of the inventory/sales
 * ratio, with the residual, month by month (methods.md §6; note 003 第2则), and real inventory growth
 * in the exact and difference forms (methods.md §1), from series specs (seriesSpecs.ts).
 *
 * Defaults per region (docs/macro.md): China — finished-goods inventory YoY, industrial value
 * added cumulative YoY, PPI YoY and revenue cumulative YoY for the ratio (cn.revenue_yoy, which
 * ends 2019-04: the later demand proxy is built from value added + PPI and would make the
 * residual circular); US — total business inventories YoY, industrial production YoY,
 * PPI (finished goods) YoY and total business sales YoY.
 */
import {
  decomposeSeries,
  formatMonth,
  laggedCorrelation,
  mean,
  say,
  uniqueNotes,
  type DecompositionForm,
  type SeriesDecomposition,
  type Note,
} from "@kitchin/core";
import { UsageError } from "../../src/errors.ts";
import { parseSpec, resolveSpec, type SpecContext } from "../readers/seriesSpecs.ts";

export const DECOMPOSE_DEFAULTS: Record<
  "cn" | "us",
  { inventory: string; valueAdded: string; price: string; sales: string }
> = {
  cn: { inventory: "cn.inventory_yoy", valueAdded: "cn.iva_cum_yoy", price: "cn.ppi_yoy", sales: "cn.revenue_yoy" },
  us: { inventory: "us.inventory_yoy", valueAdded: "us.indpro:yoy", price: "us.ppi_yoy", sales: "us.sales_yoy" },
};

export interface DecomposeInput {
  inventory: string;
  valueAdded: string;
  price: string;
  ratio?: string;
  sales?: string;
  form?: DecompositionForm;
  from?: number;
  to?: number;
}

export const DECOMPOSE_TERMS = [
  "inventory",
  "valueAdded",
  "price",
  "ratio",
  "explained",
  "residual",
  "realExact",
  "realDifference",
] as const;

export interface DecomposeData {
  form: DecompositionForm;
  series: { inventory: string; valueAdded: string; price: string; ratio: string | null; sales: string | null };
  rows: ({ month: string } & Record<(typeof DECOMPOSE_TERMS)[number], number>)[];
  summary: {
    months: number;
    from: string | null;
    to: string | null;
    mean: Record<"inventory" | "valueAdded" | "price" | "ratio" | "residual", number>;
    meanAbsResidual: number;
    /** Correlation of inventory YoY with the explained sum and with each term. */
    corr: Record<"explained" | "valueAdded" | "price" | "ratio", number>;
  };
  notes: Note[];
}

export function computeDecomposition(input: DecomposeInput, ctx: SpecContext): DecomposeData {
  if (!input.ratio && !input.sales) throw new UsageError(say("decomposeRatioOrSales"));
  if (input.ratio && input.sales) throw new UsageError(say("eitherNotBoth", { a: "--ratio", b: "--demand" }));
  const get = (s: string) => resolveSpec(parseSpec(s, ctx), ctx);
  const inv = get(input.inventory),
    va = get(input.valueAdded),
    pr = get(input.price);
  const ra = input.ratio ? get(input.ratio) : undefined,
    sa = input.sales ? get(input.sales) : undefined;
  const d: SeriesDecomposition = decomposeSeries(
    { inventory: inv.series, valueAdded: va.series, price: pr.series, ratio: ra?.series, sales: sa?.series },
    input.form ?? "additive",
  );
  const rows: DecomposeData["rows"] = [];
  for (let i = 0; i < d.inventory.length; i++) {
    const m = d.start + i;
    if (input.from !== undefined && m < input.from) continue;
    if (input.to !== undefined && m > input.to) continue;
    if (!Number.isFinite(d.residual[i])) continue;
    const row = { month: formatMonth(m) } as DecomposeData["rows"][number];
    for (const k of DECOMPOSE_TERMS) row[k] = d[k][i];
    rows.push(row);
  }
  const col = (k: (typeof DECOMPOSE_TERMS)[number]) => rows.map((r) => r[k]);
  const corr = (k: (typeof DECOMPOSE_TERMS)[number]) => laggedCorrelation(col(k), col("inventory"), 0, 3).corr;
  return {
    form: input.form ?? "additive",
    series: {
      inventory: input.inventory,
      valueAdded: input.valueAdded,
      price: input.price,
      ratio: input.ratio ?? null,
      sales: input.sales ?? null,
    },
    rows,
    summary: {
      months: rows.length,
      from: rows.length ? rows[0].month : null,
      to: rows.length ? rows[rows.length - 1].month : null,
      mean: {
        inventory: mean(col("inventory")),
        valueAdded: mean(col("valueAdded")),
        price: mean(col("price")),
        ratio: mean(col("ratio")),
        residual: mean(col("residual")),
      },
      meanAbsResidual: mean(col("residual").map(Math.abs)),
      corr: {
        explained: corr("explained"),
        valueAdded: corr("valueAdded"),
        price: corr("price"),
        ratio: corr("ratio"),
      },
    },
    notes: uniqueNotes([...inv.notes, ...va.notes, ...pr.notes, ...(ra?.notes ?? []), ...(sa?.notes ?? [])]),
  };
}
