/**
 * Inputs of CYCLE.SCORE and CYCLE.BACKTEST: a phase column and a block of month-end prices
 * (one column per asset, same rows). Phases may be written as the labels CYCLE.PHASE prints
 * (English or Chinese), as ids (`passive-destock`) or as codes (0–3, −1 unknown).
 */
import { KitchinError, numericColumn, parseMonth, phaseOfText } from "@kitchin/core";
import { pricePanel, type PricePanel } from "@kitchin/backtest";
import { flatten, texts, type Cell, type Range } from "../cells.ts";


export interface PhasesAndPrices {
  panel: PricePanel;
  codes: Int8Array;
  /** 1 when the first row of the prices held asset names (so data row k is range row k + 2). */
  headerRows: number;
  /** Whether `start` was given (otherwise months in messages are rewritten as rows). */
  dated: boolean;
}

function isName(v: Cell): boolean {
  return typeof v === "string" && v.trim() !== "" && !Number.isFinite(Number(v.replace(/,/g, "")));
}

/**
 * Reads phases, prices and (optionally) names. When `names` is omitted and the first row of the
 * prices is all text, that row holds the asset names; a phase range of the same height then
 * starts with its own header cell, which is skipped.
 */
export function phasesAndPrices(phases: Range, prices: Range, names: Range | null | undefined, start: string | undefined): PhasesAndPrices {
  if (!Array.isArray(prices) || prices.length === 0 || !Array.isArray(prices[0]) || prices[0].length === 0) {
    throw new KitchinError("empty", "prices range is empty");
  }
  const k = prices[0].length;
  let body = prices;
  let assets = texts(names, "names");
  let headerRows = 0;
  if (assets.length === 0 && prices[0].every(isName)) {
    assets = prices[0].map((v) => String(v).trim());
    body = prices.slice(1);
    headerRows = 1;
  }
  if (assets.length === 0) assets = Array.from({ length: k }, (_, i) => `asset ${i + 1}`);
  if (assets.length !== k) throw new KitchinError("length-mismatch", `names and prices differ: ${assets.length} names for ${k} price columns`);
  const blank = assets.findIndex((a) => a === "");
  if (blank >= 0) throw new KitchinError("bad-option", `name ${blank + 1} is blank; give every price column a name`);

  let cells = flatten(phases, "phases").cells;
  if (headerRows && cells.length === body.length + 1) cells = cells.slice(1);
  const T = body.length;
  if (T === 0) throw new KitchinError("empty", "prices range has no rows");
  if (cells.length !== T) throw new KitchinError("length-mismatch", `phases and prices ranges differ in length: ${cells.length} vs ${T}`);
  const codes = new Int8Array(T);
  for (let t = 0; t < T; t++) {
    const v = cells[t];
    const c = phaseOfText(v === null || v === undefined ? "" : String(v), { codes: true });
    if (c === undefined) {
      throw new KitchinError("bad-option", `"${String(v)}" is not a phase; use a label from CYCLE.PHASE, an id such as passive-destock, or a code 0–3`, { row: t + 1 + headerRows, column: "phases" });
    }
    codes[t] = c;
  }

  const values = new Float64Array(k * T);
  for (let a = 0; a < k; a++) {
    const col = numericColumn(body.map((r) => r[a]), { column: assets[a], firstRow: 1 + headerRows });
    values.set(col, a * T);
  }
  const first = start === undefined ? 0 : parseMonth(start, "start");
  const dated = start !== undefined;
  const panel = inRows({ dated, headerRows }, () => pricePanel(assets, first, T, values));
  return { panel, codes, headerRows, dated };
}

/**
 * Runs `body`; a `KitchinError` it throws names the range's rows instead of the internal months
 * of an undated panel (CYCLE.SCORE once said "in 0003-04" for row 40).
 */
export function inRows<T>(p: Pick<PhasesAndPrices, "dated" | "headerRows">, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof KitchinError && !p.dated) throw new KitchinError(e.code, rowsForMonths(e.message, p), e.place);
    throw e;
  }
}

/**
 * Without `start` the panel sits on months 0000-01…: the backtester's messages then name
 * months of year < 1000, which are rewritten as the range's rows.
 */
export function rowsForMonths(text: string, p: Pick<PhasesAndPrices, "dated" | "headerRows">): string {
  if (p.dated) return text;
  return text.replace(/\b(\d{4})-(\d{2})\b/g, (m, y: string, mo: string) => {
    const year = +y;
    return year < 1000 ? `row ${12 * year + (+mo - 1) + 1 + p.headerRows}` : m;
  });
}
