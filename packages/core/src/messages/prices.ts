/**
 * Price files, phase files and the backtest's window (the CLI's readers of a user's prices and phase
 * timeline, and the risk-free rate): each sentence in English and Chinese as a function of its
 * parameters; the file, row and column are the error's place, not part of the sentence.
 */
import { PHASE_IDS, phaseLabel } from "../phases/phase.ts";

/** `active-restock（主动补库）`: a phase id with its Chinese label (phase.ts). */
const idZh = (id: string) => {
  const i = (PHASE_IDS as readonly string[]).indexOf(id);
  return i >= 0 ? `${id}（${phaseLabel(i, "zh")}）` : id;
};

export const PRICE_MESSAGES = {
  priceMonthMissing: {
    en: (p: { from: string; to: string; missing: string }) =>
      `dates jump from ${p.from} to ${p.to}: ${p.missing} has no prices (month-end prices need every month)`,
    zh: (p: { from: string; to: string; missing: string }) =>
      `日期从 ${p.from} 跳到 ${p.to}：${p.missing} 没有价格（月末价格需要每个月都有）`,
  },
  unknownShippedAsset: {
    en: (p: { id: string; region: string }) =>
      `unknown asset "${p.id}"; see kitchin data list --dataset ${p.region} --group asset (or futures)`,
    zh: (p: { id: string; region: string }) =>
      `没有资产 "${p.id}"；请查看 kitchin data list --dataset ${p.region} --group asset（或 futures）`,
  },
  yieldNotPrice: {
    en: (p: { id: string }) => `"${p.id}" is a yield, not a price; use its total-return index (e.g. ${p.id}_tr)`,
    zh: (p: { id: string }) => `"${p.id}" 是收益率，不是价格；请用其全收益指数（例如 ${p.id}_tr）`,
  },
  kindNotPrice: {
    en: (p: { id: string; kind: string }) => `"${p.id}" is a ${p.kind} series, not a price`,
    zh: (p: { id: string; kind: string }) => `"${p.id}" 是 ${p.kind} 类序列，不是价格`,
  },
  priceNotPositive: {
    en: (p: { price: number }) => `price ${p.price} must be positive`,
    zh: (p: { price: number }) => `价格 ${p.price} 须为正数`,
  },
  assetBlank: {
    en: () => "asset is blank",
    zh: () => "资产名称为空",
  },
  priceTwice: {
    en: (p: { asset: string; date: string; first: number }) =>
      `a second price for "${p.asset}" on ${p.date} (first on row ${p.first})`,
    zh: (p: { asset: string; date: string; first: number }) =>
      `"${p.asset}" 在 ${p.date} 有第二个价格（第一个在第 ${p.first} 行）`,
  },
  noPrices: {
    en: () => "the price file has no prices",
    zh: () => "价格文件中没有价格",
  },
  unknownFileAsset: {
    en: (p: { asset: string; assets: readonly string[]; more: boolean }) =>
      `unknown asset "${p.asset}"; the file has ${p.assets.join(", ")}${p.more ? ", …" : ""}`,
    zh: (p: { asset: string; assets: readonly string[]; more: boolean }) =>
      `没有资产 "${p.asset}"；文件中有 ${p.assets.join(", ")}${p.more ? ", …" : ""}`,
  },
  priceGapInside: {
    en: (p: { asset: string }) =>
      `missing price for "${p.asset}" between its first and last price (use --gaps keep or carry if the market was closed)`,
    zh: (p: { asset: string }) =>
      `"${p.asset}" 在首个与最后一个价格之间缺少价格（如果当时休市，请用 --gaps keep 或 carry）`,
  },
  phasesTwoColumns: {
    en: () => "the phases file needs two columns: date,phase",
    zh: () => "阶段文件需要两列：date,phase",
  },
  phasesNotDate: {
    en: (p: { cell: string }) => `"${p.cell}" is not a date`,
    zh: (p: { cell: string }) => `"${p.cell}" 不是日期`,
  },
  phasesNotConsecutive: {
    en: (p: { prev: string; month: string }) => `months must be consecutive: ${p.prev} is followed by ${p.month}`,
    zh: (p: { prev: string; month: string }) => `月份须连续：${p.prev} 之后是 ${p.month}`,
  },
  notPhaseId: {
    en: (p: { text: string; ids: readonly string[]; unknown?: boolean }) =>
      `"${p.text}" is not a phase id; use ${p.ids.join(", ")}${p.unknown ? " (or unknown)" : ""}`,
    zh: (p: { text: string; ids: readonly string[]; unknown?: boolean }) =>
      `"${p.text}" 不是阶段编号；请用 ${p.ids.map(idZh).join("、")}${p.unknown ? " 或 unknown（未知）" : ""}`,
  },
  phasesNoRows: {
    en: () => "the phases file has no rows",
    zh: () => "阶段文件没有数据行",
  },
  windowOutsidePrices: {
    en: (p: { from: string; to: string; start: string; end: string }) =>
      `window ${p.from}..${p.to} is outside the prices ${p.start}..${p.end}`,
    zh: (p: { from: string; to: string; start: string; end: string }) =>
      `窗口 ${p.from}..${p.to} 超出了价格的区间 ${p.start}..${p.end}`,
  },
  riskFreeNotRate: {
    en: (p: { id: string; kind: string }) =>
      `--risk-free ${p.id}: a ${p.kind} series is not a rate; give a total-return index (e.g. cn.cash_tr) or a yield in % p.a. (e.g. cn.cgb1y)`,
    zh: (p: { id: string; kind: string }) =>
      `--risk-free ${p.id}：${p.kind} 类序列不是利率；请给出全收益指数（例如 cn.cash_tr）或年化百分比收益率（例如 cn.cgb1y）`,
  },
  reportTooManyAssets: {
    en: (p: { max: number; n: number }) =>
      `the report draws at most ${p.max} assets and the prices have ${p.n}: choose them with --assets and --score-assets (kitchin score lists every asset)`,
    zh: (p: { max: number; n: number }) =>
      `报告最多绘制 ${p.max} 个资产，而价格中有 ${p.n} 个：请用 --assets 和 --score-assets 选择（kitchin score 列出全部资产）`,
  },
} as const;
