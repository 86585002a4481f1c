/**
 * The words of `--help`: each command's summary in Chinese, two or three examples, and
 * a glossary of the column names its tables print (also in docs/cli.md, "Columns").
 */
import type { Lang } from "@kitchin/core";

type Words = Record<Lang, string>;

export const SUMMARY_ZH: Record<string, string> = {
  overview: "主要任务：当前阶段、历轮周期表、当前阶段表现最好的资产、轮动回测与 HTML 报告（默认 cn）",
  turns: "确定一个序列的高点与低点（BBQ 或 Bry–Boschan）",
  phase: "逐月的四个阶段（事后或实时）及当前阶段",
  cycles: "低点到低点的库存周期：补库与去库、主动与被动的月数，进行中的周期",
  data: "列出、查看、导出内置的中国与美国序列；导入你更新的数据",
  score: "分阶段资产得分：笔记 004 得分、收益、胜率、夏普比率、自助法区间、置换检验 p 值",
  backtest: "回测阶段轮动策略，与等权和买入持有对比，按阶段拆分",
  compare: "多个策略并列对比，按阶段拆分",
  report: "写出一个自包含的 HTML 报告：阶段、策略与基准、得分热力图",
  sweep: "在参数网格上扫描轮动策略，可做滚动样本外检验",
  lead: "领先指标表：拐点领先月数与互相关",
  sync: "两个经济体库存周期的同步性：共同补库、共同去库、一致性、阶段表",
  decompose: "库存同比 ≈ 工业增加值 + PPI + 库存销售比，及残差",
  sectors: "行业面板：各行业的阶段与补库行业占比",
  contrib: "各分项对总量同比的拉动（百分点），按月与按窗口；残差、占比；背离",
  outlook: "当前判断及其把握：持续性、1/3/6 个月内换阶段的概率、翻转所需的数据、实际（PPI 平减）判断",
};

export const EXAMPLES: Record<string, string[]> = {
  overview: [
    "kitchin overview                                   # China: the call, cycles, best assets, backtest, kitchin-report.html",
    "kitchin overview --dataset us --lang zh --out us.html",
    "kitchin overview --file mine.xlsx --inventory INV --demand REV --lag 1 --out cycle.html   # no prices: the cycle part",
  ],
  turns: [
    "kitchin turns --dataset cn",
    "kitchin turns --dataset us --series us.inventory_yoy --method bry-boschan --format csv",
  ],
  phase: [
    "kitchin phase --dataset cn --from 2020-01",
    "kitchin phase --dataset us --mode as-of --format csv > us-phases.csv",
  ],
  cycles: [
    "kitchin cycles --dataset cn",
    "kitchin cycles --dataset us --from 2000-01 --lang zh",
    "kitchin cycles --file mine.xlsx --inventory INV --demand REV --as-of 2019-06",
  ],
  data: [
    "kitchin data list --dataset cn",
    "kitchin data show cn.ppi_yoy --from 2024-01",
    "kitchin data import wind.xlsx --dry-run",
  ],
  score: ["kitchin score --dataset cn", "kitchin score --dataset us --from 2002-01 --format csv > scores.csv"],
  backtest: [
    "kitchin backtest --dataset cn",
    "kitchin backtest --dataset us --strategy topk:2 --cost 20 --out bt.xlsx",
  ],
  compare: [
    "kitchin compare --dataset cn",
    "kitchin compare --dataset us --strategy topk:1 --strategy clock --strategy equal --format json",
  ],
  report: [
    "kitchin report --dataset cn --out cn.html",
    "kitchin report --dataset us --lang zh --out us-zh.html --pdf us-zh.pdf",
    "kitchin report --dataset cn --as-of 2019-06 --out cn-2019.html",
  ],
  sweep: [
    "kitchin sweep --dataset cn --top-k 1,2,3 --signal-lag 0,1",
    "kitchin sweep --dataset us --walk-forward 60:12",
  ],
  lead: [
    "kitchin lead --dataset cn",
    "kitchin lead --target cn.inventory_yoy --indicator cn.ppi_yoy --indicator cn.m1_yoy --details",
  ],
  sync: ["kitchin sync --a cn --b us", "kitchin sync --a cn --b us --mode as-of --from 2010-01 --format csv"],
  decompose: ["kitchin decompose --dataset cn --last 12", "kitchin decompose --dataset us --form log --format json"],
  sectors: ["kitchin sectors --dataset cn", "kitchin sectors --pairs --lang zh"],
  contrib: ["kitchin contrib --dataset us", "kitchin contrib --dataset us --window 12 --shares"],
  outlook: ["kitchin outlook --dataset cn", "kitchin outlook --dataset us --as-of 2019-06 --lang zh"],
};

const g = (en: string, zh: string): Words => ({ en, zh });

const METRICS: Record<string, Words> = {
  total: g("total return over the window", "窗口内总收益"),
  CAGR: g("compound annual growth rate (annualised return)", "年化复合收益率"),
  vol: g("annualised volatility of monthly returns", "月度收益的年化波动率"),
  Sharpe: g("annualised excess return over the cash rate ÷ volatility", "超过无风险利率的年化收益 ÷ 波动率"),
  Sortino: g("as Sharpe, with downside deviation only", "同夏普比率，只计下行波动"),
  "max DD": g("maximum drawdown, peak to trough", "最大回撤（高点到低点）"),
  Calmar: g("CAGR ÷ the size of max DD", "年化收益 ÷ 最大回撤的绝对值"),
  hit: g("share of months with a positive return", "收益为正的月份占比"),
  "turnover/yr": g("weight traded per year (1 = the whole portfolio once)", "每年换手（1 = 整个组合换一次）"),
  exposure: g("average share invested (the rest earns the cash rate)", "平均投资比例（其余按无风险利率计息）"),
  "vs equal weight": g(
    "CAGR minus equal weight's over the same months, percentage points; ▼ trails",
    "与同期等权年化收益之差（百分点）；▼ 表示落后",
  ),
};

