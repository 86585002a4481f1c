/**
 * US recipes from FRED-MD: the 2025-12 vintage for current data and three older
 * vintages for revision tests. Raw files and caveats: shared/data/us/PROVENANCE.md.
 */
import { formatMonth, monthIndex } from "@kitchin/core";
import { month, num, parseCsv, type Monthly, type Raw } from "./lib/raw.ts";
import { salesByMonth, yoy } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, EntryMeta, Report } from "./lib/spec.ts";

export const FREDMD = "us/fredmd_2025-12_vintage_noTcodeRow.csv";
export const VINTAGE_FILES: Record<string, string> = {
  "2025-02": "us/fredmd_2025-02_vintage.csv",
  "2023-06": "us/fredmd_2023-06_vintage.csv",
  "2019-10": "us/fredmd_2019-10_vintage.csv",
};

/** FRED-MD CSV → column name → monthly values. Skips the `Transform:` row and trailing empty rows. */
export function fredMd(text: string, file: string): Map<string, Monthly> {
  const rows = parseCsv(text);
  const header = rows[0].map((h) => h.trim());
  const out = new Map<string, Monthly>(header.slice(1).map((h) => [h, new Map()]));
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    const d = (r[0] ?? "").trim();
    if (d === "" || d.startsWith("Transform")) continue;
    const m = month(d, `${file} row ${i + 1}`);
    for (let j = 1; j < header.length; j++) {
      const v = num(r[j], `${file} row ${i + 1} ${header[j]}`);
      if (!Number.isNaN(v)) out.get(header[j])!.set(m, v);
    }
  }
  return out;
}

function col(md: Map<string, Monthly>, name: string, file: string): Monthly {
  const c = md.get(name);
  if (!c) throw new Error(`${file}: no column ${name}`);
  return c;
}

/** Nominal total business sales = BUSINVx / ISRATIOx ($ mn), rounded to 6 decimals (src/derive.ts). */
const salesOf: (inv: Monthly, ratio: Monthly) => Monthly = salesByMonth;

const FREDMD_NOTE =
  "FRED-MD 2025-12 vintage (data through 2025-11; the Census series end 2025-09). FRED-MD splices discontinued series back to 1959.";

