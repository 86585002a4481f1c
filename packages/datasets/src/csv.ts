/**
 * The curated file format (DATA.md): header `date,value,flags`, one row per month `YYYY-MM`,
 * strictly consecutive (a month without a published value has an empty `value`), flags empty or
 * `;`-joined from `filled`, `proxy`, `anomaly`. The parser is strict because the files are ours:
 * any deviation is a broken file, reported with its 1-based row (header = row 1).
 */
import { KitchinError, formatMonth, monthIndex } from "@kitchin/core";
import { formatFlags, parseFlags } from "./flags.ts";
import type { CatalogEntry, DatasetSeries } from "./types.ts";

export const CURATED_HEADER = "date,value,flags";
const DATE = /^(\d{4})-(\d{2})$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function parseCuratedCsv(text: string, entry: CatalogEntry): DatasetSeries {
  const file = entry.file;
  const bad = (row: number, message: string, column?: string): KitchinError =>
    new KitchinError("bad-file", `${entry.id}: ${message}`, { file, row, column });
  const lines = text.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  if (lines.length === 0 || lines[0].replace(/\r$/, "").replace(/^\uFEFF/, "") !== CURATED_HEADER) {
    throw bad(1, `header must be "${CURATED_HEADER}"`);
  }
  const n = lines.length - 1;
  if (n === 0) throw new KitchinError("empty", `${entry.id}: no rows`, { file });
  const values = new Float64Array(n);
  const flags = new Uint8Array(n);
  let start = NaN;
  for (let i = 0; i < n; i++) {
    const row = i + 2;
    const cells = lines[i + 1].replace(/\r$/, "").split(",");
    if (cells.length !== 3) throw bad(row, `expected 3 cells (date,value,flags), found ${cells.length}`);
    const [d, v, f] = cells;
    const dm = DATE.exec(d);
    const mo = dm ? +dm[2] : 0;
    if (!dm || mo < 1 || mo > 12) throw bad(row, `date "${d}" is not YYYY-MM`, "date");
    const m = monthIndex(+dm[1], mo);
    if (i === 0) start = m;
    else if (m !== start + i) {
      const expected = formatMonth(start + i);
      if (m === start + i - 1)
        throw new KitchinError("duplicate", `${entry.id}: month ${d} appears twice`, { file, row, column: "date" });
      if (m < start + i)
        throw new KitchinError("unsorted", `${entry.id}: month ${d} after ${formatMonth(start + i - 1)}`, {
          file,
          row,
          column: "date",
        });
      throw new KitchinError("gap", `${entry.id}: expected ${expected}, found ${d} (months must be consecutive)`, {
        file,
        row,
        column: "date",
      });
    }
    if (v === "") values[i] = NaN;
    else if (NUMBER.test(v)) values[i] = Number(v);
    else
      throw new KitchinError("not-numeric", `${entry.id}: value "${v}" is not a number`, {
        file,
        row,
        column: "value",
      });
    const bits = parseFlags(f);
    if (bits < 0) throw bad(row, `unknown flag in "${f}" (allowed: filled, proxy, anomaly)`, "flags");
    flags[i] = bits;
  }
  if (entry.start && formatMonth(start) !== entry.start) {
    throw bad(2, `file starts ${formatMonth(start)} but the catalog says ${entry.start}`, "date");
  }
  if (entry.end && formatMonth(start + n - 1) !== entry.end) {
    throw bad(n + 1, `file ends ${formatMonth(start + n - 1)} but the catalog says ${entry.end}`, "date");
  }
  return { entry, start, values, flags };
}

/** The exact text of a curated file (used by the build script, so parse ∘ format is the identity). */
export function formatCuratedCsv(start: number, values: ArrayLike<number>, flags: ArrayLike<number>): string {
  let out = CURATED_HEADER + "\n";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out += `${formatMonth(start + i)},${Number.isNaN(v) ? "" : formatValue(v)},${formatFlags(flags[i])}\n`;
  }
  return out;
}

/** `String(x)` with negative zero written as `0`. */
export function formatValue(x: number): string {
  return Object.is(x, -0) ? "0" : String(x);
}
