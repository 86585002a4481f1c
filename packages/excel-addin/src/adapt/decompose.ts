/**
 * CYCLE.DECOMPOSE: the core's `decomposeSeries` (methods.md §6; note 003 第2则) over four ranges
 * on the same rows, as `kitchin decompose` computes it — inventory YoY ≈ value-added YoY + price
 * (PPI) YoY + YoY of the inventory/sales ratio, with the residual, month by month. The fourth
 * range is the ratio's YoY, or with `sales=true` the sales (revenue) YoY from which the core
 * derives it exactly (`--sales`). `form=log` is the CLI's `--form log`; `real=true` appends real
 * inventory growth deflated by the price range, exact and difference forms (methods.md §1).
 *
 * The ranges carry no dates: their rows are consecutive months, and the output keeps them — a
 * header, then one row per input row, blank where an input is missing (the CLI lists only the
 * months where every term is known).
 */
import { decomposeSeries, type DecompositionForm, type Series } from "@kitchin/core";
import { numbers, sameLength, table, type Out, type Range } from "../cells.ts";
import { DECOMPOSE_OPTIONS, langOf, parseOptions } from "../options.ts";
import { DECOMPOSE_HEADERS } from "../labels.ts";

export function decomposeOf(inventory: Range, valueAdded: Range, price: Range, ratio: Range, options?: string | null): Out {
  const o = parseOptions(options, DECOMPOSE_OPTIONS);
  const lang = langOf(o);
  const sales = o.sales === true;
  const fourth = sales ? "sales" : "ratio";
  const inv = numbers(inventory, "inventory").values;
  const parts: [string, Float64Array][] = [
    ["valueAdded", numbers(valueAdded, "valueAdded").values],
    ["price", numbers(price, "price").values],
    [fourth, numbers(ratio, fourth).values],
  ];
  for (const [name, x] of parts) sameLength(inv, "inventory", x, name);
  // Rows are months 0, 1, …: the core's series form keeps every input on the inventory's rows.
  const at0 = (values: Float64Array): Series => ({ start: 0, values });
  const [va, pr, fo] = parts.map(([, x]) => at0(x));
  const form = (o.form as DecompositionForm | undefined) ?? "additive";
  const d = decomposeSeries({ inventory: at0(inv), valueAdded: va, price: pr, ...(sales ? { sales: fo } : { ratio: fo }) }, form);
  const real = o.real === true;
  const h = DECOMPOSE_HEADERS[lang];
  const rows: (number | string)[][] = [real ? [...h] : h.slice(0, 6)];
  for (let t = 0; t < inv.length; t++) {
    const r: (number | string)[] = [d.inventory[t], d.valueAdded[t], d.price[t], d.ratio[t], d.explained[t], d.residual[t]];
    if (real) r.push(d.realExact[t], d.realDifference[t]);
    rows.push(r);
  }
  return table(rows);
}
