/**
 * The words and numbers both faces print (src/text/, and the report's sentences in report.ts),
 * against expectations written out by hand: fixed decimals and percentages without a "−0", the gap
 * to equal weight, the headline sentence (none, too short, and a made-up headline), strategy and
 * series names in English and Chinese, and file names without `node:path`.
 */
import { describe, expect, it } from "vitest";
import type { Headline } from "@kitchin/backtest";
import { fixed, fmt, pct } from "../src/text/numbers.ts";
import { vsEqual } from "../src/text/results.ts";
import { riskFreeLabel, seriesName, sourceName, strategyLabel } from "../src/text/names.ts";
import { fileName } from "../src/text/fileName.ts";
import { headlineText, strategyName } from "../src/report.ts";

describe("numbers", () => {
  it("fmt: fixed decimals, a dash for what is missing", () => {
    expect(fmt(1.234)).toBe("1.23");
    expect(fmt(1.235, 1)).toBe("1.2");
    expect(fmt(2, 0)).toBe("2");
    expect(fmt(-1.23456, 3)).toBe("-1.235");
    for (const x of [null, undefined, NaN, Infinity, -Infinity]) expect(fmt(x)).toBe("—");
  });
  it("pct: a fraction as a percentage, a dash for what is missing", () => {
    expect(pct(0.1234)).toBe("12%");
    expect(pct(0.1234, 1)).toBe("12.3%");
    expect(pct(-0.25, 2)).toBe("-25.00%");
    expect(pct(1)).toBe("100%");
    for (const x of [null, undefined, NaN]) expect(pct(x)).toBe("—");
  });
  it("a value that rounds to zero prints without a sign (no −0)", () => {
    expect(fmt(-0.001)).toBe("0.00");
    expect(fmt(-0)).toBe("0.00");
    expect(fixed(-0.04, 1)).toBe("0.0");
    expect(fixed(-0.4, 0)).toBe("0");
    expect(pct(-0.001)).toBe("0%");
    expect(pct(-0.0004, 1)).toBe("0.0%");
    // but a value that does not round to zero keeps it
    expect(pct(-0.006)).toBe("-1%");
    expect(fmt(-0.006)).toBe("-0.01");
  });
});

describe("vsEqual: each CAGR against equal weight's, in points", () => {
  it("ahead, behind (trails), the benchmark itself, and a missing CAGR", () => {
    const v = vsEqual(
      [
        { strategy: "topk:1", cagr: 0.07 },
        { strategy: "equal-weight", cagr: 0.05 },
        { strategy: "hold:cn.csi300", cagr: 0.03 },
        { strategy: "clock", cagr: NaN },
      ],
      "en",
    );
    expect(v.text).toEqual(["+2.0 pp", "benchmark", "−2.0 pp ▼ trails", ""]);
    expect(v.trails).toEqual([false, false, true, false]);
    expect(vsEqual([{ strategy: "x", cagr: 0.01 }], "en")).toEqual({ text: [""], trails: [false] });
    expect(
      vsEqual(
        [
          { strategy: "equal-weight", cagr: 0.05 },
          { strategy: "x", cagr: 0.04 },
        ],
        "zh",
      ).text,
    ).toEqual(["基准", "−1.0 个百分点 ▼ 落后"]);
  });
  it("a gap that prints as 0.0 neither trails nor has a minus", () => {
    const v = vsEqual(
      [
        { strategy: "equal-weight", cagr: 0.05 },
        { strategy: "a", cagr: 0.05 - 1e-5 },
      ],
      "en",
    );
    expect(v.text[1]).toBe("+0.0 pp");
    expect(v.trails[1]).toBe(false);
  });
});

const made: Headline = {
  from: "2016-01",
  to: "2020-12",
  fit: 60,
  test: 12,
  candidates: ["topk:1", "clock"],
  folds: [],
  rotation: { cagr: 0.05 } as Headline["rotation"],
  benchmarks: [
    { name: "equal-weight", metrics: { cagr: 0.04 } },
    { name: "hold:cn.csi300", metrics: { cagr: 0.08 } },
  ] as Headline["benchmarks"],
  trails: ["hold:cn.csi300"],
  asBenchmark: [],
  benchmarkMonths: 0,
  months: 60,
  switches: 1,
  switchTurnover: 0.5,
};

