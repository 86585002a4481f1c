/**
 * Command-line mistakes (the CLI's `UsageError`): an unknown command or flag, a value outside its
 * type or bounds, flags that do not go together. Each sentence in English and Chinese as a function
 * of its parameters; registered in the core's message table (phases/messages.ts). The English is
 * the CLI's wording before these became messages, byte for byte.
 */

/** `a, b or c` and `甲、乙或丙`. */
const orEn = (xs: readonly string[]) =>
  xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} or ${xs[xs.length - 1]}`;
const orZh = (xs: readonly string[]) =>
  xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join("、")} 或 ${xs[xs.length - 1]}`;

/** Why a number flag was refused: a shared limit (core `LIMITS`), or a whole number / number from `min`. */
export type NumberRule =
  | { kind: "range"; integer: boolean; min: number; max: number }
  | { kind: "whole"; min: number }
  | { kind: "number"; min: number };
const ruleEn = (r: NumberRule) =>
  r.kind === "range"
    ? `must be ${r.integer ? "a whole number" : "a number"} from ${r.min} to ${r.max}`
    : r.kind === "whole"
      ? `must be a whole number ≥ ${r.min}`
      : `must be a number${r.min > -Infinity ? ` ≥ ${r.min}` : ""}`;
const ruleZh = (r: NumberRule) =>
  r.kind === "range"
    ? `须为 ${r.min} 到 ${r.max} 之间的${r.integer ? "整数" : "数"}`
    : r.kind === "whole"
      ? `须为 ≥ ${r.min} 的整数`
      : `须为数字${r.min > -Infinity ? `（≥ ${r.min}）` : ""}`;

/** The commands' `formatsWhy` (apps/cli) in Chinese, by command name; another command's reason is shown as given. */
const FORMATS_WHY_ZH: Record<string, string> = {
  overview: "overview 由多张表组成：各部分的 CSV 请用 kitchin cycles|score|backtest … --format csv",
  report: "报告是一个 HTML 文件；标准输出以一行文字或 JSON 说明写了什么",
};

interface SweepSize {
  size: number;
  rules: number;
  lags: number;
  schedules: number;
  topK: number;
  weightings: number;
  costs: number;
  max: number;
}

