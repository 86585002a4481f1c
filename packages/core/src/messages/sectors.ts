/**
 * The sector panel and the industry breadth (the core's sectors): a table of sectors that cannot be
 * read, industries given twice or without data, options of the panel, each sentence in English and
 * Chinese as a function of its parameters; the file, row and column are the error's place.
 */
export const SECTOR_MESSAGES = {
  noIndustries: {
    en: () => "no industries given",
    zh: () => "没有给出行业",
  },
  industryTwice: {
    en: (p: { name: string }) => `industry "${p.name}" appears twice`,
    zh: (p: { name: string }) => `行业 "${p.name}" 出现了两次`,
  },
  noIndustry: {
    en: (p: { id: string }) => `no industry "${p.id}"`,
    zh: (p: { id: string }) => `没有行业 "${p.id}"`,
  },
  sectorKind: {
    en: (p: { got: string }) => `kind must be level or yoy, got "${p.got}"`,
    zh: (p: { got: string }) => `kind 须为 level（水平值）或 yoy（同比），收到 "${p.got}"`,
  },
  sectorMode: {
    en: (p: { got: string }) => `mode must be as-of or ex-post, got "${p.got}"`,
    zh: (p: { got: string }) => `mode 须为 as-of（实时）或 ex-post（事后），收到 "${p.got}"`,
  },
  atMonthIndex: {
    en: (p: { got: number }) => `at must be a month index (a whole number), got ${p.got}`,
    zh: (p: { got: number }) => `at 须为月份序号（整数），收到 ${p.got}`,
  },
  /** An industry whose inventory starts after the month the panel is read at (about the industry). */
  noInventoryUpTo: {
    en: (p: { at: string; start: string }) => `no inventory data up to ${p.at} (it starts ${p.start})`,
    zh: (p: { at: string; start: string }) => `截至 ${p.at} 没有库存数据（其数据始于 ${p.start}）`,
  },
  // the sector table (sector, month, inventory[, sales, weight])
  sectorTableEmpty: {
    en: () => "the sector table has no data rows",
    zh: () => "行业表没有数据行",
  },
  sectorColumnNeeded: {
    en: (p: { column: string; header: string }) =>
      `the sector table needs a "${p.column}" column (header: ${p.header}); expected sector, month, inventory[, sales, weight]`,
    zh: (p: { column: string; header: string }) =>
      `行业表需要 "${p.column}" 列（表头：${p.header}）；应有 sector, month, inventory[, sales, weight]`,
  },
  sectorNameEmpty: {
    en: () => "the sector name is empty",
    zh: () => "行业名称为空",
  },
  sectorMonthTwice: {
    en: (p: { name: string; month: string }) => `${p.name} has ${p.month} twice`,
    zh: (p: { name: string; month: string }) => `${p.name} 的 ${p.month} 出现了两次`,
  },
  sectorMonthsMissing: {
    en: (p: { name?: string; n: number; from: string; to: string }) =>
      `${p.name ?? "an industry"} has ${p.n} months missing between ${p.from} and ${p.to}; monthly data is expected (give the months, blank if unknown)`,
    zh: (p: { name?: string; n: number; from: string; to: string }) =>
      `${p.name !== undefined ? `${p.name} ` : "某个行业"}在 ${p.from} 与 ${p.to} 之间缺少 ${p.n} 个月；需要月度数据（请列出这些月份，未知则留空）`,
  },
} as const;
