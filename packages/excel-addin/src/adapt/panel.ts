/**
 * Inputs of CYCLE.SCORE and CYCLE.BACKTEST: dates, a phase column and a block of month-end prices
 * (one column per asset, same rows). Phases may be written as the labels CYCLE.PHASE prints
 * (English or Chinese), as ids (`passive-destock`) or as codes (0–3, −1 unknown).
 */
import { KitchinError, SIZE_LIMITS, numericColumn, phaseOfText, say } from "@kitchin/core";
import { pricePanel, type PricePanel } from "@kitchin/backtest";
import { axisOf, flatten, texts, type Cell, type Range } from "../cells.ts";

export interface PhasesAndPrices {
  panel: PricePanel;
  /** Phase code per month of the panel (−1 unknown, also for months absent from the dates). */
  codes: Int8Array;
  /** 1 when the first row of the prices held asset names (so data row k is range row k + 2). */
  headerRows: number;
}

function isName(v: Cell): boolean {
  return typeof v === "string" && v.trim() !== "" && !Number.isFinite(Number(v.replace(/,/g, "")));
}

/**
 * Reads dates, phases, prices and (optionally) names. When `names` is omitted and the first row of
 * the prices is all text, that row holds the asset names; a dates or phase range of the same height
 * then starts with its own header cell, which is skipped. The dates may run oldest or newest first
 * (Wind's order): rows are put on the month axis, so newest-first prices are never read backwards.
 */
export function phasesAndPrices(
  dates: Range,
  phases: Range,
  prices: Range,
  names: Range | null | undefined,
): PhasesAndPrices {
  if (!Array.isArray(prices) || prices.length === 0 || !Array.isArray(prices[0]) || prices[0].length === 0) {
    throw new KitchinError("empty", say("xlRangeEmpty", { what: "prices" }));
  }
  const k = prices[0].length;
  if (prices.length > SIZE_LIMITS.excelPanelRows)
    throw new KitchinError("bad-option", say("xlPanelRows", { n: prices.length, max: SIZE_LIMITS.excelPanelRows }));
  let body = prices;
  let assets = texts(names, "names");
  let headerRows = 0;
  if (assets.length === 0 && prices[0].every(isName)) {
    assets = prices[0].map((v) => String(v).trim());
    body = prices.slice(1);
    headerRows = 1;
  }
  if (assets.length === 0) assets = Array.from({ length: k }, (_, i) => `asset ${i + 1}`);
  if (assets.length !== k)
    throw new KitchinError("length-mismatch", say("xlNamesPrices", { names: assets.length, cols: k }));
  const blank = assets.indexOf("");
  if (blank >= 0) throw new KitchinError("bad-option", say("xlBlankName", { k: blank + 1 }));

  const T = body.length;
  if (T === 0) throw new KitchinError("empty", say("xlPricesNoRows"));
  const below = (cells: Cell[]) => (headerRows && cells.length === T + 1 ? cells.slice(1) : cells);
  const cells = below(flatten(phases, "phases").cells);
  const dateCells = below(flatten(dates, "dates").cells);
  if (dateCells.length !== T)
    throw new KitchinError(
      "length-mismatch",
      say("xlLengths", { a: "dates", b: "prices", na: dateCells.length, nb: T }),
    );
  if (cells.length !== T)
    throw new KitchinError("length-mismatch", say("xlLengths", { a: "phases", b: "prices", na: cells.length, nb: T }));
  const ax = axisOf(
    dateCells.map((c) => [c]),
    false,
    headerRows,
  );
  const start = ax.start;
  const span = ax.months[ax.order[T - 1]] - start + 1;

  const codes = new Int8Array(span).fill(-1);
  for (let t = 0; t < T; t++) {
    const v = cells[t];
    const c = phaseOfText(v === null || v === undefined ? "" : String(v), { codes: true });
    if (c === undefined) {
      throw new KitchinError("bad-option", say("xlNotPhase", { value: String(v) }), {
        row: t + 1 + headerRows,
        column: "phases",
      });
    }
    codes[ax.months[t] - start] = c;
  }

  const values = new Float64Array(k * span).fill(NaN);
  for (let a = 0; a < k; a++) {
    const col = numericColumn(
      body.map((r) => r[a]),
      { column: assets[a], firstRow: 1 + headerRows },
    );
    for (let t = 0; t < T; t++) values[a * span + ax.months[t] - start] = col[t];
  }
  return { panel: pricePanel(assets, start, span, values), codes, headerRows };
}
