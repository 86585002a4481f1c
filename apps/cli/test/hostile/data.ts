/**
 * The hostile-input suite's data: one plain monthly table (the reference every odd-but-valid
 * spelling must equal) and writers of its variants. Deterministic: no random numbers.
 */
import iconv from "./gbk.ts";

export const N = 120;
/** Month i as YYYY-MM from 2010-01. */
export const ym = (i: number) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
const round = (x: number) => Math.round(x * 100) / 100;
/** Inventory and demand YoY % with a ~40-month cycle, demand leading by eight months. */
export const inv = Array.from({ length: N }, (_, i) => round(8 * Math.sin((2 * Math.PI * i) / 40) + 0.03 * i));
export const rev = Array.from({ length: N }, (_, i) => round(9 * Math.sin((2 * Math.PI * (i + 8)) / 40) + 1));

export interface TableSpec {
  header?: string[];
  dates?: (i: number) => string;
  value?: (x: number, i: number, column: number) => string;
  delimiter?: string;
  eol?: string;
  order?: "oldest" | "newest";
  before?: string[];
  after?: string[];
  rows?: number;
  skip?: (i: number) => boolean;
}

/** The plain table (date, inventory, revenue) or a variant of it, as text. */
export function table(spec: TableSpec = {}): string {
  const d = spec.delimiter ?? ",";
  const header = spec.header ?? ["date", "inventory", "revenue"];
  const n = spec.rows ?? N;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (spec.skip?.(i)) continue;
    const v = (x: number, c: number) => (spec.value ? spec.value(x, i, c) : String(x));
    lines.push([spec.dates ? spec.dates(i) : ym(i), v(inv[i], 1), v(rev[i], 2)].join(d));
  }
  if (spec.order === "newest") lines.reverse();
  return (
    [...(spec.before ?? []), header.join(d), ...lines, ...(spec.after ?? [])].join(spec.eol ?? "\n") +
    (spec.eol ?? "\n")
  );
}

export { iconv };
