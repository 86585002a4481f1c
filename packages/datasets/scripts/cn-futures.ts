/**
 * China futures main-contract month-end closes `cn.fut.<product>` and their
 * cross-check against the independent back-adjusted 2010–2021 set.
 */
import { readdirSync } from "node:fs";
import { formatMonth, laggedCorrelation } from "@kitchin/core";
import { completeMonthEnds, monthEnds, type Monthly, type Raw } from "./lib/raw.ts";
import { round6, span } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";

const MIN_MONTHS = 40;

/** Product code → [English, 中文, unit]. */
const PRODUCTS: Record<string, [string, string, string]> = {
  CU: ["Copper", "铜", "CNY/tonne"],
  AL: ["Aluminium", "铝", "CNY/tonne"],
  ZN: ["Zinc", "锌", "CNY/tonne"],
  PB: ["Lead", "铅", "CNY/tonne"],
  NI: ["Nickel", "镍", "CNY/tonne"],
  SN: ["Tin", "锡", "CNY/tonne"],
  AU: ["Gold", "黄金", "CNY/gram"],
  AG: ["Silver", "白银", "CNY/kg"],
  RB: ["Rebar", "螺纹钢", "CNY/tonne"],
  HC: ["Hot-rolled coil", "热轧卷板", "CNY/tonne"],
  SS: ["Stainless steel", "不锈钢", "CNY/tonne"],
  RU: ["Natural rubber", "天然橡胶", "CNY/tonne"],
  FU: ["Fuel oil", "燃料油", "CNY/tonne"],
  BU: ["Bitumen", "石油沥青", "CNY/tonne"],
  SP: ["Bleached softwood kraft pulp", "纸浆", "CNY/tonne"],
  SC: ["Crude oil", "原油", "CNY/barrel"],
  NR: ["TSR 20 rubber", "20号胶", "CNY/tonne"],
  LU: ["Low-sulphur fuel oil", "低硫燃料油", "CNY/tonne"],
  BC: ["International copper", "国际铜", "CNY/tonne"],
  M: ["Soybean meal", "豆粕", "CNY/tonne"],
  A: ["No. 1 soybeans", "黄大豆1号", "CNY/tonne"],
  C: ["Corn", "玉米", "CNY/tonne"],
  Y: ["Soybean oil", "豆油", "CNY/tonne"],
  L: ["Polyethylene (LLDPE)", "聚乙烯", "CNY/tonne"],
  P: ["Palm olein", "棕榈油", "CNY/tonne"],
  V: ["PVC", "聚氯乙烯", "CNY/tonne"],
  J: ["Coke", "焦炭", "CNY/tonne"],
  JM: ["Coking coal", "焦煤", "CNY/tonne"],
  I: ["Iron ore", "铁矿石", "CNY/tonne"],
  JD: ["Eggs", "鸡蛋", "CNY/500 kg"],
  PP: ["Polypropylene", "聚丙烯", "CNY/tonne"],
  CS: ["Corn starch", "玉米淀粉", "CNY/tonne"],
  EG: ["Ethylene glycol", "乙二醇", "CNY/tonne"],
  EB: ["Styrene", "苯乙烯", "CNY/tonne"],
  PG: ["LPG", "液化石油气", "CNY/tonne"],
  LH: ["Live hogs", "生猪", "CNY/tonne"],
  CF: ["Cotton", "棉花", "CNY/tonne"],
  SR: ["White sugar", "白糖", "CNY/tonne"],
  TA: ["PTA", "精对苯二甲酸(PTA)", "CNY/tonne"],
  OI: ["Rapeseed oil", "菜籽油", "CNY/tonne"],
  FG: ["Glass", "玻璃", "CNY/tonne"],
  RM: ["Rapeseed meal", "菜籽粕", "CNY/tonne"],
  MA: ["Methanol", "甲醇", "CNY/tonne"],
  SF: ["Ferrosilicon", "硅铁", "CNY/tonne"],
  SM: ["Silicomanganese", "锰硅", "CNY/tonne"],
  ZC: ["Thermal coal", "动力煤", "CNY/tonne"],
  AP: ["Apples", "苹果", "CNY/tonne"],
  UR: ["Urea", "尿素", "CNY/tonne"],
  SA: ["Soda ash", "纯碱", "CNY/tonne"],
  PF: ["Polyester staple fibre", "短纤", "CNY/tonne"],
  IF: ["CSI 300 index futures", "沪深300股指期货", "index points"],
  IC: ["CSI 500 index futures", "中证500股指期货", "index points"],
  IH: ["SSE 50 index futures", "上证50股指期货", "index points"],
  IM: ["CSI 1000 index futures", "中证1000股指期货", "index points"],
  T: ["10-year government bond futures", "10年期国债期货", "CNY per 100 face"],
  TF: ["5-year government bond futures", "5年期国债期货", "CNY per 100 face"],
  TS: ["2-year government bond futures", "2年期国债期货", "CNY per 100 face"],
  TL: ["30-year government bond futures", "30年期国债期货", "CNY per 100 face"],
  SI: ["Industrial silicon", "工业硅", "CNY/tonne"],
  LC: ["Lithium carbonate", "碳酸锂", "CNY/tonne"],
};

const MAIN_DIR = "cn/futures_main_daily";
const ADJ_DIR = "cn/futures_adjusted_2010_2021";

