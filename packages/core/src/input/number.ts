/**
 * The one reader of numeric cells, shared by the CLI (CSV, XLSX) and the Excel add-in (ranges).
 * A cell is read as a finite number, as missing (`NaN`), or refused (`undefined`, with
 * `numberProblem` saying why). Nothing is guessed: a spelling that two readers could read as two
 * different numbers is refused with the cell named, never read one way silently.
 *
 * Accepted (decimal point, the default):
 * - plain numbers `12`, `-3.5`, `.5`, `1e3`, a leading `+`, the minus sign `−` (U+2212);
 * - thousands separators in groups of three: `1,234.5`, `12,345`;
 * - a trailing percent sign, `3.2%` = 3.2 (the unit stays percent; see `units.ts`).
 * With a decimal comma (`decimal: ","`, only for `;`- or tab-separated files, where a comma cannot
 * separate fields): `2,2`, `101,3533`, `1.234,5` (dots as thousands separators).
 *
 * Missing: blank, and the tokens in `MISSING_TOKENS` (Wind's `--`, `N/A`, Excel's `#N/A` …).
 * Refused: hexadecimal/binary/octal literals (`0x10` is 16 to JavaScript's `Number`, a false peak
 * to an analyst), full-width digits, `Infinity`, ambiguous or stray commas, any other text.
 *
 * A byte-level fast path may read plain ASCII numbers itself and call `readNumber` for any other
 * cell: for the cells it handles, `/^-?\d+(\.\d+)?$/`, `Number(text)` is this reader's answer.
 */
import type { Cell } from "./cell.ts";
import { say, type Message } from "../phases/messages.ts";
import type { NumberProblem } from "../messages/series.ts";

export type DecimalMark = "." | ",";

/** Cell texts read as a missing value (compared after trimming, case-insensitively). */
export const MISSING_TOKENS: readonly string[] = [
  "",
  "--",
  "-",
  "—",
  "–",
  "na",
  "n/a",
  "#n/a",
  "nan",
  ".",
  "null",
  "none",
  "…",
];
const MISSING = new Set(MISSING_TOKENS);

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS_POINT = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;
const THOUSANDS_COMMA = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d*)?$/;

/** True when the cell is blank or a missing-value token. */
export function isMissingCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === "number") return !Number.isFinite(cell);
  if (typeof cell !== "string") return false;
  return MISSING.has(cell.trim().toLowerCase());
}

/** Text of a cell as the number readers see it: trimmed, `−` as `-`, one trailing `%` dropped. */
function core(text: string): { t: string; percent: boolean } {
  let t = text.trim().replace(/^\u2212/, "-");
  const percent = t.endsWith("%");
  if (percent) t = t.slice(0, -1).trimEnd();
  return { t, percent };
}

/** A numeric cell: a finite number, `NaN` when missing, `undefined` when refused. */
export function readNumber(cell: Cell, decimal: DecimalMark = "."): number | undefined {
  if (cell === null || cell === undefined) return NaN;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : NaN;
  if (typeof cell !== "string") return undefined;
  if (MISSING.has(cell.trim().toLowerCase())) return NaN;
  const { t } = core(cell);
  if (decimal === ".") {
    if (PLAIN.test(t)) return finite(Number(t));
    return THOUSANDS_POINT.test(t) ? finite(Number(t.replace(/,/g, ""))) : undefined;
  }
  if (PLAIN.test(t) && !t.includes(".")) return finite(Number(t));
  if (DECIMAL_COMMA.test(t)) return finite(Number(t.replace(",", ".")));
  if (THOUSANDS_COMMA.test(t)) return finite(Number(t.replace(/\./g, "").replace(",", ".")));
  return undefined;
}

function finite(x: number): number | undefined {
  return Number.isFinite(x) ? x : undefined;
}

