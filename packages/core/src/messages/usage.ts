/**
 * Command-line mistakes (the CLI's `UsageError`): an unknown command or flag, a value outside its
 * type or bounds, flags that do not go together. Each sentence in English and Chinese as a function
 * of its parameters; registered in the core's message table (phases/messages.ts). The English is
 * the CLI's wording before these became messages, byte for byte.
 */

/** `a, b or c` and `甲、乙或丙`. */
const orEn = (xs: readonly string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`);
const orZh = (xs: readonly string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join("、")} 或 ${xs[xs.length - 1]}`);

/** Why a number flag was refused: a shared limit (core `LIMITS`), or a whole number / number from `min`. */
export type NumberRule = { kind: "range"; integer: boolean; min: number; max: number } | { kind: "whole"; min: number } | { kind: "number"; min: number };
const ruleEn = (r: NumberRule) =>
  r.kind === "range" ? `must be ${r.integer ? "a whole number" : "a number"} from ${r.min} to ${r.max}`
    : r.kind === "whole" ? `must be a whole number ≥ ${r.min}` : `must be a number${r.min > -Infinity ? ` ≥ ${r.min}` : ""}`;
const ruleZh = (r: NumberRule) =>
  r.kind === "range" ? `须为 ${r.min} 到 ${r.max} 之间的${r.integer ? "整数" : "数"}`
    : r.kind === "whole" ? `须为 ≥ ${r.min} 的整数` : `须为数字${r.min > -Infinity ? `（≥ ${r.min}）` : ""}`;

/** The commands' `formatsWhy` (apps/cli) in Chinese, by command name; another command's reason is shown as given. */
const FORMATS_WHY_ZH: Record<string, string> = {
  overview: "overview 由多张表组成：各部分的 CSV 请用 kitchin cycles|score|backtest … --format csv",
  report: "报告是一个 HTML 文件；标准输出以一行文字或 JSON 说明写了什么",
};

