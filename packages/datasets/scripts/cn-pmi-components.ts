/**
 * China's PMI sub-indices after 2022-11: the incoming2 batch's long table of NBS/CFLP
 * PMI components via Wind EDB (shared/data/incoming2/PROVENANCE.md item 2), 2015-01 … 2026-07.
 * The shipped sub-indices come from the Krystal Wind workbook and end 2022-11; this module reads the
 * same series by Wind code, checks that they equal the workbook on every common month (the
 * provenance reports max |diff| 0.0 for 95 months), and gives the months after it.
 */
import { csvColumnWhere } from "./lib/pmiTable.ts";
import { assertAgree } from "./lib/series.ts";
import type { Monthly, Raw } from "./lib/raw.ts";
import type { ProvenanceRef } from "../src/types.ts";

export const PMI_COMPONENTS = "incoming2/cn_pmi_components_monthly_2015_2026-07_invdata.csv";

/** Wind EDB codes of the sub-indices the catalog ships. */
export const PMI_CODES: Readonly<Record<string, string>> = {
  "cn.pmi_new_orders": "M0017128",
  "cn.pmi_finished_inventory": "M0017131",
  "cn.pmi_raw_inventory": "M0017135",
};

export interface PmiExtension {
  /** The workbook's series extended with the incoming2 months after it (the workbook wins where both have a month). */
  data: Monthly;
  provenance: ProvenanceRef;
  check: ReturnType<typeof assertAgree>;
}

/** `workbook` (the shipped sub-index) extended with the incoming2 table's months for the same Wind code. */
export function extendPmi(raw: Raw, id: string, workbook: Monthly): PmiExtension {
  const code = PMI_CODES[id];
  if (!code) throw new Error(`no Wind code for ${id}`);
  const rows = raw.csv(PMI_COMPONENTS);
  const later = csvColumnWhere(rows, "value", "indicator_key", code, PMI_COMPONENTS);
  const check = assertAgree(`${id} workbook vs incoming2 PMI components`, workbook, later, 1e-9, 90);
  const data: Monthly = new Map(workbook);
  for (const [m, v] of later) if (!data.has(m)) data.set(m, v);
  // incoming2/PROVENANCE.md item 2: transcribed from the search index's stored copy at this commit.
  const provenance: ProvenanceRef = {
    file: PMI_COMPONENTS,
    repo: "lakersfengjian-star/invdata",
    path: "data/processed/macro_pmi.csv",
    commit: "050bb3091ed45786c0ffb975ef418d3cf3cb28ba",
    use: `rows indicator_key ${code}, column value, after 2022-11`,
  };
  return { data, provenance, check };
}
