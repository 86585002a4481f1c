/**
 * Price inputs of the backtest commands: shipped month-end prices (`--dataset cn|us`, the catalog's
 * universe placed on one axis by @kitchin/backtest's `alignedPanel`) or a user's CSV/XLSX
 * (`--prices F`), wide (a date column and one column per asset) or long (date, asset, price).
 * Month-end prices load directly; long tables and daily or weekly prices are reduced to month-ends
 * by @kitchin/backtest's `lastPerMonth`. Every bad cell is reported with its file, row and column.
 */
import {
  SIZE_LIMITS,
  say,
  KitchinError,
  formatMonth,
  notDateMessage,
  notNumberMessage,
  readMonth,
  readNumber,
  type Cell,
  type DecimalMark,
  type Note,
} from "@kitchin/core";
import { assetList, findEntry, universe } from "@kitchin/datasets";
import { alignedPanel, lastPerMonth, pricePanel, type Observation, type PricePanel } from "@kitchin/backtest";
import { readFileSync, statSync } from "node:fs";
import { seriesWithImports as loadSeries } from "../userData/store.ts";
import { decimalOf, readUserTable, type TableRow, type UserTable } from "../io/table.ts";
import { readNumericCsv } from "../io/numericCsv.ts";

export interface PriceInput {
  panel: PricePanel;
  /** Cash return per month on the panel axis (`--risk-free`, riskFree.ts), when there is one. */
  cash?: Float64Array;
  cashLabel?: string;
  /** Display names of the assets. */
  names: Record<string, string>;
  notes: Note[];
  source: string;
}

/** Shipped prices for `ids` on the union of their months; gaps stay missing (no invented zero returns). */
export function datasetPrices(region: "cn" | "us", spec: string | undefined, fallback: "classes" | "all"): PriceInput {
  const ids = assetList(region, spec, fallback);
  const names: Record<string, string> = {};
  const series = ids.map((id) => {
    const e = findEntry(id);
    if (!e) throw new KitchinError("not-found", say("unknownShippedAsset", { id, region }));
    if (e.kind === "yield") throw new KitchinError("bad-option", say("yieldNotPrice", { id }));
    if (e.kind !== "price" && e.kind !== "index")
      throw new KitchinError("bad-option", say("kindNotPrice", { id, kind: e.kind }));
    names[id] = e.name;
    return loadSeries(id);
  });
  const aligned = alignedPanel(ids, series);
  const { panel } = aligned;
  // The cash rate is chosen by --risk-free (riskFree.ts), for shipped and own prices alike.
  return { panel, names, notes: [...universe(region).notes, ...aligned.notes], source: `dataset ${region}` };
}

const ASSET_HEADER = /^(asset|id|symbol|code|ticker|name|资产|代码|品种)$/i;
const PRICE_HEADER = /^(price|close|value|adj_?close|收盘价|价格)$/i;

export interface PriceFileOptions {
  format?: "wide" | "long" | "auto";
  assets?: string[];
  gaps?: "error" | "carry" | "keep";
  dateColumn?: string;
  sheet?: string;
}

/** Prices from a file; `read` is the command's readers stage (readers.ts), or a plain read. */
export async function filePrices(
  file: string,
  o: PriceFileOptions = {},
  read: (
    file: string,
    o: { dateColumn?: string; sheet?: string; bytes?: Uint8Array },
  ) => Promise<UserTable> = readUserTable,
): Promise<PriceInput> {
  const fast = plainWidePrices(file, o);
  if (fast.prices) return fast.prices;
  // The bytes the fast path read (if any) go to the general reader: the file is opened once.
  return tablePrices(await read(file, { dateColumn: o.dateColumn, sheet: o.sheet, bytes: fast.bytes }), o);
}

