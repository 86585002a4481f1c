/**
 * The faces' notes and warnings in English and Chinese: one keyed table of sentences with parameters,
 * beside `WORDS` (words.ts), which holds the single words and headings.
 *
 * A producer (a reader, the scorer, a command) calls `say(key, params)` and gets a `Message`: a value
 * carrying the key and parameters whose text is the English sentence (what JSON output and the library
 * APIs carry: stable English text). A caller that wraps a message with what it is about (a file, a
 * series) uses `about(subject, message)`, a structured subject, not a string prefix. A face printing
 * in Chinese calls `inLang(message, "zh")` and renders the same key and parameters in Chinese: no
 * sentence is parsed and nothing is remembered. A text that is not a message (a user's own words, a
 * sentence not yet in the table) is printed unchanged.
 *
 * Chinese terms follow the research notes (seeds 001–004) and words.ts.
 */
import { PHASE_IDS, phaseLabel, type Lang } from "./phase.ts";
import { EXCEL_MESSAGES } from "./excelMessages.ts";
import { AREA_MESSAGES } from "../messages/index.ts";

/** Who a reader's note is about: a named column, or the values of a range. */
const whoEn = (column: string | undefined) => (column !== undefined ? `column "${column}"` : "the values");
const whoZh = (column: string | undefined) => (column !== undefined ? `列 "${column}"` : "数值");
interface ScaleProblem {
  subject: string;
  span: string;
  thresholds: readonly (readonly [string, number])[];
  fraction: boolean;
  effect: "unknown" | "turns";
}
/** The subjects the core names; a user's column name is printed as given. */
const SUBJECT_ZH: Record<string, string> = {
  "the inventory series": "库存序列",
  "the demand (revenue) series": "需求（营收）序列",
  "the series": "该序列",
};
/** `tokens`: what the cells held ("blank" or the quoted text); `rows`: the first rows, `more` the rest. */
interface CellsMissing {
  column?: string;
  n: number;
  tokens: readonly string[];
  rows: readonly number[];
  more: number;
}
interface MissingPrices {
  phase: string;
  n: number;
  assets: readonly { id: string; have: number; of: number }[];
  more: boolean;
}
/** A phase id (`active-restock` …) as its Chinese label (phase.ts). */
const phaseZh = (id: string) => {
  const i = (PHASE_IDS as readonly string[]).indexOf(id);
  return i >= 0 ? phaseLabel(i, "zh") : id;
};

