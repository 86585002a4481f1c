/**
 * China industrial-enterprise recipes (issue 3 §3): finished-goods inventory, revenue, industrial
 * value added, the nominal-output proxy and the spliced demand series. Raw files and caveats:
 * shared/data/cn/PROVENANCE.md.
 */
import { calendarMonthOf, formatMonth, monthIndex } from "@kitchin/core";
import { FLAG_ANOMALY, FLAG_PROXY } from "../src/types.ts";
import { csvColumn, type Monthly, type Raw, windSheet } from "./lib/raw.ts";
import { assertAgree, merge, restrict, round6, span } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";
import { DASH, INVDATA, KRYSTAL, NBS_CUM, NUODE, QUARTERLY_GAP, SCOPE, isJan, nuodeColumns } from "./lib/cn-common.ts";
import { adjustedError, ivaCumApproxError, meanGap, proxyStats } from "./lib/proxy-stats.ts";

/** `ppi` is cn.ppi_yoy (from chinaMacro): the nominal-output proxy needs it. */
export async function chinaIndustry(raw: Raw, report: Report, ppi: Monthly): Promise<Built[]> {
  const out: Built[] = [];
  const invRows = raw.csv(INVDATA);
  const profitSheet = await windSheet(raw, KRYSTAL, "工业企业利润");
  const ivaSheet = await windSheet(raw, KRYSTAL, "工业增加值");
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


  return out;
}
