/** A long table (date, key, …, value) read as one monthly series: the rows whose `keyCol` is `key`. */
import { formatMonth } from "@kitchin/core";
import { month, type Monthly } from "./raw.ts";

export function csvColumnWhere(rows: string[][], col: string, keyCol: string, key: string, file: string): Monthly {
  const header = rows[0].map((h) => h.trim());
  const j = header.indexOf(col);
  const k = header.indexOf(keyCol);
  if (j < 0 || k < 0) throw new Error(`${file}: no column "${j < 0 ? col : keyCol}" (have ${header.join(", ")})`);
  const out: Monthly = new Map();
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.length <= Math.max(j, k) || r[k].trim() !== key) continue;
    const m = month(r[0], `${file} row ${i + 1}`);
    const v = Number(r[j]);
    if (r[j].trim() === "" || !Number.isFinite(v)) throw new Error(`${file} row ${i + 1}: "${r[j]}" is not a number`);
    if (out.has(m)) throw new Error(`${file} row ${i + 1}: second value for ${key} in ${formatMonth(m)}`);
    out.set(m, v);
  }
  if (out.size === 0) throw new Error(`${file}: no rows for ${key}`);
  return out;
}