export const MESSAGES = {
  ...EXCEL_MESSAGES, // the Excel add-in's sentences, in their own file (excelMessages.ts)
  // input errors (the most common; KitchinError.toLine renders them in the face's language)
  notDate: {
    en: (p: { cell: string }) => `${p.cell} is not a date; dates look like 2023-07, 2023-07-31, 2023年7月 or 202307`,
    zh: (p: { cell: string }) => `${p.cell} 不是日期；日期应形如 2023-07、2023-07-31、2023年7月 或 202307`,
  },
  /** `why`: the reader's reason (`numberProblem`, messages/series.ts). */
  notNumber: {
    en: (p: { cell: string; why?: Note }) => `${p.cell} is not a number${p.why ? ` (${String(p.why)})` : ""}`,
    zh: (p: { cell: string; why?: Note }) => `${p.cell} 不是数字${p.why ? `（${inLang(p.why, "zh")}）` : ""}`,
  },
  monthTwice: {
    en: (p: { month: string }) => `${p.month} appears twice`,
    zh: (p: { month: string }) => `${p.month} 出现了两次`,
  },
  unsortedDates: {
    en: (p: { month: string; prev: string }) =>
      `dates are not in increasing order: ${p.month} follows ${p.prev}; sort the table by date`,
    zh: (p: { month: string; prev: string }) => `日期不是按先后排列：${p.month} 排在 ${p.prev} 之后；请按日期排序`,
  },
  monthsMissing: {
    en: (p: { n: number; from: string; to: string }) =>
      `${p.n} months are missing between ${p.from} and ${p.to}; monthly data is expected`,
    zh: (p: { n: number; from: string; to: string }) => `${p.from} 与 ${p.to} 之间缺少 ${p.n} 个月；需要月度数据`,
  },
  fileNotFound: {
    en: () => "file not found",
    zh: () => "找不到文件",
  },
  // thresholds in the series' unit (input/units.ts)
  scaleProblem: {
    en: (p: ScaleProblem) =>
      `${p.subject} moves only ${p.span} from its lowest to its highest value, less than ${p.thresholds.map(([k, v]) => `${k} ${v}`).join(" and ")} (in the series' unit), ` +
      (p.effect === "turns" ? "so no rise or fall between turns can be dated" : "so every month would be unknown") +
      (p.fraction ? "; it looks like a YoY stored as fractions (0.032 for 3.2 %): multiply it by 100" : "") +
      `, or lower ${p.thresholds.map(([k]) => k).join("/")}`,
    zh: (p: ScaleProblem) =>
      `${SUBJECT_ZH[p.subject] ?? p.subject}从最低到最高只变动 ${p.span}，小于 ${p.thresholds.map(([k, v]) => `${k} ${v}`).join(" 和 ")}（以序列的单位计），` +
      (p.effect === "turns" ? "因此无法确定拐点之间的上行或下行" : "因此每个月的状态都将未知") +
      (p.fraction ? "；它看起来是以小数存储的同比（3.2 % 存为 0.032）：请乘以 100" : "") +
      `，或调低 ${p.thresholds.map(([k]) => k).join("/")}`,
  },
  /** A note about one mode of the phases (`ex-post: …`, `as-of: …`) wrapping another message. */
  modeNote: {
    en: (p: { mode: "ex-post" | "as-of"; why: Note }) => `${p.mode}: ${String(p.why)}`,
    zh: (p: { mode: "ex-post" | "as-of"; why: Note }) =>
      `${p.mode === "as-of" ? "实时" : "事后"}：${inLang(p.why, "zh")}`,
  },
  // readers (core series/observations.ts)
  leadingEmpty: {
    en: (p: { column?: string; n: number; start: string }) =>
      `${whoEn(p.column)}: the first ${p.n === 1 ? "row" : `${p.n} rows`} ha${p.n === 1 ? "s" : "ve"} no value; the series starts ${p.start}`,
    zh: (p: { column?: string; n: number; start: string }) =>
      `${whoZh(p.column)}：前 ${p.n} 行没有数值；序列从 ${p.start} 开始`,
  },
  cellsMissing: {
    en: (p: CellsMissing) =>
      `${whoEn(p.column)}: ${p.n} cell${p.n > 1 ? "s" : ""} (${p.tokens.join(", ")}) read as missing, row${p.n > 1 ? "s" : ""} ${p.rows.join(", ")}${p.more > 0 ? ` and ${p.more} more` : ""}`,
    zh: (p: CellsMissing) =>
      `${whoZh(p.column)}：${p.n} 个单元格（${p.tokens.map((t) => (t === "blank" ? "空白" : t)).join("、")}）按缺失处理，见第 ${p.rows.join("、")} 行${p.more > 0 ? `（另有 ${p.more} 行）` : ""}`,
  },
  monthsAbsent: {
    en: (p: { column?: string; absent: readonly string[]; more: number }) =>
      `${whoEn(p.column)}: months absent from the dates read as missing: ${p.absent.join(", ")}${p.more > 0 ? ` and ${p.more} more` : ""}`,
    zh: (p: { column?: string; absent: readonly string[]; more: number }) =>
      `${whoZh(p.column)}：日期中缺少的月份按缺失处理：${p.absent.join("、")}${p.more > 0 ? ` 等（另有 ${p.more} 处）` : ""}`,
  },
  trailingEmpty: {
    en: (p: { column?: string; n: number; from: string; end: string }) =>
      `${whoEn(p.column)}: the last ${p.n === 1 ? "row" : `${p.n} rows`} (from ${p.from}) ha${p.n === 1 ? "s" : "ve"} no value; the series ends ${p.end}`,
    zh: (p: { column?: string; n: number; from: string; end: string }) =>
      `${whoZh(p.column)}：最后 ${p.n} 行（自 ${p.from} 起）没有数值；序列止于 ${p.end}`,
  },
  // readers (the CLI's tables and workbooks)
  /**
   * A date cell that is not a date below the table's first data rows (a footer must be blank, source or note lines).
   */
  notDateInData: {
    en: (p: { why: Note }) => `${String(p.why)} (only blank, source or note lines may follow the data)`,
    zh: (p: { why: Note }) => `${inLang(p.why, "zh")}（数据之后只能是空行、来源或注释行）`,
  },
  /** An error in a file not read as UTF-8, wrapping the reader's message: mojibake shows first in names and dates. */
  readAsEncoding: {
    en: (p: { why: Note; encoding: string }) => `${String(p.why)} (the file was read as ${p.encoding} text)`,
    zh: (p: { why: Note; encoding: string }) => `${inLang(p.why, "zh")}（文件按 ${p.encoding} 编码读取）`,
  },
  /** The add-in: a range whose dates run newest first. */
  newestFirstRange: {
    en: () => "dates run newest first: read in increasing order, answered in the input's order",
    zh: () => "日期由新到旧排列：已按时间先后读取，并按输入的顺序给出结果",
  },
  encodingRead: {
    en: (p: { file: string; encoding: string }) => `${p.file}: read as ${p.encoding} text`,
    zh: (p: { file: string; encoding: string }) => `${p.file}：按 ${p.encoding} 编码读取`,
  },
  newestFirst: {
    en: (p: { file: string }) => `${p.file}: dates run newest first; read in increasing order`,
    zh: (p: { file: string }) => `${p.file}：日期由新到旧排列；已按时间先后读取`,
  },
  mergedCells: {
    en: (p: { file: string; n: number; cells: readonly string[]; more: boolean }) =>
      `${p.file}: ${p.n} cell${p.n > 1 ? "s" : ""} covered by merged cells (${p.cells.join(", ")}${p.more ? ", …" : ""}) read as blank, not as copies of the merged value`,
    zh: (p: { file: string; n: number; cells: readonly string[]; more: boolean }) =>
      `${p.file}：${p.n} 个被合并单元格覆盖的单元格（${p.cells.join("、")}${p.more ? "、…" : ""}）按空白读取，不复制合并单元格的值`,
  },
  percentColumn: {
    en: (p: { file: string; column: string }) =>
      `${p.file}: column "${p.column}" is formatted as percent in the workbook: read ×100 (0.032 shown as 3.2% is 3.2)`,
    zh: (p: { file: string; column: string }) =>
      `${p.file}：列 "${p.column}" 在工作簿中为百分比格式：已乘以 100 读取（显示为 3.2% 的 0.032 读作 3.2）`,
  },
  decimalCommas: {
    en: (p: { file: string; column: string }) => `${p.file}: column "${p.column}" read with decimal commas (2,5 = 2.5)`,
    zh: (p: { file: string; column: string }) => `${p.file}：列 "${p.column}" 按逗号小数读取（2,5 = 2.5）`,
  },
  monthEndPrices: {
    en: (p: { file: string; n: number; kept: number }) =>
      `${p.file}: ${p.n} dated prices reduced to ${p.kept} month-end prices (last observation of each month)`,
    zh: (p: { file: string; n: number; kept: number }) =>
      `${p.file}：${p.n} 个带日期的价格已归并为 ${p.kept} 个月末价格（每月最后一个观测值）`,
  },
  // shipped data
  /** The add-in's CYCLE.PHASE: a release lag taken from a shipped series' catalog entry (`lagOf=<id>`). */
  releaseLagOf: {
    en: (p: { what: "demand" | "inventory"; lag: number; id: string }) =>
      `${p.what}: release lag ${p.lag} month${p.lag === 1 ? "" : "s"} of ${p.id}`,
    zh: (p: { what: "demand" | "inventory"; lag: number; id: string }) =>
      `${p.what === "demand" ? "需求" : "库存"}：发布滞后 ${p.lag} 个月（取自 ${p.id}）`,
  },
  importedMonths: {
    en: (p: { id: string; n: number; from: string; to: string; home: string }) =>
      `${p.id}: ${p.n} month${p.n > 1 ? "s" : ""} (${p.from}…${p.to}) from your data folder ${p.home} (kitchin data import)`,
    zh: (p: { id: string; n: number; from: string; to: string; home: string }) =>
      `${p.id}：${p.n} 个月（${p.from}…${p.to}）来自你的数据目录 ${p.home}（kitchin data import）`,
  },
  anomalies: {
    en: (p: { id: string; months: readonly string[] }) =>
      `${p.id}: ${p.months.join(", ")} flagged as anomalies and left out`,
    zh: (p: { id: string; months: readonly string[] }) => `${p.id}：${p.months.join("、")} 被标记为异常值并剔除`,
  },
  proxyFrom: {
    en: (p: { id: string; from: string }) => `${p.id}: proxy values from ${p.from} (see DATA.md)`,
    zh: (p: { id: string; from: string }) => `${p.id}：自 ${p.from} 起为代理数据（见 DATA.md）`,
  },
  vintageSignal: {
    en: (p: { vintages: string; first: string }) =>
      `--vintages: the as-of signal at each month reads the earliest vintage published then or after (${p.vintages}, then the current data); months before ${p.first} read the ${p.first} vintage, revised data`,
    zh: (p: { vintages: string; first: string }) =>
      `--vintages：每个月的实时信号读取当月或其后最早发布的数据版本（${p.vintages}，之后为当前数据）；${p.first} 之前的月份读取 ${p.first} 版本（已修订数据）`,
  },
  riskFreeGap: {
    en: (p: { id: string; n: number }) =>
      `risk-free ${p.id} has no rate for ${p.n} months of the window: they earn zero`,
    zh: (p: { id: string; n: number }) => `无风险利率 ${p.id} 在窗口内有 ${p.n} 个月没有数据：这些月份按零计`,
  },
  usMonthlyAverages: {
    en: () =>
      "US: us.spx, us.wti and us.gold are monthly averages of daily prices, not month-end closes: their returns are smoothed",
    zh: () => "美国：us.spx、us.wti 和 us.gold 为日度价格的月均值而非月末收盘价：其收益被平滑",
  },
  // scores and strategies (packages/backtest)
  scoresExPost: {
    en: () => "phases dated ex-post: uses future information",
    zh: () => "阶段为事后划分：使用了未来信息",
  },
  strategyExPost: {
    en: (p: { name: string }) => `${p.name}: phases dated ex-post — uses future information`,
    zh: (p: { name: string }) => `${p.name}：阶段为事后划分——使用了未来信息`,
  },
  openEpisode: {
    en: (p: { phase: string; since: string }) =>
      `${p.phase} episode since ${p.since} is still open at the end of the window and is not scored`,
    zh: (p: { phase: string; since: string }) =>
      `始于 ${p.since} 的${phaseZh(p.phase)}阶段在窗口末尾仍未结束，不计入评分`,
  },
  noEpisode: {
    en: (p: { phase: string }) => `${p.phase}: no complete episode in the window; nothing to score`,
    zh: (p: { phase: string }) => `${phaseZh(p.phase)}：窗口内没有完整的阶段，无法评分`,
  },
  thinSample: {
    en: (p: { phase: string; k: number; episodes: readonly string[] }) =>
      `${p.phase}: only ${p.k} episode${p.k > 1 ? "s" : ""} (${p.episodes.join(", ")}) — a thin sample; scores are anecdotes, not estimates`,
    zh: (p: { phase: string; k: number; episodes: readonly string[] }) =>
      `${phaseZh(p.phase)}：仅有 ${p.k} 次（${p.episodes.join("、")}）——样本过少；得分只是个例，不是估计`,
  },
  missingPrices: {
    en: (p: MissingPrices) =>
      `${p.phase}: ${p.n} asset${p.n > 1 ? "s lack" : " lacks"} prices for some episodes: ${p.assets.map((a) => `${a.id} (no price in ${a.of - a.have} of ${a.of})`).join(", ")}${p.more ? ", …" : ""}`,
    zh: (p: MissingPrices) =>
      `${phaseZh(p.phase)}：${p.n} 个资产在部分阶段缺少价格：${p.assets.map((a) => `${a.id}（${a.of} 个中 ${a.of - a.have} 个无价格）`).join("、")}${p.more ? "、…" : ""}`,
  },
  priceGaps: {
    en: (p: { id: string; n: number }) =>
      `${p.id}: ${p.n} month${p.n > 1 ? "s" : ""} without a price inside its history are left missing`,
    zh: (p: { id: string; n: number }) => `${p.id}：其历史区间内有 ${p.n} 个月没有价格，按缺失处理`,
  },
  windowTrimmed: {
    en: (p: { to: string }) => `window ends ${p.to}, the last month with a price for every asset still traded`,
    zh: (p: { to: string }) => `窗口止于 ${p.to}：仍在交易的每个资产都有价格的最后一个月`,
  },
  // sectors and sync (apps/cli)
  sectorsNoSales: {
    en: () => "no sales (revenue) series: phases are unknown; the panel shows restocking and destocking only",
    zh: () => "没有营收（销售）序列：阶段未知；面板仅显示补库与去库",
  },
  sectorsSomeNoSales: {
    en: (p: { missing: number; total: number }) =>
      `${p.missing} of ${p.total} industries have no sales series: their phase is unknown`,
    zh: (p: { missing: number; total: number }) => `${p.total} 个行业中有 ${p.missing} 个没有营收序列：其阶段未知`,
  },
  sectorsAsOf: {
    en: () => "as-of: each month uses only data up to that month (real-time reversal rule)",
    zh: () => "实时：每个月只使用截至当月的数据（实时反转规则）",
  },
  sectorsExPost: {
    en: () => "ex-post: turns dated on the whole history; states after the last turn carried to the end",
    zh: () => "事后：拐点基于全部历史确定；最后一个拐点之后的状态延续到末尾",
  },
  sectorsNoStateYoy: {
    en: () =>
      "no industry has a known inventory state in any month: the reversal (as-of) and minAmplitude (ex-post) are in the series' unit, and a YoY stored as fractions (0.032 for 3.2 %) never reaches them; multiply it by 100",
    zh: () =>
      "没有任何行业在任何月份有已知的库存状态：reversal（实时）与 minAmplitude（事后）以序列的单位计，以小数存储的同比（3.2 % 存为 0.032）永远达不到这些阈值；请乘以 100",
  },
  sectorsNoState: {
    en: () => "no industry has a known inventory state in any month",
    zh: () => "没有任何行业在任何月份有已知的库存状态",
  },
  industriesInventoryOnly: {
    en: (p: { groups: string }) =>
      `${p.groups}: no sales in the data — inventory state only (restocking/destocking), no phase`,
    zh: (p: { groups: string }) => `${p.groups}：数据中没有销售——仅有库存状态（补库/去库），无阶段`,
  },
  industriesReal: {
    en: () =>
      "inventories deflated by each industry's PPI (real); weights are nominal levels (--nominal for nominal inventories)",
    zh: () => "库存已按各行业 PPI 平减（实际库存）；权重为名义库存规模（--nominal 使用名义库存）",
  },
  industriesGroupEnds: {
    en: (p: { group: string; month: string; at: string }) =>
      `${p.group}: data end ${p.month}, read there (not ${p.at})`,
    zh: (p: { group: string; month: string; at: string }) =>
      `${p.group}：数据止于 ${p.month}，按该月读取（而非 ${p.at}）`,
  },
  industriesPairs: {
    en: () =>
      "China–US pairs compare inventory states (China's industries have no sales, so no phase); docs/macro.md lists the correspondence",
    zh: () => "中美行业配对比较库存状态（中国分行业无营收数据，故无阶段）；对应关系见 docs/macro.md",
  },
  sweepBias: {
    en: (p: { tried: number }) =>
      `${p.tried} configurations were tried; the best of many backtests is biased upwards — judge it out of sample (--walk-forward)`,
    zh: (p: { tried: number }) =>
      `共尝试了 ${p.tried} 种配置；众多回测中的最优者存在向上偏差——请以样本外结果判断（--walk-forward）`,
  },
  syncAsOf: {
    en: () => "as-of phases are stamped by the month at whose end they are known (release lags applied)",
    zh: () => "实时阶段记在其可知的月份末（已计入发布滞后）",
  },
  // the CLI's usage, price/phase-file, series and data-import messages, one file per area (../messages/)
  ...AREA_MESSAGES,
} as const satisfies Record<string, { en: (p: never) => string; zh: (p: never) => string }>;

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams<K extends MessageKey> = Parameters<(typeof MESSAGES)[K]["en"]>[0];

