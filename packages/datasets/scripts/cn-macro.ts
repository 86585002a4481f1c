/**
 * China macro recipes (issue 3 §3). Raw files and their caveats: shared/data/cn/PROVENANCE.md.
 */
import { calendarMonthOf, formatMonth, monthIndex } from "@kitchin/core";
import { FLAG_ANOMALY, FLAG_PROXY } from "../src/types.ts";
import { csvColumn, type Monthly, type Raw, windSheet } from "./lib/raw.ts";
import { assertAgree, compare, merge, restrict, round6, span } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";

const INVDATA = "cn/cn_finished_goods_inventory_yoy_ppi_1997_2026_invdata.csv";
const M1M2 = "cn/cn_m1_m2_yoy_1997_2026_invdata.csv";
const PROFIT = "cn/cn_industrial_profit_ytd_2015_2026_invdata.csv";
const KRYSTAL = "cn/cn_macro_wind_workbook_1990_2022_krystal.xlsx";
const NUODE = "cn/cn_ind_revenue_finished_inventory_yoy_2000_2019_nuode.xlsx";
const DASH = "cn/cn_macro_series_data_2016_2026_tsvetoslavtsachev.json";
const ak = (n: string) => `cn/nbs_akshare_monthly/${n}.csv`;

const isJan = (m: number) => calendarMonthOf(m) === 1;
const NBS_CUM =
  "NBS publishes year-to-date (累计) figures with January and February combined: January is blank; the February value covers Jan–Feb.";
const QUARTERLY_GAP = "2007-03…2010-12: NBS/Wind values exist only for Feb, May, Aug and Nov; the other months are blank (not interpolated).";
const SCOPE = "'规模以上' (above-designated-size) threshold raised from RMB 5 mn to 20 mn revenue in 2011; YoY figures are NBS comparable-basis rates, not computed from published levels.";

