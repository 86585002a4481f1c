/**
 * Legacy Excel 97–2003 workbooks (`.xls`, BIFF in an OLE compound file: the default download of
 * data.stats.gov.cn and CEInet) read with SheetJS. Only the registry's republished
 * `@e965/xlsx` ≥ 0.20.2 is used: the `xlsx` 0.18.5 on the registry has the prototype-pollution
 * and ReDoS advisories (CVE-2023-30533, CVE-2024-22363) fixed in SheetJS 0.19.3 / 0.20.2
 * (docs/toolchain.md). It is loaded lazily, only for an `.xls` file, kept out of the CLI bundle
 * (scripts/build.mjs) and never imported by the Excel add-in.
 *
 * The cells follow the XLSX reader's rules (xlsx.ts), so an `.xls` and the same workbook saved as
 * `.xlsx` give the same table:
 * - numbers as numbers, text as text, booleans as TRUE/FALSE, error cells as their text (#N/A);
 * - dates (a number with a date format) as `YYYY-MM-DD` text; other numbers stay serials, which the
 *   table reader accepts as dates like in any workbook;
 * - formula cells as their cached result (a formula without one reads `=…`);
 * - merged ranges: the first cell keeps the value, covered cells read blank, with a note;
 * - columns whose numbers are all percent-formatted are marked (read ×100 with a note);
 * - a table wider than `MAX_COLUMNS` is refused.
 * Only files that start with the OLE signature are read: a CSV or HTML page named `.xls` (which
 * SheetJS would happily parse) is refused, so the reader never guesses a format.
 */
import { readFileSync } from "node:fs";
import { KitchinError, say, type Note } from "@kitchin/core";
import { MAX_COLUMNS, type SheetCell, type SheetRead } from "./xlsx.ts";

/** D0 CF 11 E0 A1 B1 1A E1: the OLE compound file signature of every BIFF8 workbook. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

interface XlsCell {
  t: "n" | "s" | "b" | "e" | "d" | "z";
  v?: unknown;
  w?: string;
  z?: string | number;
  f?: string;
}
type XlsSheet = Record<string, XlsCell | unknown> & {
  "!ref"?: string;
  "!merges"?: { s: { r: number; c: number }; e: { r: number; c: number } }[];
};
interface XlsModule {
  read(data: Buffer, opts: Record<string, unknown>): { SheetNames: string[]; Sheets: Record<string, XlsSheet> };
  utils: {
    decode_range(ref: string): { s: { r: number; c: number }; e: { r: number; c: number } };
    encode_cell(c: { r: number; c: number }): string;
  };
  SSF: {
    is_date(fmt: string | number): boolean;
    parse_date_code(v: number): { y: number; m: number; d: number } | null;
  };
  version: string;
}

export async function readXls(path: string, sheet?: string): Promise<SheetRead> {
  const bytes = readFileSync(path);
  if (bytes.length < OLE.length || !bytes.subarray(0, OLE.length).equals(OLE)) {
    throw new KitchinError("bad-file", say("notXls"), { file: path });
  }
  const X = (await import("@e965/xlsx")) as unknown as XlsModule;
  let wb: ReturnType<XlsModule["read"]>;
  try {
    wb = X.read(bytes, {
      type: "buffer",
      cellNF: true,
      cellDates: false,
      cellFormula: true,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (e) {
    throw new KitchinError(
      "bad-file",
      say("unreadableWorkbook", {
        ext: ".xls",
        why: String((e as Error)?.message ?? e)
          .split("\n")[0]
          .slice(0, 120),
      }),
      { file: path },
    );
  }
  const name = sheet ?? wb.SheetNames[0];
  const ws = name !== undefined && Object.hasOwn(wb.Sheets, name) ? wb.Sheets[name] : undefined;
  if (!ws) {
    const names = wb.SheetNames.join(", ");
    throw new KitchinError("bad-file", sheet ? say("noSheet", { sheet, sheets: names }) : say("noSheets"), {
      file: path,
    });
  }
  const rows: SheetCell[][] = [];
  const ref = ws["!ref"];
  const pct = new Map<number, number>();
  const nums = new Map<number, number>();
  if (ref) {
    const range = X.utils.decode_range(ref);
    if (range.e.c + 1 > MAX_COLUMNS) {
      throw new KitchinError("bad-file", say("sheetTooWide", { column: String(range.e.c + 1), max: MAX_COLUMNS }), {
        file: path,
      });
    }
    for (let r = range.s.r; r <= range.e.r; r++) {
      const cells: SheetCell[] = [];
      for (let c = range.s.c; c <= range.e.c; c++) {
        const cell = ws[X.utils.encode_cell({ r, c })] as XlsCell | undefined;
        if (!cell) continue;
        const v = toCell(X, cell);
        if (v === null) continue;
        if (typeof v === "number" && r > 0) {
          nums.set(c, (nums.get(c) ?? 0) + 1);
          if (typeof cell.z === "string" && cell.z.includes("%")) pct.set(c, (pct.get(c) ?? 0) + 1);
        }
        cells[c] = v;
      }
      rows[r] = cells;
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const notes: Note[] = [];
  const merges = ws["!merges"] ?? [];
  if (merges.length > 0) {
    // Covered cells carry nothing in BIFF; say so as the XLSX reader does.
    let n = 0;
    const shown: string[] = [];
    for (const m of merges) {
      for (let r = m.s.r; r <= m.e.r; r++)
        for (let c = m.s.c; c <= m.e.c; c++) {
          if (r === m.s.r && c === m.s.c) continue;
          n++;
          if (shown.length < 3) shown.push(X.utils.encode_cell({ r, c }));
          if (rows[r]) rows[r][c] = null;
        }
    }
    if (n > 0) notes.push(say("mergedCells", { file: path, n, cells: shown, more: n > 3 }));
  }
  const percentColumns = new Set<number>();
  const mixedPercentColumns = new Set<number>();
  for (const [c, k] of pct) (k === nums.get(c) ? percentColumns : mixedPercentColumns).add(c);
  return { rows, serialDates: true, notes, percentColumns, mixedPercentColumns };
}

function toCell(X: XlsModule, cell: XlsCell): SheetCell {
  switch (cell.t) {
    case "n": {
      const v = cell.v as number;
      if (!Number.isFinite(v)) return null;
      if (cell.z !== undefined && cell.z !== "General" && X.SSF.is_date(cell.z)) {
        const d = X.SSF.parse_date_code(v);
        if (d) return `${String(d.y).padStart(4, "0")}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;
      }
      return v;
    }
    case "s":
      return typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
    case "b":
      return cell.v ? "TRUE" : "FALSE";
    case "e":
      return cell.w ?? "#ERROR";
    case "d":
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime())
        ? cell.v.toISOString().slice(0, 10)
        : "invalid date";
    default:
      return cell.f !== undefined ? `=${cell.f}` : null;
  }
}
