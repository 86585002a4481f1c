/**
 * CSV reading and writing (RFC 4180: quoted fields, doubled quotes, CRLF). The delimiter is
 * detected from the first non-empty line (comma, tab or semicolon) so that exports saved
 * from Excel in European or Chinese locales load as they are. A UTF-8 BOM is dropped.
 */
import { KitchinError, say } from "@kitchin/core";

export function parseCsv(text: string, file?: string): string[][] {
  return parseCsvWithDelimiter(text, file).rows;
}

/** The rows and the delimiter found (`;` and tab files may use decimal commas, see `decimalMarkOf`). */
export function parseCsvWithDelimiter(text: string, file?: string): { rows: string[][]; delimiter: string } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const delim = pickDelimiter(firstLines(text));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === delim) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      line++;
    } else field += c;
  }
  if (quoted) throw new KitchinError("bad-file", say("openQuote", { line }), { file });
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { rows, delimiter: delim };
}

/** Up to 20 non-empty lines from the start (bounded: a 20 MB first line is not split whole). */
function firstLines(text: string): string[] {
  const head = text.slice(0, 65536);
  return head.split(/\r?\n/, 20).filter((l) => l.trim() !== "");
}

/**
 * The delimiter: the one of comma, tab, semicolon that the most lines use; ties go to the line with
 * the most fields. NBS downloads start with one-cell lines (`数据库：月度数据`), so the first
 * line alone does not decide.
 */
function pickDelimiter(lines: string[]): string {
  let best = ",";
  let bestScore = 0;
  for (const d of [",", "\t", ";"]) {
    let score = 0;
    for (const l of lines)
      score += Math.min(l.split(d).length - 1, 1000) > 0 ? 1000 + Math.min(l.split(d).length - 1, 999) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

/** A plain number written as text (`-1.5`, `-2e-3`): kept as it is, a spreadsheet reads it as the number. */
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Text a spreadsheet would run as a formula (OWASP, CSV injection): a cell starting with `=`, `+`,
 * `-`, `@`, TAB or CR. Such text is written with a leading apostrophe (`'=1+2`), which Excel and
 * LibreOffice show as text and never evaluate; numbers, and text that is exactly a plain number
 * (`-1.5`), are written as they are.
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s) ? `'${s}` : s;
}

/** One CSV field: numbers as they are (non-finite → empty), text neutralised and quoted when it must be. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = neutraliseFormula(String(v));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The one CSV writer of every command (`--format csv`, `--out F.csv`, `data export`). */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header.map(csvField).join(","), ...rows.map((r) => r.map(csvField).join(","))].join("\n") + "\n";
}