/** Prices from a read table (a file, or a DataFrame's rows): wide or long, month-end or daily. */
export function tablePrices(t: UserTable, o: PriceFileOptions = {}): PriceInput {
  const others = t.header.map((h, i) => [h, i] as const).filter(([, i]) => i !== t.dateColumn);
  const long =
    o.format === "long" ||
    (o.format !== "wide" &&
      others.length === 2 &&
      others.some(([h]) => ASSET_HEADER.test(h)) &&
      others.some(([h]) => PRICE_HEADER.test(h)));
  const obs: (Observation & { day: number; row: number })[] = [];
  const dateName = t.header[t.dateColumn];
  // The table read each date cell once (month and date key); a row whose cell is not a date is refused here.
  const monthOf = (r: TableRow) => {
    if (Number.isNaN(r.month))
      throw new KitchinError("bad-date", notDateMessage(r.cells[t.dateColumn]), {
        file: t.file,
        row: r.row,
        column: dateName,
      });
    return r.month;
  };
  const marks = new Map<string, DecimalMark>();
  const markOf = (column: string) => {
    let m = marks.get(column);
    if (m === undefined) marks.set(column, (m = decimalOf(t, t.header.indexOf(column))));
    return m;
  };
  const priceOf = (cell: Cell, row: number, column: string): number => {
    const decimal = markOf(column);
    const x = readNumber(cell, decimal);
    if (x === undefined)
      throw new KitchinError("not-numeric", notNumberMessage(cell, decimal), { file: t.file, row, column });
    if (Number.isNaN(x)) return NaN;
    if (x <= 0)
      throw new KitchinError("not-numeric", say("priceNotPositive", { price: x }), { file: t.file, row, column });
    return x;
  };
  let assets: string[];
  if (long) {
    const ac = others.find(([h]) => ASSET_HEADER.test(h))?.[1] ?? others[0][1];
    const pc = others.find(([h]) => PRICE_HEADER.test(h))?.[1] ?? others[1][1];
    const seen = new Map<string, number>();
    for (const r of t.rows) {
      const asset = String(r.cells[ac] ?? "").trim();
      if (!asset)
        throw new KitchinError("bad-file", say("assetBlank"), { file: t.file, row: r.row, column: t.header[ac] });
      const day = r.date;
      const key = `${asset}\u0000${day}`;
      if (seen.has(key)) {
        throw new KitchinError(
          "duplicate",
          say("priceTwice", { asset, date: String(r.cells[t.dateColumn]), first: seen.get(key)! }),
          { file: t.file, row: r.row, column: dateName },
        );
      }
      seen.set(key, r.row);
      const price = priceOf(r.cells[pc], r.row, t.header[pc]);
      if (Number.isNaN(price)) continue;
      obs.push({ asset, month: monthOf(r), day, row: r.row, order: 0, price });
    }
    assets = [...new Set(obs.map((x) => x.asset))];
  } else {
    assets = others.map(([h]) => h);
    const months = t.rows.map(monthOf);
    let monthly = true;
    for (let i = 1; i < months.length && monthly; i++) monthly = months[i] > months[i - 1];
    if (monthly) {
      const src: WideSource = {
        file: t.file,
        dateName,
        rowOf: (i) => t.rows[i].row,
        priceAt: (i, c, h) => priceOf(t.rows[i].cells[c], t.rows[i].row, h),
      };
      return wideMonthly(src, others, months, o);
    }
    for (let i = 0; i < t.rows.length; i++) {
      const r = t.rows[i];
      const day = r.date;
      for (const [h, c] of others) {
        const price = priceOf(r.cells[c], r.row, h);
        if (!Number.isNaN(price)) obs.push({ asset: h, month: months[i], day, row: r.row, order: 0, price });
      }
    }
  }
  if (obs.length === 0) throw new KitchinError("empty", say("noPrices"), { file: t.file });
  if (o.assets?.length) {
    for (const a of o.assets)
      if (!assets.includes(a))
        throw new KitchinError(
          "not-found",
          say("unknownFileAsset", { asset: a, assets: assets.slice(0, 12), more: assets.length > 12 }),
          { file: t.file },
        );
    assets = o.assets;
  }
  obs.sort((x, y) => x.day - y.day || x.row - y.row);
  obs.forEach((x, i) => (x.order = i));
  // One price per asset and month already (month-end data)? Otherwise keep each month's last.
  const perMonth = new Set<string>();
  let monthly = true;
  for (const x of obs) {
    const k = `${x.asset}\u0000${x.month}`;
    if (perMonth.has(k)) {
      monthly = false;
      break;
    }
    perMonth.add(k);
  }
  const notes: Note[] = [];
  const kept = monthly ? obs : lastPerMonth(obs);
  if (!monthly) notes.push(say("monthEndPrices", { file: t.file, n: obs.length, kept: kept.length }));
  checkMonths(t, obs);
  let start = Infinity,
    end = -Infinity; // a loop, not Math.min(...): daily tables overflow the stack
  for (const x of kept) {
    if (x.month < start) start = x.month;
    if (x.month > end) end = x.month;
  }
  const T = end - start + 1;
  const index = new Map(assets.map((a, i) => [a, i]));
  const prices = new Float64Array(assets.length * T).fill(NaN);
  for (const x of kept) {
    const a = index.get(x.asset);
    if (a !== undefined) prices[a * T + x.month - start] = x.price;
  }
  const panel = pricePanel(assets, start, T, prices, { file: t.file, gaps: o.gaps ?? "error" });
  return { panel, names: Object.fromEntries(assets.map((a) => [a, a])), notes, source: t.file };
}

/**
 * The byte-level fast path (io/numericCsv.ts): a plain wide CSV of month-end prices —
 * consecutive months, positive plain numbers or blanks — straight into the panel. `null` for any
 * other file, or where a rule below would refuse it: the general path then reads the file and
 * gives the one reader's message.
 */
/**
 * The byte-level fast path for wide month-end CSV prices; when it declines, the bytes it read (if any) for the general
 * reader.
 */