export const USAGE_MESSAGES = {
  /** The line's ending: where the user finds the flags. */
  seeHelp: {
    en: (p: { line: string }) => `${p.line} (see kitchin --help)`,
    zh: (p: { line: string }) => `${p.line}（见 kitchin --help）`,
  },
  unknownCommand: {
    en: (p: { name: string; commands: readonly string[] }) => `unknown command "${p.name}"; commands: ${p.commands.join(", ")}`,
    zh: (p: { name: string; commands: readonly string[] }) => `没有 "${p.name}" 这个命令；可用命令：${p.commands.join(", ")}`,
  },
  unexpectedArgument: {
    en: (p: { arg: string; more: number; command?: string }) => `unexpected argument "${p.arg}"${p.more > 0 ? ` (and ${p.more} more)` : ""}: ${p.command ? `${p.command} takes` : "takes"} no words besides its flags`,
    zh: (p: { arg: string; more: number; command?: string }) => `多余的参数 "${p.arg}"${p.more > 0 ? `（另有 ${p.more} 个）` : ""}：${p.command ? `${p.command} ` : ""}只接受选项，不接受其他词`,
  },
  unknownOption: {
    en: (p: { name: string; near?: string }) => `unknown option --${p.name}${p.near ? ` (did you mean --${p.near}?)` : ""}`,
    zh: (p: { name: string; near?: string }) => `没有 --${p.name} 这个选项${p.near ? `（是否想用 --${p.near}？）` : ""}`,
  },
  flagTakesNoValue: {
    en: (p: { flag: string }) => `--${p.flag} takes no value`,
    zh: (p: { flag: string }) => `--${p.flag} 不带取值`,
  },
  flagNeedsValue: {
    en: (p: { flag: string; arg?: string }) => `--${p.flag} needs a value${p.arg ? ` (${p.arg})` : ""}`,
    zh: (p: { flag: string; arg?: string }) => `--${p.flag} 需要一个取值${p.arg ? `（${p.arg}）` : ""}`,
  },
  flagTwice: {
    en: (p: { flag: string }) => `--${p.flag} given twice`,
    zh: (p: { flag: string }) => `--${p.flag} 给了两次`,
  },
  flagNumber: {
    en: (p: { flag: string; rule: NumberRule; got: string }) => `--${p.flag} ${ruleEn(p.rule)}, got "${p.got}"`,
    zh: (p: { flag: string; rule: NumberRule; got: string }) => `--${p.flag} ${ruleZh(p.rule)}，收到 "${p.got}"`,
  },
  /** `--format must be one of table, json, csv, got "x"` (the generic reader of a word flag). */
  flagOneOf: {
    en: (p: { flag: string; allowed: readonly string[]; got: string }) => `--${p.flag} must be one of ${p.allowed.join(", ")}, got "${p.got}"`,
    zh: (p: { flag: string; allowed: readonly string[]; got: string }) => `--${p.flag} 须为 ${p.allowed.join(", ")} 之一，收到 "${p.got}"`,
  },
  /** `--dataset must be cn or us, got "x"`: a command's own check of a word flag. */
  flagMustBe: {
    en: (p: { flag: string; allowed: readonly string[]; got: string; what?: string }) => `--${p.flag} must be ${orEn(p.allowed)}${p.what === "industries" ? " (shipped industry panels)" : ""}, got "${p.got}"`,
    zh: (p: { flag: string; allowed: readonly string[]; got: string; what?: string }) => `--${p.flag} 须为 ${orZh(p.allowed)}${p.what === "industries" ? "（附带的分行业面板）" : ""}，收到 "${p.got}"`,
  },
  flagListOf: {
    en: (p: { flag: string; allowed: readonly string[]; got: string }) => `--${p.flag} takes ${p.allowed.join(", ")} separated by commas, got "${p.got}"`,
    zh: (p: { flag: string; allowed: readonly string[]; got: string }) => `--${p.flag} 接受以逗号分隔的 ${p.allowed.join(", ")}，收到 "${p.got}"`,
  },
  formatNotApplicable: {
    en: (p: { command: string }) => `${p.command} prints no result to format: --format does not apply`,
    zh: (p: { command: string }) => `${p.command} 不输出可设定格式的结果：--format 不适用`,
  },
  /** `why`: the command's own reason (`formatsWhy`), English. */
  formatNotPrinted: {
    en: (p: { command: string; given: string; formats: readonly string[]; why?: string }) => `${p.command} --format ${p.given}: ${p.command} prints ${p.formats.join(" or ")}${p.why ? ` (${p.why})` : ""}`,
    zh: (p: { command: string; given: string; formats: readonly string[]; why?: string }) => `${p.command} --format ${p.given}：${p.command} 只输出 ${p.formats.join(" 或 ")}${p.why ? `（${FORMATS_WHY_ZH[p.command] ?? p.why}）` : ""}`,
  },
  fromAfterTo: {
    en: (p: { from: string; to: string }) => `--from ${p.from} is after --to ${p.to}`,
    zh: (p: { from: string; to: string }) => `--from ${p.from} 晚于 --to ${p.to}`,
  },
  /** `give either --a or --b, not both` (two inputs or two ways of saying one thing). */
  eitherNotBoth: {
    en: (p: { a: string; b: string }) => `give either ${p.a} or ${p.b}, not both`,
    zh: (p: { a: string; b: string }) => `${p.a} 与 ${p.b} 只能给一个`,
  },
  noInput: {
    en: () => "no input: give --dataset cn|us (shipped data) or --file F (your CSV/XLSX)",
    zh: () => "没有输入：请给出 --dataset cn|us（附带数据）或 --file F（你的 CSV/XLSX）",
  },
  noBacktestInput: {
    en: () => "no input: give --dataset cn|us, --file F --inventory COL --revenue COL with --prices P, or --prices F and --phases F (or --dataset with one of them to mix shipped and own data)",
    zh: () => "没有输入：请给出 --dataset cn|us；或 --file F --inventory COL --revenue COL 加 --prices P；或 --prices F 与 --phases F（也可用 --dataset 加其中之一，混用附带数据与自有数据）",
  },
  fileOrPhases: {
    en: () => "give either --file (phases computed from your demand and inventory) or --phases (a phase timeline), not both",
    zh: () => "--file（由你的需求与库存计算阶段）与 --phases（阶段时间表）只能给一个",
  },
  datasetOrFilePrices: {
    en: () => "give either --dataset or --file, not both; with --file, give your prices with --prices F",
    zh: () => "--dataset 与 --file 只能给一个；用 --file 时请以 --prices F 给出你的价格",
  },
  filePricesMissing: {
    en: () => "with --file, give your prices too: --prices F (CSV/XLSX, date + one column per asset)",
    zh: () => "用 --file 时也请给出价格：--prices F（CSV/XLSX，日期列加每个资产一列）",
  },
  phasesAsOfNeeded: {
    en: () => "--mode as-of with a --phases file needs --phases-as-of (say the file was recorded in real time)",
    zh: () => "--mode as-of 配合 --phases 文件时需要 --phases-as-of（声明该文件是实时记录的）",
  },
  vintagesNeedUs: {
    en: () => "--vintages goes with --dataset us (the shipped FRED-MD vintages); your own phases are used as given",
    zh: () => "--vintages 只能配合 --dataset us（附带的 FRED-MD 历史版本）；你自己的阶段按原样使用",
  },
  vintagesAsOf: {
    en: () => "--vintages is for the as-of signal; drop --mode ex-post (ex-post phases are dated on the latest data)",
    zh: () => "--vintages 用于实时信号；请去掉 --mode ex-post（事后阶段基于最新数据划分）",
  },
  noVintages: {
    en: (p: { region: string }) => `--vintages: no vintages ship for ${p.region}; only the US series from FRED-MD have them`,
    zh: (p: { region: string }) => `--vintages：${p.region} 没有附带历史版本；只有来自 FRED-MD 的美国序列有`,
  },
  riskFreeShippedNeedsDataset: {
    en: () => "--risk-free shipped needs --dataset cn|us; with your own prices give a series id (cn.cash_tr, us.tbill_tr) or zero",
    zh: () => "--risk-free shipped 需要 --dataset cn|us；使用自己的价格时请给出序列编号（cn.cash_tr、us.tbill_tr）或 zero",
  },
  pricesGoWithFile: {
    en: () => "--prices goes with --file (your demand and inventory); with --dataset the shipped prices are used",
    zh: () => "--prices 配合 --file（你的需求与库存）使用；用 --dataset 时使用附带的价格",
  },
  fileColumnsNeeded: {
    en: (p: { columns: string }) => `with --file, name the columns: --inventory COLUMN --revenue COLUMN (columns: ${p.columns})`,
    zh: (p: { columns: string }) => `用 --file 时请指明列：--inventory 列名 --revenue 列名（现有列：${p.columns}）`,
  },
  oneColumnNeeded: {
    en: (p: { n: number; columns: string }) => `the file has ${p.n} value columns; name one with --column (${p.columns})`,
    zh: (p: { n: number; columns: string }) => `文件有 ${p.n} 个数值列；请用 --column 指定一个（${p.columns}）`,
  },
  seriesNotInDataset: {
    en: (p: { id: string; region: string }) => `series "${p.id}" is not in the ${p.region} dataset`,
    zh: (p: { id: string; region: string }) => `序列 "${p.id}" 不在 ${p.region} 数据集中`,
  },
} as const;
