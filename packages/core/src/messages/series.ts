/**
 * Reading a series (the core's readers of cells, text files and observations) and putting series
 * on one month axis: each sentence in English and Chinese as a function of its parameters; the
 * file, row and column are the error's place, not part of the sentence.
 */
import { nameZh, nameZhBefore } from "./names.ts";

/** Why a cell is not a number (`readNumber` refused it): the clause in brackets after `"x" is not a number`. */
export type NumberProblem =
  | "boolean"
  | "radix"
  | "fullWidth"
  | "infinity"
  | "tooLarge"
  | "formula"
  | "excelError"
  | "commaInside"
  | "pointInCommaColumn"
  | "separators";

const NUMBER_PROBLEMS: Record<NumberProblem, { en: string; zh: string }> = {
  boolean: { en: "it is TRUE/FALSE", zh: "它是 TRUE/FALSE" },
  radix: {
    en: "hexadecimal, binary and octal numbers are not read as data",
    zh: "十六进制、二进制和八进制数不作为数据读取",
  },
  fullWidth: {
    en: "it has full-width digits or signs; retype it with ASCII digits",
    zh: "其中有全角数字或符号；请用半角（ASCII）数字重新输入",
  },
  infinity: { en: "infinity is not a value", zh: "无穷大不是数值" },
  tooLarge: { en: "too large for a number", zh: "数值过大" },
  formula: {
    en: "a formula saved without its result; open the workbook in Excel, let it calculate, and save it",
    zh: "保存的是公式而没有计算结果；请在 Excel 中打开工作簿，待其计算后再保存",
  },
  excelError: { en: "it is an Excel error value", zh: "它是 Excel 的错误值" },
  commaInside: {
    en: "a comma inside a number is read only as a thousands separator (1,234.5); for decimal commas save the file with ; as the separator",
    zh: "数字中的逗号只作为千位分隔符读取（1,234.5）；如用逗号作小数点，请以 ; 作为分隔符保存文件",
  },
  pointInCommaColumn: {
    en: "this column uses decimal commas (2,5) but the cell has a decimal point",
    zh: "该列以逗号作小数点（2,5），而这个单元格用的是小数点",
  },
  separators: { en: "its separators are ambiguous or misplaced", zh: "其中的分隔符有歧义或位置不对" },
};

/** What two inputs of different lengths are, in Chinese (the core's own words). */
const PAIR_ZH: Record<string, string> = {
  "dates and values": "日期与数值",
  "indicator and target": "指标序列与目标序列",
  "the two growth series": "两个增速序列",
  "the two state paths": "两条状态路径",
  "the two phase paths": "两条阶段路径",
  "cumulative values and cumulative YoY": "累计值与累计同比",
  "inventory and sales": "库存与销售",
  "inventory and value added": "库存与增加值",
  "inventory and price": "库存与价格",
  "inventory and inventory/sales ratio": "库存与库存销售比",
  "the series": "这些序列",
  "the indicator and the target": "指标序列与目标序列",
  "demand and inventory series": "需求序列与库存序列",
  "China's and the US industry data": "中国与美国的分行业数据",
  "inventory and sales (revenue)": "库存与销售（营收）",
};
const pairZh = (what: string) => PAIR_ZH[what] ?? what;