/**
 * A message as a value: its key and parameters, and the subjects it is about (the series or file a
 * caller wrapped it with, outermost first). It is a `String` whose text is the English sentence
 * (`subject: … sentence`), so JSON output, templates and comparisons see the stable English text;
 * a face renders it in its language with `inLang`, from the key, at print time. Nothing is
 * remembered: the same message renders the same way however many others came before.
 */
export class Message extends String {
  constructor(
    readonly key: MessageKey,
    readonly params: unknown,
    readonly subjects: readonly string[] = [],
  ) {
    super(renderMessage(key, params, subjects, "en"));
  }
}

/** A note, warning or error text: a message of the table, or a text of the user's or not (yet) in it. */
export type Note = string | Message;

/** The core's own subject words in Chinese (a user's file or column name is printed as given). */
const WRAP_ZH: Record<string, string> = {
  "the target": "目标序列",
  "the indicator": "指标序列",
  "demand (revenue)": "需求（营收）",
  inventory: "库存",
};

function renderMessage(key: MessageKey, params: unknown, subjects: readonly string[], lang: Lang): string {
  const text = (MESSAGES[key][lang] as (p: unknown) => string)(params);
  if (lang === "en") return subjects.map((s) => `${s}: `).join("") + text;
  return subjects.map((s) => `${WRAP_ZH[s] ?? s}：`).join("") + text;
}

