/**
 * The add-in's column headers, English and Chinese. Single words (date, type, peak, cycle, current,
 * restocking …), phase and state names come from the core's one table (`wordOf`, `PHASES`,
 * `STATE_LABELS`); these are the add-in's own multi-column headers, whose English is spelled out in
 * full for a worksheet (e.g. "hit rate" where the CLI's narrow table says "hit").
 */
import { wordOf, type Lang } from "@kitchin/core";

/** Column headers of CYCLE.SCORE (the contract of `kitchin score`, in the add-in's words). */
export const SCORE_HEADERS = {
  en: [
    "phase",
    "asset",
    "score",
    "episodes",
    "positive",
    "mean episode return",
    "annualised return",
    "hit rate",
    "p-value",
    "q-value (BH)",
    "rank",
  ],
  zh: ["阶段", "资产", "得分", "阶段次数", "上涨次数", "阶段平均收益", "年化收益", "胜率", "p值", "q值(BH)", "排名"],
} as const;

/** Column headers of CYCLE.BACKTEST. */
export const BACKTEST_HEADERS = {
  en: [
    "strategy",
    "phase",
    "months",
    "total return",
    "CAGR",
    "volatility",
    "Sharpe",
    "Sortino",
    "max drawdown",
    "Calmar",
    "hit rate",
  ],
  zh: [
    "策略",
    "阶段",
    "月数",
    "累计收益",
    "年化收益",
    "波动率",
    "夏普比率",
    "索提诺比率",
    "最大回撤",
    "卡玛比率",
    "月胜率",
  ],
} as const;

/** The first cell of a note row ("note" / "注", the core's word). */
export const noteCell = (lang: Lang) => wordOf("note", lang);
export const ALL_MONTHS = { en: "all months", zh: "全部月份" } as const;

/** Column headers of CYCLE.LEAD (the row of `kitchin lead`; leads in months, + = the indicator turned first). */
export const LEAD_HEADERS = {
  en: ["matched", "missed", "extra", "mean lead", "median lead", "min lead", "max lead", "best lag", "best corr"],
  zh: [
    "匹配拐点",
    "遗漏拐点",
    "多余拐点",
    "平均领先",
    "领先中位数",
    "最短领先",
    "最长领先",
    "互相关最佳领先",
    "最佳相关系数",
  ],
} as const;

/** CYCLE.LEAD's turn list (`detail=true`), as `kitchin lead --details`. */
export const LEAD_DETAIL = {
  header: {
    en: ["turn", "type", "target turn", "indicator turn", "lead"],
    zh: ["拐点", "类型", "目标拐点", "指标拐点", "领先"],
  },
  matched: { en: "matched", zh: "匹配" },
  missed: { en: "missed", zh: "遗漏" },
  extra: { en: "extra", zh: "多余" },
  unmatchable: { en: "too near the ends", zh: "临近端点无法判断" },
} as const;

/** Row labels of CYCLE.SYNC (the table of `kitchin sync`). */
export const SYNC_ROWS = {
  en: {
    header: ["", "months", "share"],
    months: "months compared",
    inStep: "in step",
    coRestock: "co-restocking",
    coDestock: "co-destocking",
    aRestockBDestock: "A restocking, B destocking",
    aDestockBRestock: "A destocking, B restocking",
    concordance: "concordance",
    independent: "concordance if independent",
    corner: "A \\ B",
  },
  zh: {
    header: ["", "月数", "占比"],
    months: "可比月数",
    inStep: "同向",
    coRestock: "共振补库",
    coDestock: "共振去库",
    aRestockBDestock: "A补库、B去库",
    aDestockBRestock: "A去库、B补库",
    concordance: "一致性指数",
    independent: "独立时的一致性指数",
    corner: "A \\ B",
  },
} as const;

/**
 * Column headers of CYCLE.SECTORS: the latest phase per sector with its weight share in the last
 * month (the "weight" column of `kitchin sectors`), and the monthly panel (`history=true`).
 */
export const SECTOR_HEADERS = {
  en: ["sector", "month", "phase", "months in phase", "inventory", "months in state", "weight share"],
  zh: ["行业", "月份", "阶段", "阶段月数", "库存", "状态月数", "权重占比"],
} as const;

export const SECTOR_HISTORY = {
  en: {
    unknown: "unknown",
    share: " share",
    restocking: "restocking",
    known: "state known",
    restockingShare: "restocking share",
  },
  zh: {
    unknown: "未知",
    share: "权重占比",
    restocking: "补库行业数",
    known: "状态已知行业数",
    restockingShare: "补库权重占比",
  },
} as const;

/** Column headers of CYCLE.DECOMPOSE (the terms of `kitchin decompose`; the last two with real=true). */
export const DECOMPOSE_HEADERS = {
  en: ["inventory", "value added", "price", "ratio", "explained", "residual", "real (exact)", "real (difference)"],
  zh: ["库存", "工业增加值", "价格", "库销比", "三项合计", "残差", "实际库存（精确）", "实际库存（差分）"],
} as const;

/** CYCLE.CONTRIB headers (the component names are the user's). */
export const CONTRIB_HEADERS = {
  en: { date: "date", totalYoy: "total YoY", residual: "residual", share: "share", component: "component" },
  zh: { date: "日期", totalYoy: "总量同比", residual: "残差", share: "占比", component: "分项" },
} as const;