export async function chinaMacro(raw: Raw, report: Report): Promise<Built[]> {
  const out: Built[] = [];
  const invRows = raw.csv(INVDATA);
  const profitSheet = await windSheet(raw, KRYSTAL, "工业企业利润");
  const priceSheet = await windSheet(raw, KRYSTAL, "价格");
  const ivaSheet = await windSheet(raw, KRYSTAL, "工业增加值");
  const moneySheet = await windSheet(raw, KRYSTAL, "货币供给");
  const tradeSheet = await windSheet(raw, KRYSTAL, "国际商品贸易");
  const pmiSheet = await windSheet(raw, KRYSTAL, "PMI");
  const faiSheet = await windSheet(raw, KRYSTAL, "固定资产投资");
  const nuode = await nuodeColumns(raw);

  // ---- cn.inventory_yoy: Wind M0000561 in three files that agree ----
  const invA = csvColumn(invRows, "inventory_yoy", { file: INVDATA });
  const invK = profitSheet.column("工业企业:产成品存货:同比");
  const chkK = assertAgree("inventory invdata vs Krystal", invA, invK, 1e-9, 200);
  // nuode back-fills blanks (Jan = Feb copy; 2007–2010 look-ahead fill): compare only where invdata publishes
  const chkN = assertAgree("inventory invdata vs nuode", invA, restrict(nuode.inventory, 0, Infinity), 1e-9, 150);
  for (const m of invA.keys()) if (isJan(m)) throw new Error(`invdata has a January inventory value at ${formatMonth(m)}`);
  const inventory = merge(invA, restrict(invK, monthIndex(1996, 2), monthIndex(1996, 12)));
  for (let m = monthIndex(2007, 3); m <= monthIndex(2010, 12); m++) {
    const mo = calendarMonthOf(m);
    if (inventory.has(m) !== (mo === 2 || mo === 5 || mo === 8 || mo === 11)) throw new Error(`inventory 2007–2010 pattern broken at ${formatMonth(m)}`);
  }
  const anomaly = monthIndex(2019, 3);
  if (inventory.get(anomaly) !== 0.3) throw new Error("cn.inventory_yoy 2019-03 is not 0.3");
  report.inventorySources = { invdataVsKrystal: chkK, invdataVsNuode: chkN };
  out.push({
    meta: {
      id: "cn.inventory_yoy",
      group: "macro",
      name: "Industrial enterprises: finished-goods inventory, YoY",
      nameZh: "规模以上工业企业:产成品存货:同比",
      unit: "%",
      kind: "yoy",
      source: "NBS (国家统计局) via Wind EDB M0000561",
      provenance: [
        prov(INVDATA, "column inventory_yoy, 1997-01 on"),
        prov(KRYSTAL, "sheet 工业企业利润, column 工业企业:产成品存货:同比, 1996-02…1996-12 (and agreement check)"),
        prov(NUODE, "column 工业企业: 产成品存货: 累计同比 (agreement check only)"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published (period-end stock YoY; Wind labels it 累计同比). invdata from 1997-01, Krystal for 1996-02…1996-12; the three files agree to 0.00 on every common month (checked at build).",
      caveats: [
        "January is not published (blank).",
        QUARTERLY_GAP,
        "2019-03 = 0.3 is a known Wind/NBS base-change glitch between 6.2 and 4.9: kept as published and flagged `anomaly`.",
        SCOPE,
        "2025–2026 values could not be independently verified (invdata only).",
      ],
    },
    data: inventory,
    flags: new Map([[anomaly, FLAG_ANOMALY]]),
  });

  // ---- cn.revenue_yoy ----
  const revK = profitSheet.column("工业企业:主营业务收入:累计同比");
  const chkRev = assertAgree("revenue Krystal vs nuode", revK, nuode.revenue, 1e-9, 150, monthIndex(2000, 2), monthIndex(2018, 12));
  const rev2019 = restrict(nuode.revenue, monthIndex(2019, 2), monthIndex(2019, 4));
  const revenue = merge(restrict(revK, 0, monthIndex(2018, 12)), rev2019);
  report.revenueSources = { krystalVsNuode: chkRev };
  out.push({
    meta: {
      id: "cn.revenue_yoy",
      group: "macro",
      name: "Industrial enterprises: revenue, cumulative YoY",
      nameZh: "规模以上工业企业:营业收入:累计同比",
      unit: "%",
      kind: "cumulative_yoy",
      source: "NBS via Wind (主营业务收入累计同比 to 2018-12; 营业收入累计同比 2019-02…2019-04)",
      provenance: [
        prov(KRYSTAL, "sheet 工业企业利润, column 工业企业:主营业务收入:累计同比, 1996-02…2018-12"),
        prov(NUODE, "column 工业企业: 营业收入: 累计同比, 2019-02…2019-04 (its 2019-01 is a copy of Feb and is dropped)"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published. Main-business revenue (主营业务收入) through 2018-12, then operating revenue (营业收入) 2019-02…2019-04; nuode's column equals Krystal's on every common month 2000–2018 (checked at build).",
      caveats: [
        NBS_CUM,
        QUARTERLY_GAP,
        "Definition change: NBS replaced 主营业务收入 by 营业收入 from 2019.",
        "No public revenue data after 2019-04 was found; use cn.demand_yoy (spliced with the nominal-output proxy) for phases.",
        SCOPE,
      ],
    },
    data: revenue,
  });

  // ---- prices ----
  const ppiA = csvColumn(invRows, "ppi_yoy", { file: INVDATA });
  const ppiK = priceSheet.column("PPI:全部工业品:当月同比");
  const ppiAk = csvColumn(raw.csv(ak("ppi")), "yoy", { file: ak("ppi") });
  const chkPpiK = assertAgree("PPI invdata vs Krystal", ppiA, ppiK, 0.0051, 200);
  const chkPpiAk = compare(ppiA, ppiAk);
  if (chkPpiAk.maxAbsDiff > 0.21) throw new Error(`PPI invdata vs akshare differ by ${chkPpiAk.maxAbsDiff} at ${chkPpiAk.maxAt}`);
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
      derivation: "As published: invdata (Wind) from 1997-01, Krystal (Wind) before, akshare after invdata ends; overlaps agree (see build-report.json ppiSources).",
      caveats: [],
    },
    data: ppi,
  });

  const cpiK = priceSheet.column("CPI:当月同比");
  const cpiAk = csvColumn(raw.csv(ak("cpi")), "yoy", { file: ak("cpi") });
  const chkCpi = compare(cpiK, cpiAk);
  if (chkCpi.maxAbsDiff > 0.21) throw new Error(`CPI Krystal vs akshare differ by ${chkCpi.maxAbsDiff} at ${chkCpi.maxAt}`);
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
      provenance: [prov(KRYSTAL, "sheet 价格, column CPI:当月同比, to 2022-11"), prov(ak("cpi"), "column yoy, 2022-12 on")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published; Krystal through its last month, akshare after. Overlap 2008–2022 checked (build-report.json cpiSources).",
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
    if (before2024.maxAbsDiff > 0.51) throw new Error(`${id}: invdata vs akshare differ by ${before2024.maxAbsDiff} at ${before2024.maxAt}`);
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

  // ---- industrial value added ----
  const ivaMK = ivaSheet.column("工业增加值:当月同比");
  const ivaCK = ivaSheet.column("工业增加值:累计同比");
  const dash = raw.json<{ series: Record<string, { chart: { dates: string[]; values: number[] } }> }>(DASH);
  const ipRelease = dash.series.CN_IP_YOY.chart;
  const ipDash: Monthly = new Map();
  ipRelease.dates.forEach((d, i) => {
    const m = monthIndex(+d.slice(0, 4), +d.slice(5, 7)) - 1; // release month − 1 = reference month
    const v = ipRelease.values[i];
    if (ipDash.has(m) && ipDash.get(m) !== v) throw new Error(`CN_IP_YOY: two different values for ${formatMonth(m)}`);
    ipDash.set(m, v);
  });
  const ipNbs: Monthly = new Map();
  const nbsChart = dash.series.CN_IP_YOY_NBS.chart;
  nbsChart.dates.forEach((d, i) => ipNbs.set(monthIndex(+d.slice(0, 4), +d.slice(5, 7)), nbsChart.values[i]));
  const chkIpNbs = assertAgree("IVA dashboard akshare vs NBS", ipDash, ipNbs, 1e-9, 3);
  // Jan–Feb: NBS publishes one combined figure (= the cumulative YoY at Feb); Wind's single-month Jan/Feb are vendor estimates.
  const ivaMonthly: Monthly = new Map();
  for (const [m, v] of ivaMK) {
    const mo = calendarMonthOf(m);
    if (mo >= 3) ivaMonthly.set(m, v);
  }
  for (const [m, v] of ivaCK) if (calendarMonthOf(m) === 2) ivaMonthly.set(m, v);
  const lastK = span(ivaMK)[1];
  const chkIpK = assertAgree("IVA Krystal vs dashboard (Mar–Dec; Feb = cum)", ivaMonthly, ipDash, 1e-9, 40);
  for (const [m, v] of merge(ipDash, ipNbs)) if (m > lastK) ivaMonthly.set(m, v);
  report.ivaSources = { krystalVsDashboard: chkIpK, dashboardVsNbs: chkIpNbs };
  out.push({
    meta: {
      id: "cn.iva_yoy",
      group: "macro",
      name: "Industrial value added, YoY (single month)",
      nameZh: "规模以上工业增加值:当月同比",
      unit: "%",
      kind: "yoy",
      source: "NBS via Wind (to 2022-11) and akshare/NBS (tsvetoslavtsachev/china-macro-dashboard, 2022-12 on)",
      provenance: [
        prov(KRYSTAL, "sheet 工业增加值, columns 工业增加值:当月同比 (Mar–Dec) and 工业增加值:累计同比 (Feb)"),
        prov(DASH, "series CN_IP_YOY (release dates → reference month = release month − 1) and CN_IP_YOY_NBS, 2022-12 on"),
      ],
      terms: TERMS.cnAkshare,
      lag: 1,
      derivation:
        "As published, March–December. January is blank and February carries the Jan–Feb combined YoY (NBS's only release for those months; methods.md §1); Wind's vendor-computed single-month January/February values are dropped. Sources agree exactly on their overlap (build-report.json ivaSources).",
      caveats: ["January blank; February = Jan–Feb combined.", "2026 values not found in any public raw file (series ends 2025-12)."],
    },
    data: ivaMonthly,
  });

  // cumulative IVA YoY: published to 2022-11; afterwards Feb is published (Jan–Feb), other months approximated
  const ivaCum: Monthly = new Map();
  for (const [m, v] of ivaCK) if (!isJan(m)) ivaCum.set(m, v);
  const cumFlags = new Map<number, number>();
  const lastCum = span(ivaCK)[1];
  const [, lastMonthly] = span(ivaMonthly);
  for (let m = lastCum + 1; m <= lastMonthly; m++) {
    const mo = calendarMonthOf(m);
    const g = ivaMonthly.get(m);
    if (g === undefined || mo === 1) continue;
    if (mo === 2) ivaCum.set(m, g);
    else {
      const prev = ivaCum.get(m - 1);
      if (prev === undefined) continue;
      ivaCum.set(m, round6(((mo - 1) * prev + g) / mo));
      cumFlags.set(m, FLAG_PROXY);
    }
  }
  report.ivaCumApproximation = ivaCumApproxError(ivaCK, ivaMonthly);
  out.push({
    meta: {
      id: "cn.iva_cum_yoy",
      group: "macro",
      name: "Industrial value added, cumulative YoY",
      nameZh: "规模以上工业增加值:累计同比",
      unit: "%",
      kind: "cumulative_yoy",
      source: "NBS via Wind (to 2022-11); approximated from single-month YoY after (flagged proxy)",
      provenance: [prov(KRYSTAL, "sheet 工业增加值, column 工业增加值:累计同比"), prov(DASH, "series CN_IP_YOY / CN_IP_YOY_NBS for months after 2022-11")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "As published through 2022-11 (January dropped: Wind's January values are vendor estimates). After 2022-11 the published Jan–Feb figure is used for February and March…December are approximated as C_m = ((k−1)·C_{m−1} + g_m)/k with k the calendar month (equal month weights, Jan–Feb counted as two months), flagged `proxy`; error of this approximation measured on 2012–2022 in build-report.json ivaCumApproximation.",
      caveats: [NBS_CUM, "Months after 2022-11 other than February are approximations (flag proxy)."],
    },
    data: ivaCum,
    flags: cumFlags,
  });

  // ---- nominal output proxy and cn.demand_yoy ----
  const nominal: Monthly = new Map();
  const nominalFlags = new Map<number, number>();
  for (const [m, c] of ivaCum) {
    const mo = calendarMonthOf(m);
    let s = 0;
    let ok = true;
    for (let k = m - mo + 1; k <= m; k++) {
      const p = ppi.get(k);
      if (p === undefined) ok = false;
      else s += p;
    }
    if (!ok) continue;
    nominal.set(m, round6(c + s / mo));
    if (cumFlags.has(m)) nominalFlags.set(m, FLAG_PROXY);
  }
  const stats = proxyStats(revenue, nominal, monthIndex(2000, 1), monthIndex(2018, 12));
  report.nominalOutputVsRevenue = stats;
  out.push({
    meta: {
      id: "cn.nominal_output_yoy",
      group: "macro",
      name: "Nominal industrial output proxy: IVA cumulative YoY + YTD mean PPI YoY",
      nameZh: "名义工业产出代理:工业增加值累计同比+PPI同比年内均值",
      unit: "%",
      kind: "cumulative_yoy",
      source: "Derived from cn.iva_cum_yoy and cn.ppi_yoy (NBS)",
      provenance: [prov(KRYSTAL, "via cn.iva_cum_yoy"), prov(INVDATA, "via cn.ppi_yoy"), prov(DASH, "via cn.iva_cum_yoy after 2022-11")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "cn.iva_cum_yoy(m) + mean of cn.ppi_yoy over January…m of the same year (note 003: revenue ≈ industrial value added × PPI). Months whose IVA cumulative YoY is approximated carry the `proxy` flag.",
      caveats: [
        `Measured against cn.revenue_yoy 2000–2018 (${stats.n} common months): correlation ${stats.correlation}, mean gap (revenue − proxy) ${stats.meanGap} pp, 3-month direction agreement ${stats.directionAgreement3m} (${stats.directionN} pairs).`,
        "Real value added × price is not revenue: the inventory/sales ratio and the revenue of non-value-added inputs are ignored.",
      ],
    },
    data: nominal,
    flags: nominalFlags,
  });

  const spliceAt = span(revenue)[1]; // 2019-04
  const adjWindow = 24;
  const adj = meanGap(revenue, nominal, spliceAt - adjWindow + 1, spliceAt);
  const demand: Monthly = new Map(revenue);
  const demandFlags = new Map<number, number>();
  for (const [m, v] of nominal) {
    if (m <= spliceAt) continue;
    demand.set(m, round6(v + adj.gap));
    demandFlags.set(m, FLAG_PROXY);
  }
  const full = meanGap(revenue, nominal, monthIndex(2000, 1), monthIndex(2018, 12));
  const gapBy = (a: number, b: number) => {
    const g = meanGap(revenue, nominal, a, b);
    return { period: `${formatMonth(a)}…${formatMonth(b)}`, months: g.n, meanGap: round6(g.gap) };
  };
  report.demandSplice = {
    spliceAfter: formatMonth(spliceAt),
    levelAdjustment: round6(adj.gap),
    adjustmentWindow: `${formatMonth(spliceAt - adjWindow + 1)}…${formatMonth(spliceAt)}`,
    adjustmentMonths: adj.n,
    gapByPeriod: [
      gapBy(monthIndex(2000, 1), monthIndex(2006, 12)),
      gapBy(monthIndex(2007, 1), monthIndex(2010, 12)),
      gapBy(monthIndex(2011, 1), monthIndex(2014, 12)),
      gapBy(monthIndex(2015, 1), monthIndex(2018, 12)),
      gapBy(spliceAt - adjWindow + 1, spliceAt),
    ],
    errorAfterAdjustment: {
      recentWindowAdjustment: {
        adjustment: round6(adj.gap),
        inWindow: adjustedError(revenue, nominal, adj.gap, spliceAt - adjWindow + 1, spliceAt),
        over2000to2018: adjustedError(revenue, nominal, adj.gap, monthIndex(2000, 1), monthIndex(2018, 12)),
      },
      fullSampleAdjustment: {
        adjustment: round6(full.gap),
        inWindow: adjustedError(revenue, nominal, full.gap, spliceAt - adjWindow + 1, spliceAt),
        over2000to2018: adjustedError(revenue, nominal, full.gap, monthIndex(2000, 1), monthIndex(2018, 12)),
      },
    },
  };
  out.push({
    meta: {
      id: "cn.demand_yoy",
      group: "macro",
      name: "Industrial demand: revenue cumulative YoY, spliced with the level-adjusted nominal-output proxy",
      nameZh: "工业需求:营业收入累计同比(2019-05起为名义产出代理,水平调整)",
      unit: "%",
      kind: "cumulative_yoy",
      source: "cn.revenue_yoy to 2019-04; cn.nominal_output_yoy + level adjustment after (NBS)",
      provenance: [prov(KRYSTAL, "via cn.revenue_yoy and cn.nominal_output_yoy"), prov(NUODE, "via cn.revenue_yoy 2019"), prov(INVDATA, "via cn.ppi_yoy"), prov(DASH, "via cn.iva_cum_yoy")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: `cn.revenue_yoy through ${formatMonth(spliceAt)}; from ${formatMonth(spliceAt + 1)} cn.nominal_output_yoy + ${round6(adj.gap)} pp, the mean gap revenue − proxy over the ${adj.n} published months of ${formatMonth(spliceAt - adjWindow + 1)}…${formatMonth(spliceAt)} (level adjustment so the splice adds no jump). Every proxy month is flagged \`proxy\`. Default demand series for China phases (REGION_DEFAULTS.cn.demand).`,
      caveats: [
        "After 2019-04 this is a proxy, not revenue; see DATA.md for its measured error against revenue 2000–2018.",
        NBS_CUM,
        QUARTERLY_GAP,
      ],
    },
    data: demand,
    flags: demandFlags,
  });

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
      provenance: [prov(KRYSTAL, "sheet 国际商品贸易, column 出口金额:当月同比"), prov(ak("exports"), "column yoy, after 2022-11")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published; Krystal through its last month, akshare after (overlap in build-report.json exportsSources).",
      caveats: ["January and February single-month values around Chinese New Year are volatile (and partly vendor-split from the Jan–Feb release)."],
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
      provenance: [prov(KRYSTAL, "sheet 国际商品贸易, column 进口金额:当月同比"), prov(ak("imports"), "column yoy, after 2022-11")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published; Krystal through its last month, akshare after (overlap in build-report.json importsSources).",
      caveats: ["January and February single-month values around Chinese New Year are volatile (and partly vendor-split from the Jan–Feb release)."],
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
      caveats: ["January blank; February = Jan–Feb combined.", "Krystal has annual values before the monthly era; only months with a published value are kept."],
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
      provenance: [prov(KRYSTAL, "sheet PMI, column PMI"), prov(ak("manufacturing_pmi"), "column value, after 2022-11")],
    },
    data: merge(pmiK, pmiAk),
  });
  for (const [id, name, zh, col] of [
    ["cn.pmi_finished_inventory", "Manufacturing PMI: finished-goods inventory", "制造业PMI:产成品库存", "PMI:产成品库存"],
    ["cn.pmi_raw_inventory", "Manufacturing PMI: raw-materials inventory", "制造业PMI:原材料库存", "PMI:原材料库存"],
    ["cn.pmi_new_orders", "Manufacturing PMI: new orders", "制造业PMI:新订单", "PMI:新订单"],
  ] as const) {
    const meta = pmiMeta(id, name, zh, col);
    meta.caveats = [...meta.caveats, "Ends 2022-11: no public copy of the sub-indices after that was found."];
    out.push({ meta, data: pmiSheet.column(col) });
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
      provenance: [prov(KRYSTAL, "sheet 工业企业利润, column 工业企业:利润总额:累计同比"), prov(PROFIT, "column cum_yoy, after 2022-10")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published; Krystal to 2022-10, invdata after (identical on their 86 common months, checked at build).",
      caveats: [NBS_CUM, "NBS restates the prior-year base: the YoY is not the ratio of published levels.", "2025–2026 values not independently verified."],
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
      caveats: ["A flow, heavily seasonal (large January prints); compare with the year-earlier month.", "Stock growth is cn.tsf_stock_yoy (sparse)."],
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
      caveats: ["Not a complete monthly series: year-end values only 2003–2014, quarterly in 2015, monthly from 2016; ends 2022-11. Blank months are not interpolated."],
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
      provenance: [prov(KRYSTAL, "sheet 固定资产投资, column 固定资产投资完成额:累计同比 (first of the two identical columns)")],
      terms: TERMS.cnWind,
      lag: 1,
      derivation: "As published (first monthly value 1992-02; some early years have gaps, left blank).",
      caveats: [NBS_CUM, "Ends 2022-11: akshare's fixed_asset_investment.csv has no usable cumulative YoY column.", "Scope changed several times (project threshold 500k → 5 mn RMB in 2011; excludes rural households from 2011)."],
    },
    data: restrict(faiK, monthIndex(1992, 1), Infinity),
  });

  return out;
}

async function nuodeColumns(raw: Raw): Promise<{ revenue: Monthly; inventory: Monthly }> {
  const wb = await raw.workbook(NUODE);
  const ws = wb.getWorksheet("库存周期");
  if (!ws) throw new Error(`${NUODE}: no sheet 库存周期`);
  const revenue: Monthly = new Map();
  const inventory: Monthly = new Map();
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const v = row.values as unknown[];
    const d = v[1];
    if (!(d instanceof Date)) throw new Error(`${NUODE} row ${r}: no date`);
    const m = monthIndex(d.getUTCFullYear(), d.getUTCMonth() + 1);
    if (typeof v[2] === "number") revenue.set(m, v[2]);
    if (typeof v[3] === "number") inventory.set(m, v[3]);
  });
  return { revenue, inventory };
}

function meanGap(a: Monthly, b: Monthly, from: number, to: number) {
  let s = 0;
  let n = 0;
  for (let m = from; m <= to; m++) {
    const x = a.get(m);
    const y = b.get(m);
    if (x === undefined || y === undefined) continue;
    s += x - y;
    n++;
  }
  return { gap: s / n, n };
}

function adjustedError(rev: Monthly, proxy: Monthly, adj: number, from: number, to: number) {
  let n = 0;
  let sa = 0;
  let ss = 0;
  for (let m = from; m <= to; m++) {
    const x = rev.get(m);
    const y = proxy.get(m);
    if (x === undefined || y === undefined) continue;
    const e = x - (y + adj);
    n++;
    sa += Math.abs(e);
    ss += e * e;
  }
  return { period: `${formatMonth(from)}…${formatMonth(to)}`, n, mae: round6(sa / n), rmse: round6(Math.sqrt(ss / n)) };
}

/** Correlation, mean gap and 3-month direction agreement of revenue vs proxy (issue 3 §3). */
export function proxyStats(rev: Monthly, proxy: Monthly, from: number, to: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let m = from; m <= to; m++) {
    const x = rev.get(m);
    const y = proxy.get(m);
    if (x !== undefined && y !== undefined) {
      xs.push(x);
      ys.push(y);
    }
  }
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  let agree = 0;
  let pairs = 0;
  for (let m = from + 3; m <= to; m++) {
    const x1 = rev.get(m);
    const x0 = rev.get(m - 3);
    const y1 = proxy.get(m);
    const y0 = proxy.get(m - 3);
    if (x1 === undefined || x0 === undefined || y1 === undefined || y0 === undefined) continue;
    const dx = Math.sign(x1 - x0);
    const dy = Math.sign(y1 - y0);
    if (dx === 0 && dy === 0) continue;
    pairs++;
    if (dx === dy) agree++;
  }
  return {
    period: `${formatMonth(from)}…${formatMonth(to)}`,
    n,
    correlation: round6(sxy / Math.sqrt(sxx * syy)),
    meanGap: round6(mx - my),
    directionAgreement3m: round6(agree / pairs),
    directionN: pairs,
  };
}

/** How well C_m = ((k−1)C_{m−1} + g_m)/k reproduces published cumulative IVA YoY, 2012–2022 (from the published Feb). */
function ivaCumApproxError(cum: Monthly, monthly: Monthly) {
  let n = 0;
  let sa = 0;
  let max = 0;
  let maxAt = "";
  for (let y = 2012; y <= 2022; y++) {
    let c = cum.get(monthIndex(y, 2));
    if (c === undefined) continue;
    for (let mo = 3; mo <= 12; mo++) {
      const m = monthIndex(y, mo);
      const g = monthly.get(m);
      const pub = cum.get(m);
      if (g === undefined || pub === undefined || c === undefined) break;
      c = ((mo - 1) * c + g) / mo;
      const e = Math.abs(c - pub);
      n++;
      sa += e;
      if (e > max) {
        max = e;
        maxAt = formatMonth(m);
      }
    }
  }
  return { period: "2012-03…2022-11 (each year restarted from the published Jan–Feb)", n, mae: round6(sa / n), maxAbs: round6(max), maxAt };
}