export async function chinaFutures(raw: Raw, report: Report): Promise<Built[]> {
  const files = readdirSync(raw.path(MAIN_DIR))
    .filter((f) => f.endsWith(".csv"))
    .sort();
  const adjFiles = new Map(
    readdirSync(raw.path(ADJ_DIR))
      .filter((f) => f.startsWith("adjusted_"))
      .map((f) => [f.slice(9, -4).toUpperCase(), f]),
  );
  const out: Built[] = [];
  const left: Record<string, number> = {};
  const cross: Record<string, unknown> = {};
  const allDiffs: number[] = [];
  for (const f of files) {
    const [exch, code] = f.split(".");
    const info = PRODUCTS[code];
    if (!info) throw new Error(`${MAIN_DIR}/${f}: no name for product ${code}`);
    const rows = raw.csv(`${MAIN_DIR}/${f}`);
    const ci = rows[0].indexOf("close");
    const data = completeMonthEnds(monthEnds(rows, 0, ci, `${MAIN_DIR}/${f}`));
    if (data.size < MIN_MONTHS) {
      left[`${exch}.${code}`] = data.size;
      continue;
    }
    const id = `cn.fut.${code.toLowerCase()}`;
    const caveats = [
      "Unadjusted main-contract continuous series (主力连续): the price jumps on roll days, so month-on-month changes include roll gaps; returns from it are not holding returns (see DATA.md for the measured difference against a back-adjusted series).",
      "Month-end = last available daily close of the calendar month; the final month is dropped unless it is complete.",
    ];
    if (code === "FU") caveats.push("Thin liquidity about 2011–2018 (few trading rows).");
    if (code === "ZC") caveats.push("Inactive after 2022-12 (series ends).");
    const provs = [prov(`${MAIN_DIR}/${f}`, "column close")];
    const adj = adjFiles.get(code);
    if (adj) {
      const c = crossCheck(raw, `${ADJ_DIR}/${adj}`, data, allDiffs);
      cross[id] = c;
      provs.push(prov(`${ADJ_DIR}/${adj}`, "column price (cross-check only, not shipped)"));
      caveats.push(
        `Against the back-adjusted 2010–2021 series (${c.months} months): monthly returns differ by ${c.meanAbsDiffPp} pp on average (median ${c.medianAbsDiffPp}), ${c.shareOver1pp} of months by more than 1 pp, max ${c.maxAbsDiffPp} pp at ${c.maxAt}; correlation ${c.correlation}.`,
      );
    }
    out.push({
      meta: {
        id,
        group: "futures",
        name: `${info[0]} futures (${exch} ${code}), main-contract month-end close`,
        nameZh: `${info[1]}期货主力连续(月末收盘)`,
        unit: info[2],
        kind: "price",
        source: `${exch} exchange daily bars (main-contract continuous, origin not stated; the hosting repo uses TqSdk)`,
        provenance: provs,
        terms: TERMS.cnMarket,
        lag: 0,
        derivation: "Month-end closes of the unadjusted main-contract continuous series, as published.",
        caveats,
      },
      data,
    });
  }
  const sorted = [...allDiffs].sort((a, b) => a - b);
  report.futuresCrossCheck = {
    method:
      "Monthly return of the shipped unadjusted month-end close, C_t/C_{t−1} − 1, against the back-adjusted series' price change over the same month divided by the unadjusted close, (A_t − A_{t−1})/C_{t−1}; differences in percentage points, common complete months 2010-03…2021-11.",
    products: Object.keys(cross).length,
    months: allDiffs.length,
    meanAbsDiffPp: round6(sorted.reduce((a, b) => a + b, 0) / sorted.length),
    medianAbsDiffPp: round6(sorted[Math.floor(sorted.length / 2)]),
    p90AbsDiffPp: round6(sorted[Math.floor(0.9 * sorted.length)]),
    shareOver1pp: round6(sorted.filter((d) => d > 1).length / sorted.length),
    shareOver5pp: round6(sorted.filter((d) => d > 5).length / sorted.length),
    shareExact: round6(sorted.filter((d) => d < 1e-9).length / sorted.length),
    byProduct: cross,
  };
  report.futuresLeftOut = { rule: `fewer than ${MIN_MONTHS} complete month-ends`, monthsAvailable: left };
  return out;
}

function crossCheck(raw: Raw, file: string, main: Monthly, all: number[]) {
  const rows = raw.csv(file);
  const adj = completeMonthEnds(monthEnds(rows, 0, 1, file));
  const xs: number[] = [];
  const ys: number[] = [];
  const diffs: number[] = [];
  let maxAt = "";
  let max = 0;
  const [lo, hi] = span(adj);
  for (let m = lo + 1; m <= hi; m++) {
    const c1 = main.get(m);
    const c0 = main.get(m - 1);
    const a1 = adj.get(m);
    const a0 = adj.get(m - 1);
    if (c1 === undefined || c0 === undefined || a1 === undefined || a0 === undefined) continue;
    const ru = 100 * (c1 / c0 - 1);
    const ra = (100 * (a1 - a0)) / c0;
    xs.push(ru);
    ys.push(ra);
    const d = Math.abs(ru - ra);
    diffs.push(d);
    all.push(d);
    if (d > max) {
      max = d;
      maxAt = formatMonth(m);
    }
  }
  const n = xs.length;
  // Pearson correlation over the pairs (the core's lag-0 correlation, pairwise complete).
  const corr = laggedCorrelation(xs, ys, 0, 2).corr;
  const sorted = [...diffs].sort((a, b) => a - b);
  return {
    months: n,
    correlation: round6(corr),
    meanAbsDiffPp: round6(diffs.reduce((a, b) => a + b, 0) / n),
    medianAbsDiffPp: round6(sorted[Math.floor(n / 2)]),
    shareOver1pp: round6(diffs.filter((d) => d > 1).length / n),
    shareExact: round6(diffs.filter((d) => d < 1e-9).length / n),
    maxAbsDiffPp: round6(max),
    maxAt,
  };
}
