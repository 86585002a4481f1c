/**
 * Decomposition of inventory growth (methods.md §6; note 003 第2则 "库存周期拆解"):
 *
 *   库存 = 营收 × 库销比 ≈ 工业增加值 × PPI × 库销比   ⇒   Δ库存 ≈ Δ工业增加值 + ΔPPI + Δ库销比
 *
 * i.e. inventory YoY ≈ value-added (volume) YoY + PPI YoY + YoY change of the
 * inventory/sales ratio, all in percent, with the residual shown month by month. The
 * residual collects the cross terms of the product and the gap between revenue and
 * value added × PPI (revenue is gross output, not value added; PPI is ex-factory prices of
 * all industry, not the deflator of the firms in the sample).
 *
 * `form: "log"` uses 100·ln(1 + g/100) for every term, where the identity is exactly
 * additive and the residual is only the revenue-vs-value-added gap. Months where any input
 * is missing give `NaN` in every output of that month.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { align } from "../series/panel.ts";
import type { Series } from "../series/series.ts";
import { realGrowth } from "../transforms/real.ts";

export type DecompositionForm = "additive" | "log";

export interface Decomposition {
  /** The terms as used (log points in the log form, percent otherwise). */
  inventory: Float64Array;
  valueAdded: Float64Array;
  price: Float64Array;
  ratio: Float64Array;
  /** valueAdded + price + ratio. */
  explained: Float64Array;
  /** inventory − explained. */
  residual: Float64Array;
}

export function decompose(
  inventoryYoy: ArrayLike<number>,
  valueAddedYoy: ArrayLike<number>,
  priceYoy: ArrayLike<number>,
  ratioYoy: ArrayLike<number>,
  form: DecompositionForm = "additive",
): Decomposition {
  const n = inventoryYoy.length;
  for (const [name, x] of [
    ["value added", valueAddedYoy],
    ["price", priceYoy],
    ["inventory/sales ratio", ratioYoy],
  ] as const) {
    if (x.length !== n)
      throw new KitchinError(
        "length-mismatch",
        say("lengthsDiffer", { what: `inventory and ${name}`, a: n, b: x.length, axis: true }),
      );
  }
  if (form !== "additive" && form !== "log")
    throw new KitchinError("bad-option", say("unknownDecompositionForm", { form: String(form) }));
  const f = form === "log" ? (g: number) => 100 * Math.log(1 + g / 100) : (g: number) => g;
  const out: Decomposition = {
    inventory: new Float64Array(n).fill(NaN),
    valueAdded: new Float64Array(n).fill(NaN),
    price: new Float64Array(n).fill(NaN),
    ratio: new Float64Array(n).fill(NaN),
    explained: new Float64Array(n).fill(NaN),
    residual: new Float64Array(n).fill(NaN),
  };
  for (let t = 0; t < n; t++) {
    const i = f(inventoryYoy[t]),
      v = f(valueAddedYoy[t]),
      p = f(priceYoy[t]),
      r = f(ratioYoy[t]);
    if (!(Number.isFinite(i) && Number.isFinite(v) && Number.isFinite(p) && Number.isFinite(r))) continue;
    out.inventory[t] = i;
    out.valueAdded[t] = v;
    out.price[t] = p;
    out.ratio[t] = r;
    out.explained[t] = v + p + r;
    out.residual[t] = i - (v + p + r);
  }
  return out;
}

/**
 * YoY of the inventory/sales ratio from the YoY of inventories and of sales (revenue):
 * 100·((1 + i/100) / (1 + s/100) − 1) — exact, since the ratio's growth factor is the
 * quotient of the two growth factors.
 */
export function ratioYoyFrom(inventoryYoy: ArrayLike<number>, salesYoy: ArrayLike<number>): Float64Array {
  if (inventoryYoy.length !== salesYoy.length) {
    throw new KitchinError(
      "length-mismatch",
      say("lengthsDiffer", { what: "inventory and sales", a: inventoryYoy.length, b: salesYoy.length }),
    );
  }
  return realGrowth(inventoryYoy, salesYoy, "exact");
}

export interface DecompositionInput {
  inventory: Series;
  valueAdded: Series;
  price: Series;
  /** YoY of the inventory/sales ratio; give `sales` (YoY) instead to derive it. */
  ratio?: Series;
  sales?: Series;
}

export interface SeriesDecomposition extends Decomposition {
  start: number;
  /** Real inventory YoY deflated by the price term: exact and difference forms (methods.md §1). */
  realExact: Float64Array;
  realDifference: Float64Array;
}

/** Series form on the inventory series' months; throws `no-overlap` when an input shares none of them. */
export function decomposeSeries(input: DecompositionInput, form: DecompositionForm = "additive"): SeriesDecomposition {
  if (!input.ratio && !input.sales) {
    throw new KitchinError("bad-option", say("ratioOrSales"));
  }
  const parts: [string, Series][] = [
    ["inventory", input.inventory],
    ["value added", input.valueAdded],
    ["price", input.price],
  ];
  parts.push(input.ratio ? ["inventory/sales ratio", input.ratio] : ["sales", input.sales as Series]);
  for (const [name, s] of parts.slice(1)) {
    const p = align([input.inventory, s], "inner");
    let any = false;
    for (let i = 0; i < p.length && !any; i++)
      any = Number.isFinite(p.columns[0][i]) && Number.isFinite(p.columns[1][i]);
    if (!any)
      throw new KitchinError("no-overlap", say("noSharedMonths", { what: `inventory and ${name}`, observed: true }));
  }
  const p = align([input.inventory], "outer");
  const on = (s: Series) => align([input.inventory, s], "outer");
  // Put every input on the inventory's own months.
  const col = (s: Series) => {
    const q = on(s);
    return q.columns[1].subarray(p.start - q.start, p.start - q.start + p.length);
  };
  const inv = p.columns[0];
  const ratio = input.ratio ? col(input.ratio) : ratioYoyFrom(inv, col(input.sales as Series));
  const price = col(input.price);
  const d = decompose(inv, col(input.valueAdded), price, ratio, form);
  return {
    ...d,
    start: p.start,
    realExact: realGrowth(inv, price, "exact"),
    realDifference: realGrowth(inv, price, "difference"),
  };
}
