/**
 * The sector panel's input table: a long table with one row per industry and month and
 * the columns `sector`, `month`, `inventory`, and optionally `sales` (or `revenue`) and
 * `weight` (header names are case-insensitive; Chinese 行业/月份/存货/营收/权重 are accepted).
 * The CLI reads it from CSV; the Excel add-in passes a range. Rows of one industry may come
 * in any order; a month given twice for one industry is an error.
 */
import { KitchinError } from "../errors.ts";
import { say } from "../phases/messages.ts";
import { formatMonth } from "../time/month.ts";
import { MAX_GAP_MONTHS, type Cell } from "../series/observations.ts";
import { notNumberMessage, readNumber } from "../input/number.ts";
import { notDateMessage, readMonth } from "../input/dates.ts";
import type { SectorInput } from "./panel.ts";

const NAMES: Record<string, string[]> = {
  sector: ["sector", "industry", "行业", "name"],
  month: ["month", "date", "月份", "日期"],
  inventory: ["inventory", "inventories", "存货", "库存", "产成品存货"],
  sales: ["sales", "revenue", "营收", "营业收入", "销售"],
  weight: ["weight", "权重"],
};

export interface TableOptions {
  file?: string;
  /** Accept Excel serial day numbers as dates. */
  allowSerialDates?: boolean;
}

/** `rows[0]` is the header. */
export function sectorInputsFromTable(rows: readonly (readonly Cell[])[], opts: TableOptions = {}): SectorInput[] {
  if (rows.length < 2) throw new KitchinError("empty", say("sectorTableEmpty"), { file: opts.file });
  const header = rows[0].map((c) =>
    String(c ?? "")
      .trim()
      .toLowerCase(),
  );
  const col = (k: string, required: boolean) => {
    const i = header.findIndex((h) => NAMES[k].includes(h));
    if (i < 0 && required) {
      throw new KitchinError("bad-file", say("sectorColumnNeeded", { column: k, header: rows[0].join(", ") }), {
        file: opts.file,
        row: 1,
      });
    }
    return i;
  };
  const cs = col("sector", true),
    cm = col("month", true),
    ci = col("inventory", true),
    cv = col("sales", false),
    cw = col("weight", false);
  type Acc = { inv: Map<number, number>; sales: Map<number, number>; w: Map<number, number> };
  const by = new Map<string, Acc>();
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const place = (column?: string) => ({ file: opts.file, row: r + 1, column });
    const name = String(row[cs] ?? "").trim();
    if (name === "") {
      if (row.every((c) => c === null || c === undefined || String(c).trim() === "")) continue;
      throw new KitchinError("bad-file", say("sectorNameEmpty"), place(rows[0][cs] as string));
    }
    const d = row[cm];
    const m = readMonth(d, opts.allowSerialDates);
    if (Number.isNaN(m)) throw new KitchinError("bad-date", notDateMessage(d), place(String(rows[0][cm])));
    let acc = by.get(name);
    if (!acc) by.set(name, (acc = { inv: new Map(), sales: new Map(), w: new Map() }));
    if (acc.inv.has(m))
      throw new KitchinError("duplicate", say("sectorMonthTwice", { name, month: formatMonth(m) }), place());
    const num = (i: number) => {
      if (i < 0) return NaN;
      const x = readNumber(row[i]);
      if (x === undefined) throw new KitchinError("not-numeric", notNumberMessage(row[i]), place(String(rows[0][i])));
      return x;
    };
    acc.inv.set(m, num(ci));
    if (cv >= 0) acc.sales.set(m, num(cv));
    if (cw >= 0) acc.w.set(m, num(cw));
  }
  const out: SectorInput[] = [];
  for (const [name, a] of by) {
    const s: SectorInput = { name, inventory: fromMap(a.inv, name, opts.file) };
    if (cv >= 0 && [...a.sales.values()].some(Number.isFinite)) s.sales = fromMap(a.sales, name, opts.file);
    if (cw >= 0 && [...a.w.values()].some(Number.isFinite)) s.weight = fromMap(a.w, name, opts.file);
    out.push(s);
  }
  return out;
}

function fromMap(m: Map<number, number>, name?: string, file?: string) {
  const months = [...m.keys()].sort((a, b) => a - b);
  for (let k = 1; k < months.length; k++) {
    const hole = months[k] - months[k - 1] - 1;
    if (hole > MAX_GAP_MONTHS) {
      // A stale state would otherwise be carried through the hole and counted in the shares.
      throw new KitchinError(
        "gap",
        say("sectorMonthsMissing", { name, n: hole, from: formatMonth(months[k - 1]), to: formatMonth(months[k]) }),
        { file },
      );
    }
  }
  const start = months[0];
  const values = new Float64Array(months[months.length - 1] - start + 1).fill(NaN);
  for (const k of months) values[k - start] = m.get(k) as number;
  return { start, values };
}
