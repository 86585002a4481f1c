/**
 * China industrial-enterprise recipes: finished-goods inventory, revenue, industrial
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
import { NBS_REVENUE, nbsRevenueFile } from "./lib/cn-nbs-revenue.ts";

/** `ppi` is cn.ppi_yoy (from chinaMacro): the nominal-output proxy needs it. */
export async function chinaIndustry(raw: Raw, report: Report, ppi: Monthly): Promise<Built[]> {
  const out: Built[] = [];
  const invRows = raw.csv(INVDATA);
  const profitSheet = await windSheet(raw, KRYSTAL, "工业企业利润");
  const ivaSheet = await windSheet(raw, KRYSTAL, "工业增加值");
  const nuode = await nuodeColumns(raw);
  const nbs = nbsRevenueFile(raw);

  // ---- cn.inventory_yoy: Wind M0000561 in three files that agree ----
  const invA = csvColumn(invRows, "inventory_yoy", { file: INVDATA });
  const invK = profitSheet.column("工业企业:产成品存货:同比");
  const chkK = assertAgree("inventory invdata vs Krystal", invA, invK, 1e-9, 200);
  // nuode back-fills blanks (Jan = Feb copy; 2007–2010 look-ahead fill): compare only where invdata publishes
  const chkN = assertAgree("inventory invdata vs nuode", invA, restrict(nuode.inventory, 0, Infinity), 1e-9, 150);
  for (const m of invA.keys())
    if (isJan(m)) throw new Error(`invdata has a January inventory value at ${formatMonth(m)}`);
  // NBS's own copy (incoming batch): equal to invdata from 2014-03, within Wind's extra decimal before
  const chkNbsInv = assertAgree("inventory invdata vs NBS (incoming)", invA, nbs.inventory, 0.0501, 200);
  const chkNbsInv2014 = assertAgree(
    "inventory invdata vs NBS (incoming) from 2014-03",
    invA,
    nbs.inventory,
    1e-9,
    100,
    monthIndex(2014, 3),
  );
  const invLast = span(invA)[1];
  const inventory = merge(
    invA,
    restrict(invK, monthIndex(1996, 2), monthIndex(1996, 12)),
    restrict(nbs.inventory, invLast + 1, Infinity),
  );
  for (let m = monthIndex(2007, 3); m <= monthIndex(2010, 12); m++) {
    const mo = calendarMonthOf(m);
    if (inventory.has(m) !== (mo === 2 || mo === 5 || mo === 8 || mo === 11))
      throw new Error(`inventory 2007–2010 pattern broken at ${formatMonth(m)}`);
  }
  const anomaly = monthIndex(2019, 3);
  if (inventory.get(anomaly) !== 0.3) throw new Error("cn.inventory_yoy 2019-03 is not 0.3");
  report.inventorySources = {
    invdataVsKrystal: chkK,
    invdataVsNuode: chkN,
    invdataVsNbs: chkNbsInv,
    invdataVsNbsFrom2014: chkNbsInv2014,
    nbsMonthsAfterInvdata: [...nbs.inventory.keys()].filter((m) => m > invLast).length,
  };
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
        prov(NBS_REVENUE, "inventory_yoy (agreement check; months after invdata ends, none so far)"),
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

  // ---- cn.revenue_yoy: Wind to 2019-04 (as first shipped), NBS's own copy after ----
  const revK = profitSheet.column("工业企业:主营业务收入:累计同比");
  const chkRev = assertAgree(
    "revenue Krystal vs nuode",
    revK,
    nuode.revenue,
    1e-9,
    150,
    monthIndex(2000, 2),
    monthIndex(2018, 12),
  );
  const rev2019 = restrict(nuode.revenue, monthIndex(2019, 2), monthIndex(2019, 4));
  // The NBS copy splices 主营业务收入 (≤2018-12) and 营业收入 (2019 on) as we do: it equals the Wind
  // copies within NBS's one-decimal rounding on every common month (checked here, in build-report.json).
  const chkNbsK = assertAgree(
    "revenue Krystal vs NBS (incoming)",
    revK,
    nbs.revenue,
    0.0501,
    180,
    -Infinity,
    monthIndex(2018, 12),
  );
  const chkNbsN = assertAgree("revenue nuode vs NBS (incoming) 2019", rev2019, nbs.revenue, 0.0501, 3);
  const nbsFrom = monthIndex(2019, 5);
  const revenue = merge(restrict(revK, 0, monthIndex(2018, 12)), rev2019, restrict(nbs.revenue, nbsFrom, Infinity));
  for (const m of revenue.keys())
    if (isJan(m)) throw new Error(`cn.revenue_yoy has a January value at ${formatMonth(m)}`);
  const [, revLast] = span(revenue);
  report.revenueSources = {
    krystalVsNuode: chkRev,
    krystalVsNbs: chkNbsK,
    nuodeVsNbs2019: chkNbsN,
    nbsFrom: formatMonth(nbsFrom),
    end: formatMonth(revLast),
  };
  out.push({
    meta: {
      id: "cn.revenue_yoy",
      group: "macro",
      name: "Industrial enterprises: revenue, cumulative YoY",
      nameZh: "规模以上工业企业:营业收入:累计同比",
      unit: "%",
      kind: "cumulative_yoy",
      source:
        "NBS (国家统计局): via Wind to 2019-04 (主营业务收入累计同比 to 2018-12, 营业收入累计同比 2019-02…2019-04); NBS data.stats.gov.cn copy (营业收入累计增长) from 2019-05",
      provenance: [
        prov(KRYSTAL, "sheet 工业企业利润, column 工业企业:主营业务收入:累计同比, 1996-02…2018-12"),
        prov(
          NUODE,
          "column 工业企业: 营业收入: 累计同比, 2019-02…2019-04 (its 2019-01 is a copy of Feb and is dropped)",
        ),
        prov(NBS_REVENUE, "revenue_yoy, 2019-05 on (and agreement check 1999-02…2019-04)"),
      ],
      terms: TERMS.cnNbs,
      lag: 1,
      derivation:
        "As published. Main-business revenue (主营业务收入) through 2018-12, then operating revenue (营业收入) from 2019-02: Wind copies to 2019-04 (nuode equals Krystal on every common month 2000–2018), NBS's own data.stats.gov.cn copy from 2019-05, which equals the Wind copies within one-decimal rounding on all their common months (checked at build, build-report.json revenueSources).",
      caveats: [
        NBS_CUM,
        QUARTERLY_GAP,
        "Definition change: NBS replaced 主营业务收入 by 营业收入 from 2019 (2019 growth rates are on the new concept, comparable basis).",
        "2025–2026 values come from one copy and were not independently verified; year-end values 2019–2024 equal NBS's annual releases.",
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
  // Jan–Feb: NBS publishes one combined figure (= the cumulative YoY at Feb); Wind's single-month Jan/Feb are vendor
  // estimates.
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
        prov(
          DASH,
          "series CN_IP_YOY (release dates → reference month = release month − 1) and CN_IP_YOY_NBS, 2022-12 on",
        ),
      ],
      terms: TERMS.cnAkshare,
      lag: 1,
      derivation:
        "As published, March–December. January is blank and February carries the Jan–Feb combined YoY (NBS's only release for those months; methods.md §1); Wind's vendor-computed single-month January/February values are dropped. Sources agree exactly on their overlap (build-report.json ivaSources).",
      caveats: [
        "January blank; February = Jan–Feb combined.",
        "2026 values not found in any public raw file (series ends 2025-12).",
      ],
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
      provenance: [
        prov(KRYSTAL, "sheet 工业增加值, column 工业增加值:累计同比"),
        prov(DASH, "series CN_IP_YOY / CN_IP_YOY_NBS for months after 2022-11"),
      ],
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

  // The splice shipped until revenue after 2019-04 was found: revenue to 2019-04, then the
  // proxy + the mean gap of 2017-05…2019-04. Now measured out of sample against the real revenue.
  const formerSpliceAt = monthIndex(2019, 4);
  const adjWindow = 24;
  const formerAdj = meanGap(revenue, nominal, formerSpliceAt - adjWindow + 1, formerSpliceAt);
  const [, nominalLast] = span(nominal);
  const oosTo = Math.min(nominalLast, revLast);
  const oos = { from: formatMonth(formerSpliceAt + 1), to: formatMonth(oosTo) };
  const oosStats = proxyStats(revenue, nominal, formerSpliceAt + 1, oosTo);
  const oosError = adjustedError(revenue, nominal, formerAdj.gap, formerSpliceAt + 1, oosTo);
  report.nominalOutputVsRevenueAfter2019 = oosStats;
  out.push({
    meta: {
      id: "cn.nominal_output_yoy",
      group: "macro",
      name: "Nominal industrial output proxy: IVA cumulative YoY + YTD mean PPI YoY",
      nameZh: "名义工业产出代理:工业增加值累计同比+PPI同比年内均值",
      unit: "%",
      kind: "cumulative_yoy",
      source: "Derived from cn.iva_cum_yoy and cn.ppi_yoy (NBS)",
      provenance: [
        prov(KRYSTAL, "via cn.iva_cum_yoy"),
        prov(INVDATA, "via cn.ppi_yoy"),
        prov(DASH, "via cn.iva_cum_yoy after 2022-11"),
      ],
      terms: TERMS.cnWind,
      lag: 1,
      derivation:
        "cn.iva_cum_yoy(m) + mean of cn.ppi_yoy over January…m of the same year (note 003: revenue ≈ industrial value added × PPI). Months whose IVA cumulative YoY is approximated carry the `proxy` flag. Not used for phases while revenue is published; kept for months after revenue ends and as a cross-check (DATA.md).",
      caveats: [
        `Measured against cn.revenue_yoy 2000–2018 (${stats.n} common months): correlation ${stats.correlation}, mean gap (revenue − proxy) ${stats.meanGap} pp, 3-month direction agreement ${stats.directionAgreement3m} (${stats.directionN} pairs).`,
        `Out of sample ${oos.from}…${oos.to} (${oosStats.n} months, revenue found later): correlation ${oosStats.correlation}, mean gap ${oosStats.meanGap} pp, 3-month direction agreement ${oosStats.directionAgreement3m} (${oosStats.directionN} pairs).`,
        "Real value added × price is not revenue: the inventory/sales ratio and the revenue of non-value-added inputs are ignored.",
      ],
    },
    data: nominal,
    flags: nominalFlags,
  });

  // cn.demand_yoy: revenue wherever it is published; the level-adjusted proxy only for months after
  // revenue's last value (none while revenue runs later than value added).
  const spliceAt = revLast;
  const adj = meanGap(revenue, nominal, spliceAt - adjWindow + 1, spliceAt);
  const demand: Monthly = new Map(revenue);
  const demandFlags = new Map<number, number>();
  for (const [m, v] of nominal) {
    if (m <= spliceAt) continue;
    demand.set(m, round6(v + adj.gap));
    demandFlags.set(m, FLAG_PROXY);
  }
  const proxyMonths = demandFlags.size;
  const full = meanGap(revenue, nominal, monthIndex(2000, 1), monthIndex(2018, 12));
  const gapBy = (a: number, b: number) => {
    const g = meanGap(revenue, nominal, a, b);
    return { period: `${formatMonth(a)}…${formatMonth(b)}`, months: g.n, meanGap: round6(g.gap) };
  };
  report.demandSplice = {
    spliceAfter: formatMonth(spliceAt),
    proxyMonths,
    levelAdjustment: round6(adj.gap),
    adjustmentWindow: `${formatMonth(spliceAt - adjWindow + 1)}…${formatMonth(spliceAt)}`,
    adjustmentMonths: adj.n,
    gapByPeriod: [
      gapBy(monthIndex(2000, 1), monthIndex(2006, 12)),
      gapBy(monthIndex(2007, 1), monthIndex(2010, 12)),
      gapBy(monthIndex(2011, 1), monthIndex(2014, 12)),
      gapBy(monthIndex(2015, 1), monthIndex(2018, 12)),
      gapBy(formerSpliceAt + 1, oosTo),
    ],
    formerSplice: {
      spliceAfter: formatMonth(formerSpliceAt),
      levelAdjustment: round6(formerAdj.gap),
      adjustmentWindow: `${formatMonth(formerSpliceAt - adjWindow + 1)}…${formatMonth(formerSpliceAt)}`,
      inWindow: adjustedError(revenue, nominal, formerAdj.gap, formerSpliceAt - adjWindow + 1, formerSpliceAt),
      outOfSample: oosError,
      over2000to2018: adjustedError(revenue, nominal, formerAdj.gap, monthIndex(2000, 1), monthIndex(2018, 12)),
      fullSampleAdjustment: {
        adjustment: round6(full.gap),
        outOfSample: adjustedError(revenue, nominal, full.gap, formerSpliceAt + 1, oosTo),
        over2000to2018: adjustedError(revenue, nominal, full.gap, monthIndex(2000, 1), monthIndex(2018, 12)),
      },
    },
  };
  out.push({
    meta: {
      id: "cn.demand_yoy",
      group: "macro",
      name: "Industrial demand: revenue cumulative YoY (the level-adjusted nominal-output proxy only after revenue ends)",
      nameZh: "工业需求:营业收入累计同比(营收截止后为名义产出代理)",
      unit: "%",
      kind: "cumulative_yoy",
      source: "cn.revenue_yoy (NBS); cn.nominal_output_yoy + level adjustment for months after revenue ends",
      provenance: [
        prov(KRYSTAL, "via cn.revenue_yoy"),
        prov(NUODE, "via cn.revenue_yoy 2019"),
        prov(NBS_REVENUE, "via cn.revenue_yoy 2019-05 on"),
      ],
      terms: TERMS.cnNbs,
      lag: 1,
      derivation:
        proxyMonths === 0
          ? `Equal to cn.revenue_yoy (through ${formatMonth(spliceAt)}). Months after revenue's last value would be cn.nominal_output_yoy + the mean gap revenue − proxy of the last ${adjWindow} months, flagged \`proxy\`; there are none: the proxy ends ${formatMonth(nominalLast)}. Default demand series for China phases (REGION_DEFAULTS.cn.demand).`
          : `cn.revenue_yoy through ${formatMonth(spliceAt)}; from ${formatMonth(spliceAt + 1)} cn.nominal_output_yoy + ${round6(adj.gap)} pp, the mean gap revenue − proxy over the ${adj.n} published months of ${formatMonth(spliceAt - adjWindow + 1)}…${formatMonth(spliceAt)}, flagged \`proxy\`. Default demand series for China phases (REGION_DEFAULTS.cn.demand).`,
      caveats: [
        "Until issue 11 the months after 2019-04 were the nominal-output proxy; DATA.md gives that proxy's error against the revenue found later.",
        NBS_CUM,
        QUARTERLY_GAP,
      ],
    },
    data: demand,
    flags: demandFlags,
  });

  return out;
}
