/**
 * US industry panel (note 000 §2 "批发环节共 19 个细分行业…零售环节分为 7 个细分行业"):
 * Census merchant-wholesaler inventories and sales by NAICS (MWTS, SA), retail inventories and
 * sales by kind of business (MRTS, SA), and manufacturing inventories derived as
 * BUSINV − wholesale − retail (no manufacturing sub-industries are in the raw folder:
 * shared/data/incoming2/PROVENANCE.md "Not found" 4).
 *
 * Industries are made non-overlapping so that the shares of a group add up to its total:
 * wholesale 4234 is shipped without computers (4234 − 42343, from 1997, when 42343 starts) beside
 * 42343; retail general merchandise 452 is split into department stores 4522 and the rest
 * (452 − 4522). The 19 wholesale industries then add up to NAICS 42 exactly (checked); the 7
 * retail ones cover the kinds of business the inventory table publishes (not gasoline, health,
 * sporting goods, miscellaneous or nonstore retailers, which have no inventory line).
 */
import { formatMonth, monthIndex } from "@kitchin/core";
import type ExcelJS from "exceljs";
import type { ChainPosition, IndustryPanelFile, ShippedIndustry } from "../src/industries.ts";
import type { ProvenanceRef } from "../src/types.ts";
import { formatIndustryPanel, shippedArray } from "./lib/industry-json.ts";
import { csvColumn, parseCsv, type Monthly, type Raw } from "./lib/raw.ts";
import { compare } from "./lib/series.ts";
import type { Report } from "./lib/spec.ts";

const W_INV = "incoming2/us_census_mwts_wholesale_inventories_sa_by_naics_1992_2025-07_michaelarg.csv";
const W_SALES = "incoming2/us_census_mwts_wholesale_sales_sa_by_naics_1992_2025-07_michaelarg.csv";
const R_INV = "incoming2/us_census_mrts_retail_inventories_by_kob_1992_2026-05_robbinsanalytics.xlsx";
const R_SALES = "incoming2/us_census_mrts_retail_sales_by_kob_1992_2026-05_robbinsanalytics.xlsx";
const BUSINV = "incoming/us_BUSINV_fred_1992_2025-08_lien762.csv";
const TCPD = "us/census_mtis_inventories_1992-2019_tcpd.txt";

const MICHAEL = {
  repo: "michaelarg/WholesaleTrade-TimeSeries-Analysis",
  commit: "07ee0afbb7833d93c207842472c529b8efcdb423",
};
const ROBBINS = { repo: "RobbinsAnalytics/cascadia-controltower", commit: "460d7beafcb13b194bf524c8cbf60b45296e57c4" };
const SOURCES: Record<string, Omit<ProvenanceRef, "file" | "use">> = {
  [W_INV]: { ...MICHAEL, path: "data/raw/Inventories_Adjusted.csv" },
  [W_SALES]: { ...MICHAEL, path: "data/raw/Sales_Adjusted.csv" },
  [R_INV]: { ...ROBBINS, path: "data/raw/mrtsinv92-present.xlsx" },
  [R_SALES]: { ...ROBBINS, path: "data/raw/mrtssales92-present.xlsx" },
  [BUSINV]: { repo: "lien762/FRED_Colab", path: "BUSINV.csv", commit: "3a0fa5649fa82294087dc266d31e037bcf0facc7" },
};
const ref = (file: string, use: string): ProvenanceRef => ({ file, ...SOURCES[file], use });

type Def = [id: string, code: string, name: string, nameZh: string, position: ChainPosition];

/** Note 000's 19 wholesale industries (图表44), NAICS 2017 merchant-wholesaler codes. */
const WHOLESALE: Def[] = [
  ["w-motor-vehicles", "4231", "Motor vehicles & parts", "汽车及零部件", "downstream"],
  ["w-furniture", "4232", "Furniture & home furnishings", "家具", "downstream"],
  ["w-lumber", "4233", "Lumber & construction materials", "木材及建材", "upstream"],
  [
    "w-professional-equipment",
    "4234 excl. 42343",
    "Professional & commercial equipment (excl. computers)",
    "专业及商用设备(不含计算机)",
    "midstream",
  ],
  ["w-computers", "42343", "Computers & software", "计算机及软件", "midstream"],
  ["w-metals", "4235", "Metals & minerals (excl. petroleum)", "金属及矿产(不含石油)", "upstream"],
  ["w-electrical", "4236", "Electrical & electronic goods", "电气及电子产品", "midstream"],
  ["w-hardware", "4237", "Hardware, plumbing & heating", "五金及管道暖通", "midstream"],
  ["w-machinery", "4238", "Machinery, equipment & supplies", "机械设备", "midstream"],
  ["w-misc-durable", "4239", "Miscellaneous durable goods", "其他耐用品", "downstream"],
  ["w-paper", "4241", "Paper & paper products", "纸及纸制品", "midstream"],
  ["w-drugs", "4242", "Drugs & druggists' sundries", "药品", "downstream"],
  ["w-apparel", "4243", "Apparel, piece goods & notions", "服装", "downstream"],
  ["w-grocery", "4244", "Grocery & related products", "食品杂货", "downstream"],
  ["w-farm-materials", "4245", "Farm product raw materials", "农产品原料", "upstream"],
  ["w-chemicals", "4246", "Chemicals & allied products", "化工产品", "upstream"],
  ["w-petroleum", "4247", "Petroleum & petroleum products", "石油及石油产品", "upstream"],
  ["w-beer-wine", "4248", "Beer, wine & distilled beverages", "酒类", "downstream"],
  ["w-misc-nondurable", "4249", "Miscellaneous nondurable goods", "其他非耐用品", "downstream"],
];

