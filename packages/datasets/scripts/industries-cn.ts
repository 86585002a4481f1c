/**
 * China industry panel (note 000 §3, note 003): finished-goods inventory levels
 * (产成品存货, 万元) of 31 two-digit industries, Wind copy of NBS (2013-08…2023-09, no
 * Januaries: NBS publishes January and February together), with each industry's PPI chained
 * from Wind's month-on-month changes (2013-08 = 100) so that inventories can be deflated.
 * No industry revenue is in the raw folder (incoming2/PROVENANCE.md "Not found" 1): China's
 * industries carry an inventory state, not a phase.
 *
 * Also the documented China–US correspondence (`matches`), read by `kitchin sectors` and the
 * report's industries section; docs/macro.md explains each pair.
 */
import { formatMonth, monthIndex } from "@kitchin/core";
import type { ChainPosition, IndustryMatch, IndustryPanelFile, ShippedIndustry } from "../src/industries.ts";
import type { ProvenanceRef } from "../src/types.ts";
import { formatIndustryPanel, shippedArray } from "./lib/industry-json.ts";
import { windSheet, type Monthly, type Raw } from "./lib/raw.ts";
import { compare } from "./lib/series.ts";
import type { Report } from "./lib/spec.ts";

const STOCK = "incoming2/cn_finished_goods_inventory_levels_by_industry_2013_2023_citizenpu.xlsx";
const PPI = "incoming/sample_wind_edb_export_cn_ppi_mom_by_industry_2013_2023_citizenpu.xlsx";
const CITIZENPU = { repo: "citizenpu/Inventory-cycle-and-PPI", commit: "b82c0f02506bc5ec83f9c36e17ef56c542039137" };
const SOURCES: Record<string, Omit<ProvenanceRef, "file" | "use">> = {
  [STOCK]: { ...CITIZENPU, path: "中国_产成品存货&PPI.xlsx" },
  [PPI]: { ...CITIZENPU, path: "中国_PPI_环比.xlsx" },
};
const ref = (file: string, use: string): ProvenanceRef => ({ file, ...SOURCES[file], use });

type Def = [
  id: string,
  code: string,
  wind: string,
  name: string,
  nameZh: string,
  group: string,
  position: ChainPosition,
];