/** Why `readNumber` refused a cell: the clause after `"…" is not a number`, or `null` for plain text. */
export function numberProblem(cell: Cell, decimal: DecimalMark = "."): Message | null {
  const problem = numberProblemOf(cell, decimal);
  return problem ? say("numberProblem", { problem }) : null;
}

function numberProblemOf(cell: Cell, decimal: DecimalMark): NumberProblem | null {
  if (typeof cell === "boolean") return "boolean";
  const t = core(String(cell)).t;
  if (/^[+-]?0[xXbBoO][0-9a-fA-F]/.test(t)) return "radix";
  if (/[\uFF10-\uFF19\uFF0E\uFF0C\uFF05]/.test(t)) return "fullWidth";
  if (/^[+-]?infinity$/i.test(t)) return "infinity";
  if (PLAIN.test(t) && !Number.isFinite(Number(t))) return "tooLarge";
  if (t.startsWith("=")) return "formula";
  if (/^#[A-Z/0!?]+[!?A]?$/i.test(t)) return "excelError";
  if (decimal === "." && /^[+-]?\d*,\d+$/.test(t)) return "commaInside";
  if (decimal === "," && /^[+-]?\d+\.\d+$/.test(t)) return "pointInCommaColumn";
  if (/^[+-]?[\d.,]+$/.test(t)) return "separators";
  return null;
}

/** `"text" is not a number (why)`: the message of a refused cell, its text quoted safely. */
export function notNumberMessage(cell: Cell, decimal: DecimalMark = "."): Message {
  return say("notNumber", { cell: quoteCell(cell), why: numberProblem(cell, decimal) ?? undefined });
}

/**
 * The decimal mark of a column of a `;`- or tab-separated file. A cell such as `2,2` or `101,3533`
 * (a comma not followed by exactly three digits) shows decimal commas; `1.5` or `1,234.5` shows
 * decimal points. A column showing both is refused; a column whose only commas could be either
 * (`1,234` alone) is refused as ambiguous. Returns the mark, or the reason to refuse (a message).
 */
export function decimalMarkOf(cells: ArrayLike<Cell>): DecimalMark | { ambiguous: Message } {
  let comma: string | null = null;
  let point: string | null = null;
  let either: string | null = null;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (typeof c !== "string") continue;
    const t = core(c).t;
    if (!/[.,]/.test(t) || !/^[+-]?[\d.,]+$/.test(t)) continue;
    if (DECIMAL_COMMA.test(t) && !THOUSANDS_POINT.test(t)) comma ??= c;
    else if (THOUSANDS_COMMA.test(t) && /,/.test(t))
      comma ??= c; // 1.234,5
    else if (THOUSANDS_POINT.test(t) && /\./.test(t))
      point ??= c; // 1,234.5
    else if (PLAIN.test(t) && !THOUSANDS_COMMA.test(t))
      point ??= c; // 1.5
    else either ??= c; // 1,234 or 1.234
    if (comma !== null && point !== null) {
      return { ambiguous: say("decimalMarksMixed", { comma: quoteCell(comma), point: quoteCell(point) }) };
    }
  }
  if (comma !== null) return ",";
  if (point !== null) return ".";
  if (either !== null) return { ambiguous: say("decimalMarkAmbiguous", { cell: quoteCell(either) }) };
  return ".";
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Control characters as visible escapes (`\n`, `\x1b`), so a message stays one line and inert. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    const h = c.charCodeAt(0).toString(16);
    return c.charCodeAt(0) > 0xff ? `\\u${h.padStart(4, "0")}` : `\\x${h.padStart(2, "0")}`;
  });
}

/** A cell's or a name's text for a message: control characters escaped, cut to `max` characters with `…`. */
export function shortText(text: string, max = 60): string {
  const s = escapeControl(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A cell quoted for a message: `"abc"`, cut and escaped (see `shortText`). */
export function quoteCell(cell: Cell): string {
  return `"${shortText(cell === null || cell === undefined ? "" : String(cell))}"`;
}
