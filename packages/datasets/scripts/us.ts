/**
 * US recipes (issue 3 §4). Raw files and their caveats: shared/data/us/PROVENANCE.md.
 */
import { formatMonth, monthIndex } from "@kitchin/core";
import { csvColumn, month, num, parseCsv, type Monthly, type Raw } from "./lib/raw.ts";
import { compare, restrict, round6, span, yoy } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, EntryMeta, Report } from "./lib/spec.ts";

const FREDMD = "us/fredmd_2025-12_vintage_noTcodeRow.csv";
export const VINTAGE_FILES: Record<string, string> = {
  "2025-02": "us/fredmd_2025-02_vintage.csv",
  "2023-06": "us/fredmd_2023-06_vintage.csv",
  "2019-10": "us/fredmd_2019-10_vintage.csv",
};
const CENSUS = "us/census_mtis_inventories_1992-2019_tcpd.txt";
const NBER_FILE = "us/nber_business_cycle_dates.json";

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

/** Nominal total business sales = BUSINVx / ISRATIOx ($ mn), rounded to 6 decimals. */
function salesOf(inv: Monthly, ratio: Monthly): Monthly {
  const out: Monthly = new Map();
  for (const [m, v] of inv) {
    const r = ratio.get(m);
    if (r) out.set(m, round6(v / r));
  }
  return out;
}

const FREDMD_NOTE = "FRED-MD 2025-12 vintage (data through 2025-11; the Census series end 2025-09). FRED-MD splices discontinued series back to 1959.";

export function usFredMd(raw: Raw, report: Report): Built[] {
  const md = fredMd(raw.text(FREDMD), FREDMD);
  const c = (n: string) => col(md, n, FREDMD);
  const inv = c("BUSINVx");
  const ratio = c("ISRATIOx");
  const sales = salesOf(inv, ratio);
  const p = (use: string) => [prov(FREDMD, use)];
  const base = { group: "macro" as const, terms: TERMS.usPublic };
  const out: Built[] = [];
  const add = (meta: Omit<EntryMeta, "group" | "terms"> & Partial<EntryMeta>, data: Monthly) => out.push({ meta: { ...base, ...meta }, data });

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
      derivation: "Sales_t = BUSINVx_t / ISRATIOx_t; 100·(Sales_t / Sales_{t−12} − 1), rounded to 6 decimals. Default US demand series (REGION_DEFAULTS.us.demand).",
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
  yoyOf("us.ppi_yoy", "PPI: finished goods, YoY", "美国PPI(最终需求-制成品):同比", "WPSFD49207", "BLS producer price index, finished goods", 1);
  yoyOf("us.cpi_yoy", "CPI: all items, YoY", "美国CPI:同比", "CPIAUCSL", "BLS consumer price index (SA)", 1);
  yoyOf("us.m2_yoy", "M2 money stock, YoY", "美国M2:同比", "M2SL", "Federal Reserve Board H.6", 1);
  const lvl = (id: string, name: string, zh: string, mn: string, src: string, kind: "yield", unit: string, group: "macro" | "asset") =>
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
  lvl("us.fedfunds", "Effective federal funds rate", "美国联邦基金有效利率", "FEDFUNDS", "Federal Reserve Board H.15", "yield", "% p.a.", "macro");
  lvl("us.tbill", "3-month Treasury bill rate (cash)", "美国3个月国库券利率(现金)", "TB3MS", "Federal Reserve Board H.15 secondary market", "yield", "% p.a.", "asset");
  return out;
}

/** The same series as published in the older FRED-MD vintages (issue 3 §4: revision and real-time tests). */
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
          caveats: [`As published in the FRED-MD ${vintage} vintage (for revision and real-time tests; the current series uses the 2025-12 vintage).`],
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

/** Census MTIS TSAR text: 8 blocks, one row per year, 12 monthly columns, "." = missing. */
export function parseCensus(text: string, file = CENSUS): Map<string, Monthly> {
  const blocks = new Map<string, Monthly>();
  let cur: Monthly | null = null;
  for (const line of text.replace(/\r/g, "").split("\n")) {
    const sn = /Series Name:\s*(\S+)/.exec(line);
    if (sn) {
      cur = new Map();
      blocks.set(sn[1], cur);
      continue;
    }
    const yr = /^(\d{4})\s+(.*)$/.exec(line);
    if (yr && cur) {
      const cells = yr[2].trim().split(/\s+/);
      if (cells.length !== 12) throw new Error(`${file}: year ${yr[1]} has ${cells.length} cells`);
      cells.forEach((c, i) => {
        if (c !== ".") cur!.set(monthIndex(+yr[1], i + 1), num(c, `${file} ${yr[1]}`));
      });
    }
  }
  return blocks;
}