/** The message `key` with `params`: a value whose text is the English sentence (what JSON output carries). */
export function say<K extends MessageKey>(
  key: K,
  ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]
): Message {
  return new Message(key, params[0]);
}

/**
 * `note` about `subject` (a series, a file): a message keeps its key and gains the subject, so it
 * still renders in any language; a plain text gets the English prefix `subject: `.
 */
export function about(subject: string, note: Note): Note {
  return note instanceof Message
    ? new Message(note.key, note.params, [subject, ...note.subjects])
    : `${subject}: ${note}`;
}

/** `note` in `lang`: a message rendered from its key and parameters; any other text unchanged. */
export function inLang(note: Note, lang: Lang): string {
  return note instanceof Message ? renderMessage(note.key, note.params, note.subjects, lang) : String(note);
}

/** The message `key` with `params` in `lang` directly (for a face that knows its language). */
export function messageOf<K extends MessageKey>(
  key: K,
  lang: Lang,
  ...params: MessageParams<K> extends undefined ? [] : [MessageParams<K>]
): string {
  return (MESSAGES[key][lang] as (p: unknown) => string)(params[0]);
}

/**
 * `notes` without repeats, first kept: two notes are the same when their English text is (a message is a new value each
 * time it is said).
 */
export function uniqueNotes(notes: Iterable<Note>): Note[] {
  const seen = new Set<string>();
  const out: Note[] = [];
  for (const n of notes) {
    const text = String(n);
    if (!seen.has(text)) {
      seen.add(text);
      out.push(n);
    }
  }
  return out;
}
