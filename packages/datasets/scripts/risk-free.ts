/**
 * Cash / risk-free rates per region, from the incoming2 batch (`incoming2/PROVENANCE.md`
 * items 3 and 4): the rate a backtest's uninvested weight earns and the threshold of its Sharpe ratio.
 *
 * China: the 1-year government-bond (CGB) yield, month-end, from the ChinaBond curve — chosen over
 * SHIBOR because it is a government rate (no bank credit risk, no 2013-style interbank squeeze of
 * 6.8 % that a fund's cash never earned) and a month-end reading (SHIBOR here is a monthly average
 * of daily fixings, which would smooth it). Its cost: a 1-year tenor carries a little term premium
 * over true cash (the 3-month CGB is 0.16 pp lower on average over 2007-01..2026-06; build-report riskFree).
 * United States: the 3-month Treasury bill (TB3MS, H.15), as before, now through 2026-05.
 *
 * Both become total-return indices with one month's interest at the previous month's rate,
 * I_t = I_{t−1} · (1 + y_{t−1}/1200): the rate is known when the month starts (no look-ahead).
 */
import type { ProvenanceRef } from "../src/types.ts";
import { csvColumn, type Monthly, type Raw } from "./lib/raw.ts";
import { compare, round6 } from "./lib/series.ts";
import { TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";
import { FREDMD } from "./us-fredmd.ts";

const CN_RATES = "incoming2/cn_rates_monthly_shibor_cgb_lpr_2006-10_2026-09_ericxuzhesheng.csv";
const US_TB3MS = "incoming2/us_TB3MS_fred_1959_2026-05_opxie1.csv";

const SOURCES: Record<string, Omit<ProvenanceRef, "use" | "file">> = {
  [CN_RATES]: {
    repo: "ericxuzhesheng/China-US-Rate-Mechanism",
    path: "data/validation_20260930/cn_panel.csv",
    commit: "d173442b5a0a274354e9f9699faf1233f803edad",
  },
  [US_TB3MS]: { repo: "opxie1/usd", path: "data/raw/TB3MS.csv", commit: "e2a9bbfc434a0e20930cf0fe52efbdb165adc69d" },
};

function ref(file: string, use: string): ProvenanceRef {
  return { file, ...SOURCES[file], use };
}

/** Total-return index of a monthly rate in % p.a.: one month's interest at the previous month's rate. */
export function cashIndex(rate: Monthly, what: string): Monthly {
  const out: Monthly = new Map();
  let level = 100;
  let prev = -1;
  for (const [m] of [...rate].sort((a, b) => a[0] - b[0])) {
    if (prev >= 0) {
      if (m !== prev + 1) throw new Error(`${what} has a gap after month ${prev}`);
      level *= 1 + rate.get(prev)! / 1200;
    }
    out.set(m, round6(level));
    prev = m;
  }
  return out;
}

export function riskFree(raw: Raw, report: Report): Built[] {
  const cnRows = raw.csv(CN_RATES);
  const cgb1y = csvColumn(cnRows, "cn_1y", { file: CN_RATES });
  const cgb3m = csvColumn(cnRows, "cn_3m", { file: CN_RATES });
  const shibor = csvColumn(cnRows, "cn_shibor1w", { file: CN_RATES });
  const tb = csvColumn(raw.csv(US_TB3MS), "value", { file: US_TB3MS });
  // How the chosen CN rate compares with the alternatives, and the US copy with FRED-MD's TB3MS (DATA.md).
  report.riskFree = {
    cn1yVs3m: compare(cgb1y, cgb3m),
    cn1yVsShibor1w: compare(cgb1y, shibor),
    usTb3msVsFredMd: compare(tb, csvColumn(raw.csv(FREDMD), "TB3MS", { file: FREDMD })),
  };
  const cnProv = [ref(CN_RATES, "column cn_1y (ChinaBond 1-year CGB yield, month-end)")];
  const usProv = [ref(US_TB3MS, "column value (TB3MS)")];
  return [
    {
      meta: {
        id: "cn.cgb1y",
        group: "asset",
        name: "China 1-year government bond yield (ChinaBond curve, month-end)",
        nameZh: "中国1年期国债收益率(中债曲线，月末)",
        unit: "% p.a.",
        kind: "yield",
        source: "ChinaBond government-bond yield curve via akshare (ericxuzhesheng/China-US-Rate-Mechanism)",
        provenance: cnProv,
        terms: TERMS.cnBond,
        lag: 0,
        derivation: "As published (month-end curve yield).",
        caveats: [
          "A 1-year tenor: a little term premium over overnight cash (the 3-month CGB yield is 0.16 pp lower on average).",
        ],
      },
      data: cgb1y,
    },
    {
      meta: {
        id: "cn.cash_tr",
        group: "asset",
        name: "China cash (1-year government bond yield) total-return index",
        nameZh: "中国现金(1年期国债收益率)全收益指数",
        unit: "index (2007-01 = 100)",
        kind: "index",
        source: "Derived from the ChinaBond 1-year CGB yield (cn.cgb1y)",
        provenance: cnProv,
        terms: TERMS.cnBond,
        lag: 0,
        derivation:
          "I_t = I_{t−1}·(1 + y_{t−1}/1200): one month's interest at the previous month-end's 1-year yield; rounded to 6 decimals.",
        caveats: [
          "Approximation of cash: ignores the price change of a 1-year bill as yields move within the month (≈ 1 year of duration).",
        ],
      },
      data: cashIndex(cgb1y, "cn_1y"),
    },
    {
      meta: {
        id: "us.tbill_tr",
        group: "asset",
        name: "US cash (3-month T-bill) total-return index",
        nameZh: "美国现金(3个月国库券)全收益指数",
        unit: "index (1959-01 = 100)",
        kind: "index",
        source: "Derived from TB3MS (Federal Reserve Board H.15) via FRED",
        provenance: usProv,
        terms: TERMS.fedBoard,
        lag: 0,
        derivation:
          "I_t = I_{t−1}·(1 + TB3MS_{t−1}/1200): one month's interest at the previous month's (monthly-average, discount-basis) rate; rounded to 6 decimals. TB3MS equals FRED-MD's on every common month.",
        caveats: ["Approximation: ignores the discount-vs-investment-yield difference and intra-month rate changes."],
      },
      data: cashIndex(tb, "TB3MS"),
    },
  ];
}
