/**
 * China asset recipes (assets as month-end values): equity indices, Nanhua commodity index,
 * 10-year government bond yield and a total-return index derived from it.
 */
import { formatMonth, monthIndex } from "@kitchin/core";
import { FLAG_PROXY } from "../src/types.ts";
import { completeMonthEnds, monthEnds, type Monthly, type Raw } from "./lib/raw.ts";
import { restrict, round6, span } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";
import { bondTr } from "./lib/bond.ts";

const NUODE_IDX = (code: string) => `cn/index_daily_${code}_wind_to_2019_nuode.csv`;
const GUPIAO = (code: string) => `cn/index_daily_${code}_2018_2026_gupiao.csv`;
const NANHUA = "cn/nanhua_commodity_index_daily_2004_2026.xlsx";
const BONDS = "cn/cn_us_govt_bond_yields_daily_2002_2022_eastmoney_akshare.csv";
const BRIDGE = "cn/cn_cgb10y_monthly_2005_2026_bloomberg_bridge_tsvetoslavtsachev.json";

const MONTH_END =
  "Month-end = last available daily close of the calendar month; a source's final month is dropped unless its last close falls within the month's last 4 calendar days.";

function closes(raw: Raw, file: string, valueCol: string): Monthly {
  const rows = raw.csv(file);
  const j = rows[0].indexOf(valueCol);
  if (j < 0) throw new Error(`${file}: no column ${valueCol}`);
  return completeMonthEnds(monthEnds(rows, 0, j, file));
}

/** Overlap check of two month-end index sources: relative differences in %. */
function overlap(a: Monthly, b: Monthly) {
  let n = 0;
  let max = 0;
  let sum = 0;
  let at = "";
  let exact = 0;
  for (const [m, x] of a) {
    const y = b.get(m);
    if (y === undefined) continue;
    n++;
    const d = Math.abs((100 * (x - y)) / y);
    sum += d;
    if (Math.abs(x - y) < 0.01) exact++;
    if (d > max) {
      max = d;
      at = formatMonth(m);
    }
  }
  return { n, meanAbsDiffPct: round6(sum / n), maxAbsDiffPct: round6(max), maxAt: at, within001Points: exact };
}