/** Note 000's 7 retail kinds of business (图表47); code = MRTS line(s). */
const RETAIL: Def[] = [
  ["r-motor-vehicles", "441", "Motor vehicle & parts dealers", "汽车及零部件经销商", "downstream"],
  [
    "r-furniture-electronics",
    "442,443",
    "Furniture, electronics & appliance stores",
    "家具、电子及家电商店",
    "downstream",
  ],
  ["r-building-materials", "444", "Building materials & garden dealers", "建材及园艺", "downstream"],
  ["r-food-beverage", "445", "Food & beverage stores (grocery)", "食品饮料店(杂货)", "downstream"],
  ["r-clothing", "448", "Clothing & accessories stores", "服装及饰品店", "downstream"],
  [
    "r-general-merchandise",
    "452 excl. 4522",
    "General merchandise excl. department stores (warehouse clubs, supercenters)",
    "综合商品店(不含百货)",
    "downstream",
  ],
  ["r-department-stores", "4522", "Department stores", "百货店", "downstream"],
];

/** The Census wholesale CSV (Table 1a/1b): code row `Month,Year,42,…`, rows newest first, quoted thousands. */
export function parseWholesale(text: string, file: string): Map<string, Monthly> {
  const rows = parseCsv(text);
  const h = rows.findIndex((r) => r[0] === "Month" && r[1] === "Year");
  if (h < 0) throw new Error(`${file}: no "Month,Year" code row`);
  const codes = rows[h].map((c) => c.trim().split(/\s+/)[0]);
  const out = new Map<string, Monthly>(codes.slice(2).map((c) => [c, new Map()]));
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i];
    if (r.every((c) => c.trim() === "")) continue;
    const mon = MONTHS.indexOf(r[0].trim().split(/\s+/)[0].slice(0, 3));
    const year = Number(r[1]);
    if (mon < 0 || !Number.isInteger(year)) throw new Error(`${file} row ${i + 1}: "${r[0]},${r[1]}" is not a month`);
    const m = monthIndex(year, mon + 1);
    for (let c = 2; c < codes.length; c++) {
      const t = (r[c] ?? "").trim();
      if (t === "NA" || t === "") continue;
      const v = Number(t.replace(/,/g, ""));
      if (!Number.isFinite(v)) throw new Error(`${file} row ${i + 1} column ${codes[c]}: "${t}" is not a number`);
      const s = out.get(codes[c])!;
      if (s.has(m)) throw new Error(`${file} row ${i + 1}: second value for ${formatMonth(m)}`);
      s.set(m, v);
    }
  }
  return out;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((t) => t.text).join("");
  if (typeof v === "object" && "result" in v) return String(v.result ?? "");
  return String(v);
}

/**
 * One block of an MRTS workbook (every year sheet): the rows after the line whose kind-of-business
 * cell is `block` up to the next block heading; key = NAICS code cell (or the kind of business
 * where the code is blank). "(S)"/"(NA)" cells are left out.
 */