export const USAGE_MESSAGES = {
  /** The line's ending: where the user finds the flags. */
  seeHelp: {
    en: (p: { line: string }) => `${p.line} (see kitchin --help)`,
    zh: (p: { line: string }) => `${p.line}（见 kitchin --help）`,
  },
  unknownCommand: {
    en: (p: { name: string; commands: readonly string[] }) =>
      `unknown command "${p.name}"; commands: ${p.commands.join(", ")}`,
    zh: (p: { name: string; commands: readonly string[] }) =>
      `没有 "${p.name}" 这个命令；可用命令：${p.commands.join(", ")}`,
  },
  unexpectedArgument: {
    en: (p: { arg: string; more: number; command?: string }) =>
      `unexpected argument "${p.arg}"${p.more > 0 ? ` (and ${p.more} more)` : ""}: ${p.command ? `${p.command} takes` : "takes"} no words besides its flags`,
    zh: (p: { arg: string; more: number; command?: string }) =>
      `多余的参数 "${p.arg}"${p.more > 0 ? `（另有 ${p.more} 个）` : ""}：${p.command ? `${p.command} ` : ""}只接受选项，不接受其他词`,
  },
  unknownOption: {
    en: (p: { name: string; near?: string }) =>
      `unknown option --${p.name}${p.near ? ` (did you mean --${p.near}?)` : ""}`,
    zh: (p: { name: string; near?: string }) =>
      `没有 --${p.name} 这个选项${p.near ? `（是否想用 --${p.near}？）` : ""}`,
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
    en: (p: { flag: string; allowed: readonly string[]; got: string }) =>
      `--${p.flag} must be one of ${p.allowed.join(", ")}, got "${p.got}"`,
    zh: (p: { flag: string; allowed: readonly string[]; got: string }) =>
      `--${p.flag} 须为 ${p.allowed.join(", ")} 之一，收到 "${p.got}"`,
  },
  /** `--dataset must be cn or us, got "x"`: a command's own check of a word flag. */
  flagOnlyWith: {
    en: (p: { flag: string; with: readonly string[] }) =>
      `--${p.flag} applies only with ${p.with.map((w) => `--${w}`).join(" or ")}`,
    zh: (p: { flag: string; with: readonly string[] }) =>
      `--${p.flag} 只能与 ${p.with.map((w) => `--${w}`).join(" 或 ")} 一起使用`,
  },
  flagMustBe: {
    en: (p: { flag: string; allowed: readonly string[]; got: string; what?: string }) =>
      `--${p.flag} must be ${orEn(p.allowed)}${p.what === "industries" ? " (shipped industry panels)" : ""}, got "${p.got}"`,
    zh: (p: { flag: string; allowed: readonly string[]; got: string; what?: string }) =>
      `--${p.flag} 须为 ${orZh(p.allowed)}${p.what === "industries" ? "（附带的分行业面板）" : ""}，收到 "${p.got}"`,
  },
  flagListOf: {
    en: (p: { flag: string; allowed: readonly string[]; got: string }) =>
      `--${p.flag} takes ${p.allowed.join(", ")} separated by commas, got "${p.got}"`,
    zh: (p: { flag: string; allowed: readonly string[]; got: string }) =>
      `--${p.flag} 接受以逗号分隔的 ${p.allowed.join(", ")}，收到 "${p.got}"`,
  },
  formatNotApplicable: {
    en: (p: { command: string }) => `${p.command} prints no result to format: --format does not apply`,
    zh: (p: { command: string }) => `${p.command} 不输出可设定格式的结果：--format 不适用`,
  },
  /** `why`: the command's own reason (`formatsWhy`), English. */
  formatNotPrinted: {
    en: (p: { command: string; given: string; formats: readonly string[]; why?: string }) =>
      `${p.command} --format ${p.given}: ${p.command} prints ${p.formats.join(" or ")}${p.why ? ` (${p.why})` : ""}`,
    zh: (p: { command: string; given: string; formats: readonly string[]; why?: string }) =>
      `${p.command} --format ${p.given}：${p.command} 只输出 ${orZh(p.formats)}${p.why ? `（${FORMATS_WHY_ZH[p.command] ?? p.why}）` : ""}`,
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
    en: () =>
      "no input: give --dataset cn|us, --file F --inventory COL --demand COL with --prices P, or --prices F and --phases F (or --dataset with one of them to mix shipped and own data)",
    zh: () =>
      "没有输入：请给出 --dataset cn|us；或 --file F --inventory COL --demand COL 加 --prices P；或 --prices F 与 --phases F（也可用 --dataset 加其中之一，混用附带数据与自有数据）",
  },
  fileOrPhases: {
    en: () =>
      "give either --file (phases computed from your demand and inventory) or --phases (a phase timeline), not both",
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
    en: (p: { region: string }) =>
      `--vintages: no vintages ship for ${p.region}; only the US series from FRED-MD have them`,
    zh: (p: { region: string }) => `--vintages：${p.region} 没有附带历史版本；只有来自 FRED-MD 的美国序列有`,
  },
  riskFreeShippedNeedsDataset: {
    en: () =>
      "--risk-free shipped needs --dataset cn|us; with your own prices give a series id (cn.cash_tr, us.tbill_tr) or zero",
    zh: () =>
      "--risk-free shipped 需要 --dataset cn|us；使用自己的价格时请给出序列编号（cn.cash_tr、us.tbill_tr）或 zero",
  },
  pricesGoWithFile: {
    en: () => "--prices goes with --file (your demand and inventory); with --dataset the shipped prices are used",
    zh: () => "--prices 配合 --file（你的需求与库存）使用；用 --dataset 时使用附带的价格",
  },
  fileColumnsNeeded: {
    en: (p: { columns: string }) =>
      `with --file, name the columns: --inventory COLUMN --demand COLUMN (columns: ${p.columns})`,
    zh: (p: { columns: string }) => `用 --file 时请指明列：--inventory 列名 --demand 列名（现有列：${p.columns}）`,
  },
  oneColumnNeeded: {
    en: (p: { n: number; columns: string }) =>
      `the file has ${p.n} value columns; name one with --column (${p.columns})`,
    zh: (p: { n: number; columns: string }) => `文件有 ${p.n} 个数值列；请用 --column 指定一个（${p.columns}）`,
  },
  seriesNotInDataset: {
    en: (p: { id: string; region: string }) => `series "${p.id}" is not in the ${p.region} dataset`,
    zh: (p: { id: string; region: string }) => `序列 "${p.id}" 不在 ${p.region} 数据集中`,
  },
  mapForm: {
    en: (p: { got: string }) => `--map takes COLUMN=SERIES_ID, got "${p.got}"`,
    zh: (p: { got: string }) => `--map 的写法是 列名=序列编号，收到 "${p.got}"`,
  },
  mapNoColumn: {
    en: (p: { column: string; columns: string }) =>
      `--map: the file has no column "${p.column}"; its columns are: ${p.columns}`,
    zh: (p: { column: string; columns: string }) => `--map：文件中没有列 "${p.column}"；现有列：${p.columns}`,
  },
  mapTwice: {
    en: (p: { a: string; b: string; id: string }) =>
      `columns "${p.a}" and "${p.b}" both map to ${p.id}; keep one with --map`,
    zh: (p: { a: string; b: string; id: string }) => `列 "${p.a}" 与 "${p.b}" 都对应 ${p.id}；请用 --map 只保留一个`,
  },
  contribModifiers: {
    en: (p: { spec: string }) =>
      `"${p.spec}": contributions take levels as they are; drop the :yoy/:real/:realdiff/:inv/:amp modifiers (only :minus=NAME applies)`,
    zh: (p: { spec: string }) =>
      `"${p.spec}"：贡献按原始水平值计算；请去掉 :yoy/:real/:realdiff/:inv/:amp 修饰（只有 :minus=NAME 适用）`,
  },
  contribNeedsLevels: {
    en: (p: { spec: string; level: string }) =>
      `${p.spec} is a growth rate; contributions need levels (e.g. ${p.level})`,
    zh: (p: { spec: string; level: string }) => `${p.spec} 是增速；贡献需要水平值（例如 ${p.level}）`,
  },
  cumulativeYoyAlone: {
    en: () => "--cumulative-yoy goes with --cumulative (the series are year-to-date values)",
    zh: () => "--cumulative-yoy 须配合 --cumulative（序列为年初至今累计值）",
  },
  componentTwice: {
    en: (p: { names: readonly string[] }) => `a component is named twice in --components: ${p.names.join(", ")}`,
    zh: (p: { names: readonly string[] }) => `--components 中有分项出现了两次：${p.names.join(", ")}`,
  },
  totalAsComponent: {
    en: (p: { total: string }) => `${p.total} is the total; it cannot also be a component`,
    zh: (p: { total: string }) => `${p.total} 是总量，不能同时作为分项`,
  },
  cumulativeYoyCount: {
    en: (p: { n: number; got: number }) =>
      `--cumulative-yoy needs ${p.n} series (the total's, then one per component), got ${p.got}`,
    zh: (p: { n: number; got: number }) =>
      `--cumulative-yoy 需要 ${p.n} 个序列（先是总量的，再每个分项一个），收到 ${p.got} 个`,
  },
  industriesKind: {
    en: () => "--kind: the shipped industry panels are levels (YoY computed here); --kind yoy is for --file",
    zh: () => "--kind：附带的分行业面板是水平值（同比在此计算）；--kind yoy 用于 --file",
  },
  salesFileForFile: {
    en: () => "--sales-file is for --file",
    zh: () => "--sales-file 只用于 --file",
  },
  pairsAlone: {
    en: () => "--pairs reads both shipped panels: give it without --dataset and --group",
    zh: () => "--pairs 读取两个附带面板：请不要同时给出 --dataset 和 --group",
  },
  fileKind: {
    en: (p: { flag: string; ext: string }) => `${p.flag} must name a${p.ext === ".pdf" ? "" : "n"} ${p.ext} file`,
    zh: (p: { flag: string; ext: string }) => `${p.flag} 须指定一个 ${p.ext} 文件`,
  },
  specAmp: {
    en: (p: { spec: string; got: string }) => `"${p.spec}": amp must be a number ≥ 0, got "${p.got}"`,
    zh: (p: { spec: string; got: string }) => `"${p.spec}"：amp 须为 ≥ 0 的数，收到 "${p.got}"`,
  },
  specModifier: {
    en: (p: { spec: string; modifier: string }) =>
      `"${p.spec}": unknown modifier ":${p.modifier}" (use :inv, :yoy, :amp=X, :minus=NAME, :real=NAME, :realdiff=NAME)`,
    zh: (p: { spec: string; modifier: string }) =>
      `"${p.spec}"：没有 ":${p.modifier}" 这个修饰（可用 :inv、:yoy、:amp=X、:minus=NAME、:real=NAME、:realdiff=NAME）`,
  },
  specEmpty: {
    en: (p: { spec: string }) => `"${p.spec}" names no series`,
    zh: (p: { spec: string }) => `"${p.spec}" 没有指明序列`,
  },
  syncRegion: {
    en: (p: { region: string }) =>
      `"${p.region}" is not a shipped region (cn, us); name its series with --a-inventory/--a-demand (or --b-…)`,
    zh: (p: { region: string }) =>
      `"${p.region}" 不是附带的地区（cn、us）；请用 --a-inventory/--a-demand（或 --b-…）指明其序列`,
  },
  syncBoth: {
    en: () => "name both economies: --a cn --b us",
    zh: () => "请给出两个经济体：--a cn --b us",
  },
  reportOrOut: {
    en: () => "--report and --out name the same file: give one",
    zh: () => "--report 与 --out 指的是同一个文件：只给一个",
  },
  noReportContradicts: {
    en: () => "--no-report contradicts --report/--out/--pdf: give one or the other",
    zh: () => "--no-report 与 --report/--out/--pdf 相互矛盾：只能选其一",
  },
  asOfNeedsInput: {
    en: () => "--as-of goes with --dataset cn|us or --file F --inventory COL --demand COL",
    zh: () => "--as-of 须配合 --dataset cn|us 或 --file F --inventory COL --demand COL",
  },
  leadStray: {
    en: (p: { word: string }) => `unexpected "${p.word}"; indicators follow --indicator`,
    zh: (p: { word: string }) => `多余的 "${p.word}"；指标应写在 --indicator 之后`,
  },
  leadTarget: {
    en: () => "name the target: --target ID|COLUMN (or --dataset cn|us for the default table)",
    zh: () => "请指明目标序列：--target 编号|列名（或用 --dataset cn|us 得到默认表）",
  },
  leadIndicator: {
    en: () => "name at least one --indicator ID|COLUMN",
    zh: () => "请至少给出一个 --indicator 编号|列名",
  },
  decomposeRatioOrSales: {
    en: () => "give --ratio SPEC or --demand SPEC",
    zh: () => "请给出 --ratio SPEC 或 --demand SPEC",
  },
  decomposeSeries: {
    en: () => "name the series: --inventory, --value-added and --price (or --dataset cn|us for the defaults)",
    zh: () => "请指明序列：--inventory、--value-added 和 --price（或用 --dataset cn|us 取默认序列）",
  },
  contribDataset: {
    en: (p: { got: string }) =>
      `--dataset for contrib is us (Census inventories by sector), got "${p.got}"; for other data give --total and --components`,
    zh: (p: { got: string }) =>
      `contrib 的 --dataset 只能是 us（美国普查局分部门库存），收到 "${p.got}"；其他数据请给出 --total 和 --components`,
  },
  contribTotal: {
    en: () => "name the total: --total SPEC (a column of --file or a shipped id), or --dataset us",
    zh: () => "请指明总量：--total SPEC（--file 中的一列或附带序列的编号），或 --dataset us",
  },
  salesFileLong: {
    en: () => '--sales-file is for wide tables; a long table carries sales in its own "sales" column',
    zh: () => '--sales-file 用于宽表；长表的营收在其自己的 "sales" 列中',
  },
  groupNominal: {
    en: () => "--group and --nominal are for --dataset us|cn",
    zh: () => "--group 与 --nominal 只用于 --dataset us|cn",
  },
  sectorsNoInput: {
    en: () => "no input: give --file F (long table or Wind export), --dataset us|cn or --pairs",
    zh: () => "没有输入：请给出 --file F（长表或 Wind 导出）、--dataset us|cn 或 --pairs",
  },
  industriesGroup: {
    en: (p: { group: string; region: string; known: readonly string[]; positions: readonly string[] }) =>
      `--group: "${p.group}" is not a group of --dataset ${p.region} (${p.known.join(", ")}) nor a position (${p.positions.join(", ")})`,
    zh: (p: { group: string; region: string; known: readonly string[]; positions: readonly string[] }) =>
      `--group："${p.group}" 既不是 --dataset ${p.region} 的行业组（${p.known.join(", ")}），也不是产业链位置（${p.positions.join(", ")}）`,
  },
  industriesAt: {
    en: (p: { at: string; from: string; to: string }) =>
      `--at ${p.at}: China's and the US industries share ${p.from}…${p.to}`,
    zh: (p: { at: string; from: string; to: string }) => `--at ${p.at}：中美分行业数据的共同区间为 ${p.from}…${p.to}`,
  },
  sweepNoFile: {
    en: () =>
      "sweep does not take --file (it sweeps signal lags, --signal-lag, so your data's release lag cannot be given); write the as-of phases with kitchin phase --file F --inventory COL --demand COL --lag N --mode as-of --format csv > phases.csv, then sweep --prices P --phases phases.csv --phases-as-of",
    zh: () =>
      "sweep 不接受 --file（它扫描的是信号滞后 --signal-lag，无法给出你数据的发布滞后）；请先用 kitchin phase --file F --inventory COL --demand COL --lag N --mode as-of --format csv > phases.csv 写出实时阶段，再运行 sweep --prices P --phases phases.csv --phases-as-of",
  },
  sweepTopK: {
    en: (p: { n: number }) => `--top-k: the universe has only ${p.n} assets`,
    zh: (p: { n: number }) => `--top-k：资产池只有 ${p.n} 个资产`,
  },
  sweepTooBig: {
    en: (p: SweepSize) =>
      `the grid has ${p.size.toLocaleString("en-US")} configurations (${p.rules} phase rules × ${p.lags} lags × ${p.schedules} schedules × ${p.topK} top-k × ${p.weightings} weightings × ${p.costs} costs); a sweep runs at most ${p.max.toLocaleString("en-US")}: use fewer values per flag`,
    zh: (p: SweepSize) =>
      `参数网格共有 ${p.size.toLocaleString("en-US")} 种配置（${p.rules} 种阶段规则 × ${p.lags} 个滞后 × ${p.schedules} 种调仓 × ${p.topK} 个 top-k × ${p.weightings} 种权重 × ${p.costs} 种成本）；一次 sweep 最多 ${p.max.toLocaleString("en-US")} 种：请减少每个选项的取值`,
  },
  sweepPhasesFile: {
    en: () =>
      "--reversal, --confirm and --min-phase date phases from the shipped data; with --phases the file is the only timeline",
    zh: () => "--reversal、--confirm 与 --min-phase 用于从附带数据划分阶段；给出 --phases 时该文件是唯一的阶段时间表",
  },
  sweepMinPhase: {
    en: () => "--min-phase changes ex-post turning points; with as-of phases sweep --reversal and --confirm",
    zh: () => "--min-phase 改变的是事后拐点；实时阶段请扫描 --reversal 和 --confirm",
  },
  sweepReversal: {
    en: () => "--reversal and --confirm change as-of phases; with --mode ex-post sweep --min-phase",
    zh: () => "--reversal 与 --confirm 改变的是实时阶段；--mode ex-post 时请扫描 --min-phase",
  },
  walkForwardForm: {
    en: (p: { got: string }) => `--walk-forward takes FIT:TEST[:rolling] in months, e.g. 60:12, got "${p.got}"`,
    zh: (p: { got: string }) => `--walk-forward 的写法是 FIT:TEST[:rolling]（以月计），例如 60:12，收到 "${p.got}"`,
  },
  walkForwardTooBig: {
    en: (p: { n: number }) =>
      `walk-forward keeps every configuration's returns in memory: at most 3,000 configurations, the grid has ${p.n}`,
    zh: (p: { n: number }) => `滚动样本外检验要在内存中保留每种配置的收益：最多 3,000 种配置，当前网格有 ${p.n} 种`,
  },
  dataImportOneFile: {
    en: () => "data import takes one file, e.g. kitchin data import wind.xlsx [--map COLUMN=SERIES_ID]",
    zh: () => "data import 只接受一个文件，例如 kitchin data import wind.xlsx [--map 列名=序列编号]",
  },
  dataHistoryNoArg: {
    en: () => "data history takes no argument",
    zh: () => "data history 不接受参数",
  },
  dataUndoOne: {
    en: () => "data undo takes at most one number: how many of the latest changes to undo (default 1)",
    zh: () => "data undo 最多接受一个数：撤销最近几次更改（默认 1）",
  },
  dataUndoN: {
    en: (p: { got: string }) =>
      `data undo N: N is how many of the latest changes to undo, a whole number ≥ 1; got "${p.got}"`,
    zh: (p: { got: string }) => `data undo N：N 是要撤销的最近更改次数，须为 ≥ 1 的整数；收到 "${p.got}"`,
  },
  dataOneId: {
    en: (p: { sub: string; example: string }) =>
      `data ${p.sub} takes one series id, e.g. kitchin data ${p.sub} ${p.example}`,
    zh: (p: { sub: string; example: string }) =>
      `data ${p.sub} 只接受一个序列编号，例如 kitchin data ${p.sub} ${p.example}`,
  },
  dataListNoArg: {
    en: (p: { got: string }) => `data list takes no argument, got "${p.got}"; filter with --dataset cn|us or --group G`,
    zh: (p: { got: string }) => `data list 不接受参数，收到 "${p.got}"；请用 --dataset cn|us 或 --group G 筛选`,
  },
  dataExportNothing: {
    en: () => "nothing to export: name series ids or --dataset cn|us",
    zh: () => "没有可导出的内容：请给出序列编号或 --dataset cn|us",
  },
  strategyTopK: {
    en: (p: { spec: string }) => `strategy "${p.spec}": top-k needs a whole number ≥ 1`,
    zh: (p: { spec: string }) => `策略 "${p.spec}"：top-k 需要 ≥ 1 的整数`,
  },
  strategyWord: {
    en: (p: { spec: string; what: "weighting" | "rebalance"; allowed: readonly string[] }) =>
      `strategy "${p.spec}": ${p.what} must be ${p.allowed.join(", ")}`,
    zh: (p: { spec: string; what: "weighting" | "rebalance"; allowed: readonly string[] }) =>
      `策略 "${p.spec}"：${p.what === "weighting" ? "权重方式" : "调仓方式"}须为 ${p.allowed.join(", ")} 之一`,
  },
  strategyClock: {
    en: () =>
      'strategy "clock" needs --dataset (it maps phases to the shipped equity, bond and commodity series); use map:F.json with your own prices',
    zh: () =>
      '策略 "clock" 需要 --dataset（它把各阶段映射到附带的股票、债券和商品序列）；使用自己的价格时请用 map:F.json',
  },
  strategyMapFile: {
    en: () => 'strategy "map" needs a file: map:weights.json',
    zh: () => '策略 "map" 需要一个文件：map:weights.json',
  },
  strategyHold: {
    en: () => 'strategy "hold" needs an asset: hold:cn.csi300',
    zh: () => '策略 "hold" 需要一个资产：hold:cn.csi300',
  },
  strategyUnknown: {
    en: (p: { spec: string }) =>
      `unknown strategy "${p.spec}"; use topk[:K[:WEIGHTING[:REBALANCE]]], clock, map:F.json, equal or hold:ASSET`,
    zh: (p: { spec: string }) =>
      `没有 "${p.spec}" 这种策略；可用 topk[:K[:WEIGHTING[:REBALANCE]]]、clock、map:F.json、equal 或 hold:ASSET`,
  },
} as const;
