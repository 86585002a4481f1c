/**
 * The notes of `kitchin contrib` (apps/cli contribData.ts): which months a window or the divergence
 * left out and why, in English and Chinese as functions of their parameters.
 */
export const CONTRIB_MESSAGES = {
  contribWindowSkipped: {
    en: (p: { from: string; to: string; skipped: readonly string[]; months: number }) =>
      `window ${p.from}…${p.to}: ${p.skipped.join(", ")} left out (a value or its year-earlier base is missing); ${p.months} months used`,
    zh: (p: { from: string; to: string; skipped: readonly string[]; months: number }) =>
      `窗口 ${p.from}…${p.to}：${p.skipped.join("、")} 未计入（缺少当期值或上年同期基数）；使用了 ${p.months} 个月`,
  },
  divergenceNarrowed: {
    en: (p: { skipped: readonly string[]; total: string; vs: string; from: string; to: string }) =>
      `divergence: ${p.skipped.join(", ")} not known for both ${p.total} and ${p.vs}; compared over ${p.from}…${p.to}`,
    zh: (p: { skipped: readonly string[]; total: string; vs: string; from: string; to: string }) =>
      `背离：${p.skipped.join("、")} 在 ${p.total} 与 ${p.vs} 中并非都有数据；改为比较 ${p.from}…${p.to}`,
  },
  divergenceSkipped: {
    en: (p: { from: string; to: string; skipped: readonly string[]; total: string; vs: string; months: number }) =>
      `divergence ${p.from}…${p.to}: ${p.skipped.join(", ")} left out (not known for both ${p.total} and ${p.vs}); ${p.months} months compared`,
    zh: (p: { from: string; to: string; skipped: readonly string[]; total: string; vs: string; months: number }) =>
      `背离 ${p.from}…${p.to}：${p.skipped.join("、")} 未计入（在 ${p.total} 与 ${p.vs} 中并非都有数据）；比较了 ${p.months} 个月`,
  },
} as const;