function plainWidePrices(file: string, o: PriceFileOptions): { prices: PriceInput | null; bytes?: Uint8Array } {
  const lower = file.toLowerCase();
  if (o.sheet !== undefined || o.dateColumn !== undefined || o.format === "long") return { prices: null };
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) return { prices: null };
  let bytes: Uint8Array;
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > SIZE_LIMITS.inputFileBytes) return { prices: null }; // the general path refuses it
    bytes = readFileSync(file);
  } catch {
    return { prices: null };
  }
  const csv = readNumericCsv(bytes);
  if (!csv) return { prices: null, bytes };
  const names = csv.header.slice(1);
  if (
    o.format !== "wide" &&
    names.length === 2 &&
    names.some((h) => ASSET_HEADER.test(h)) &&
    names.some((h) => PRICE_HEADER.test(h))
  )
    return { prices: null, bytes }; // long
  const T = csv.dates.length;
  // Stop at the first date that is not the next month (daily prices: the second row), so that a
  // file handed to the general path has had at most a few of its dates read here.
  const months: number[] = [];
  for (let i = 0; i < T; i++) {
    const m = readMonth(csv.dates[i], false);
    if (Number.isNaN(m) || (i > 0 && m !== months[i - 1] + 1)) return { prices: null, bytes };
    months.push(m);
  }
  const v = csv.values;
  for (let k = 0; k < v.length; k++) if (v[k] <= 0) return { prices: null, bytes };
  const src: WideSource = {
    file,
    dateName: csv.header[0],
    rowOf: (i) => i + 2,
    priceAt: (i, c) => v[(c - 1) * T + i],
    laidOut: v,
  };
  return {
    prices: wideMonthly(
      src,
      names.map((h, k) => [h, k + 1] as const),
      months,
      o,
    ),
  };
}

/** Where `wideMonthly` reads from: a read table, or the byte-level fast path's numbers. */
interface WideSource {
  file: string;
  dateName: string;
  /** File row (1-based) of data line `i`. */
  rowOf(i: number): number;
  /** The price of data line `i` in column `c` (named `h`): a positive number, or `NaN` when missing. */
  priceAt(i: number, c: number, h: string): number;
  /** All columns' prices already laid out as the panel (asset-major), to adopt when every column is kept. */
  laidOut?: Float64Array;
}

/** A wide table with one row per month (no reshaping, no per-price objects). */
function wideMonthly(
  t: WideSource,
  cols: readonly (readonly [string, number])[],
  months: readonly number[],
  o: PriceFileOptions,
): PriceInput {
  const dateName = t.dateName;
  for (let i = 1; i < months.length; i++) {
    if (months[i] - months[i - 1] > 1) {
      throw new KitchinError(
        "gap",
        say("priceMonthMissing", {
          from: formatMonth(months[i - 1]),
          to: formatMonth(months[i]),
          missing: formatMonth(months[i - 1] + 1),
        }),
        { file: t.file, row: t.rowOf(i), column: dateName },
      );
    }
  }
  const all = cols.map(([h]) => h);
  let chosen = cols;
  if (o.assets?.length) {
    for (const a of o.assets)
      if (!all.includes(a))
        throw new KitchinError(
          "not-found",
          say("unknownFileAsset", { asset: a, assets: all.slice(0, 12), more: all.length > 12 }),
          { file: t.file },
        );
    chosen = o.assets.map((a) => cols.find(([h]) => h === a)!);
  }
  const T = months.length;
  const prices = t.laidOut && chosen === cols ? t.laidOut : new Float64Array(chosen.length * T);
  for (let a = 0; a < chosen.length; a++) {
    const [h, c] = chosen[a];
    let first = -1;
    let last = -1;
    for (let i = 0; i < T; i++) {
      const v = t.priceAt(i, c, h);
      prices[a * T + i] = v;
      if (v === v) first < 0 && (first = i), (last = i);
    }
    if ((o.gaps ?? "error") === "error") {
      for (let i = first + 1; first >= 0 && i < last; i++) {
        if (prices[a * T + i] !== prices[a * T + i]) {
          throw new KitchinError("gap", say("priceGapInside", { asset: h }), {
            file: t.file,
            row: t.rowOf(i),
            column: h,
          });
        }
      }
    }
  }
  const assets = chosen.map(([h]) => h);
  if (prices.every((x) => x !== x)) throw new KitchinError("empty", say("noPrices"), { file: t.file });
  const panel = pricePanel(assets, months[0], T, prices, { file: t.file, gaps: o.gaps ?? "error" });
  return { panel, names: Object.fromEntries(assets.map((a) => [a, a])), notes: [], source: t.file };
}

/** A month with no row at all between the first and last date means misaligned dates: say where. */
function checkMonths(t: UserTable, obs: readonly (Observation & { row: number })[]): void {
  const months = [...new Set(obs.map((x) => x.month))].sort((a, b) => a - b);
  for (let i = 1; i < months.length; i++) {
    if (months[i] - months[i - 1] > 1) {
      const row = obs.find((x) => x.month === months[i])!.row;
      throw new KitchinError(
        "gap",
        say("priceMonthMissing", {
          from: formatMonth(months[i - 1]),
          to: formatMonth(months[i]),
          missing: formatMonth(months[i - 1] + 1),
        }),
        { file: t.file, row, column: t.header[t.dateColumn] },
      );
    }
  }
}
