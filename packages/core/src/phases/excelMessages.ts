/**
 * The Excel add-in's own sentences (packages/excel-addin: its option reader, its range readers, its
 * adapters), in English and Chinese: part of the one message table (messages.ts spreads them into
 * `MESSAGES`), so an add-in error or note is a `Message` rendered in the language of the call's
 * `lang` option — `#VALUE!` text and `note:` rows alike. Keys start with `xl` (Excel) to keep them
 * apart from the CLI's. `what`, `key` and `column` parameters are the user's words (a parameter
 * name as Excel shows it, an option key): printed as given in both languages. This file imports
 * nothing (messages.ts imports it), so the table has no import cycle.
 */

const list = (xs: readonly string[], zh: boolean) => xs.join(zh ? "、" : ", ");

export const EXCEL_MESSAGES = {
  // the options text (excel-addin src/options.ts)
  xlOptionsNotText: {
    en: (p: { value: string }) => `options must be text like "lang=zh; window=5", not ${p.value}`,
    zh: (p: { value: string }) => `选项应为 "lang=zh; window=5" 这样的文本，而不是 ${p.value}`,
  },
  xlNotKeyValue: {
    en: (p: { part: string; keys: string }) => `option "${p.part}" is not key=value; accepted keys: ${p.keys}`,
    zh: (p: { part: string; keys: string }) => `选项 "${p.part}" 不是 键=值 的形式；可用的键：${p.keys}`,
  },
  xlUnknownOption: {
    en: (p: { key: string; keys: string }) => `unknown option "${p.key}"; accepted keys: ${p.keys}`,
    zh: (p: { key: string; keys: string }) => `未知选项 "${p.key}"；可用的键：${p.keys}`,
  },
  /** An option renamed when the add-in took one word, demand, for revenue and sales (0.2.0). */
  xlRenamedOption: {
    en: (p: { key: string; now: string }) =>
      `option "${p.key}" is now "${p.now}" (renamed in 0.2.0: the add-in says demand for revenue and sales)`,
    zh: (p: { key: string; now: string }) =>
      `选项 "${p.key}" 已改名为 "${p.now}"（0.2.0 起：营收、销售统一称为需求 demand）`,
  },
  xlOptionTwice: {
    en: (p: { key: string }) => `option "${p.key}" is given twice`,
    zh: (p: { key: string }) => `选项 "${p.key}" 给出了两次`,
  },
  xlOptionNumber: {
    en: (p: { key: string; value: string; whole: boolean; min: number; max: number }) =>
      `option ${p.key}=${p.value} must be ${p.whole ? "a whole number" : "a number"} from ${p.min} to ${p.max}`,
    zh: (p: { key: string; value: string; whole: boolean; min: number; max: number }) =>
      `选项 ${p.key}=${p.value} 应为 ${p.min} 到 ${p.max} 之间的${p.whole ? "整数" : "数"}`,
  },
  xlOptionOneOf: {
    en: (p: { key: string; value: string; values: readonly string[] }) =>
      `option ${p.key}=${p.value} must be one of ${list(p.values, false)}`,
    zh: (p: { key: string; value: string; values: readonly string[] }) =>
      `选项 ${p.key}=${p.value} 应为以下之一：${list(p.values, true)}`,
  },
  xlOptionMonth: {
    en: (p: { key: string; value: string }) =>
      `option ${p.key}=${p.value} must be a month written YYYY-MM, e.g. 2005-01`,
    zh: (p: { key: string; value: string }) => `选项 ${p.key}=${p.value} 应为 YYYY-MM 形式的月份，如 2005-01`,
  },
  xlOptionInts: {
    en: (p: { key: string; value: string; min: number; max: number }) =>
      `option ${p.key}=${p.value} must be whole numbers from ${p.min} to ${p.max} separated by /, e.g. 1/3/6`,
    zh: (p: { key: string; value: string; min: number; max: number }) =>
      `选项 ${p.key}=${p.value} 应为 ${p.min} 到 ${p.max} 之间、以 / 分隔的整数，如 1/3/6`,
  },
  /** `why`: the catalog's reason (unknown id, with the nearest ids), as the catalog gives it. */
  xlOptionSeriesId: {
    en: (p: { key: string; value: string; why: string }) =>
      `option ${p.key}=${p.value}: ${p.why}; CYCLE.SERIES() lists the shipped ids`,
    zh: (p: { key: string; value: string; why: string }) =>
      `选项 ${p.key}=${p.value}：${p.why}；CYCLE.SERIES() 列出自带序列的编号`,
  },
  xlOptionBool: {
    en: (p: { key: string; value: string }) => `option ${p.key}=${p.value} must be true or false`,
    zh: (p: { key: string; value: string }) => `选项 ${p.key}=${p.value} 应为 true 或 false`,
  },
  xlErrorsOption: {
    en: (p: { value: string }) =>
      `option errors=${p.value} must be cell (an error value, the default) or text (the error's message as text)`,
    zh: (p: { value: string }) => `选项 errors=${p.value} 应为 cell（错误值，默认）或 text（以文本给出错误信息）`,
  },
  xlLagTwice: {
    en: (p: { lag: string; id: string }) => `options ${p.lag} and ${p.id} both set a release lag; give one`,
    zh: (p: { lag: string; id: string }) => `选项 ${p.lag} 与 ${p.id} 都设定了发布滞后；只给一个`,
  },
  /** The adapters: options that the chosen mode ignores. */
  xlOnlyWith: {
    en: (p: { keys: readonly string[]; mode: string }) =>
      `${p.keys.join(", ")} ${p.keys.length > 1 ? "apply" : "applies"} only with mode=${p.mode}`,
    zh: (p: { keys: readonly string[]; mode: string }) => `${p.keys.join("、")} 仅在 mode=${p.mode} 时适用`,
  },
  // ranges (excel-addin src/cells.ts)
  xlTooManyRows: {
    en: (p: { what: string; n: number; max: number }) =>
      `${p.what} has ${p.n} rows; the add-in reads at most ${p.max} (docs/excel.md, Limits)`,
    zh: (p: { what: string; n: number; max: number }) =>
      `${p.what} 有 ${p.n} 行；加载项最多读取 ${p.max} 行（见 docs/excel.md「Limits」）`,
  },
  xlRagged: {
    en: (p: { what: string; row: number; cells: number; width: number }) =>
      `${p.what} is ragged: row ${p.row} has ${p.cells} cells, row 1 has ${p.width}`,
    zh: (p: { what: string; row: number; cells: number; width: number }) =>
      `${p.what} 各行宽度不一：第 ${p.row} 行有 ${p.cells} 个单元格，第 1 行有 ${p.width} 个`,
  },
  xlNotVector: {
    en: (p: { what: string; rows: number; cols: number }) =>
      `${p.what} must be one column or one row; got ${p.rows} rows × ${p.cols} columns`,
    zh: (p: { what: string; rows: number; cols: number }) =>
      `${p.what} 应为一列或一行；实际为 ${p.rows} 行 × ${p.cols} 列`,
  },
  xlRangeEmpty: {
    en: (p: { what: string }) => `${p.what} range is empty`,
    zh: (p: { what: string }) => `${p.what} 区域为空`,
  },
  xlDatesEmpty: {
    en: () => "dates range is empty; give the dates of the rows as the first argument",
    zh: () => "dates 区域为空；请以各行的日期作为第一个参数",
  },
  xlLengths: {
    en: (p: { a: string; b: string; na: number; nb: number }) =>
      `${p.a} and ${p.b} ranges differ in length: ${p.na} vs ${p.nb}`,
    zh: (p: { a: string; b: string; na: number; nb: number }) => `${p.a} 与 ${p.b} 区域长度不同：${p.na} 对 ${p.nb}`,
  },
  xlLengthsRows: {
    en: (p: { a: string; b: string; na: number; nb: number }) =>
      `${p.a} and ${p.b} ranges differ in length: ${p.na} vs ${p.nb} rows`,
    zh: (p: { a: string; b: string; na: number; nb: number }) =>
      `${p.a} 与 ${p.b} 区域长度不同：${p.na} 行对 ${p.nb} 行`,
  },
  xlDatesOrder: {
    en: (p: { month: string; prev: string }) =>
      `dates must run oldest first or newest first: ${p.month} follows ${p.prev}`,
    zh: (p: { month: string; prev: string }) => `日期应由旧到新或由新到旧排列：${p.month} 排在 ${p.prev} 之后`,
  },
  // argument order (0.2.0: dates, demand, inventory, …, [options])
  xlCyclesNoInventory: {
    en: () =>
      `inventory range is empty: the arguments are CYCLE.CYCLES(dates, demand, inventory, [options]) since 0.2.0 (inventory used to come second); for inventory alone leave demand empty: CYCLE.CYCLES(dates, "", inventory)`,
    zh: () =>
      `inventory 区域为空：自 0.2.0 起参数为 CYCLE.CYCLES(dates, demand, inventory, [options])（此前库存在第二个）；只看库存时需求留空：CYCLE.CYCLES(dates, "", inventory)`,
  },
  xlOutlookOptionsLast: {
    en: (p: { text: string }) =>
      `the fourth argument "${p.text}" looks like options: the arguments are CYCLE.OUTLOOK(dates, demand, inventory, [deflator], [options]) since 0.2.0 (options used to come before the deflator); leave the deflator empty: CYCLE.OUTLOOK(dates, demand, inventory, , "${p.text}")`,
    zh: (p: { text: string }) =>
      `第四个参数 "${p.text}" 看起来是选项：自 0.2.0 起参数为 CYCLE.OUTLOOK(dates, demand, inventory, [deflator], [options])（此前选项在平减指数之前）；不用平减指数时留空：CYCLE.OUTLOOK(dates, demand, inventory, , "${p.text}")`,
  },
  xlDemandPresetAlone: {
    en: () => "demandPreset applies only when a demand range is given",
    zh: () => "demandPreset 仅在给出需求区域时适用",
  },
  // CYCLE.SCORE and CYCLE.BACKTEST (adapt/panel.ts, adapt/backtest.ts)
  xlResampling: {
    en: (p: {
      bootstrap: number;
      permutations: number;
      assets: number;
      months: number;
      millions: string;
      max: number;
      most: number;
    }) =>
      `bootstrap=${p.bootstrap} and permutations=${p.permutations} on ${p.assets} assets × ${p.months} months is too much work for a cell (${p.millions} million draws; at most ${p.max} million): keep bootstrap + permutations to ${p.most} or less, or use kitchin score`,
    zh: (p: {
      bootstrap: number;
      permutations: number;
      assets: number;
      months: number;
      millions: string;
      max: number;
      most: number;
    }) =>
      `在 ${p.assets} 个资产 × ${p.months} 个月上 bootstrap=${p.bootstrap} 与 permutations=${p.permutations} 对一个单元格而言计算量过大（${p.millions} 百万次抽样；最多 ${p.max} 百万次）：请把 bootstrap + permutations 控制在 ${p.most} 以内，或使用 kitchin score`,
  },
  xlPanelRows: {
    en: (p: { n: number; max: number }) =>
      `prices has ${p.n} rows; CYCLE.SCORE and CYCLE.BACKTEST read at most ${p.max} (docs/excel.md, Limits): use kitchin score for longer panels`,
    zh: (p: { n: number; max: number }) =>
      `prices 有 ${p.n} 行；CYCLE.SCORE 与 CYCLE.BACKTEST 最多读取 ${p.max} 行（见 docs/excel.md「Limits」）：更长的面板请用 kitchin score`,
  },
  xlNamesPrices: {
    en: (p: { names: number; cols: number }) => `names and prices differ: ${p.names} names for ${p.cols} price columns`,
    zh: (p: { names: number; cols: number }) => `names 与 prices 不一致：${p.names} 个名称对应 ${p.cols} 个价格列`,
  },
  xlBlankName: {
    en: (p: { k: number }) => `name ${p.k} is blank; give every price column a name`,
    zh: (p: { k: number }) => `第 ${p.k} 个名称为空；请给每个价格列一个名称`,
  },
  xlPricesNoRows: {
    en: () => "prices range has no rows",
    zh: () => "prices 区域没有数据行",
  },
  xlNotPhase: {
    en: (p: { value: string }) =>
      `"${p.value}" is not a phase; use a label from CYCLE.PHASE, an id such as passive-destock, or a code 0–3`,
    zh: (p: { value: string }) =>
      `"${p.value}" 不是阶段；请用 CYCLE.PHASE 给出的标签、passive-destock 这样的编号或 0–3 的代码`,
  },
  // CYCLE.SYNC (adapt/sync.ts)
  xlNotStateOrPhase: {
    en: (p: { value: string }) =>
      `"${p.value}" is neither an inventory state (1, −1, rising, falling) nor a phase (a label from CYCLE.PHASE or an id such as passive-destock)`,
    zh: (p: { value: string }) =>
      `"${p.value}" 既不是库存状态（1、−1、rising、falling）也不是阶段（CYCLE.PHASE 给出的标签或 passive-destock 这样的编号）`,
  },
  xlMixedKinds: {
    en: (p: { what: string; phaseRow: number; stateRow: number }) =>
      `${p.what} mixes phases (row ${p.phaseRow}) and states (row ${p.stateRow}); give one kind per range`,
    zh: (p: { what: string; phaseRow: number; stateRow: number }) =>
      `${p.what} 混合了阶段（第 ${p.phaseRow} 行）与状态（第 ${p.stateRow} 行）；每个区域只给一种`,
  },
  // CYCLE.SECTORS (adapt/sectors.ts)
  xlGroupKindYoy: {
    en: () => "kind=yoy is for a table range; the shipped industry panels are levels",
    zh: () => "kind=yoy 只用于表格区域；自带的行业面板为水平值",
  },
  xlNotGroup: {
    en: (p: { id: string; groups: readonly string[]; positions: readonly string[]; region: string }) =>
      `"${p.id}" is not a shipped industry group; try ${list(p.groups, false)}, a position (${list(p.positions, false)}) or "${p.region}"`,
    zh: (p: { id: string; groups: readonly string[]; positions: readonly string[]; region: string }) =>
      `"${p.id}" 不是自带的行业组；可用 ${list(p.groups, true)}、产业链位置（${list(p.positions, true)}）或 "${p.region}"`,
  },
  xlTableEmpty: {
    en: () => "table range is empty; give a header row (sector, month, inventory[, sales, weight]) and data rows",
    zh: () =>
      "table 区域为空；请给出表头行（sector, month, inventory[, sales, weight]，或 行业、月份、存货[、营收、权重]）和数据行",
  },
  /** A note row of CYCLE.SECTORS. */
  xlSectorsNoSalesColumn: {
    en: () => "no sales column: phases are unknown; the table shows restocking and destocking only",
    zh: () => "没有营收（销售）列：阶段未知，仅显示补库与去库",
  },
  // CYCLE.CONTRIB (adapt/contrib.ts)
  xlSameNames: {
    en: (p: { names: readonly string[] }) => `two components have the same name: ${p.names.join(", ")}`,
    zh: (p: { names: readonly string[] }) => `有两个分项同名：${p.names.join("、")}`,
  },
  // CYCLE.DATA and CYCLE.YOY (no options: always English, keyed like the rest)
  xlNoSeriesId: {
    en: () => "no series id given; CYCLE.SERIES() lists them",
    zh: () => "没有给出序列编号；CYCLE.SERIES() 列出全部编号",
  },
  xlNotMonthArg: {
    en: (p: { what: string; value: string }) =>
      `${p.what} "${p.value}" is not a month; write 2015-01 or give a date cell`,
    zh: (p: { what: string; value: string }) => `${p.what} "${p.value}" 不是月份；请写作 2015-01 或给出日期单元格`,
  },
  xlToBeforeFrom: {
    en: (p: { to: string; from: string }) => `to (${p.to}) is before from (${p.from})`,
    zh: (p: { to: string; from: string }) => `to（${p.to}）早于 from（${p.from}）`,
  },
  xlNoMonthsIn: {
    en: (p: { id: string; from: string; to: string; start: string; end: string }) =>
      `${p.id} has no months in ${p.from}–${p.to} (it covers ${p.start}–${p.end})`,
    zh: (p: { id: string; from: string; to: string; start: string; end: string }) =>
      `${p.id} 在 ${p.from}–${p.to} 内没有数据（它覆盖 ${p.start}–${p.end}）`,
  },
  xlYoyLag: {
    en: (p: { value: string }) => `lag must be a whole number of months from 1 to 120, got ${p.value}`,
    zh: (p: { value: string }) => `lag 应为 1 到 120 之间的整月数，实际为 ${p.value}`,
  },
  // every function (excel-addin src/payload.ts, src/errors.ts)
  xlTooLarge: {
    en: (p: { rows: number; cols: number; size: string; excel: string; limit: string }) =>
      `result too large for Excel: ${p.rows} rows × ${p.cols} columns is ${p.size} as sent; Excel takes at most ${p.excel} per call and this add-in stops at ${p.limit} to leave room: give a shorter range (CYCLE.DATA: from/to)`,
    zh: (p: { rows: number; cols: number; size: string; excel: string; limit: string }) =>
      `结果对 Excel 而言过大：${p.rows} 行 × ${p.cols} 列，发送时为 ${p.size}；Excel 每次调用最多接收 ${p.excel}，本加载项在 ${p.limit} 处停止以留出余量：请给出更短的区域（CYCLE.DATA：from/to）`,
  },
  xlUnexpected: {
    en: () => "unexpected error",
    zh: () => "意外错误",
  },
} as const;
