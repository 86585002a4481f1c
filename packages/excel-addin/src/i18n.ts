/**
 * Chinese function metadata (functions.zh-CN.json): descriptions of every function and parameter,
 * keyed by function id and parameter name. The build fails when one is missing.
 */
export interface FunctionText {
  description: string;
  params: Record<string, string>;
}

export const FUNCTIONS_ZH: Record<string, FunctionText> = {
  PHASE: {
    description: "由需求与库存增速逐行判断库存周期阶段：被动去库、主动补库、被动补库、主动去库。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      demand: "需求序列，如营业收入（销售）同比（%），每月一个值（一列或一行）。",
      inventory: "库存序列，如产成品存货同比（%），与需求同行。",
      options:
        '选项文本，如 "lang=zh; format=id"、"window=6; minPhase=6; demandPreset=monthly" 或 "mode=as-of; lag=1"。',
    },
  },
  OUTLOOK: {
    description:
      "当前实时阶段及其把握：实时与事后两种口径的持续性、阶段切换概率及样本外技能分、何种数据会改变判断，以及剔除价格后的实际阶段。",
    params: {
      dates: "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可。",
      demand: "需求序列，如营业收入（销售）同比（%），每月一个值（一列或一行）。",
      inventory: "库存序列，如产成品存货同比（%），与需求同行。",
      deflator: "同行的 PPI 同比（%），用于实际判断（库存同比 − PPI 同比；累计需求减去年初以来 PPI 均值）。",
      options:
        '选项文本，如 "lang=zh; lag=1; horizons=1/3/6"、"asOf=2020-06" 或 "demandKind=cumulative_yoy; deflatorLag=1"。',
    },
  },
  STATE: {
    description: "逐行给出序列的上行/下行状态：事后由拐点确定，或实时（as-of）判断。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      values: "一个序列，每月一个值（一列或一行）；空单元格视为缺失。",
      options: '选项文本，如 "lang=zh; mode=as-of; reversal=1; confirm=2"。',
    },
  },
  TURNS: {
    description: "用 Bry–Boschan / Harding–Pagan 方法识别序列的拐点（高点与低点）。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      values: "一个序列，每月一个值；空单元格视为缺失。",
      options: '选项文本，如 "lang=zh; preset=monthly; window=5; minPhase=5; minCycle=15"。',
    },
  },
  CYCLES: {
    description: "库存周期（低点到低点）及补库、去库月数；给出需求时再分为主动与被动。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      demand: '同行的需求序列，用于把补库、去库分为主动与被动；只看库存时留空（"" 或 ,,）。',
      inventory: "库存序列，如产成品存货同比（%）。",
      options: '选项文本，如 "lang=zh; window=6; minPhase=6; minCycle=24"。',
    },
  },
  YOY: {
    description: "同比增速（%）：100 × (当期 / lag 个月之前 − 1)，月份取自日期。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      values: "水平值，每月一个（一列或一行）；空单元格视为缺失。",
      lag: "与之比较的间隔月数；省略时为 12。",
    },
  },
  MONTHLYYOY: {
    description: "由国家统计局累计值与累计同比倒推当月同比（1–2 月合并发布规则）。",
    params: {
      dates: "各行日期，由旧到新或由新到旧均可；也用于确定每年的 1 月与 2 月。",
      cumulativeValues: "累计值，每月一个。",
      cumulativeYoY: "累计同比（%），与累计值同行。",
    },
  },
  DATA: {
    description: "Kitchin 自带的数据序列（日期、数值），如 cn.inventory_yoy；CYCLE.SERIES() 列出全部编号。",
    params: {
      seriesId: '序列编号，如 "cn.inventory_yoy" 或 "cn.demand_yoy"。',
      from: "起始月份（日期单元格或 2005-01 这样的文本）；省略时从序列开头。",
      to: "结束月份；省略时到序列末尾。",
    },
  },
  SERIES: {
    description: "Kitchin 自带的数据序列：编号、名称、单位、类型、起止月份、发布滞后与来源。",
    params: {},
  },
  SCORE: {
    description:
      "按库存周期阶段给资产打分（报告 004）：各阶段各资产的得分、阶段次数、阶段平均收益、年化收益、胜率、置换检验 p 值与排名。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；价格有名称行时，其上方的表头单元格会被跳过。",
      phases: "各月所处阶段（CYCLE.PHASE 的标签、passive-destock 这样的编号或 0–3 的代码）。",
      prices: "月末价格，每个资产一列，与阶段同行；首行为文字时视为资产名称。",
      names: "资产名称，每个价格列一个。",
      options: '选项文本，如 "lang=zh; mode=as-of; bootstrap=1000; seed=1"。',
    },
  },
  BACKTEST: {
    description: "回测阶段轮动（按阶段得分选前 k 个资产，只用已结束的历史阶段打分），并与等权组合比较。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；价格有名称行时，其上方的表头单元格会被跳过。",
      phases: "各月所处阶段（CYCLE.PHASE 的标签、编号或代码），最好为实时（as-of）阶段。",
      prices: "月末价格，每个资产一列，与阶段同行；首行为文字时视为资产名称。",
      options: '选项文本，如 "lang=zh; mode=as-of; lag=1; topK=1; cost=10"。',
    },
  },
  LEAD: {
    description: "用拐点匹配与互相关衡量指标对目标的领先期。领先 = 目标拐点月 − 指标拐点月：为正表示指标先拐。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      indicator: "指标序列，每月一个值（一列或一行）；空单元格视为缺失。",
      target: "被领先的序列，如库存同比，与指标同行。",
      options:
        '选项文本，如 "maxLead=12; maxLag=6; maxCorrLag=24"、"inverted=true; minAmplitude=0.5" 或 "lang=zh; detail=true"。',
    },
  },
  SYNC: {
    description:
      "两个经济体库存周期的同步性：共振补库、共振去库与背离的月数和占比，Harding–Pagan 一致性指数；两列均为阶段时另给 4 × 4 阶段表。",
    params: {
      statesA: "经济体 A 每月的库存状态：1 / −1 或 上行 / 下行（CYCLE.STATE），或 CYCLE.PHASE 给出的阶段。",
      statesB: "经济体 B 的同类数据，与 A 同行。",
      options: '选项文本，如 "lang=zh"。',
    },
  },
  SECTORS: {
    description:
      "行业面板：各行业最新所处的库存周期阶段、持续月数及最近一个月的权重占比，或每月各阶段的行业数与加权占比。",
    params: {
      table: "带表头的长表：行业、月份、存货，可选营收与权重（sector, month, inventory, sales, weight）。",
      options:
        '选项文本，如 "kind=yoy; mode=ex-post"、"lang=zh; reversal=1; confirm=2"、"at=2009-06"（只用截至该月的数据）或 "history=true"。',
    },
  },
  DECOMPOSE: {
    description: "库存增速拆解：库存同比 ≈ 工业增加值同比 + 价格（PPI）同比 + 库销比同比，逐月给出各项与残差。",
    params: {
      dates:
        "各行日期（日期单元格、2023-07 这样的文本或 202307 这样的数字），由旧到新或由新到旧均可；结果保持输入的行序。",
      inventory: "库存同比（%），每月一个值（一列或一行）；空单元格视为缺失。",
      valueAdded: "增加值（量）同比（%），如工业增加值同比，与库存同行。",
      price: "生产者价格同比（%），如 PPI 同比，与库存同行；也是实际库存列的平减指数。",
      ratio: "库销比同比（%），与库存同行；选项 sales=true 时改为需求（营收、销售）同比（%），由其精确推出库销比同比。",
      options: '选项文本，如 "sales=true"、"form=log; real=true" 或 "lang=zh"。',
    },
  },
  CONTRIB: {
    description: "各分项对总量同比增速的拉动（百分点），逐月及区间合计，并给出分项未能解释的残差。",
    params: {
      dates: "各行日期（日期单元格或 2023-07 这样的文本），逐月连续。",
      total: "总量水平值（如企业总库存），每行一个值；空单元格视为缺失。",
      components: "各分项水平值，每列一个分项，与总量同行；首行为文本时作为分项名称。",
      options:
        '选项文本，如 "from=2024-11; to=2025-09"、"window=12; aggregate=mean"、"shares=true" 或 "lang=zh"；cumulative=true 表示输入为统计局累计值。',
    },
  },
};
