/**
 * US imports and total business inventories as FRED publishes them (note 001's
 * imports-vs-inventories comparison), from the `incoming/` batch of the raw folder
 * (shared/data/incoming/PROVENANCE.md items 3 and 4):
 *
 * - BOPTIMP: imports of goods AND services, balance-of-payments basis (Census/BEA FT-900). Note
 *   001 quotes goods imports (BOPGIMP was in no public copy found): services are about a fifth of
 *   the total, so growth rates differ from the note's (docs/macro.md measures by how much).
 * - BUSINV: total business inventories (Census MTIS), the same concept as `us.inventory` (FRED-MD's
 *   BUSINVx) in FRED's own download; the build reports how the two copies differ (revisions:
 *   they were taken at different dates), in build-report.json `businvVsFredMd`.
 *
 * Kept in its own recipe file (and its provenance here) so that other recipes can change without
 * touching it.
 */
import { csvColumn, type Raw } from "./lib/raw.ts";
import { compare, yoy } from "./lib/series.ts";
import type { Built, Report } from "./lib/spec.ts";
import type { ProvenanceRef } from "../src/types.ts";

const IMPORTS = "incoming/us_BOPTIMP_fred_1992_2025-06_c3linetan.csv";
const BUSINV = "incoming/us_BUSINV_fred_1992_2025-08_lien762.csv";

const SOURCES: Record<string, Omit<ProvenanceRef, "file" | "use">> = {
  [IMPORTS]: {
    repo: "C3lineTan/EC4308-Forecasting-Crude-Oil-Prices",
    path: "data/BOPTIMP.csv",
    commit: "c0f4f7963efc527ecc990308e2c362b569a20c0a",
  },
  [BUSINV]: { repo: "lien762/FRED_Colab", path: "BUSINV.csv", commit: "3a0fa5649fa82294087dc266d31e037bcf0facc7" },
};

const TERMS_FRED =
  "US Census Bureau / BEA statistics (public domain), FRED download re-published on GitHub; the hosting repository states no license.";

function ref(file: string, use: string): ProvenanceRef {
  return { file, ...SOURCES[file], use };
}

export function usTrade(raw: Raw, report: Report, fredMdInventory?: Map<number, number>): Built[] {
  const imports = csvColumn(raw.csv(IMPORTS), "BOPTIMP", { file: IMPORTS });
  const businv = csvColumn(raw.csv(BUSINV), "BUSINV", { file: BUSINV });
  if (fredMdInventory) report.businvVsFredMd = compare(businv, fredMdInventory);

  const importsMeta = {
    group: "macro" as const,
    source:
      "US Census Bureau / BEA, U.S. International Trade in Goods and Services (FT-900), BOP basis, via FRED (BOPTIMP)",
    provenance: [ref(IMPORTS, "column BOPTIMP")],
    terms: TERMS_FRED,
    lag: 2,
    caveats: [
      "Goods AND services (BOP basis), not goods only: note 001's 'goods imports' growth is not this series' (services are about a fifth of the total and grew at a different pace).",
      "Copy of a FRED download made in 2025 (1992-01…2025-06); later months and revisions are not in it.",
    ],
  };
  const invMeta = {
    group: "macro" as const,
    source: "US Census Bureau, Manufacturing and Trade Inventories and Sales (MTIS), via FRED (BUSINV)",
    provenance: [ref(BUSINV, "column BUSINV")],
    terms: TERMS_FRED,
    lag: 2,
    caveats: [
      "The same concept as us.inventory (FRED-MD BUSINVx, 2025-12 vintage): equal on 402 of the 404 common months 1992-01…2025-08; 2024-09 (2,636,447 vs 2,637,086) and 2025-08 (2,663,703 vs 2,663,591) differ by revisions between the two copies (build-report.json businvVsFredMd).",
      "Copy of a FRED download made in 2025 (1992-01…2025-08).",
    ],
  };
  return [
    {
      meta: {
        ...importsMeta,
        id: "us.imports_gs",
        name: "Imports of goods and services (BOP basis, SA)",
        nameZh: "美国商品和服务进口(国际收支口径,季调)",
        unit: "USD mn (SA)",
        kind: "level",
        derivation: "As published.",
      },
      data: imports,
    },
    {
      meta: {
        ...importsMeta,
        id: "us.imports_gs_yoy",
        name: "Imports of goods and services (BOP basis, SA), YoY",
        nameZh: "美国商品和服务进口:同比",
        unit: "%",
        kind: "yoy",
        derivation: "100·(BOPTIMP_t / BOPTIMP_{t−12} − 1), rounded to 6 decimals.",
      },
      data: yoy(imports),
    },
    {
      meta: {
        ...invMeta,
        id: "us.businv",
        name: "Total business inventories (FRED BUSINV, SA)",
        nameZh: "美国企业总库存(FRED BUSINV,季调)",
        unit: "USD mn (SA)",
        kind: "level",
        derivation: "As published.",
      },
      data: businv,
    },
    {
      meta: {
        ...invMeta,
        id: "us.businv_yoy",
        name: "Total business inventories (FRED BUSINV, SA), YoY",
        nameZh: "美国企业总库存(FRED BUSINV):同比",
        unit: "%",
        kind: "yoy",
        derivation: "100·(BUSINV_t / BUSINV_{t−12} − 1), rounded to 6 decimals.",
      },
      data: yoy(businv),
    },
  ];
}