export function usFredMd(raw: Raw, report: Report): Built[] {
  const md = fredMd(raw.text(FREDMD), FREDMD);
  const c = (n: string) => col(md, n, FREDMD);
  const inv = c("BUSINVx");
  const ratio = c("ISRATIOx");
  const sales = salesOf(inv, ratio);
  const p = (use: string) => [prov(FREDMD, use)];
  const base = { group: "macro" as const, terms: TERMS.usPublic };
  const out: Built[] = [];
  const add = (meta: Omit<EntryMeta, "group" | "terms"> & Partial<EntryMeta>, data: Monthly) =>
    out.push({ meta: { ...base, ...meta }, data });

  add(
    {
      id: "us.inventory_yoy",
      name: "Total business inventories, YoY",
      nameZh: "美国企业总库存:同比",
      unit: "%",
      kind: "yoy",
      source: "US Census Bureau MTIS (BUSINVx, nominal, SA) via FRED-MD",
      provenance: p("column BUSINVx"),
      lag: 2,
      derivation: "100·(BUSINVx_t / BUSINVx_{t−12} − 1), rounded to 6 decimals.",
      caveats: [FREDMD_NOTE, "Nominal: includes price effects (real inventory ≈ (1+yoy)/(1+PPI yoy) − 1)."],
    },
    yoy(inv),
  );
  add(
    {
      id: "us.inventory",
      name: "Total business inventories",
      nameZh: "美国企业总库存",
      unit: "USD mn (SA)",
      kind: "level",
      source: "US Census Bureau MTIS (BUSINVx) via FRED-MD",
      provenance: p("column BUSINVx"),
      lag: 2,
      derivation: "As published.",
      caveats: [FREDMD_NOTE],
    },
    inv,
  );
  const noise = salesNoise(ratio, yoy(sales), yoy(inv), yoy(c("CMRMTSPLx")));
  report.usSalesNoise = noise;
  add(
    {
      id: "us.sales_yoy",
      name: "Total business sales (nominal), YoY, derived as BUSINVx / ISRATIOx",
      nameZh: "美国企业总销售额(名义):同比",
      unit: "%",
      kind: "yoy",
      source: "US Census Bureau MTIS via FRED-MD (BUSINVx, ISRATIOx)",
      provenance: p("columns BUSINVx and ISRATIOx"),
      lag: 2,
      derivation:
        "Sales_t = BUSINVx_t / ISRATIOx_t; 100·(Sales_t / Sales_{t−12} − 1), rounded to 6 decimals. Default US demand series (REGION_DEFAULTS.us.demand).",
      caveats: [
        FREDMD_NOTE,
        `Noisy: ISRATIOx has 2 decimals, so the implied sales level carries up to ±0.005/ratio (≈ ±${noise.levelErrorBoundPct.mean} % on average) rounding error and the YoY up to ±${noise.yoyErrorBoundPp.mean} pp (max ${noise.yoyErrorBoundPp.max} pp); month-to-month changes have sd ${noise.sdMonthlyChange.sales} pp vs ${noise.sdMonthlyChange.inventory} pp for inventory YoY (${noise.period}).`,
      ],
    },
    yoy(sales),
  );
  add(
    {
      id: "us.sales",
      name: "Total business sales (nominal), derived as BUSINVx / ISRATIOx",
      nameZh: "美国企业总销售额(名义)",
      unit: "USD mn (SA)",
      kind: "level",
      source: "US Census Bureau MTIS via FRED-MD",
      provenance: p("columns BUSINVx and ISRATIOx"),
      lag: 2,
      derivation: "BUSINVx / ISRATIOx, rounded to 6 decimals.",
      caveats: [FREDMD_NOTE, "Approximate: ISRATIOx is rounded to 2 decimals (see us.sales_yoy)."],
    },
    sales,
  );
  add(
    {
      id: "us.isratio",
      name: "Total business inventories/sales ratio",
      nameZh: "美国企业库存销售比",
      unit: "ratio",
      kind: "ratio",
      source: "US Census Bureau MTIS (ISRATIOx) via FRED-MD",
      provenance: p("column ISRATIOx"),
      lag: 2,
      derivation: "As published (2 decimals).",
      caveats: [FREDMD_NOTE],
    },
    ratio,
  );
  add(
    {
      id: "us.real_sales_yoy",
      name: "Real manufacturing and trade industries sales, YoY",
      nameZh: "美国制造业和贸易实际销售额:同比",
      unit: "%",
      kind: "yoy",
      source: "BEA real manufacturing and trade sales (CMRMTSPLx, chained USD) via FRED-MD",
      provenance: p("column CMRMTSPLx"),
      lag: 2,
      derivation: "100·(CMRMTSPLx_t / CMRMTSPLx_{t−12} − 1), rounded to 6 decimals.",
      caveats: [FREDMD_NOTE],
    },
    yoy(c("CMRMTSPLx")),
  );
  add(
    {
      id: "us.indpro",
      name: "Industrial production index",
      nameZh: "美国工业生产指数",
      unit: "index (2017 = 100)",
      kind: "index",
      source: "Federal Reserve Board G.17 (INDPRO) via FRED-MD",
      provenance: p("column INDPRO"),
      lag: 1,
      derivation: "As published (level, for turning points against the NBER dates).",
      caveats: [FREDMD_NOTE],
    },
    c("INDPRO"),
  );
  const yoyOf = (id: string, name: string, zh: string, mn: string, src: string, lag: number) =>
    add(
      {
        id,
        name,
        nameZh: zh,
        unit: "%",
        kind: "yoy",
        source: `${src} (${mn}) via FRED-MD`,
        provenance: p(`column ${mn}`),
        lag,
        derivation: `100·(${mn}_t / ${mn}_{t−12} − 1), rounded to 6 decimals.`,
        caveats: [FREDMD_NOTE],
      },
      yoy(c(mn)),
    );
  yoyOf(
    "us.ppi_yoy",
    "PPI: finished goods, YoY",
    "美国PPI(最终需求-制成品):同比",
    "WPSFD49207",
    "BLS producer price index, finished goods",
    1,
  );
  yoyOf("us.cpi_yoy", "CPI: all items, YoY", "美国CPI:同比", "CPIAUCSL", "BLS consumer price index (SA)", 1);
  yoyOf("us.m2_yoy", "M2 money stock, YoY", "美国M2:同比", "M2SL", "Federal Reserve Board H.6", 1);
  const lvl = (
    id: string,
    name: string,
    zh: string,
    mn: string,
    src: string,
    kind: "yield",
    unit: string,
    group: "macro" | "asset",
  ) =>
    add(
      {
        id,
        group,
        name,
        nameZh: zh,
        unit,
        kind,
        source: `${src} (${mn}) via FRED-MD`,
        provenance: p(`column ${mn}`),
        lag: 0,
        derivation: "As published (monthly average).",
        caveats: [FREDMD_NOTE],
      },
      c(mn),
    );
  lvl(
    "us.fedfunds",
    "Effective federal funds rate",
    "美国联邦基金有效利率",
    "FEDFUNDS",
    "Federal Reserve Board H.15",
    "yield",
    "% p.a.",
    "macro",
  );
  lvl(
    "us.tbill",
    "3-month Treasury bill rate (cash)",
    "美国3个月国库券利率(现金)",
    "TB3MS",
    "Federal Reserve Board H.15 secondary market",
    "yield",
    "% p.a.",
    "asset",
  );
  return out;
}

