/**
 * Reading and writing a user's files (CSV, XLSX, XLS, JSON; the files the CLI writes) and naming a
 * series (a column of the file or a shipped id): each sentence in English and Chinese as a function of
 * its parameters; the file, row and column are the error's place, not part of the sentence.
 */
/** What `checkInputFile` reads (its callers' words) in Chinese. */
const WHAT_ZH: Record<string, string> = { "a table": "表格", "JSON files": "JSON 文件" };

export const FILE_MESSAGES = {
  isFolder: {
    en: () => "is a folder, not a file",
    zh: () => "是文件夹，不是文件",
  },
  notRegularFile: {
    en: () => "is not a regular file (a device, pipe or socket): save the data to a file and give its name",
    zh: () => "不是普通文件（而是设备、管道或套接字）：请把数据存成文件并给出文件名",
  },
  fileTooLarge: {
    en: (p: { size: string; what: string; max: string }) =>
      `is ${p.size}; kitchin reads ${p.what} of up to ${p.max} (docs/cli.md, limits): keep the columns and months you need`,
    zh: (p: { size: string; what: string; max: string }) =>
      `大小为 ${p.size}；kitchin 读取的${WHAT_ZH[p.what] ?? p.what}最大为 ${p.max}（见 docs/cli.md 的限制一节）：请只保留需要的列和月份`,
  },
  notXls: {
    en: () =>
      "is not an Excel 97–2003 workbook (.xls) despite its name; save it from Excel as .xlsx or .csv, or give it its real extension",
    zh: () => "虽然扩展名是 .xls，但不是 Excel 97–2003 工作簿；请在 Excel 中另存为 .xlsx 或 .csv，或改用其真实的扩展名",
  },
  unreadableWorkbook: {
    en: (p: { ext: string; why: string }) =>
      `cannot read as an ${p.ext} workbook (${p.why}); save it from Excel as .xlsx or .csv`,
    zh: (p: { ext: string; why: string }) =>
      `无法作为 ${p.ext} 工作簿读取（${p.why}）；请在 Excel 中另存为 .xlsx 或 .csv`,
  },
  noSheet: {
    en: (p: { sheet: string; sheets: string }) => `no sheet named "${p.sheet}" (sheets: ${p.sheets})`,
    zh: (p: { sheet: string; sheets: string }) => `没有名为 "${p.sheet}" 的工作表（现有工作表：${p.sheets}）`,
  },
  noSheets: {
    en: () => "the workbook has no sheets",
    zh: () => "工作簿中没有工作表",
  },
  sheetTooWide: {
    en: (p: { column: string; max: number; cell?: boolean }) =>
      `${p.cell ? `cell ${p.column} is` : `the sheet reaches column ${p.column},`} beyond column ${p.max}; keep the table in the first ${p.max} columns`,
    zh: (p: { column: string; max: number; cell?: boolean }) =>
      `${p.cell ? `单元格 ${p.column} ` : `工作表延伸到第 ${p.column} 列，`}超出了第 ${p.max} 列；请把表格放在前 ${p.max} 列内`,
  },
  fileEmpty: {
    en: () => "the file is empty",
    zh: () => "文件是空的",
  },
  noDateColumn: {
    en: (p: { column: string; columns: string }) => `no date column "${p.column}"; the columns are: ${p.columns}`,
    zh: (p: { column: string; columns: string }) => `没有日期列 "${p.column}"；现有列：${p.columns}`,
  },
  noDates: {
    en: (p: { column: string }) => `no row has a date in column "${p.column}"; dates look like 2023-07 or 2023-07-31`,
    zh: (p: { column: string }) => `列 "${p.column}" 中没有任何一行是日期；日期应形如 2023-07 或 2023-07-31`,
  },
  rowWidth: {
    en: (p: { cells: number; columns: number }) => `row has ${p.cells} cells but the header has ${p.columns} columns`,
    zh: (p: { cells: number; columns: number }) => `该行有 ${p.cells} 个单元格，而表头有 ${p.columns} 列`,
  },
  notAColumn: {
    en: (p: { flag: string; name: string; columns: string }) =>
      `${p.flag} "${p.name}" is not a column of the file; the columns are: ${p.columns}`,
    zh: (p: { flag: string; name: string; columns: string }) =>
      `${p.flag} "${p.name}" 不是文件中的列；现有列：${p.columns}`,
  },
  columnNamedTwice: {
    en: (p: { flag: string; name: string; columns: readonly number[] }) =>
      `${p.flag} "${p.name}" names ${p.columns.length} columns (${p.columns.join(", ")}); rename them so that each is unique`,
    zh: (p: { flag: string; name: string; columns: readonly number[] }) =>
      `${p.flag} "${p.name}" 对应 ${p.columns.length} 列（第 ${p.columns.join("、")} 列）；请重命名，使每列名称唯一`,
  },
  openQuote: {
    en: (p: { line: number }) => `a quoted field opened on or before line ${p.line} is never closed`,
    zh: (p: { line: number }) => `第 ${p.line} 行或之前开始的带引号字段没有闭合`,
  },
  noFolder: {
    en: () => "folder does not exist",
    zh: () => "文件夹不存在",
  },
  pathNotFolder: {
    en: () => "a part of the path is not a folder",
    zh: () => "路径中有一段不是文件夹",
  },
  writeToFolder: {
    en: () => "is a folder, not a file: name a file to write",
    zh: () => "是文件夹，不是文件：请指定要写入的文件",
  },
  writeNotRegular: {
    en: () => "is not a regular file (a device, pipe or socket): name a file to write",
    zh: () => "不是普通文件（而是设备、管道或套接字）：请指定要写入的文件",
  },
  readOnly: {
    en: () => "is read-only: make it writable or choose another name",
    zh: () => "是只读的：请改为可写，或换一个文件名",
  },
  notWritten: {
    en: (p: { bytes: number }) => `was not written: after writing, the file does not hold the ${p.bytes} bytes written`,
    zh: (p: { bytes: number }) => `未能写入：写完后文件中并没有写入的 ${p.bytes} 字节`,
  },
  jsonTooDeep: {
    en: (p: { depth: number; max: number }) => `JSON nested ${p.depth} levels deep; at most ${p.max} are read`,
    zh: (p: { depth: number; max: number }) => `JSON 嵌套了 ${p.depth} 层；最多读取 ${p.max} 层`,
  },
  badJson: {
    en: (p: { why: string }) => `not valid JSON (${p.why})`,
    zh: (p: { why: string }) => `不是有效的 JSON（${p.why}）`,
  },
  outKind: {
    en: (p: { path: string }) => `--out ${p.path}: write .csv, .json or .xlsx`,
    zh: (p: { path: string }) => `--out ${p.path}：只能写 .csv、.json 或 .xlsx`,
  },
  mixedPercent: {
    en: () =>
      "some numbers of the column are formatted as percent (0.032 shown as 3.2%) and others not; format the column one way in Excel",
    zh: () => "该列有的数字设为百分比格式（0.032 显示为 3.2%），有的不是；请在 Excel 中把整列设为同一种格式",
  },
  quarterlyPhases: {
    en: () => "phases and cycles need monthly data; the file's dates are quarterly",
    zh: () => "阶段与周期需要月度数据；该文件的日期是季度的",
  },
  notColumnNorId: {
    en: (p: { name: string }) => `"${p.name}" is neither a column of the file nor a shipped series id`,
    zh: (p: { name: string }) => `"${p.name}" 既不是文件中的列，也不是附带序列的编号`,
  },
  quarterlySpec: {
    en: (p: { name: string }) =>
      `${p.name} is quarterly; lead/lag, synchronisation and decomposition compare months, so give monthly data`,
    zh: (p: { name: string }) => `${p.name} 是季度数据；领先滞后、同步性与分解都按月比较，请给出月度数据`,
  },
  noMonthsIn: {
    en: (p: { from: string; to: string }) => `no months of the series fall in ${p.from}…${p.to}`,
    zh: (p: { from: string; to: string }) => `序列在 ${p.from}…${p.to} 内没有任何月份`,
  },
  noSalesColumn: {
    en: (p: { name: string }) => `industry "${p.name}" has no sales column of the same name`,
    zh: (p: { name: string }) => `行业 "${p.name}" 没有同名的营收列`,
  },
  noPairs: {
    en: () => "the China industry panel has no China–US correspondence",
    zh: () => "中国分行业面板没有中美对应关系",
  },
  pdfFailed: {
    en: (p: { browser: string; why: string; html: string }) =>
      `${p.browser} could not print the report to PDF (${p.why}); the HTML report was written: ${p.html}`,
    zh: (p: { browser: string; why: string; html: string }) =>
      `${p.browser} 未能把报告打印成 PDF（${p.why}）；HTML 报告已写出：${p.html}`,
  },
  noChromium: {
    en: (p: { env?: string; looked: readonly string[]; html: string }) =>
      `--pdf needs Chromium or Chrome and none was found (${p.env ? `KITCHIN_CHROMIUM=${p.env} does not exist` : `looked for ${p.looked.join(", ")} and the macOS/Windows install places`}); install one (Debian/Ubuntu: apt-get install chromium) or set KITCHIN_CHROMIUM to its path. The HTML report was written: ${p.html}`,
    zh: (p: { env?: string; looked: readonly string[]; html: string }) =>
      `--pdf 需要 Chromium 或 Chrome，但没有找到（${p.env ? `KITCHIN_CHROMIUM=${p.env} 不存在` : `查找了 ${p.looked.join(", ")} 以及 macOS/Windows 的安装位置`}）；请安装一个（Debian/Ubuntu：apt-get install chromium）或把 KITCHIN_CHROMIUM 设为其路径。HTML 报告已写出：${p.html}`,
  },
  /** Rows under a table (a footer) that have cells but no date: skipped, and said. */
  undatedRowsSkipped: {
    en: (p: { rows: readonly number[]; last: string; lastRow: number }) =>
      `${p.rows.length === 1 ? `row ${p.rows[0]}` : `${p.rows.length} rows (${p.rows[0]}…${p.rows[p.rows.length - 1]})`} below the last dated row (${p.last}, row ${p.lastRow}) have no date and were skipped`,
    zh: (p: { rows: readonly number[]; last: string; lastRow: number }) =>
      `最后一个带日期的行（${p.last}，第 ${p.lastRow} 行）之下的${p.rows.length === 1 ? `第 ${p.rows[0]} 行` : ` ${p.rows.length} 行（第 ${p.rows[0]}…${p.rows[p.rows.length - 1]} 行）`}没有日期，已跳过`,
  },
  /** The PDF printer: Chinese would print as boxes. */
  noCjkFont: {
    en: () =>
      "no Chinese (CJK) font is installed, so the PDF shows Chinese characters — the phase names 主动补库 … among them — as empty boxes; " +
      "install one and print again (Debian/Ubuntu: apt-get install fonts-noto-cjk; Fedora: dnf install google-noto-sans-cjk-fonts; Alpine: apk add font-noto-cjk; Arch: pacman -S noto-fonts-cjk)",
    zh: () =>
      "没有安装中文（CJK）字体，PDF 中的中文字符（包括阶段名称主动补库 …）会显示为空白方框；" +
      "请安装字体后重新打印（Debian/Ubuntu：apt-get install fonts-noto-cjk；Fedora：dnf install google-noto-sans-cjk-fonts；Alpine：apk add font-noto-cjk；Arch：pacman -S noto-fonts-cjk）",
  },
} as const;
