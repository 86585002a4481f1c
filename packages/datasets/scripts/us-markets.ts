/**
 * US leading indicator and asset recipes: OECD CLI, Treasury yield and total-return
 * index, cash, S&P 500, oil and gold.
 */
import { monthIndex } from "@kitchin/core";
import { csvColumn, type Raw } from "./lib/raw.ts";
import { compare, restrict } from "./lib/series.ts";
import { prov, TERMS } from "./lib/provenance.ts";
import type { Built, Report } from "./lib/spec.ts";
import { bondTr } from "./lib/bond.ts";

export function usOther(raw: Raw, report: Report): Built[] {
  const out: Built[] = [];
  const cli = csvColumn(raw.csv("us/oecd_cli_us_amplitude_adjusted_USALOLITOAASTSAM.csv"), "USALOLITOAASTSAM", {
    file: "cli",
  });
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
      caveats: [
        "Revised every month: the latest months move as new data arrive.",
        "OECD changed the CLI methodology in 2024; the normalised series was discontinued (not shipped).",
      ],
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
  out.push(
    bondTr(
      "us.ust10y_tr",
      "US 10-year Treasury total-return index (approximation)",
      "美国10年期国债全收益指数(近似)",
      gs10,
      2,
      "us.ust10y",
      TERMS.usPublic,
      [prov("us/fred_GS10_monthly.csv", "via us.ust10y")],
    ),
  );

  // Cash (us.tbill_tr) is built with the other risk-free rates in risk-free.ts.

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
      caveats: [
        "Monthly AVERAGE, not month-end: returns are smoothed and lag month-end prices by about half a month.",
        "Price index: dividends excluded.",
      ],
    },
    data: restrict(sp, monthIndex(1871, 1), Infinity),
  });

  for (const [id, file, name, zh, start] of [
    [
      "us.wti",
      "us/wti_monthly_eia_datahub.csv",
      "WTI crude oil spot price (Cushing), monthly average",
      "WTI原油现货价格(月均)",
      monthIndex(1986, 1),
    ],
    [
      "us.brent",
      "us/brent_monthly_eia_datahub.csv",
      "Brent crude oil spot price (Europe FOB), monthly average",
      "布伦特原油现货价格(月均)",
      monthIndex(1987, 5),
    ],
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
    data: restrict(
      csvColumn(raw.csv("us/gold_monthly_datahub.csv"), "Price", { file: "gold" }),
      monthIndex(1960, 1),
      Infinity,
    ),
  });
  return out;
}