/** The same series as published in the older FRED-MD vintages (revision and real-time tests). */
export function usVintages(raw: Raw, current: Built[]): Built[] {
  const out: Built[] = [];
  for (const [vintage, file] of Object.entries(VINTAGE_FILES)) {
    const md = fredMd(raw.text(file), file);
    const c = (n: string) => col(md, n, file);
    const data: Record<string, Monthly> = {
      "us.inventory_yoy": yoy(c("BUSINVx")),
      "us.sales_yoy": yoy(salesOf(c("BUSINVx"), c("ISRATIOx"))),
      "us.isratio": c("ISRATIOx"),
      "us.indpro": c("INDPRO"),
    };
    for (const [id, d] of Object.entries(data)) {
      const cur = current.find((b) => b.meta.id === id)!;
      out.push({
        vintage,
        meta: {
          ...cur.meta,
          provenance: cur.meta.provenance.map((p) => ({ ...prov(file, p.use) })),
          caveats: [
            `As published in the FRED-MD ${vintage} vintage (for revision and real-time tests; the current series uses the 2025-12 vintage).`,
          ],
        },
        data: d,
      });
    }
  }
  return out;
}

function salesNoise(ratio: Monthly, salesYoy: Monthly, invYoy: Monthly, realYoy: Monthly) {
  const from = monthIndex(1993, 1);
  const to = monthIndex(2019, 12);
  let nb = 0;
  let sumLevel = 0;
  let sumY = 0;
  let maxY = 0;
  for (let m = from; m <= to; m++) {
    const r = ratio.get(m);
    const r0 = ratio.get(m - 12);
    if (!r || !r0) continue;
    nb++;
    sumLevel += (100 * 0.005) / r;
    const b = 100 * (0.005 / r + 0.005 / r0); // first-order bound on the YoY error, pp
    sumY += b;
    if (b > maxY) maxY = b;
  }
  const sdChange = (s: Monthly) => {
    const d: number[] = [];
    for (let m = from; m <= to; m++) {
      const a = s.get(m);
      const b = s.get(m - 1);
      if (a !== undefined && b !== undefined) d.push(a - b);
    }
    const mean = d.reduce((x, y) => x + y, 0) / d.length;
    return round2(Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / (d.length - 1)));
  };
  return {
    period: `${formatMonth(from)}…${formatMonth(to)}`,
    levelErrorBoundPct: { mean: round2(sumLevel / nb) },
    yoyErrorBoundPp: { mean: round2(sumY / nb), max: round2(maxY) },
    sdMonthlyChange: { sales: sdChange(salesYoy), inventory: sdChange(invYoy), realSales: sdChange(realYoy) },
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