export const GLOSSARY: Record<string, Record<string, Words>> = {
  score: {
    "#": g("rank within the phase (by score, then annualised return)", "阶段内排名"),
    score: g(
      "note 004's score: episodes with a positive return, +1 if all were positive, +1 if the mean episode return beats the cross-asset mean",
      "笔记 004 得分：收益为正的阶段数，全部为正再 +1，平均阶段收益高于全资产平均再 +1",
    ),
    eps: g("episodes: completed spells of the phase with a return for the asset", "阶段次数：有该资产收益的完整阶段"),
    pos: g("episodes with a positive return", "收益为正的阶段数"),
    "mean ep / median ep": g("mean / median return per episode", "每个阶段收益的均值 / 中位数"),
    "ann. ret": g("annualised return over all the phase's months", "该阶段所有月份的年化收益"),
    "95% CI": g("bootstrap interval of the annualised return", "年化收益的自助法置信区间"),
    hit: g("share of episodes with a positive return (pos ÷ eps)", "收益为正的阶段占比（pos ÷ eps）"),
    Sharpe: METRICS.Sharpe,
    t: g("t-statistic of the mean monthly return in the phase", "该阶段月均收益的 t 统计量"),
    p: g(
      "permutation p-value: chance of a score this good with the phases shuffled",
      "置换检验 p 值：打乱阶段后得到同样好结果的概率",
    ),
    q: g(
      "q-value: the p-value adjusted for testing many assets (Benjamini–Hochberg)",
      "q 值：对多资产检验校正后的 p 值（Benjamini–Hochberg）",
    ),
  },
  backtest: {
    ...METRICS,
    "DD peak→trough": g("months of the maximum drawdown's peak and trough", "最大回撤的高点与低点月份"),
  },
  compare: {
    months: g("months of the window (or of the phase) the row covers", "该行覆盖的月数"),
    ...METRICS,
    best: g("the row with the highest Sharpe ratio (the headline's criterion)", "夏普比率最高者（与结论同一标准）"),
  },
  sweep: {
    "phase rule": g(
      "the phase timeline (reversal/confirm of the as-of rule)",
      "阶段规则（实时规则的反转幅度/确认月数）",
    ),
    lag: g("signal lag: months between a phase being known and trading on it", "信号滞后：阶段已知到交易之间的月数"),
    "top-k": g("assets held: the k best scored in the phase", "持有该阶段得分最高的 k 个资产"),
    bps: g("trading cost, basis points per unit of turnover", "交易成本（每单位换手的基点）"),
    ...METRICS,
  },
  overview: {
    episodes: g("past spells of the phase with a return for the asset", "有该资产收益的历史同阶段次数"),
    meanEpisode: g("mean return per episode", "每个阶段的平均收益"),
    annualised: g("annualised return over the phase's months", "该阶段月份的年化收益"),
    pValue: g("permutation p-value (see kitchin score --help)", "置换检验 p 值（见 kitchin score --help）"),
    qValue: g("p-value adjusted for many assets", "多资产校正后的 p 值"),
  },
  cycles: {
    "restock (active+passive)": g(
      "months restocking: active (demand rising) + passive (demand falling); n? = demand state unknown",
      "补库月数：主动（需求上行）+ 被动（需求下行）；n? = 需求状态未知",
    ),
    "destock (active+passive)": g("months destocking, split the same way", "去库月数，同样拆分"),
  },
  lead: {
    matched: g("target turns matched by an indicator turn of the same kind", "被同类指标拐点匹配的目标拐点数"),
    missed: g("target turns with no indicator turn in the window", "窗口内没有指标拐点的目标拐点数"),
    extra: g("indicator turns that match no target turn", "没有对应目标拐点的指标拐点数"),
    "mean/median/min/max": g("lead in months (+ = the indicator turns first)", "领先月数（+ = 指标先转向）"),
    "best lag / r": g("lag of the highest cross-correlation and its value", "互相关最高的滞后期及其值"),
  },
  sync: {
    "in step": g("months both economies restock or both destock", "两经济体同时补库或同时去库的月份"),
    concordance: g(
      "Harding–Pagan concordance: share of months in the same state",
      "Harding–Pagan 一致性：状态相同的月份占比",
    ),
  },
  decompose: {
    "value added / price / ratio": g(
      "the terms of inventory YoY ≈ value added + price + inventory/sales ratio",
      "库存同比 ≈ 增加值 + 价格 + 库存销售比 各项",
    ),
    residual: g("inventory YoY minus the sum of the terms", "库存同比减去各项之和"),
    "real (exact/diff)": g("real inventory YoY deflated by the price term", "以价格项平减后的实际库存同比"),
  },
  contrib: {
    "total YoY": g("the total's YoY growth, %", "总量同比，%"),
    residual: g("total YoY minus the components' contributions (pp)", "总量同比减去各分项拉动（百分点）"),
  },
};
