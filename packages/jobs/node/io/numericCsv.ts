/**
 * The byte-level fast path of the CSV reader: a plain numeric table — one header line,
 * then one line per date with plain decimal numbers or blanks — read straight from the file's bytes
 * into a `Float64Array`, with no string per cell. It answers only for files where the general path
 * (`readRows` → `tableFromRows` → `readNumber`) could not read anything differently, and returns
 * `null` for anything else, so that the general path reads the file and every rule and message
 * (file, row, column) stays the one reader's:
 *
 * - UTF-8 (an optional byte-order mark), `\n` or `\r\n` line ends, comma-separated, no quotes;
 * - a header of at least two names, none blank, none with surrounding spaces, tabs, semicolons,
 *   control characters, none repeated, the first not itself a date;
 * - every following line has exactly as many cells as the header; a blank line only at the end;
 * - the first cell of a line is ASCII `[0-9/.-]` (the caller reads it as a month with `readMonth`);
 * - every other cell is blank or `\d+(\.\d+)?` — for those, `Number(text)` is `readNumber`'s
 *   answer (core/input/number.ts says so) — and this module computes the same double: the digits as
 *   an exact integer divided by an exact power of ten (one correctly rounded division, Clinger
 *   1990) when there are at most 15 digits, `Number` of the text otherwise.
 * The caller still applies its own rules to the values (prices must be positive, months contiguous)
 * and falls back to the general path where they fail, for the exact message.
 */

/** A plain numeric table: `values[c * rows + i]` is column `c + 1` (the date column excluded) of data line `i`. */
export interface NumericCsv {
  /** Header names, the date column first. */
  header: string[];
  /** Date cell texts, one per data line, in file order (data line `i` is row `i + 2` of the file). */
  dates: string[];
  /** Column-major values of the columns after the first; `NaN` for a blank cell. */
  values: Float64Array;
}

const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i); // exact doubles up to 1e22

declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

export function readNumericCsv(bytes: Uint8Array): NumericCsv | null {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  // Header line.
  let eol = bytes.indexOf(LF, i);
  if (eol < 0) return null;
  let end = eol > i && bytes[eol - 1] === CR ? eol - 1 : eol;
  const crlf = end !== eol;
  for (let k = i; k < end; k++) {
    const b = bytes[k];
    if (b < 0x20 || b === 0x22 || b === 0x3b || b === 0x7f) return null; // control, quote, semicolon
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, end));
  } catch {
    return null;
  }
  const header = text.split(",");
  const width = header.length;
  if (width < 2) return null;
  const seen = new Set<string>();
  for (const h of header) {
    if (h === "" || h.trim() !== h || /[\u0080-\u009f\u2028\u2029]/.test(h) || seen.has(h)) return null;
    seen.add(h);
  }
  if (/^[0-9/.-]+$/.test(header[0]) || /^\d{4}\s*年/.test(header[0])) return null; // a header that may read as a date
  i = eol + 1;

  // Data lines: count them first, to size the table.
  let lines = 0;
  for (let k = i; k < n; k++) if (bytes[k] === LF) lines++;
  if (n > i && bytes[n - 1] !== LF) lines++;
  if (lines === 0) return null;
  const cols = width - 1;
  const values = new Float64Array(cols * lines);
  const dates: string[] = [];
  let row = 0;
  while (i < n) {
    eol = bytes.indexOf(LF, i);
    if (eol < 0) eol = n;
    end = eol;
    if (crlf) {
      if (eol === n && bytes[eol - 1] !== CR)
        end = eol; // last line without its line end
      else if (bytes[eol - 1] !== CR) return null;
      else end = eol - 1;
    }
    if (end === i) {
      // A blank line: only trailing blank lines are plain.
      for (let k = eol; k < n; k++) if (bytes[k] !== LF && bytes[k] !== CR) return null;
      break;
    }
    // Date cell.
    let k = i;
    while (k < end && bytes[k] !== COMMA) {
      const b = bytes[k];
      if (!((b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x2f || b === DOT)) return null;
      k++;
    }
    if (k === i || k === end) return null;
    dates.push(String.fromCharCode(...bytes.subarray(i, k)));
    // Value cells.
    for (let c = 0; c < cols; c++) {
      if (k >= end || bytes[k] !== COMMA) return null; // too few cells
      k++;
      const s = k;
      // Integer digits, then an optional "." and fraction digits: the mantissa as an exact integer.
      let m = 0;
      let b = k < end ? bytes[k] : COMMA;
      while (b >= 0x30 && b <= 0x39) {
        m = m * 10 + (b - 0x30);
        b = ++k < end ? bytes[k] : COMMA;
      }
      const intDigits = k - s;
      let frac = 0;
      if (b === DOT && intDigits > 0) {
        b = ++k < end ? bytes[k] : COMMA;
        while (b >= 0x30 && b <= 0x39) {
          m = m * 10 + (b - 0x30);
          frac++;
          b = ++k < end ? bytes[k] : COMMA;
        }
        if (frac === 0) return null; // "12." is not plain
      }
      if (b !== COMMA) return null; // any other byte: not a plain cell
      let v: number;
      if (k === s)
        v = NaN; // blank
      else if (intDigits + frac <= 15) v = frac > 0 ? m / POW10[frac] : m;
      else v = Number(String.fromCharCode(...bytes.subarray(s, k)));
      values[c * lines + row] = v;
    }
    if (k !== end) return null; // too many cells
    row++;
    i = eol + 1;
  }
  if (row !== lines) {
    // Trailing blank lines were counted as lines: keep the table tight.
    const tight = new Float64Array(cols * row);
    for (let c = 0; c < cols; c++) tight.set(values.subarray(c * lines, c * lines + row), c * row);
    return row === 0 ? null : { header, dates, values: tight };
  }
  return { header, dates, values };
}