export async function parseMrts(raw: Raw, file: string, block: string): Promise<Map<string, Monthly>> {
  const wb = await raw.workbook(file);
  const out = new Map<string, Monthly>();
  for (const ws of wb.worksheets) {
    if (!/^\d{4}$/.test(ws.name)) continue;
    const months = new Map<number, number>();
    ws.getRow(5).eachCell((cell, c) => {
      const mm = /^([A-Z][a-z]{2})\.?\s*(\d{4})/.exec(cellText(cell.value).trim());
      if (mm && MONTHS.includes(mm[1])) months.set(c, monthIndex(+mm[2], MONTHS.indexOf(mm[1]) + 1));
    });
    if (months.size === 0) throw new Error(`${file} [${ws.name}]: no month headers in row 5`);
    let inBlock = false;
    for (let r = 6; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const code = cellText(row.getCell(1).value).trim();
      const kind = cellText(row.getCell(2).value).trim();
      if (/ADJUSTED|RATIOS/.test(kind) && code === "") {
        inBlock = kind === block;
        continue;
      }
      if (!inBlock || (code === "" && kind === "")) continue;
      const key = code || kind;
      let s = out.get(key);
      if (!s) out.set(key, (s = new Map()));
      for (const [c, m] of months) {
        const v = row.getCell(c).value;
        if (typeof v !== "number") continue;
        if (s.has(m)) throw new Error(`${file} [${ws.name}] row ${r}: second value for ${key} ${formatMonth(m)}`);
        s.set(m, v);
      }
    }
  }
  return out;
}

function need(m: Map<string, Monthly>, key: string, file: string): Monthly {
  const s = m.get(key);
  if (!s || s.size === 0) throw new Error(`${file}: no line "${key}" (have ${[...m.keys()].join(" | ")})`);
  return s;
}

/** a − b on the months where both exist. */
function minus(a: Monthly, ...bs: Monthly[]): Monthly {
  const out: Monthly = new Map();
  for (const [k, v] of a) {
    let x = v;
    for (const b of bs) {
      const y = b.get(k);
      if (y === undefined) {
        x = NaN;
        break;
      }
      x -= y;
    }
    if (Number.isFinite(x)) out.set(k, Math.round(x * 1e6) / 1e6);
  }
  return out;
}

function plus(a: Monthly, b: Monthly): Monthly {
  const out: Monthly = new Map();
  for (const [k, v] of a) {
    const y = b.get(k);
    if (y !== undefined) out.set(k, v + y);
  }
  return out;
}