/** GB/T 4754-2017 two-digit codes; Wind keeps the GB/T 4754-2011 names (the column headers). */
const INDUSTRIES: Def[] = [
  ["coal", "06", "煤炭开采和洗选业", "Coal mining & washing", "煤炭开采和洗选", "mining", "upstream"],
  ["oil-gas", "07", "石油和天然气开采业", "Oil & gas extraction", "石油和天然气开采", "mining", "upstream"],
  ["ferrous-ore", "08", "黑色金属矿采选业", "Ferrous metal ore mining", "黑色金属矿采选", "mining", "upstream"],
  ["nonferrous-ore", "09", "有色金属矿采选业", "Non-ferrous metal ore mining", "有色金属矿采选", "mining", "upstream"],
  ["nonmetal-ore", "10", "非金属矿采选业", "Non-metallic mineral mining", "非金属矿采选", "mining", "upstream"],
  [
    "agri-food",
    "13",
    "农副食品加工业",
    "Agricultural & sideline food processing",
    "农副食品加工",
    "manufacturing",
    "downstream",
  ],
  ["food", "14", "食品制造业", "Food manufacturing", "食品制造", "manufacturing", "downstream"],
  [
    "beverages",
    "15",
    "酒、饮料和精制茶制造业",
    "Liquor, beverages & refined tea",
    "酒、饮料和精制茶",
    "manufacturing",
    "downstream",
  ],
  ["tobacco", "16", "烟草制品业", "Tobacco products", "烟草制品", "manufacturing", "downstream"],
  ["textiles", "17", "纺织业", "Textiles", "纺织", "manufacturing", "midstream"],
  [
    "apparel",
    "18",
    "纺织服装、服饰业",
    "Apparel & clothing accessories",
    "纺织服装、服饰",
    "manufacturing",
    "downstream",
  ],
  [
    "wood",
    "20",
    "木材加工及木、竹、藤、棕、草制品业",
    "Wood, bamboo, rattan, palm & straw products",
    "木材加工",
    "manufacturing",
    "midstream",
  ],
  ["paper", "22", "造纸及纸制品业", "Paper & paper products", "造纸及纸制品", "manufacturing", "midstream"],
  [
    "printing",
    "23",
    "印刷业和记录媒介的复制",
    "Printing & recording media",
    "印刷和记录媒介复制",
    "manufacturing",
    "downstream",
  ],
  [
    "petroleum-coal",
    "25",
    "石油、煤炭及其他燃料加工业",
    "Petroleum, coal & other fuel processing",
    "石油、煤炭及其他燃料加工",
    "manufacturing",
    "upstream",
  ],
  [
    "chemicals",
    "26",
    "化学原料及化学制品制造业",
    "Chemical raw materials & products",
    "化学原料及化学制品",
    "manufacturing",
    "upstream",
  ],
  ["pharma", "27", "医药制造业", "Pharmaceuticals", "医药制造", "manufacturing", "downstream"],
  ["chemical-fibres", "28", "化学纤维制造业", "Chemical fibres", "化学纤维", "manufacturing", "upstream"],
  [
    "rubber-plastics",
    "29",
    "橡胶和塑料制品业",
    "Rubber & plastic products",
    "橡胶和塑料制品",
    "manufacturing",
    "midstream",
  ],
  [
    "nonmetal-minerals",
    "30",
    "非金属矿物制品业",
    "Non-metallic mineral products",
    "非金属矿物制品",
    "manufacturing",
    "upstream",
  ],
  [
    "ferrous-metals",
    "31",
    "黑色金属冶炼及压延加工业",
    "Ferrous metal smelting & rolling",
    "黑色金属冶炼及压延加工",
    "manufacturing",
    "upstream",
  ],
  [
    "nonferrous-metals",
    "32",
    "有色金属冶炼及压延加工业",
    "Non-ferrous metal smelting & rolling",
    "有色金属冶炼及压延加工",
    "manufacturing",
    "upstream",
  ],
  ["metal-products", "33", "金属制品业", "Metal products", "金属制品", "manufacturing", "midstream"],
  ["general-equipment", "34", "通用设备制造业", "General-purpose machinery", "通用设备", "manufacturing", "midstream"],
  ["special-equipment", "35", "专用设备制造业", "Special-purpose machinery", "专用设备", "manufacturing", "midstream"],
  ["autos", "36", "汽车制造业", "Motor vehicles", "汽车制造", "manufacturing", "downstream"],
  [
    "other-transport",
    "37",
    "铁路、船舶、航空航天和其他运输设备制造业",
    "Railway, ship, aerospace & other transport equipment",
    "铁路、船舶、航空航天和其他运输设备",
    "manufacturing",
    "midstream",
  ],
  [
    "electrical",
    "38",
    "电气机械及器材制造业",
    "Electrical machinery & equipment",
    "电气机械和器材",
    "manufacturing",
    "midstream",
  ],
  [
    "electronics",
    "39",
    "计算机、通信和其他电子设备制造业",
    "Computers, communication & other electronic equipment",
    "计算机、通信和其他电子设备",
    "manufacturing",
    "midstream",
  ],
  ["gas", "45", "燃气生产和供应业", "Gas production & supply", "燃气生产和供应", "utilities", "midstream"],
  ["water", "46", "水的生产和供应业", "Water production & supply", "水的生产和供应", "utilities", "midstream"],
];

/**
 * China–US correspondence (note 000 §3: "关注基本金属、金属制品等链条"): China's two-digit
 * industries against the US industries that trade the same goods. The US side is wholesale
 * (merchant wholesalers hold the goods China makes) or retail where wholesale has no line.
 */
