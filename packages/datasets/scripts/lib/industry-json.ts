/**
 * Writer of the shipped industry panels (`data/industries/<region>.json`, src/industries.ts):
 * metadata indented, one industry per line, so that a rebuild is byte-for-byte stable and a diff
 * shows which industry changed.
 */
import { formatMonth } from "@kitchin/core";
import type { IndustryPanelFile, ShippedArray } from "../../src/industries.ts";
import type { Monthly } from "./raw.ts";
import { span } from "./series.ts";

/** A monthly map as a shipped array (consecutive months, null where absent). */
export function shippedArray(m: Monthly, what: string): ShippedArray {
  const [lo, hi] = span(m);
  if (!Number.isFinite(lo)) throw new Error(`${what}: no data`);
  const values: (number | null)[] = [];
  for (let k = lo; k <= hi; k++) {
    const v = m.get(k);
    if (v !== undefined && !Number.isFinite(v)) throw new Error(`${what}: non-finite value at ${formatMonth(k)}`);
    values.push(v === undefined ? null : v);
  }
  return { start: formatMonth(lo), values };
}

export function formatIndustryPanel(p: IndustryPanelFile): string {
  const { industries, ...meta } = p;
  const head = JSON.stringify(meta, null, 1);
  const lines = industries.map((x) => " " + JSON.stringify(x));
  return head.slice(0, -2) + ',\n "industries": [\n' + lines.join(",\n") + "\n ]\n}\n";
}