export async function chinaAssets(raw: Raw, report: Report): Promise<Built[]> {
  const out: Built[] = [];
  const eq = (
    id: string,
    name: string,
    zh: string,
    src: string,
    provs: Built["meta"]["provenance"],
    data: Monthly,
    derivation: string,
    caveats: string[],
  ) =>
    out.push({
      meta: {
        id,
        group: "asset",
        name,
        nameZh: zh,
        unit: "index points",
        kind: "price",
        source: src,
        provenance: provs,
        terms: TERMS.cnMarket,
        lag: 0,
        derivation,
        caveats: [MONTH_END, "Price index: dividends excluded.", ...caveats],
      },
      data,
    });

  // CSI 300: Wind copy (nuode) to 2019-05, gupiao copy after; overlap 2018-01…2019-05 checked
  const csiW = closes(raw, NUODE_IDX("399300.SZ"), "CLOSE");
  const csiG = closes(raw, GUPIAO("000300.SH"), "close");
  const ov = overlap(csiW, csiG);
  if (ov.n < 12 || ov.maxAbsDiffPct > 0.05) throw new Error(`CSI 300 sources disagree: ${JSON.stringify(ov)}`);
  report.csi300Overlap = { ...ov, period: `${formatMonth(span(csiG)[0])}…${formatMonth(span(csiW)[1])}` };
  const lastW = span(csiW)[1];
  const csi = new Map([...csiW, ...restrict(csiG, lastW + 1, Infinity)]);
  eq(
    "cn.csi300",
    "CSI 300 index, month-end close",
    "沪深300指数(月末收盘)",
    "China Securities Index Co. via Wind (399300.SZ, to 2019-05) and a second daily copy (000300.SH, 2019-06 on)",
    [
      prov(NUODE_IDX("399300.SZ"), `column CLOSE, month-ends to ${formatMonth(lastW)}`),
      prov(GUPIAO("000300.SH"), `column close, month-ends from ${formatMonth(lastW + 1)}`),
    ],
    csi,
    `Month-end closes; Wind copy through ${formatMonth(lastW)}, the gupiao copy after. On their ${ov.n} common month-ends the two agree within ${ov.maxAbsDiffPct} % (mean ${ov.meanAbsDiffPct} %; build-report.json csi300Overlap).`,
    ["Values before the index launch (2005-04-08, base 2004-12-31 = 1000) are Wind's back-calculated history."],
  );
  eq(
    "cn.sse50",
    "SSE 50 index, month-end close",
    "上证50指数(月末收盘)",
    "Shanghai Stock Exchange / CSI via Wind (000016.SH)",
    [prov(NUODE_IDX("000016.SH"), "column CLOSE")],
    closes(raw, NUODE_IDX("000016.SH"), "CLOSE"),
    "Month-end closes as published.",
    ["Ends 2019-05: no later public copy was found."],
  );
  eq(
    "cn.csi500",
    "CSI 500 index, month-end close",
    "中证500指数(月末收盘)",
    "China Securities Index Co. via Wind (399905.SZ)",
    [prov(NUODE_IDX("399905.SZ"), "column CLOSE")],
    closes(raw, NUODE_IDX("399905.SZ"), "CLOSE"),
    "Month-end closes as published.",
    [
      "Ends 2019-05: no later public copy was found.",
      "Values before the index launch (2007-01) are Wind's back-calculated history.",
    ],
  );
  eq(
    "cn.shcomp",
    "Shanghai Composite index, month-end close",
    "上证综合指数(月末收盘)",
    "Shanghai Stock Exchange (000001.SH), daily copy of unstated origin (likely akshare/Tushare)",
    [prov(GUPIAO("000001.SH"), "column close")],
    closes(raw, GUPIAO("000001.SH"), "close"),
    "Month-end closes as published.",
    ["Starts 2018-01: no longer public copy was found."],
  );

  // Nanhua commodity index (sheet 行情图3: row 1 blank, row 2 header)
  const wb = await raw.workbook(NANHUA);
  const ws = wb.getWorksheet("南华商品指数-行情图3");
  if (!ws) throw new Error(`${NANHUA}: no sheet 南华商品指数-行情图3`);
  const head = ws.getRow(2).values as unknown[];
  if (head[1] !== "日期" || head[5] !== "收盘价")
    throw new Error(`${NANHUA}: unexpected header ${JSON.stringify(head)}`);
  const nhRows: string[][] = [["date", "close"]];
  ws.eachRow((row, r) => {
    if (r <= 2) return;
    const v = row.values as unknown[];
    if (!(v[1] instanceof Date) || typeof v[5] !== "number") throw new Error(`${NANHUA} row ${r}: bad cells`);
    nhRows.push([v[1].toISOString().slice(0, 10), String(v[5])]);
  });
  out.push({
    meta: {
      id: "cn.nanhua",
      group: "asset",
      name: "Nanhua commodity index, month-end close",
      nameZh: "南华商品指数(月末收盘)",
      unit: "index (2004-06-01 = 1000)",
      kind: "price",
      source: "Nanhua Futures 南华商品指数 (NH0100.NHF), exported from Wind",
      provenance: [prov(NANHUA, "sheet 南华商品指数-行情图3, column 收盘价")],
      terms: TERMS.cnMarket,
      lag: 0,
      derivation: "Month-end closes as published.",
      caveats: [
        MONTH_END,
        "The index is built from futures returns (roll-adjusted by Nanhua); it is a total-return-like futures index, not a spot price.",
      ],
    },
    data: completeMonthEnds(monthEnds(nhRows, 0, 1, NANHUA)),
  });

  // 10-year CGB yield: ChinaBond curve (EastMoney/akshare daily) month-ends, Bloomberg-bridge month-ends after
  const daily = closes(raw, BONDS, "中国国债收益率10年");
  const bridge = raw.json<{ series: Record<string, { dates: string[]; values: number[] }> }>(BRIDGE).series.CN_CGB_10Y;
  const bm: Monthly = new Map();
  bridge.dates.forEach((d, i) => bm.set(monthIndex(+d.slice(0, 4), +d.slice(5, 7)), bridge.values[i]));
  const lastDaily = span(daily)[1];
  let n = 0;
  let s = 0;
  let ss = 0;
  let max = 0;
  for (const [m, v] of daily) {
    const b = bm.get(m);
    if (b === undefined) continue;
    const d = b - v;
    n++;
    s += d;
    ss += d * d;
    max = Math.max(max, Math.abs(d));
  }
  const mean = s / n;
  report.cgb10ySplice = {
    months: n,
    meanDiffBridgeMinusChinaBond: round6(mean),
    sd: round6(Math.sqrt(ss / n - mean * mean)),
    maxAbs: round6(max),
    spliceAfter: formatMonth(lastDaily),
  };
  const cgb = new Map(daily);
  const cgbFlags = new Map<number, number>();
  for (const [m, v] of bm) {
    if (m <= lastDaily) continue;
    cgb.set(m, v);
    cgbFlags.set(m, FLAG_PROXY);
  }
  for (let m = span(cgb)[0]; m <= span(cgb)[1]; m++)
    if (!cgb.has(m)) throw new Error(`cn.cgb10y: gap at ${formatMonth(m)}`);
  const cgbProv = [
    prov(BONDS, `column 中国国债收益率10年, month-ends to ${formatMonth(lastDaily)}`),
    prov(BRIDGE, `series CN_CGB_10Y, ${formatMonth(lastDaily + 1)} on`),
  ];
  out.push({
    meta: {
      id: "cn.cgb10y",
      group: "asset",
      name: "China 10-year government bond yield, month-end",
      nameZh: "中国10年期国债收益率(月末)",
      unit: "% p.a.",
      kind: "yield",
      source:
        "ChinaBond yield curve via EastMoney/akshare (to 2022-09); Bloomberg-derived generic CGB 10Y month-ends (2022-10 on)",
      provenance: cgbProv,
      terms: TERMS.cnBond,
      lag: 0,
      derivation: `Month-end values of the ChinaBond 10-year curve point through ${formatMonth(lastDaily)}; from ${formatMonth(lastDaily + 1)} the Bloomberg-bridge month-end (a different instrument definition), flagged \`proxy\`. On ${n} common months the bridge minus ChinaBond is ${round6(mean)} pp on average (sd ${round6(Math.sqrt(ss / n - mean * mean))}, max |diff| ${round6(max)}).`,
      caveats: [
        MONTH_END,
        "Early-2002 values are noisy in the source.",
        "Months after the splice are a different definition (generic on-the-run bond, ≈ 2 bp offset): flagged proxy.",
      ],
    },
    data: cgb,
    flags: cgbFlags,
  });
  out.push(
    bondTr(
      "cn.cgb10y_tr",
      "China 10-year government bond total-return index (approximation)",
      "中国10年期国债全收益指数(近似)",
      cgb,
      1,
      "cn.cgb10y",
      TERMS.cnBond,
      cgbProv,
      cgbFlags,
    ),
  );
  return out;
}