const MATCHES: [theme: string, themeZh: string, cn: string, us: string][] = [
  ["basic metals", "基本金属", "ferrous-metals", "w-metals"],
  ["basic metals", "基本金属", "nonferrous-metals", "w-metals"],
  ["metal ores & coal", "金属矿及煤炭", "coal", "w-metals"],
  ["metal products", "金属制品", "metal-products", "w-hardware"],
  ["chemicals", "化工", "chemicals", "w-chemicals"],
  ["chemicals", "化工", "chemical-fibres", "w-chemicals"],
  ["petroleum", "石油", "petroleum-coal", "w-petroleum"],
  ["petroleum", "石油", "oil-gas", "w-petroleum"],
  ["transport equipment", "运输设备", "autos", "w-motor-vehicles"],
  ["transport equipment", "运输设备", "other-transport", "w-machinery"],
  ["computers & electronics", "计算机电子", "electronics", "w-computers"],
  ["electrical equipment", "电气设备", "electrical", "w-electrical"],
  ["machinery", "机械", "general-equipment", "w-machinery"],
  ["machinery", "机械", "special-equipment", "w-professional-equipment"],
  ["construction materials", "建材", "nonmetal-minerals", "w-lumber"],
  ["wood", "木材", "wood", "w-lumber"],
  ["paper", "造纸", "paper", "w-paper"],
  ["pharmaceuticals", "医药", "pharma", "w-drugs"],
  ["apparel & textiles", "纺织服装", "apparel", "w-apparel"],
  ["apparel & textiles", "纺织服装", "textiles", "w-apparel"],
  ["food", "食品", "food", "w-grocery"],
  ["farm products", "农产品", "agri-food", "w-farm-materials"],
  ["beverages", "饮料", "beverages", "w-beer-wine"],
];

/** The `nstock` sheet: A1 `指标名称`, one column per industry, month-end dates, no footer. */
async function stockSheet(raw: Raw): Promise<Map<string, Monthly>> {
  const wb = await raw.workbook(STOCK);
  const ws = wb.getWorksheet("nstock");
  if (!ws) throw new Error(`${STOCK}: no sheet "nstock"`);
  const head = ws.getRow(1).values as unknown[];
  if (head[1] !== "指标名称") throw new Error(`${STOCK} [nstock]: cell A1 is not 指标名称`);
  const out = new Map<string, Monthly>();
  const names: string[] = [];
  for (let c = 2; c < head.length; c++) {
    names.push(String(head[c] ?? ""));
    out.set(String(head[c] ?? ""), new Map());
  }
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const vals = row.values as unknown[];
    const d = vals[1];
    if (!(d instanceof Date)) throw new Error(`${STOCK} [nstock] row ${r}: first cell is not a date`);
    const m = monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
    for (let c = 2; c < vals.length; c++) {
      const v = vals[c];
      if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
      // The electricity column holds Wind's #N/A in every row (PROVENANCE item 1: entirely empty).
      if (typeof v === "object" && (v as { error?: string }).error === "#N/A") continue;
      if (typeof v !== "number")
        throw new Error(`${STOCK} [nstock] row ${r} col ${c}: ${JSON.stringify(v)} is not a number`);
      out.get(names[c - 2])!.set(m, v);
    }
  });
  return out;
}

/** Index from month-on-month % changes: 100 in the first month, I_t = I_{t−1}·(1 + mom_t/100), 6 decimals. */
export function chainIndex(mom: Monthly, what: string): Monthly {
  const months = [...mom.keys()].sort((a, b) => a - b);
  const out: Monthly = new Map();
  let level = 100;
  for (let i = 0; i < months.length; i++) {
    if (i > 0) {
      if (months[i] !== months[i - 1] + 1)
        throw new Error(`${what}: month-on-month change missing before ${formatMonth(months[i])}`);
      level *= 1 + mom.get(months[i])! / 100;
    }
    out.set(months[i], Number(level.toFixed(6)));
  }
  return out;
}