describe("headlineText", () => {
  it("no headline asked (undefined): no sentence", () => {
    expect(headlineText(undefined, "en")).toBeNull();
    expect(headlineText(undefined, "zh")).toBeNull();
  });
  it("a window too short (null): says so, in either language", () => {
    expect(headlineText(null, "en")).toBe(
      "The window is too short for a walk-forward test (60 fitting months and one test month at least).",
    );
    expect(headlineText(null, "zh")).toBe("样本太短，无法做滚动样本外检验（至少需 60 个月拟合加 1 个检验月）。");
  });
  it("a headline: the rotation's CAGR beside each benchmark's, what it trails, its switches", () => {
    expect(headlineText(made, "en")).toBe(
      "Headline: the walk-forward rotation (every 12 months the best past Sharpe among topk:1, clock) earned 5.0% " +
        "a year out of sample 2016-01..2020-12, against equal weight 4.0%, buy-and-hold CSI 300 8.0% over the same " +
        "months. It trails buy-and-hold CSI 300. It switched candidates once (turnover 0.50), charged at the same cost.",
    );
    const ahead = headlineText({ ...made, trails: [], switches: 3 }, "en", [], (s) => strategyName(s, "en"))!;
    expect(ahead).toContain("among top 1 by phase score, investment clock)");
    expect(ahead).toContain("It does not trail the benchmarks.");
    expect(ahead).toContain("It switched candidates 3 times");
  });
});

describe("names", () => {
  it("strategyName: specs in words, in English and Chinese", () => {
    expect(strategyName("equal", "en")).toBe("equal weight");
    expect(strategyName("equal-weight", "zh")).toBe("等权");
    expect(strategyName("hold:cn.csi300", "en")).toBe("buy-and-hold CSI 300");
    expect(strategyName("hold:cn.csi300", "zh")).toBe("买入持有 沪深300");
    expect(strategyName("topk:2", "en")).toBe("top 2 by phase score");
    expect(strategyName("topk:1:inverse-vol", "zh")).toBe("阶段得分前1:inverse-vol");
    expect(strategyName("clock (ex-post)", "en")).toBe("investment clock (ex-post)");
    expect(strategyName("map:w.json", "en")).toBe("map:w.json");
  });
  it("strategyLabel: English keeps the spec; Chinese names it, the spec in brackets", () => {
    expect(strategyLabel("topk:1 (ex-post)", "en")).toBe("topk:1 (ex-post)");
    expect(strategyLabel("topk:1 (ex-post)", "zh")).toBe("得分前 1 名轮动（topk:1）（事后阶段）");
    expect(strategyLabel("clock", "zh")).toBe("阶段时钟轮动（clock）");
    expect(strategyLabel("map:w.json", "zh")).toBe("自定义阶段配置（map:w.json）");
    expect(strategyLabel("equal-weight", "zh")).toBe("等权");
    expect(strategyLabel("hold:cn.csi300", "zh")).toBe("买入持有 沪深300");
    expect(strategyLabel("mine", "zh")).toBe("mine");
  });
  it("series, cash and phase-source names", () => {
    expect(seriesName("cn.inventory_yoy", "en")).toBe("cn.inventory_yoy");
    expect(seriesName("cn.inventory_yoy", "zh")).toBe("规模以上工业企业:产成品存货:同比");
    expect(seriesName("my column", "zh")).toBe("my column");
    expect(riskFreeLabel("zero", "zh")).toBe("零");
    expect(riskFreeLabel("zero", "en")).toBe("zero");
    expect(riskFreeLabel("cn.shibor3m", "zh")).toBe("cn.shibor3m");
    expect(sourceName("cn.inventory_yoy × x", "zh")).toBe("规模以上工业企业:产成品存货:同比 × x");
    expect(sourceName("cn.inventory_yoy × x", "en")).toBe("cn.inventory_yoy × x");
  });
});

describe("fileName (the report's own basename)", () => {
  it("the last part of a path, either separator, trailing separators ignored", () => {
    expect(fileName("prices.csv")).toBe("prices.csv");
    expect(fileName("data/prices.csv")).toBe("prices.csv");
    expect(fileName("/home/u/data/prices.csv")).toBe("prices.csv");
    expect(fileName("C:\\Users\\u\\prices.csv")).toBe("prices.csv");
    expect(fileName("a/b\\c.xlsx")).toBe("c.xlsx");
    expect(fileName("data/dir/")).toBe("dir");
    expect(fileName("")).toBe("");
    expect(fileName("/")).toBe("");
  });
});