export async function usIndustries(raw: Raw, report: Report): Promise<[string, string]> {
  const wInv = parseWholesale(raw.text(W_INV), W_INV);
  const wSales = parseWholesale(raw.text(W_SALES), W_SALES);
  const rInv = await parseMrts(raw, R_INV, "ADJUSTED(1)");
  const rSales = await parseMrts(raw, R_SALES, "ADJUSTED(2)");
  const businv = csvColumn(raw.csv(BUSINV), "BUSINV", { file: BUSINV });

  const industries: ShippedIndustry[] = [];
  const w = (m: Map<string, Monthly>, code: string, file: string) =>
    code === "4234 excl. 42343" ? minus(need(m, "4234", file), need(m, "42343", file)) : need(m, code, file);
  for (const [id, code, name, nameZh, position] of WHOLESALE) {
    industries.push({
      id,
      code,
      name,
      nameZh,
      group: "wholesale",
      position,
      inventory: shippedArray(w(wInv, code, W_INV), id),
      sales: shippedArray(w(wSales, code, W_SALES), id),
      ...(code.includes("excl")
        ? { derivation: "4234 − 42343 (inventories and sales), from 1997-01 when 42343 starts." }
        : {}),
    });
  }
  // The 19 add up to NAICS 42 (where 42343 exists): checked, not assumed.
  const sum19: Monthly = new Map();
  for (const x of industries) {
    const s = w(wInv, x.code, W_INV);
    for (const [k, v] of s) sum19.set(k, (sum19.get(k) ?? 0) + v);
  }
  const total42 = need(wInv, "42", W_INV);
  const c19 = compare(new Map([...sum19].filter(([k]) => k >= monthIndex(1997, 1))), total42);
  if (c19.maxAbsDiff > 0.5)
    throw new Error(`${W_INV}: the 19 industries do not add up to 42 (max diff ${c19.maxAbsDiff} at ${c19.maxAt})`);

  const rCode = (m: Map<string, Monthly>, code: string, file: string) => {
    if (code === "452 excl. 4522") return minus(need(m, "452", file), need(m, "4522", file));
    if (code === "442,443" && !m.has("442,443")) return plus(need(m, "442", file), need(m, "443", file));
    return need(m, code, file);
  };
  for (const [id, code, name, nameZh, position] of RETAIL) {
    industries.push({
      id,
      code,
      name,
      nameZh,
      group: "retail",
      position,
      inventory: shippedArray(rCode(rInv, code, R_INV), id),
      sales: shippedArray(rCode(rSales, code, R_SALES), id),
      ...(code.includes("excl") ? { derivation: "452 − 4522 (inventories and sales)." } : {}),
    });
  }

  // Manufacturing inventories = BUSINV − merchant wholesalers (42) − retail (total), the identity
  // of Census MTIS; checked against TCPD's published amtmti (PROVENANCE: within 0.08 % on average).
  const retailTotal = need(rInv, "Retail Inventories, total", R_INV);
  const mfg = minus(businv, total42, retailTotal);
  const tcpd = (await import("./us-census.ts")).parseCensus(raw.text(TCPD)).get("amtmti")!;
  const rel: Monthly = new Map();
  for (const [k, v] of mfg) {
    const b = tcpd.get(k);
    if (b !== undefined) rel.set(k, (100 * (v - b)) / b);
  }
  const relStats = compare(rel, new Map([...rel].map(([k]) => [k, 0])));
  report.usManufacturingImplied = {
    months: relStats.n,
    meanAbsPct: Number(relStats.meanAbsDiff.toFixed(4)),
    meanPct: Number(relStats.meanDiff.toFixed(4)),
    maxAbsPct: Number(relStats.maxAbsDiff.toFixed(4)),
    maxAt: relStats.maxAt,
    wholesale19VsTotal42MaxAbs: c19.maxAbsDiff,
  };
  if (relStats.meanAbsDiff > 0.2)
    throw new Error(
      `implied manufacturing inventories differ from TCPD amtmti by ${relStats.meanAbsDiff} % on average`,
    );
  industries.push({
    id: "m-total",
    code: "31-33",
    name: "Manufacturing (total, implied)",
    nameZh: "制造业(合计,推算)",
    group: "manufacturing",
    position: "midstream",
    inventory: shippedArray(mfg, "m-total"),
    derivation:
      "BUSINV − MWTS 42 − MRTS retail inventories total (SA, $ mn); no manufacturing sales or sub-industries in the raw folder.",
  });

  const panel: IndustryPanelFile = {
    region: "us",
    title: "US inventories and sales by industry (Census MWTS, MRTS; manufacturing implied)",
    titleZh: "美国分行业库存与销售(批发、零售;制造业为推算)",
    unit: "USD mn (SA)",
    lag: 2,
    source:
      "US Census Bureau: Monthly Wholesale Trade Survey (release of 2025-09-10), Monthly Retail Trade Survey (April-2025 benchmark, to 2026-05), total business inventories (MTIS, FRED BUSINV)",
    terms:
      "US Census Bureau statistics (public domain); the hosting repositories state no license (the MRTS workbooks are untouched Census downloads, SHA-256 recorded by the hosting repository).",
    provenance: [
      ref(W_INV, "Table 1b, all NAICS columns, 1992-01…2025-07"),
      ref(W_SALES, "Table 1a, all NAICS columns, 1992-01…2025-07"),
      ref(R_INV, "every year sheet, block ADJUSTED(1): total and 8 kinds of business"),
      ref(R_SALES, "every year sheet, block ADJUSTED(2): 441, 442,443 (or 442 + 443), 444, 445, 448, 452, 4522"),
      ref(BUSINV, "column BUSINV (manufacturing implied as BUSINV − wholesale − retail)"),
    ],
    derivation:
      "Levels as published (seasonally adjusted, $ millions), except 4234 excl. 42343, 452 excl. 4522 and manufacturing (see each industry's derivation).",
    caveats: [
      "Manufacturing has no sub-industries and no sales here (Census M3 by industry is not in the raw folder): note 000's 21 manufacturing industries cannot be reproduced; the total gives an inventory state only.",
      "Retail levels follow the April-2025 MRTS benchmark (employer businesses only): about 2.3 % below the 2019 vintage; growth rates differ by about 0.17 pp on average.",
      "Wholesale ends 2025-07, retail 2026-05, manufacturing (BUSINV − wholesale − retail) 2025-07, where wholesale ends: each group ends where its own data ends.",
      "Retail's 7 kinds of business exclude gasoline stations, health, sporting goods, miscellaneous and nonstore retailers (no inventory line is published for them).",
    ],
    groups: [
      {
        id: "manufacturing",
        name: "Manufacturing",
        nameZh: "制造业",
        note: "The total only (implied), inventory state only.",
      },
      {
        id: "wholesale",
        name: "Merchant wholesalers",
        nameZh: "批发业",
        note: "19 industries (NAICS 4231…4249, 4234 split into computers and the rest); add up to NAICS 42.",
      },
      {
        id: "retail",
        name: "Retail trade",
        nameZh: "零售业",
        note: "7 kinds of business with inventory lines (452 split into department stores and the rest).",
      },
    ],
    industries,
  };
  return ["data/industries/us.json", formatIndustryPanel(panel)];
}