export async function cnIndustries(raw: Raw, report: Report): Promise<[string, string]> {
  const stock = await stockSheet(raw);
  const ppi = await windSheet(raw, PPI, "中国_PPI_煤炭开采和洗选业_环比");
  const wb = await raw.workbook(STOCK);
  const chained = wb.getWorksheet("PPI");
  const industries: ShippedIndustry[] = [];
  let worstChain = 0;
  for (const [id, code, wind, name, nameZh, group, position] of INDUSTRIES) {
    const inv = stock.get(wind);
    if (!inv || inv.size === 0) throw new Error(`${STOCK} [nstock]: no data for ${wind}`);
    const mom = ppi.column(`中国:PPI:${wind}:环比`);
    // Base 2013-08 = 100 like the workbook's own chained sheet; the first MoM (2013-08) is the change into the base
    // month.
    const from = monthIndex(2013, 8);
    // 100 in its first month (2020-01 for 35 and 38, whose MoM starts then)
    const index = chainIndex(new Map([...mom].filter(([k]) => k >= from)), `${PPI} ${wind}`);
    // Cross-check against the workbook's user-derived PPI sheet (same MoM data, PROVENANCE item 1).
    if (chained) {
      const head = chained.getRow(1).values as unknown[];
      const col = head.indexOf(wind);
      if (col > 0) {
        const theirs: Monthly = new Map();
        chained.eachRow((row, r) => {
          const vals = row.values as unknown[];
          if (r === 1 || !(vals[1] instanceof Date) || typeof vals[col] !== "number") return;
          const d = vals[1] as Date;
          theirs.set(monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1), vals[col] as number);
        });
        const c = compare(index, theirs);
        worstChain = Math.max(worstChain, c.maxAbsDiff);
      }
    }
    industries.push({
      id: `cn-${id}`,
      code,
      name,
      nameZh,
      group,
      position,
      inventory: shippedArray(inv, id),
      price: shippedArray(index, `${id} PPI`),
    });
  }
  const empty = stock.get("电力、热力的生产和供应业");
  report.cnIndustries = {
    industries: industries.length,
    electricityColumnEmpty: !empty || empty.size === 0,
    chainedPpiVsWorkbookMaxAbs: Number(worstChain.toFixed(6)),
  };
  const ids = new Set(industries.map((x) => x.id));
  const matches: IndustryMatch[] = MATCHES.map(([theme, themeZh, cn, us]) => {
    if (!ids.has(`cn-${cn}`)) throw new Error(`match ${theme}: no China industry ${cn}`);
    return { theme, themeZh, cn: `cn-${cn}`, us };
  });
  const panel: IndustryPanelFile = {
    region: "cn",
    title: "China finished-goods inventories by industry (NBS via Wind) with industry PPI",
    titleZh: "中国分行业产成品存货(国家统计局,Wind)及分行业PPI",
    unit: "RMB 10k (万元)",
    lag: 1,
    source:
      "NBS 规模以上工业企业 产成品存货 by two-digit industry, Wind EDB copy; industry PPI month-on-month (Wind 中国:PPI:<行业>:环比)",
    terms:
      "Official NBS statistics (public facts) in a Wind EDB copy re-published on GitHub by a third party; the hosting repository states no license; redistribution rights of the vendor copy are unclear.",
    provenance: [
      ref(
        STOCK,
        "sheet nstock: 31 industries with data, 2013-08…2023-09 (no Januaries); sheet PPI only as a cross-check",
      ),
      ref(PPI, "sheet 中国_PPI_煤炭开采和洗选业_环比: 31 industries' PPI month-on-month, 2013-08…2023-10"),
    ],
    derivation:
      "Inventory levels as published (万元); price = PPI chained from month-on-month changes, 2013-08 = 100, 6 decimals. Real inventories (computed, not shipped) = level / price × 100.",
    caveats: [
      "No Januaries (NBS publishes January and February together): the January YoY is missing and a state is carried over that single month.",
      "Levels are not NBS's comparable-sample YoY: the sum's YoY misses the official one by 1.6 pp on average (4.5 pp in 2018-12).",
      "31 of NBS's 41 industries (electricity/heat is empty in the source; leather, furniture, stationery, instruments and others are absent); no industry revenue, so no phase — inventory state only.",
      "Ends 2023-09. PPI month-on-month for special equipment (35) and electrical machinery (38) starts 2020-01 in the source: their price index is 100 there and real inventories start 2021-01.",
    ],
    groups: [
      { id: "mining", name: "Mining", nameZh: "采矿业", note: "5 industries (06–10); 11 and 12 absent." },
      {
        id: "manufacturing",
        name: "Manufacturing",
        nameZh: "制造业",
        note: "24 industries (13–39 with data; 19, 21, 24, 40–43 absent).",
      },
      {
        id: "utilities",
        name: "Utilities",
        nameZh: "公用事业",
        note: "Gas (45) and water (46); electricity and heat (44) is empty in the source.",
      },
    ],
    industries,
    matches,
  };
  return ["data/industries/cn.json", formatIndustryPanel(panel)];
}
