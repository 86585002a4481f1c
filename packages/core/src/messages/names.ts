/**
 * The core's own words for what a message is about (a series it names, an option it checks), in
 * Chinese; a user's column, series or industry name is printed as given.
 */
const NAMES_ZH: Record<string, string> = {
  "the column": "该列",
  series: "序列",
  "the series": "该序列",
  total: "总量",
  "the indicator": "指标序列",
  "the target": "目标序列",
  inventory: "库存",
  "inventory series": "库存序列",
  "the inventory series": "库存序列",
  "demand (revenue)": "需求（营收）",
  "demand (revenue) series": "需求（营收）序列",
  "an input series": "有一个输入序列",
  "an industry": "某个行业",
  sales: "销售",
  price: "价格",
  "value added": "增加值",
  "inventory/sales ratio": "库存销售比",
  month: "月份",
  vintage: "数据版本",
  // options whose English name is a phrase (an option typed as a key, `minAmplitude`, stays as given)
  "window length": "窗口长度",
  "maximum lag": "最大滞后",
  "revenue lag": "需求（营收）发布滞后",
  "inventory lag": "库存发布滞后",
  "release lag": "发布滞后",
  "moving-average window": "移动平均窗口",
};

/** `name` in Chinese when it is one of the core's own words (`component 2` → `分项 2`, `option at` → `选项 at`). */
export function nameZh(name: string): string {
  const own = NAMES_ZH[name];
  if (own !== undefined) return own;
  const component = /^component (\d+)$/.exec(name);
  if (component) return `分项 ${component[1]}`;
  const option = /^option (\S+)$/.exec(name);
  return option ? `选项 ${option[1]}` : name;
}

/** `name` in Chinese before Chinese text: a user's name keeps a space after it (`tot 没有数值`, `目标序列没有数值`). */
export function nameZhBefore(name: string): string {
  const zh = nameZh(name);
  return zh === name ? `${name} ` : zh;
}

/** `name` in Chinese between Chinese words: a user's name keeps a space on each side. */
export function nameZhInside(name: string): string {
  const zh = nameZh(name);
  return zh === name ? ` ${name} ` : zh;
}