export function census(raw: Raw): Built[] {
  const blocks = parseCensus(raw.text(CENSUS));
  const out: Built[] = [];
  for (const [code, key, name, zh] of [
    ["tbtiva", "total", "Total business", "企业总"],
    ["amtmti", "manufacturing", "Manufacturers'", "制造业"],
    ["pzb42000", "wholesale", "Merchant wholesalers'", "批发商"],
    ["pzb44000", "retail", "Retail trade", "零售业"],
  ] as const) {
    const data = blocks.get(code);
    if (!data) throw new Error(`${CENSUS}: no block ${code}`);
    const meta = {
      group: "macro" as const,
      source: `US Census Bureau MTIS (series ${code}, seasonally adjusted)`,
      provenance: [prov(CENSUS, `block ${code} (SA)`)],
      terms: TERMS.usCensus,
      lag: 2,
      caveats: ["1992-01…2019-06, pre-2019 benchmark vintage (retrieved by TCPD 2019-09-11); inventories only (no sales or ratios by sector)."],
    };
    out.push({
      meta: { ...meta, id: `us.census.${key}_inventory`, name: `${name} inventories (Census MTIS, SA)`, nameZh: `美国${zh}库存(季调)`, unit: "USD mn (SA)", kind: "level", derivation: "As published." },
      data,
    });
    out.push({
      meta: {
        ...meta,
        id: `us.census.${key}_inventory_yoy`,
        name: `${name} inventories (Census MTIS, SA), YoY`,
        nameZh: `美国${zh}库存:同比`,
        unit: "%",
        kind: "yoy",
        derivation: `100·(${code}_t / ${code}_{t−12} − 1), rounded to 6 decimals.`,
      },
      data: yoy(data),
    });
  }
  return out;
}

