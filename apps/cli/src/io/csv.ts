/**
 * CSV reading and writing (RFC 4180: quoted fields, doubled quotes, CRLF). The delimiter is
 * detected from the first non-empty line (comma, tab or semicolon) so that exports saved
 * from Excel in European or Chinese locales load as they are. A UTF-8 BOM is dropped.
 */
import { KitchinError } from "@kitchin/core";

export function parseCsv(text: string, file?: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.split(/\r?\n/, 20).find((l) => l.trim() !== "") ?? "";
  const delim = pickDelimiter(firstLine);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') { field += '"'; i++; } else quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === "") quoted = true;
    else if (c === delim) { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = ""; line++;
    } else field += c;
  }
  if (quoted) throw new KitchinError("bad-file", `a quoted field opened on or before line ${line} is never closed`, { file });
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function pickDelimiter(line: string): string {
  const counts: [string, number][] = [",", "\t", ";"].map((d) => [d, line.split(d).length - 1]);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ",";
}

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header.map(csvField).join(","), ...rows.map((r) => r.map(csvField).join(","))].join("\n") + "\n";
}