export const SERIES_MESSAGES = {
  /** The clause after `"x" is not a number` (`notNumber`'s `why`). */
  numberProblem: {
    en: (p: { problem: NumberProblem }) => NUMBER_PROBLEMS[p.problem].en,
    zh: (p: { problem: NumberProblem }) => NUMBER_PROBLEMS[p.problem].zh,
  },
  decimalMarksMixed: {
    en: (p: { comma: string; point: string }) =>
      `the column mixes decimal commas (${p.comma}) and decimal points (${p.point})`,
    zh: (p: { comma: string; point: string }) => `该列既有逗号小数（${p.comma}）又有小数点（${p.point}）`,
  },
  decimalMarkAmbiguous: {
    en: (p: { cell: string }) =>
      `${p.cell} could be read with a decimal comma or a thousands separator; write numbers without thousands separators`,
    zh: (p: { cell: string }) => `${p.cell} 既可读作逗号小数，也可读作千位分隔；请去掉数字中的千位分隔符`,
  },
  mixedPercentText: {
    en: (p: { percent: string; plain: string }) =>
      `the column mixes percent text (${p.percent}) and plain numbers (${p.plain}); write every cell one way`,
    zh: (p: { percent: string; plain: string }) =>
      `该列既有百分号文本（${p.percent}）又有普通数字（${p.plain}）；请把每个单元格写成同一种形式`,
  },
  /** `name` is the core's word for the series (`the target`, `inventory series`) or a user's name. */
  noNumericValues: {
    en: (p: { name: string }) => `${p.name} has no numeric values`,
    zh: (p: { name: string }) => `${nameZhBefore(p.name)}没有数值`,
  },
  noObservations: {
    en: () => "no observations",
    zh: () => "没有观测值",
  },
  /** Two inputs that must lie on one month axis; `axis`: say how to fix it. */
  lengthsDiffer: {
    en: (p: { what: string; a: number; b: number; axis?: boolean }) =>
      `${p.what} differ in length: ${p.a} vs ${p.b}${p.axis ? "; put them on one month axis first" : ""}`,
    zh: (p: { what: string; a: number; b: number; axis?: boolean }) =>
      `${pairZh(p.what)}长度不同：${p.a} 对 ${p.b}${p.axis ? "；请先把它们放到同一个月份轴上" : ""}`,
  },
  /** `observed`: no month in which both have a value (rather than no month in common). */
  noSharedMonths: {
    en: (p: { what: string; observed?: boolean }) => `${p.what} share no ${p.observed ? "observed month" : "months"}`,
    zh: (p: { what: string; observed?: boolean }) =>
      `${pairZh(p.what)}没有${p.observed ? "都有观测值的" : "共同的"}月份`,
  },
  /** A month option (`--from`, `option at`, a vintage) that is not YYYY-MM. */
  notAMonth: {
    en: (p: { what: string; text: string }) =>
      `${p.what} "${p.text}" is not a month; write it as YYYY-MM, e.g. 2023-07`,
    zh: (p: { what: string; text: string }) =>
      `${nameZh(p.what)} "${p.text}" 不是月份；请写成 YYYY-MM 的形式，例如 2023-07`,
  },
  // text files' encodings (input/encoding.ts): the file is the error's place
  bomNotUtf8: {
    en: () => "starts with a UTF-8 byte-order mark but is not valid UTF-8 text; save it again as UTF-8",
    zh: () => "以 UTF-8 字节顺序标记（BOM）开头，但不是有效的 UTF-8 文本；请重新另存为 UTF-8",
  },
  bomNotUtf16: {
    en: (p: { label: string }) => `starts with a ${p.label} byte-order mark but is not valid ${p.label} text`,
    zh: (p: { label: string }) => `以 ${p.label} 字节顺序标记（BOM）开头，但不是有效的 ${p.label} 文本`,
  },
  binaryFile: {
    en: () =>
      "looks like a binary file, not CSV text (or UTF-16 without a byte-order mark); give a .csv (UTF-8 or GBK) or .xlsx file",
    zh: () =>
      "看起来是二进制文件而不是 CSV 文本（或没有字节顺序标记的 UTF-16）；请给出 .csv（UTF-8 或 GBK）或 .xlsx 文件",
  },
  notUtf8NorGb: {
    en: () => "is neither UTF-8 nor GB18030 (GBK) text; save it from Excel as CSV UTF-8",
    zh: () => "既不是 UTF-8 也不是 GB18030（GBK）文本；请在 Excel 中另存为 CSV UTF-8",
  },
} as const;