export function usOther(raw: Raw, report: Report): Built[] {
  const out: Built[] = [];
  const cli = csvColumn(raw.csv("us/oecd_cli_us_amplitude_adjusted_USALOLITOAASTSAM.csv"), "USALOLITOAASTSAM", { file: "cli" });
  out.push({
    meta: {
      id: "us.cli",
      group: "macro",
      name: "OECD composite leading indicator, United States (amplitude adjusted)",
      nameZh: "OECD美国综合领先指标(振幅调整)",
      unit: "index (long-term average = 100)",
      kind: "index",
      source: "OECD Main Economic Indicators via FRED (USALOLITOAASTSAM)",
      provenance: [prov("us/oecd_cli_us_amplitude_adjusted_USALOLITOAASTSAM.csv", "column USALOLITOAASTSAM")],
      terms: TERMS.oecd,
      lag: 1,
      derivation: "As published (all decimals of the FRED copy).",
      caveats: ["Revised every month: the latest months move as new data arrive.", "OECD changed the CLI methodology in 2024; the normalised series was discontinued (not shipped)."],
    },
    data: cli,
  });

  const gs10 = csvColumn(raw.csv("us/fred_GS10_monthly.csv"), "GS10", { file: "GS10" });
  const h15 = csvColumn(raw.csv("us/ust10y_yield_monthly_h15_datahub.csv"), "Rate", { file: "h15" });
  report.ust10ySources = { fredVsDatahub: compare(gs10, h15) };
  out.push({
    meta: {
      id: "us.ust10y",
      group: "asset",
      name: "10-year Treasury constant-maturity yield",
      nameZh: "美国10年期国债收益率",
      unit: "% p.a.",
      kind: "yield",
      source: "Federal Reserve Board H.15 (GS10) via FRED",
      provenance: [prov("us/fred_GS10_monthly.csv", "column GS10")],
      terms: TERMS.fedBoard,
      lag: 0,
      derivation: "As published (monthly average of daily yields; the datahub H.15 copy agrees on its overlap).",
      caveats: ["Monthly average, not month-end."],
    },
    data: gs10,
  });
  out.push(bondTr("us.ust10y_tr", "US 10-year Treasury total-return index (approximation)", "美国10年期国债全收益指数(近似)", gs10, 2, "us.ust10y", TERMS.usPublic, [prov("us/fred_GS10_monthly.csv", "via us.ust10y")]));

  const tb = csvColumn(raw.csv(FREDMD), "TB3MS", { file: FREDMD });
  const cash: Monthly = new Map();
  let level = 100;
  let prevM = -1;
  for (const [m, y] of [...tb].sort((a, b) => a[0] - b[0])) {
    if (prevM >= 0) {
      if (m !== prevM + 1) throw new Error("TB3MS has a gap");
      level *= 1 + tb.get(prevM)! / 1200;
    }
    cash.set(m, round6(level));
    prevM = m;
    void y;
  }
  out.push({
    meta: {
      id: "us.tbill_tr",
      group: "asset",
      name: "US cash (3-month T-bill) total-return index",
      nameZh: "美国现金(3个月国库券)全收益指数",
      unit: "index (1959-01 = 100)",
      kind: "index",
      source: "Derived from TB3MS (Federal Reserve Board H.15) via FRED-MD",
      provenance: [prov(FREDMD, "column TB3MS")],
      terms: TERMS.usPublic,
      lag: 0,
      derivation: "I_t = I_{t−1}·(1 + TB3MS_{t−1}/1200): one month's interest at the previous month's (monthly-average, discount-basis) rate; rounded to 6 decimals.",
      caveats: ["Approximation: ignores the discount-vs-investment-yield difference and intra-month rate changes."],
    },
    data: cash,
  });

  const sp = csvColumn(raw.csv("us/shiller_sp500_monthly_datahub.csv"), "SP500", { file: "shiller" });
  out.push({
    meta: {
      id: "us.spx",
      group: "asset",
      name: "S&P 500 composite (monthly average of daily closes)",
      nameZh: "标普500指数(月均)",
      unit: "index points",
      kind: "price",
      source: "Robert J. Shiller's S&P composite series (datahub s-and-p-500); FRED SP500 monthly averages after 2023",
      provenance: [prov("us/shiller_sp500_monthly_datahub.csv", "column SP500")],
      terms: TERMS.sp,
      lag: 0,
      derivation: "As published: Shiller's monthly average of daily closes (price only, no dividends).",
      caveats: ["Monthly AVERAGE, not month-end: returns are smoothed and lag month-end prices by about half a month.", "Price index: dividends excluded."],
    },
    data: restrict(sp, monthIndex(1871, 1), Infinity),
  });

  for (const [id, file, name, zh, start] of [
    ["us.wti", "us/wti_monthly_eia_datahub.csv", "WTI crude oil spot price (Cushing), monthly average", "WTI原油现货价格(月均)", monthIndex(1986, 1)],
    ["us.brent", "us/brent_monthly_eia_datahub.csv", "Brent crude oil spot price (Europe FOB), monthly average", "布伦特原油现货价格(月均)", monthIndex(1987, 5)],
  ] as const) {
    out.push({
      meta: {
        id,
        group: "asset",
        name,
        nameZh: zh,
        unit: "USD per barrel",
        kind: "price",
        source: "US Energy Information Administration (datahub oil-prices)",
        provenance: [prov(file, "column Price")],
        terms: TERMS.eia,
        lag: 0,
        derivation: "As published (monthly average of daily spot prices).",
        caveats: ["Monthly average, not month-end."],
      },
      data: restrict(csvColumn(raw.csv(file), "Price", { file }), start, Infinity),
    });
  }
  out.push({
    meta: {
      id: "us.gold",
      group: "asset",
      name: "Gold price, monthly average",
      nameZh: "黄金价格(月均)",
      unit: "USD per troy ounce",
      kind: "price",
      source: "World Bank Pink Sheet (datahub gold-prices)",
      provenance: [prov("us/gold_monthly_datahub.csv", "column Price, 1960-01 on")],
      terms: TERMS.gold,
      lag: 0,
      derivation: "As published from 1960-01 (earlier rows repeat annual values and are not shipped).",
      caveats: ["Fixed at about USD 35 until 1968–71.", "Monthly average, not month-end."],
    },
    data: restrict(csvColumn(raw.csv("us/gold_monthly_datahub.csv"), "Price", { file: "gold" }), monthIndex(1960, 1), Infinity),
  });
  return out;
}

/**
 * NBER recession indicator (1 in the months after a peak through the trough, FRED USREC convention),
 * derived from the NBER dates and checked against FRED's USREC copy (1980-01…2025-12).
 */
