/**
 * Shipped industry panels (note 000 §2 "细分行业"): one JSON file per region,
 * `data/industries/<region>.json`, written by `scripts/industries-us.ts` / `industries-cn.ts`.
 * Each industry carries its code, English and Chinese names, its group (wholesale, retail,
 * manufacturing for the US; mining, manufacturing, utilities for China), its position in the
 * chain (upstream / midstream / downstream), its inventory level and, where the raw data has
 * them, sales (US) or an industry price index (China, for real inventories). Browser-safe:
 * parsing only; Node reads the file with `loadIndustryPanel` (node.ts), the add-in fetches it.
 */
import { KitchinError, parseMonth } from "@kitchin/core";
import type { ProvenanceRef, Region } from "./types.ts";

export type ChainPosition = "upstream" | "midstream" | "downstream";
export const CHAIN_POSITIONS: readonly ChainPosition[] = ["upstream", "midstream", "downstream"];

/** A monthly array as shipped: first month `YYYY-MM`, `null` where nothing was published. */
export interface ShippedArray {
  start: string;
  values: (number | null)[];
}

export interface IndustryGroup {
  id: string;
  name: string;
  nameZh: string;
  /** What the group's industries are (and what they leave out). */
  note: string;
}

export interface ShippedIndustry {
  id: string;
  /** NAICS (US) or GB/T 4754 two-digit (China) code(s), as published. */
  code: string;
  name: string;
  nameZh: string;
  group: string;
  position: ChainPosition;
  /** End-of-month inventory level (nominal, in the panel's unit). */
  inventory: ShippedArray;
  /** Monthly sales in the same unit (US); absent where the raw data has none. */
  sales?: ShippedArray;
  /** Industry price index (China: PPI chained from month-on-month changes, 2013-08 = 100). */
  price?: ShippedArray;
  /** How this industry's numbers were derived when not as published. */
  derivation?: string;
}

/** A documented China–US correspondence (note 000 §3 "中美库存共振"). */
export interface IndustryMatch {
  theme: string;
  themeZh: string;
  cn: string;
  us: string;
}

export interface IndustryPanelFile {
  region: Region;
  title: string;
  titleZh: string;
  unit: string;
  /** Release lag in months (methods.md §1). */
  lag: number;
  source: string;
  terms: string;
  provenance: ProvenanceRef[];
  derivation: string;
  caveats: string[];
  groups: IndustryGroup[];
  industries: ShippedIndustry[];
  /** Only in the China file: the correspondence to US industries. */
  matches?: IndustryMatch[];
}

/** An array in memory: month index of values[0], NaN where missing. */
export interface IndustryArray {
  start: number;
  values: Float64Array;
}

export interface IndustryPanel extends Omit<IndustryPanelFile, "industries"> {
  industries: (Omit<ShippedIndustry, "inventory" | "sales" | "price"> & {
    inventory: IndustryArray;
    sales?: IndustryArray;
    price?: IndustryArray;
  })[];
}

/** Parses and checks a shipped panel file (strict: the files are ours, a deviation is a broken file). */
export function parseIndustryPanel(text: string, file = "industries"): IndustryPanel {
  let raw: IndustryPanelFile;
  try {
    raw = JSON.parse(text) as IndustryPanelFile;
  } catch (e) {
    throw new KitchinError("bad-file", `industry panel is not JSON: ${e instanceof Error ? e.message : String(e)}`, {
      file,
    });
  }
  if (!raw || !Array.isArray(raw.industries) || !Array.isArray(raw.groups))
    throw new KitchinError("bad-file", "industry panel has no groups/industries", { file });
  const groups = new Set(raw.groups.map((g) => g.id));
  const arr = (a: ShippedArray, what: string): IndustryArray => {
    const start = parseMonth(a.start, what);
    return { start, values: Float64Array.from(a.values, (v) => (v === null ? NaN : v)) };
  };
  return {
    ...raw,
    industries: raw.industries.map((x) => {
      if (!groups.has(x.group))
        throw new KitchinError("bad-file", `industry ${x.id}: unknown group "${x.group}"`, { file });
      const out: IndustryPanel["industries"][number] = {
        ...x,
        inventory: arr(x.inventory, `${x.id} inventory`),
        sales: undefined,
        price: undefined,
      };
      if (x.sales) out.sales = arr(x.sales, `${x.id} sales`);
      else delete out.sales;
      if (x.price) out.price = arr(x.price, `${x.id} price`);
      else delete out.price;
      return out;
    }),
  };
}

/** Relative path of a region's panel under `data/`. */
export function industryPanelFile(region: Region): string {
  return `industries/${region}.json`;
}

/** Fetches a region's panel from the URL serving `data/` (the add-in's own folder). */
export async function fetchIndustryPanel(
  region: Region,
  baseUrl: string,
  fetchFn: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }> = fetch,
): Promise<IndustryPanel> {
  const rel = industryPanelFile(region);
  const url = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + rel;
  const res = await fetchFn(url);
  if (!res.ok)
    throw new KitchinError("not-found", `industry panel ${region}: cannot fetch ${url} (HTTP ${res.status})`, {
      file: rel,
    });
  return parseIndustryPanel(await res.text(), rel);
}
