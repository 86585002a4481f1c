/**
 * The backtest package's and the shipped data's refusals that reach a user (a price panel with a
 * duplicate, non-positive or missing price; a phase series that does not cover the prices; a map
 * strategy's weights; walk-forward's window; an unknown series id), in English and Chinese as
 * functions of their parameters. The package's own invariants (a step stack built wrong, arrays of
 * different lengths built by the code) stay plain errors: a user cannot cause them.
 */

/** A JSON value's kind as `jsonKind` (apps/cli io/json.ts) names it, in Chinese. */
const JSON_KIND_ZH: Record<string, string> = {
  null: "null",
  "a list": "列表",
  "an object": "对象",
  "a number": "数字",
  text: "文本",
  "true/false": "真/假值",
};
const kindZh = (k: string) => JSON_KIND_ZH[k] ?? k;

export const BACKTEST_MESSAGES = {
  panelAssetTwice: {
    en: (p: { id: string }) => `asset "${p.id}" appears twice in the price panel`,
    zh: (p: { id: string }) => `资产 "${p.id}" 在价格面板中出现了两次`,
  },
  panelPriceNotPositive: {
    en: (p: { id: string; month: string; price: number }) =>
      `price of "${p.id}" in ${p.month} is ${p.price}; prices must be positive`,
    zh: (p: { id: string; month: string; price: number }) =>
      `"${p.id}" 在 ${p.month} 的价格为 ${p.price}；价格须为正数`,
  },
  panelPriceGap: {
    en: (p: { id: string; month: string; first: string; last: string }) =>
      `missing price for "${p.id}" in ${p.month} (between its first price ${p.first} and its last ${p.last})`,
    zh: (p: { id: string; month: string; first: string; last: string }) =>
      `"${p.id}" 缺少 ${p.month} 的价格（位于其首个价格 ${p.first} 与最后一个价格 ${p.last} 之间）`,
  },
  panelUnknownAsset: {
    en: (p: { id: string; known: readonly string[]; more: boolean }) =>
      `unknown asset "${p.id}"; the panel has ${p.known.join(", ")}${p.more ? ", …" : ""}`,
    zh: (p: { id: string; known: readonly string[]; more: boolean }) =>
      `没有资产 "${p.id}"；价格面板中有 ${p.known.join(", ")}${p.more ? ", …" : ""}`,
  },
  panelNoOverlap: {
    en: (p: { from: string; to: string; start: string; end: string }) =>
      `window ${p.from}..${p.to} does not overlap prices ${p.start}..${p.end}`,
    zh: (p: { from: string; to: string; start: string; end: string }) =>
      `窗口 ${p.from}..${p.to} 与价格区间 ${p.start}..${p.end} 没有重叠`,
  },
  phasesEmpty: {
    en: () => "the phase series is empty",
    zh: () => "阶段序列是空的",
  },
  phasesEndEarly: {
    en: (p: { end: string; lag: number; known: string; to: string }) =>
      `the phase series ends ${p.end}${p.lag ? ` (known ${p.known} with a ${p.lag}-month lag)` : ""} but prices run to ${p.to}; shorten the window with --to or extend the phases`,
    zh: (p: { end: string; lag: number; known: string; to: string }) =>
      `阶段序列止于 ${p.end}${p.lag ? `（滞后 ${p.lag} 个月，${p.known} 可知）` : ""}，而价格延续到 ${p.to}；请用 --to 缩短窗口，或延长阶段序列`,
  },
  phasesStartLate: {
    en: (p: { start: string; lag: number; known: string; from: string }) =>
      `the phase series starts ${p.start}${p.lag ? ` (known ${p.known} with a ${p.lag}-month lag)` : ""} but prices start ${p.from}; move the window with --from`,
    zh: (p: { start: string; lag: number; known: string; from: string }) =>
      `阶段序列始于 ${p.start}${p.lag ? `（滞后 ${p.lag} 个月，${p.known} 可知）` : ""}，而价格始于 ${p.from}；请用 --from 移动窗口`,
  },
  backtestWindow: {
    en: (p: { from: string; to: string; start: string; end: string }) =>
      `backtest window ${p.from}..${p.to} must lie inside the prices ${p.start}..${p.end} and span at least two months`,
    zh: (p: { from: string; to: string; start: string; end: string }) =>
      `回测窗口 ${p.from}..${p.to} 须位于价格区间 ${p.start}..${p.end} 之内，且至少跨两个月`,
  },
  mapWeightNegative: {
    en: (p: { asset: string; phase: string; weight: number }) =>
      `weight of "${p.asset}" in ${p.phase} must be a non-negative number, got ${p.weight}`,
    zh: (p: { asset: string; phase: string; weight: number }) =>
      `${p.phase} 中 "${p.asset}" 的权重须为非负数，收到 ${p.weight}`,
  },
  mapWeightsOverOne: {
    en: (p: { phase: string; sum: number }) =>
      `weights for ${p.phase} sum to ${p.sum}; they must not exceed 1 (the rest is cash)`,
    zh: (p: { phase: string; sum: number }) => `${p.phase} 的权重之和为 ${p.sum}；不得超过 1（其余为现金）`,
  },
  /** A map file (`map:F.json`): the top level or a phase's row is not an object. */
  mapNotObject: {
    en: (p: { phase?: string; ids: readonly string[]; found: string }) =>
      `${p.phase === undefined ? "the map" : `"${p.phase}"`} must be an object ${p.phase === undefined ? `{"<phase id>": {"<asset>": weight, …}, …} (phase ids: ${p.ids.join(", ")})` : "of asset → weight"}, found ${p.found}`,
    zh: (p: { phase?: string; ids: readonly string[]; found: string }) =>
      `${p.phase === undefined ? "映射" : `"${p.phase}"`}须为${p.phase === undefined ? ` {"<阶段编号>": {"<资产>": 权重, …}, …} 形式的对象（阶段编号：${p.ids.join(", ")}）` : "资产 → 权重的对象"}，实为${kindZh(p.found)}`,
  },
  mapWeightRange: {
    en: (p: { phase: string; asset: string; found: string }) =>
      `"${p.phase}"."${p.asset}" must be a weight from 0 to 1, found ${p.found}`,
    zh: (p: { phase: string; asset: string; found: string }) =>
      `"${p.phase}"."${p.asset}" 须为 0 到 1 之间的权重，实为 ${kindZh(p.found)}`,
  },
  walkForwardSplit: {
    en: (p: { fit: number; test: number }) =>
      `walk-forward needs fit ≥ 6 and test ≥ 1 months, got fit ${p.fit}, test ${p.test}`,
    zh: (p: { fit: number; test: number }) =>
      `滚动样本外检验需要拟合期 ≥ 6 个月、检验期 ≥ 1 个月，收到拟合期 ${p.fit}、检验期 ${p.test}`,
  },
  walkForwardShort: {
    en: (p: { months: number; fit: number }) =>
      `walk-forward: the window has ${p.months} months, not enough for a ${p.fit}-month fit and a test block`,
    zh: (p: { months: number; fit: number }) =>
      `滚动样本外检验：窗口只有 ${p.months} 个月，不够 ${p.fit} 个月的拟合期加一个检验段`,
  },
  // the shipped catalog (packages/datasets)
  idTooLong: {
    en: (p: { n: number; max: number }) =>
      `a series id of ${p.n} characters is not one (ids are at most ${p.max}); try \`kitchin data list\``,
    zh: (p: { n: number; max: number }) =>
      `长达 ${p.n} 个字符的不是序列编号（编号最多 ${p.max} 个字符）；请查看 \`kitchin data list\``,
  },
  unknownSeriesId: {
    en: (p: { id: string; near: readonly string[] }) =>
      `unknown series id "${p.id}"; try \`kitchin data list\`${p.near.length ? ` (did you mean ${p.near.join(", ")}?)` : ""}`,
    zh: (p: { id: string; near: readonly string[] }) =>
      `没有序列编号 "${p.id}"；请查看 \`kitchin data list\`${p.near.length ? `（是否想用 ${p.near.join(", ")}？）` : ""}`,
  },
  noVintage: {
    en: (p: { id: string; vintage: string; have: readonly string[]; withVintages: readonly string[] }) =>
      `no vintage ${p.vintage} of series "${p.id}"${p.have.length ? `; vintages of ${p.id}: ${p.have.join(", ")}` : `; series with vintages: ${p.withVintages.join(", ")}`}`,
    zh: (p: { id: string; vintage: string; have: readonly string[]; withVintages: readonly string[] }) =>
      `序列 "${p.id}" 没有 ${p.vintage} 版本${p.have.length ? `；${p.id} 的版本：${p.have.join(", ")}` : `；有历史版本的序列：${p.withVintages.join(", ")}`}`,
  },
} as const;