export function nberRecession(raw: Raw, report: Report): Built {
  const { cycles } = nber(raw);
  const usrecFile = "us/fred_USREC_monthly_1980.csv";
  const usrec = csvColumn(raw.csv(usrecFile), "value", { file: usrecFile });
  const first = monthIndex(1854, 12);
  const last = span(usrec)[1];
  const data: Monthly = new Map();
  for (let m = first; m <= last; m++) data.set(m, 0);
  for (const c of cycles) {
    if (!c.peak) continue;
    const p = monthIndex(+c.peak.slice(0, 4), +c.peak.slice(5, 7));
    const t = monthIndex(+c.trough.slice(0, 4), +c.trough.slice(5, 7));
    for (let m = p + 1; m <= t; m++) data.set(m, 1);
  }
  const chk = compare(data, usrec);
  if (chk.maxAbsDiff !== 0) throw new Error(`NBER recession indicator disagrees with USREC at ${chk.maxAt}`);
  report.nberRecessionVsUsrec = chk;
  return {
    meta: {
      id: "us.nber_recession",
      group: "reference",
      name: "NBER recession indicator (1 = recession month)",
      nameZh: "美国NBER衰退月份指示(1=衰退)",
      unit: "0/1",
      kind: "indicator",
      source: "NBER Business Cycle Dating Committee",
      provenance: [prov(NBER_FILE, "peaks and troughs"), prov(usrecFile, "column value (agreement check 1980-01 on)")],
      terms: TERMS.nber,
      lag: 0,
      derivation: `1 for the months after each NBER peak through the trough, else 0 (FRED USREC convention), ${formatMonth(first)}…${formatMonth(last)}; identical to FRED's USREC on its ${chk.n} months.`,
      caveats: ["NBER announces turning points with a lag of months to years: the indicator is ex post (lag 0 here is the reference convention, not a real-time availability)."],
    },
    data,
  };
}

/** NBER peaks and troughs → data/us/nber.json. */
export function nber(raw: Raw): { cycles: { peak: string | null; trough: string }[]; source: unknown } {
  const j = raw.json<{ peak: string; trough: string }[]>(NBER_FILE);
  const cycles = j.map((c) => ({ peak: c.peak ? c.peak.slice(0, 7) : null, trough: c.trough.slice(0, 7) }));
  return { cycles, source: prov(NBER_FILE, "all entries (peak, trough), days dropped") };
}

/**
 * Bond total-return index from a monthly yield series (documented approximation, DATA.md):
 * hold a par bond with coupon = last month's yield y_{t−1} and maturity 10 years; after one month
 * reprice it at y_t with 10 − 1/12 years left; return = price − 100 + one month of coupon.
 * `freq` coupons per year (2 for Treasuries, 1 for Chinese government bonds).
 */
export function bondTr(id: string, name: string, nameZh: string, yields: Monthly, freq: number, from: string, terms: string, provenance: Built["meta"]["provenance"], flags?: Map<number, number>): Built {
  const data: Monthly = new Map();
  const outFlags = new Map<number, number>();
  const months = [...yields.keys()].sort((a, b) => a - b);
  let level = 100;
  data.set(months[0], level);
  for (let i = 1; i < months.length; i++) {
    const m = months[i];
    if (m !== months[i - 1] + 1) throw new Error(`${id}: gap in yields before ${formatMonth(m)}`);
    const c = yields.get(m - 1)! / 100;
    const y = yields.get(m)! / 100;
    const r = bondValue(c, y, 10 - 1 / 12, freq) / 100 - 1;
    level *= 1 + r;
    data.set(m, round6(level));
    if (flags?.get(m)) outFlags.set(m, flags.get(m)!);
  }
  return {
    meta: {
      id,
      group: "asset",
      name,
      nameZh,
      unit: `index (${formatMonth(months[0])} = 100)`,
      kind: "index",
      source: `Derived from ${from}`,
      provenance,
      terms,
      lag: 0,
      derivation: `Monthly return = V(y_t)/100 − 1, where V is the full (dirty) value of a 10-year par bond bought at last month's yield y_{t−1} (coupon y_{t−1}, ${freq === 2 ? "semi-annual" : "annual"} coupons) and revalued one month later at this month's yield y_t with 10 − 1/12 years left (coupon income included; rolled into a new par bond each month); index rounded to 6 decimals.`,
      caveats: ["Approximation from a yield index: no actual bond, no convexity of the real on-the-run issue, no transaction costs; accrued coupon is linear.", `Inherits the caveats of ${from}.`],
    },
    data,
    flags: outFlags,
  };
}

/**
 * Full (dirty) value per 100 face of a bond with annual coupon rate c at yield y, `years` to
 * maturity, `freq` coupons a year; the first coupon is `years·freq − (k−1)` periods away.
 */
export function bondValue(c: number, y: number, years: number, freq: number): number {
  const n = years * freq; // periods, possibly fractional
  const k = Math.ceil(n - 1e-9);
  const frac = n - (k - 1); // time to the first coupon, in periods
  const r = y / freq;
  let pv = 0;
  for (let j = 0; j < k; j++) {
    const t = frac + j;
    pv += (100 * c) / freq / Math.pow(1 + r, t);
  }
  return pv + 100 / Math.pow(1 + r, n);
}


