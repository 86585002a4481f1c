/**
 * China macro recipes: prices, money, trade, retail sales, PMI, profit, credit and
 * investment. Raw files and caveats: shared/data/cn/PROVENANCE.md.
 */
import { calendarMonthOf, monthIndex } from "@kitchin/core";
import { csvColumn, type Monthly, type Raw, windSheet } from "./lib/raw.ts";
import { assertAgree, compare, merge, restrict, round6, span } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";
import { extendPmi } from "./cn-pmi-components.ts";
import { INVDATA, KRYSTAL, M1M2, NBS_CUM, PROFIT, ak } from "./lib/cn-common.ts";

export async function chinaMacro(raw: Raw, report: Report): Promise<Built[]> {
  const out: Built[] = [];
  const invRows = raw.csv(INVDATA);
  const profitSheet = await windSheet(raw, KRYSTAL, "工业企业利润");
  const priceSheet = await windSheet(raw, KRYSTAL, "价格");
  const moneySheet = await windSheet(raw, KRYSTAL, "货币供给");
  const tradeSheet = await windSheet(raw, KRYSTAL, "国际商品贸易");
  const pmiSheet = await windSheet(raw, KRYSTAL, "PMI");
  const faiSheet = await windSheet(raw, KRYSTAL, "固定资产投资");

  // ---- prices ----
  const ppiA = csvColumn(invRows, "ppi_yoy", { file: INVDATA });
  const ppiK = priceSheet.column("PPI:全部工业品:当月同比");
  const ppiAk = csvColumn(raw.csv(ak("ppi")), "yoy", { file: ak("ppi") });
  const chkPpiK = assertAgree("PPI invdata vs Krystal", ppiA, ppiK, 0.0051, 200);
  const chkPpiAk = compare(ppiA, ppiAk);
  if (chkPpiAk.maxAbsDiff > 0.21)
    throw new Error(`PPI invdata vs akshare differ by ${chkPpiAk.maxAbsDiff} at ${chkPpiAk.maxAt}`);
  const ppi = merge(ppiA, restrict(ppiK, 0, monthIndex(1996, 12)), ppiAk);
  report.ppiSources = { invdataVsKrystal: chkPpiK, invdataVsAkshare: chkPpiAk };
  out.push({
    meta: {
      id: "cn.ppi_yoy",
      group: "macro",
      name: "PPI, all industrial products, YoY",
      nameZh: "PPI:全部工业品:当月同比",
      unit: "%",
      kind: "yoy",
      source: "NBS via Wind EDB M0001227; akshare (EastMoney) for the latest month",
      provenance: [
        prov(INVDATA, "column ppi_yoy, 1997-01 on"),
        prov(KRYSTAL, "sheet 价格, column PPI:全部工业品:当月同比, 1996-10…1996-12"),
        prov(ak("ppi"), "column yoy, months after invdata ends"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published: invdata (Wind) from 1997-01, Krystal (Wind) before, akshare after invdata ends; overlaps agree (see build-report.json ppiSources).",
      caveats: [],
    },
    data: ppi,
  });

  const cpiK = priceSheet.column("CPI:当月同比");
  const cpiAk = csvColumn(raw.csv(ak("cpi")), "yoy", { file: ak("cpi") });
  const chkCpi = compare(cpiK, cpiAk);
  if (chkCpi.maxAbsDiff > 0.21)
    throw new Error(`CPI Krystal vs akshare differ by ${chkCpi.maxAbsDiff} at ${chkCpi.maxAt}`);
  report.cpiSources = { krystalVsAkshare: chkCpi };
  out.push({
    meta: {
      id: "cn.cpi_yoy",
      group: "macro",
      name: "CPI, YoY",
      nameZh: "CPI:当月同比",
      unit: "%",
      kind: "yoy",
      source: "NBS via Wind (to 2022-11) and akshare/EastMoney (after)",
      provenance: [
        prov(KRYSTAL, "sheet 价格, column CPI:当月同比, to 2022-11"),
        prov(ak("cpi"), "column yoy, 2022-12 on"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published; Krystal through its last month, akshare after. Overlap 2008–2022 checked (build-report.json cpiSources).",
      caveats: [],
    },
    data: merge(cpiK, cpiAk),
  });

  // ---- money ----
  const msRows = raw.csv(ak("money_supply"));
  for (const [col, id, zh, wind] of [
    ["m1_yoy", "cn.m1_yoy", "M1:同比", "M0001383"],
    ["m2_yoy", "cn.m2_yoy", "M2:同比", "M0001385"],
  ] as const) {
    const a = csvColumn(raw.csv(M1M2), col, { file: M1M2 });
    const b = csvColumn(msRows, col, { file: ak("money_supply") });
    const c = compare(a, b);
    const before2024 = compare(a, b, -Infinity, monthIndex(2023, 12));
    if (before2024.maxAbsDiff > 0.51)
      throw new Error(`${id}: invdata vs akshare differ by ${before2024.maxAbsDiff} at ${before2024.maxAt}`);
    report[`${id}Sources`] = { invdataVsAkshare: c, invdataVsAkshareTo2023: before2024 };
    out.push({
      meta: {
        id,
        group: "macro",
        name: `${col.slice(0, 2).toUpperCase()} money supply, YoY`,
        nameZh: zh,
        unit: "%",
        kind: "yoy",
        source: `PBOC via Wind EDB ${wind}; akshare/EastMoney for months after invdata ends`,
        provenance: [prov(M1M2, `column ${col}`), prov(ak("money_supply"), `column ${col}, months after invdata ends`)],
        terms: TERMS.cnWind,
        lag: 1,
        derivation: "As published; invdata (Wind) from 1997-01, akshare after it ends.",
        caveats:
          id === "cn.m1_yoy"
            ? [
                `PBOC broadened the M1 definition in 2025-01 (adds personal demand deposits etc.). The Wind copy carries 2024 values restated on the new definition (akshare's old-definition 2024 values differ by up to ${round6(c.maxAbsDiff)} pp, at ${c.maxAt}); no break adjustment before 2024.`,
              ]
            : [],
      },
      data: merge(a, b),
    });
  }

  // ---- trade, PMI, profit, credit, investment ----
  const expK = tradeSheet.column("出口金额:当月同比");
  const expAk = csvColumn(raw.csv(ak("exports")), "yoy", { file: ak("exports") });
  const chkExp = compare(expK, expAk);
  report.exportsSources = { krystalVsAkshare: chkExp };
  out.push({
    meta: {
      id: "cn.exports_yoy",
      group: "macro",
      name: "Exports (USD), YoY",
      nameZh: "出口金额:当月同比",
      unit: "%",
      kind: "yoy",
      source: "GACC (海关总署) via Wind (to 2022-11) and akshare/EastMoney (after)",
      provenance: [
        prov(KRYSTAL, "sheet 国际商品贸易, column 出口金额:当月同比"),
        prov(ak("exports"), "column yoy, after 2022-11"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published; Krystal through its last month, akshare after (overlap in build-report.json exportsSources).",
      caveats: [
        "January and February single-month values around Chinese New Year are volatile (and partly vendor-split from the Jan–Feb release).",
      ],
    },
    data: merge(expK, expAk),
  });

  const impK = tradeSheet.column("进口金额:当月同比");
  const impAk = csvColumn(raw.csv(ak("imports")), "yoy", { file: ak("imports") });
  const chkImp = compare(impK, impAk);
  report.importsSources = { krystalVsAkshare: chkImp };
  out.push({
    meta: {
      id: "cn.imports_yoy",
      group: "macro",
      name: "Imports (USD), YoY",
      nameZh: "进口金额:当月同比",
      unit: "%",
      kind: "yoy",
      source: "GACC (海关总署) via Wind (to 2022-11) and akshare/EastMoney (after)",
      provenance: [
        prov(KRYSTAL, "sheet 国际商品贸易, column 进口金额:当月同比"),
        prov(ak("imports"), "column yoy, after 2022-11"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published; Krystal through its last month, akshare after (overlap in build-report.json importsSources).",
      caveats: [
        "January and February single-month values around Chinese New Year are volatile (and partly vendor-split from the Jan–Feb release).",
      ],
    },
    data: merge(impK, impAk),
  });

  // retail sales: NBS single-month YoY with Jan–Feb combined (same rule as cn.iva_yoy)
  const consSheet = await windSheet(raw, KRYSTAL, "消费");
  const rsM = consSheet.column("社会消费品零售总额:当月同比");
  const rsC = consSheet.column("社会消费品零售总额:累计同比");
  const rsRows = raw.csv(ak("retail_sales"));
  const rsAkM = csvColumn(rsRows, "yoy", { file: ak("retail_sales") });
  const rsAkC = csvColumn(rsRows, "ytd_yoy", { file: ak("retail_sales") });
  const retail: Monthly = new Map();
  const janFebRule = (monthly: Monthly, cum: Monthly, into: Monthly, from = -Infinity) => {
    for (const [m, v] of monthly) if (m >= from && calendarMonthOf(m) >= 3) into.set(m, v);
    for (const [m, v] of cum) if (m >= from && calendarMonthOf(m) === 2) into.set(m, v);
  };
  janFebRule(rsM, rsC, retail);
  const rsLastK = Math.max(span(rsM)[1], span(rsC)[1]);
  const rsAk: Monthly = new Map();
  janFebRule(rsAkM, rsAkC, rsAk);
  report.retailSources = { krystalVsAkshare: compare(retail, rsAk) };
  for (const [m, v] of rsAk) if (m > rsLastK) retail.set(m, v);
  out.push({
    meta: {
      id: "cn.retail_sales_yoy",
      group: "macro",
      name: "Retail sales of consumer goods, YoY (single month)",
      nameZh: "社会消费品零售总额:当月同比",
      unit: "%",
      kind: "yoy",
      source: "NBS via Wind (to 2022-11) and akshare/EastMoney (after)",
      provenance: [
        prov(KRYSTAL, "sheet 消费, columns 社会消费品零售总额:当月同比 (Mar–Dec) and 累计同比 (Feb)"),
        prov(ak("retail_sales"), "columns yoy (Mar–Dec) and ytd_yoy (Feb), after 2022-11"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published, March–December; January blank and February = the Jan–Feb combined YoY (as cn.iva_yoy). Overlap of the two copies in build-report.json retailSources.",
      caveats: [
        "January blank; February = Jan–Feb combined.",
        "Krystal has annual values before the monthly era; only months with a published value are kept.",
      ],
    },
    data: restrict(retail, monthIndex(1990, 1), Infinity),
  });

  const pmiK = pmiSheet.column("PMI");
  const pmiAk = csvColumn(raw.csv(ak("manufacturing_pmi")), "value", { file: ak("manufacturing_pmi") });
  report.pmiSources = { krystalVsAkshare: assertAgree("PMI Krystal vs akshare", pmiK, pmiAk, 1e-9, 100) };
  const pmiMeta = (id: string, name: string, zh: string, col: string, extra = "") => ({
    id,
    group: "macro" as const,
    name,
    nameZh: zh,
    unit: "index (50 = no change)",
    kind: "diffusion" as const,
    source: "NBS / CFLP official manufacturing PMI via Wind" + extra,
    provenance: [prov(KRYSTAL, `sheet PMI, column ${col}`)],
    terms: TERMS.cnWind,
    lag: 0,
    derivation: "As published (seasonally adjusted diffusion index).",
    caveats: ["Released on the last day of the reference month (lag 0)."],
  });
  out.push({
    meta: {
      ...pmiMeta("cn.pmi", "Official manufacturing PMI", "制造业PMI", "PMI", "; akshare/EastMoney after 2022-11"),
      provenance: [
        prov(KRYSTAL, "sheet PMI, column PMI"),
        prov(ak("manufacturing_pmi"), "column value, after 2022-11"),
      ],
    },
    data: merge(pmiK, pmiAk),
  });
  for (const [id, name, zh, col] of [
    [
      "cn.pmi_finished_inventory",
      "Manufacturing PMI: finished-goods inventory",
      "制造业PMI:产成品库存",
      "PMI:产成品库存",
    ],
    ["cn.pmi_raw_inventory", "Manufacturing PMI: raw-materials inventory", "制造业PMI:原材料库存", "PMI:原材料库存"],
    ["cn.pmi_new_orders", "Manufacturing PMI: new orders", "制造业PMI:新订单", "PMI:新订单"],
  ] as const) {
    const meta = pmiMeta(id, name, zh, col);
    const ext = extendPmi(raw, id, pmiSheet.column(col)); // incoming2 months after 2022-11
    report[`${id}Sources`] = { workbookVsIncoming2: ext.check };
    meta.provenance = [...meta.provenance, ext.provenance];
    meta.source += "; incoming2 Wind EDB copy after 2022-11";
    out.push({ meta, data: ext.data });
  }

  const profitK = profitSheet.column("工业企业:利润总额:累计同比");
  const profitI = csvColumn(raw.csv(PROFIT), "cum_yoy", { file: PROFIT });
  report.profitSources = { krystalVsInvdata: assertAgree("profit Krystal vs invdata", profitK, profitI, 1e-9, 80) };
  out.push({
    meta: {
      id: "cn.profit_yoy",
      group: "macro",
      name: "Industrial enterprises: total profit, cumulative YoY",
      nameZh: "规模以上工业企业:利润总额:累计同比",
      unit: "%",
      kind: "cumulative_yoy",
      source: "NBS via Wind (M0000557)",
      provenance: [
        prov(KRYSTAL, "sheet 工业企业利润, column 工业企业:利润总额:累计同比"),
        prov(PROFIT, "column cum_yoy, after 2022-10"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published; Krystal to 2022-10, invdata after (identical on their 86 common months, checked at build).",
      caveats: [
        NBS_CUM,
        "NBS restates the prior-year base: the YoY is not the ratio of published levels.",
        "2025–2026 values not independently verified.",
      ],
    },
    data: merge(profitK, profitI),
  });

  const tsf = csvColumn(raw.csv(ak("social_financing")), "value", { file: ak("social_financing") });
  out.push({
    meta: {
      id: "cn.tsf_flow",
      group: "macro",
      name: "Total social financing, monthly flow (increment)",
      nameZh: "社会融资规模增量:当月值",
      unit: "RMB 100 mn",
      kind: "level",
      source: "PBOC via akshare (EastMoney mirror)",
      provenance: [prov(ak("social_financing"), "column value")],
      terms: TERMS.cnAkshare,
      lag: 1,
      derivation: "As published: the monthly FLOW (increment), not stock growth.",
      caveats: [
        "A flow, heavily seasonal (large January prints); compare with the year-earlier month.",
        "Stock growth is cn.tsf_stock_yoy (sparse).",
      ],
    },
    data: tsf,
  });
  out.push({
    meta: {
      id: "cn.tsf_stock_yoy",
      group: "macro",
      name: "Total social financing, outstanding stock, YoY",
      nameZh: "社会融资规模存量:同比",
      unit: "%",
      kind: "yoy",
      source: "PBOC via Wind",
      provenance: [prov(KRYSTAL, "sheet 货币供给, column 社会融资规模存量:同比")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published: growth of the STOCK.",
      caveats: [
        "Not a complete monthly series: year-end values only 2003–2014, quarterly in 2015, monthly from 2016; ends 2022-11. Blank months are not interpolated.",
      ],
    },
    data: moneySheet.column("社会融资规模存量:同比"),
  });

  const faiK = faiSheet.column("固定资产投资完成额:累计同比");
  out.push({
    meta: {
      id: "cn.fai_cum_yoy",
      group: "macro",
      name: "Fixed-asset investment, cumulative YoY",
      nameZh: "固定资产投资完成额:累计同比",
      unit: "%",
      kind: "cumulative_yoy",
      source: "NBS via Wind",
      provenance: [
        prov(KRYSTAL, "sheet 固定资产投资, column 固定资产投资完成额:累计同比 (first of the two identical columns)"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published (first monthly value 1992-02; some early years have gaps, left blank).",
      caveats: [
        NBS_CUM,
        "Ends 2022-11: akshare's fixed_asset_investment.csv has no usable cumulative YoY column.",
        "Scope changed several times (project threshold 500k → 5 mn RMB in 2011; excludes rural households from 2011).",
      ],
    },
    data: restrict(faiK, monthIndex(1992, 1), Infinity),
  });

  return out;
}
