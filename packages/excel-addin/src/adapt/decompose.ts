/**
 * CYCLE.DECOMPOSE: the core's `decomposeSeries` (methods.md §6; note 003 第2则) over four ranges
 * on the same rows, as `kitchin decompose` computes it — inventory YoY ≈ value-added YoY + price
 * (PPI) YoY + YoY of the inventory/sales ratio, with the residual, month by month. The fourth
 * range is the ratio's YoY, or with `sales=true` the sales (revenue) YoY from which the core
 * derives it exactly (`--sales`). `form=log` is the CLI's `--form log`; `real=true` appends real
 * inventory growth deflated by the price range, exact and difference forms (methods.md §1).
 *
 * The dates range comes first (oldest or newest first); the output keeps the input's rows — a
 * header, then one row per input row, blank where an input is missing (the CLI lists only the
 * months where every term is known).
 */
import { decomposeSeries, type DecompositionForm } from "@kitchin/core";
import { appendNotes, axisOf, onAxis, table, type Out, type Range } from "../cells.ts";
import { DECOMPOSE_OPTIONS, langOf, parseOptions } from "../options.ts";
import { DECOMPOSE_HEADERS } from "../labels.ts";

export function decomposeOf(
  dates: Range,
  inventory: Range,
  valueAdded: Range,
  price: Range,
  ratio: Range,
  options?: string | null,
): Out {
  const o = parseOptions(options, DECOMPOSE_OPTIONS);
  const lang = langOf(o);
  const sales = o.sales === true;
  const fourth = sales ? "sales" : "ratio";
  const ax = axisOf(dates, o.notes === true, 0, langOf(o));
  const inv = onAxis(ax, inventory, "inventory");
  const va = onAxis(ax, valueAdded, "valueAdded");
  const pr = onAxis(ax, price, "price");
  const fo = onAxis(ax, ratio, fourth);
  const form = (o.form as DecompositionForm | undefined) ?? "additive";
  const d = decomposeSeries(
    { inventory: inv, valueAdded: va, price: pr, ...(sales ? { sales: fo } : { ratio: fo }) },
    form,
  );
  const real = o.real === true;
  const h = DECOMPOSE_HEADERS[lang];
  const rows: (number | string)[][] = [real ? [...h] : h.slice(0, 6)];
  // One output row per input row, in the input's order (newest first stays newest first).
  for (let i = 0; i < ax.months.length; i++) {
    const t = ax.months[i] - d.start;
    const at = (x: Float64Array) => (t >= 0 && t < x.length ? x[t] : NaN);
    const r: (number | string)[] = [
      at(d.inventory),
      at(d.valueAdded),
      at(d.price),
      at(d.ratio),
      at(d.explained),
      at(d.residual),
    ];
    if (real) r.push(at(d.realExact), at(d.realDifference));
    rows.push(r);
  }
  return appendNotes(table(rows), ax);
}
