/**
 * Terminal tables: columns aligned by display width (CJK characters take two cells), numbers
 * right-aligned, and phases coloured on a TTY (never when piped or when NO_COLOR is set).
 */
import { escapeControl } from "@kitchin/core";

const ANSI = {
  reset: "\x1b[0m",
  green: "\x1b[32m",
  cyan: "\x1b[36m",
  yellow: "\x1b[33m",
  red: "\x1b[31m",
  dim: "\x1b[2m",
  bold: "\x1b[1m",
};

/** Colour per phase code (0..3, PHASE_IDS order). */
export const PHASE_COLOURS = [ANSI.cyan, ANSI.green, ANSI.yellow, ANSI.red];

/** Unicode's bidirectional controls: they reorder what a terminal shows (a name could hide its end). */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The one function between a name or cell and the terminal: control characters (ESC,
 * BEL, CR, newline, C1, line separators) and bidirectional controls become visible escapes (`\x1b`,
 * `\u202e`), so `ESC]0;…BEL` cannot retitle the window and `ESC[31m` cannot colour the rest of a
 * table. `renderTable` passes every header and cell through it; lines that quote a name use it too.
 */
export function termText(s: string): string {
  return escapeControl(s).replace(BIDI, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(/\x1b\[[0-9;]*m/g, "")) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6))
        ? 2
        : 1;
  }
  return w;
}

export interface TableOptions {
  colour?: boolean;
  /** ANSI colour per row (undefined = none). */
  rowColour?: (row: number) => string | undefined;
  /** Columns to right-align (default: those whose cells are all numbers or blanks). */
  right?: boolean[];
}

export function renderTable(
  rawHeader: readonly string[],
  rawRows: readonly (readonly string[])[],
  o: TableOptions = {},
): string {
  const header = rawHeader.map(termText);
  const rows = rawRows.map((r) => r.map((c) => termText(c ?? "")));
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? ""))));
  const right =
    o.right ?? header.map((_, c) => rows.length > 0 && rows.every((r) => /^-?[\d.,%+]*$|^$|^—$/.test(r[c] ?? "")));
  const pad = (s: string, c: number) => {
    const gap = " ".repeat(Math.max(0, widths[c] - displayWidth(s)));
    return right[c] ? gap + s : s + gap;
  };
  const lines: string[] = [];
  const head = header.map(pad).join("  ").trimEnd();
  lines.push(o.colour ? ANSI.bold + head + ANSI.reset : head);
  lines.push(widths.map((w) => "─".repeat(w)).join("  "));
  rows.forEach((r, i) => {
    const line = r
      .map((cell, c) => pad(cell, c))
      .join("  ")
      .trimEnd();
    const col = o.colour ? o.rowColour?.(i) : undefined;
    lines.push(col ? col + line + ANSI.reset : line);
  });
  return lines.join("\n") + "\n";
}

export function useColour(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  return isTTY && env.NO_COLOR === undefined && env.TERM !== "dumb";
}

export { fmt, pct } from "@kitchin/report";
