/**
 * CYCLE.CONTRIB: the core's `contributionTable` (notes 001 and 000) over a date range, a
 * total and a block of components (one column each, same rows), as `kitchin contrib` computes it —
 * the same rows, window rule and numbers. A first row of text in the components holds their names;
 * dates and total ranges of the same height then start with a header cell, which is skipped.
 *
 * Output: a header, one row per month with a total YoY (date, total YoY %, each contribution in
 * pp, residual pp, and with shares=true each component's share of the total %), then the window
 * row whose first cell is "FROM…TO". `cumulative=true` reads China NBS year-to-date values.
 */
import {
  KitchinError,
  say,
  contributionTable,
  formatMonth,
  pairsFromLevels,
  pairsFromYtd,
  parseMonth,
  seriesFromObservations,
  type Series,
  type WindowAggregate,
} from "@kitchin/core";
import { flatten, table, type Cell, type Out, type Range } from "../cells.ts";
import { CONTRIB_HEADERS } from "../labels.ts";
import { CONTRIB_OPTIONS, langOf, parseOptions } from "../options.ts";

function isName(v: Cell): boolean {
  return typeof v === "string" && v.trim() !== "" && !Number.isFinite(Number(v.replace(/,/g, "")));
}

export function contribOf(
  dates: Range,
  total: Range,
  components: Range | null | undefined,
  options?: string | null,
): Out {
  const o = parseOptions(options, CONTRIB_OPTIONS);
  const lang = langOf(o);
  const h = CONTRIB_HEADERS[lang];
  let d = flatten(dates, "dates").cells;
  let tot = flatten(total, "total").cells;
  if (d.length === 0) throw new KitchinError("empty", say("xlRangeEmpty", { what: "dates" }));
  const block: Cell[][] =
    Array.isArray(components) && components.length > 0 && Array.isArray(components[0]) && components[0].length > 0
      ? components
      : [];
  const k = block.length ? block[0].length : 0;
  let names: string[] = Array.from({ length: k }, (_, i) => `${h.component} ${i + 1}`);
  let body = block;
  let firstRow = 1;
  if (k > 0 && block[0].every(isName)) {
    names = block[0].map((v) => String(v).trim());
    body = block.slice(1);
    if (d.length === body.length + 1) {
      d = d.slice(1);
      tot = tot.slice(1);
    }
    firstRow = 2;
  }
  if (k > 0 && body.length !== d.length)
    throw new KitchinError(
      "length-mismatch",
      say("xlLengthsRows", { a: "dates", b: "components", na: d.length, nb: body.length }),
    );
  if (tot.length !== d.length)
    throw new KitchinError(
      "length-mismatch",
      say("xlLengths", { a: "dates", b: "total", na: d.length, nb: tot.length }),
    );
  if (new Set(names).size !== names.length) throw new KitchinError("bad-option", say("xlSameNames", { names }));
  const read = (values: Cell[], column: string): Series =>
    seriesFromObservations(d, values, { column, dateColumn: "dates", allowSerialDates: true, firstRow });
  const pairs = (s: Series) => (o.cumulative === true ? pairsFromYtd(s.start, s.values) : pairsFromLevels(s));
  const totalPairs = pairs(read(tot, "total"));
  const compPairs = names.map((n, j) =>
    pairs(
      read(
        body.map((r) => r[j]),
        n,
      ),
    ),
  );
  const t = contributionTable(totalPairs, compPairs, names, {
    from: typeof o.from === "string" ? parseMonth(o.from, "from") : undefined,
    to: typeof o.to === "string" ? parseMonth(o.to, "to") : undefined,
    window: typeof o.window === "number" ? o.window : undefined,
    aggregate: (o.aggregate as WindowAggregate | undefined) ?? "sum",
    totalName: "total",
  });
  const shares = o.shares === true;
  const rows: (number | string)[][] = [
    [h.date, h.totalYoy, ...names, ...(k ? [h.residual] : []), ...(shares ? names.map((n) => `${h.share} ${n}`) : [])],
  ];
  const line = (
    first: string,
    r: { totalYoy: number; contributions: Float64Array; residual: number; shares: Float64Array },
  ) => [first, r.totalYoy, ...r.contributions, ...(k ? [r.residual] : []), ...(shares ? r.shares : [])];
  for (const r of t.rows) rows.push(line(formatMonth(r.month), r));
  const w = t.window;
  rows.push(line(`${formatMonth(w.from)}…${formatMonth(w.to)}`, w));
  return table(rows);
}
