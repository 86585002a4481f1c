/**
 * The user's data folder (`kitchin data import`, `history`, `undo`, `remove`): refusals, notes and
 * the lines the data command prints, in English and Chinese as functions of their parameters.
 * "Nothing was imported/changed" closes every refusal, in both languages: the folder is left as it
 * was. The concept guard's reasons (apps/cli userData/guard.ts) are structured (`Clash`), so the
 * reason renders in either language wherever it is shown.
 */

/** What a catalog series measures (its concept: change, span, unit), as the concept guard says it. */
export interface Concept {
  id: string;
  change: "yoy" | "mom" | "none";
  span: "month" | "cumulative" | "point";
  unit: string;
}
/** Why a column does not measure a series' concept (the words found in its header, unit or id). */
export type Clash = Concept &
  (
    | { says: "mom" }
    | { says: "growth"; mom: boolean }
    | { says: "money"; money: string }
    | { says: "percent" }
    | { says: "cumulative" }
    | { says: "single-month" }
  );
const targetEn = (c: Concept) =>
  `${c.id} is ${c.change === "yoy" ? "year-on-year growth (同比)" : c.change === "mom" ? "month-on-month growth (环比)" : `a level in ${c.unit}`}` +
  (c.span === "month" ? ", single month (当月)" : c.span === "cumulative" ? ", year to date (累计)" : "");
const targetZh = (c: Concept) =>
  `${c.id} 是${c.change === "yoy" ? "同比增速" : c.change === "mom" ? "环比增速" : `以 ${c.unit} 计的水平值`}` +
  (c.span === "month" ? "（当月值）" : c.span === "cumulative" ? "（累计值）" : "");
export const clashEn = (c: Clash): string => {
  switch (c.says) {
    case "mom":
      return `the column says 环比 (month-on-month); ${targetEn(c)}`;
    case "growth":
      return `the column says ${c.mom ? "环比 (month-on-month)" : "同比 (year-on-year)"} growth; ${targetEn(c)}`;
    case "money":
      return `the column is a level in money (${c.money}); ${targetEn(c)} in %`;
    case "percent":
      return `the column is in %; ${targetEn(c)}`;
    case "cumulative":
      return `the column says 累计 (year to date); ${targetEn(c)}`;
    case "single-month":
      return `the column says 当月 (single month); ${targetEn(c)}`;
  }
};
const clashZh = (c: Clash): string => {
  switch (c.says) {
    case "mom":
      return `该列标明为环比；${targetZh(c)}`;
    case "growth":
      return `该列标明为${c.mom ? "环比" : "同比"}增速；${targetZh(c)}`;
    case "money":
      return `该列是以金额计的水平值（${c.money}）；${targetZh(c)}，以 % 计`;
    case "percent":
      return `该列以 % 计；${targetZh(c)}`;
    case "cumulative":
      return `该列标明为累计（年初至今）；${targetZh(c)}`;
    case "single-month":
      return `该列标明为当月；${targetZh(c)}`;
  }
};

/** Why a file of the data folder cannot be read (the folder is then not used). */
export type Damage =
  | { kind: "current-name"; found: string }
  | { kind: "current-missing"; name: string; dir: string }
  | { kind: "unreadable"; why: string }
  | { kind: "json"; why: string }
  | { kind: "not-object"; found: string }
  | { kind: "not-list"; found: string }
  | { kind: "unknown-id"; id: string }
  | { kind: "entry-not-object"; id: string; found: string }
  | { kind: "entry-no-text"; id: string; key: string }
  | { kind: "entry-not-text"; id: string; key: string }
  | { kind: "not-change"; n: number };
/** A JSON value's kind as the store names it ("a list", "an object", "a number" …) in Chinese. */
const KIND_ZH: Record<string, string> = {
  null: "null",
  "a list": "列表",
  "an object": "对象",
  "a string": "文本",
  "a number": "数字",
  "a boolean": "真/假值",
  "a undefined": "空值",
};
const damageEn = (d: Damage): string => {
  switch (d.kind) {
    case "current-name":
      return `CURRENT should name a generation such as g000001, found "${d.found}"`;
    case "current-missing":
      return `CURRENT names ${d.name}, which is not in ${d.dir}`;
    case "unreadable":
      return `cannot read (${d.why})`;
    case "json":
      return `not valid JSON (${d.why})`;
    case "not-object":
      return `should be an object of series ids, found ${d.found}`;
    case "not-list":
      return `should be a list of changes, found ${d.found}`;
    case "unknown-id":
      return `names "${d.id}", which is not a shipped series`;
    case "entry-not-object":
      return `the entry of ${d.id} should be an object, found ${d.found}`;
    case "entry-no-text":
      return `the entry of ${d.id} has no text "${d.key}"`;
    case "entry-not-text":
      return `the entry of ${d.id}: "${d.key}" should be text`;
    case "not-change":
      return `entry ${d.n} is not a change set`;
  }
};
const damageZh = (d: Damage): string => {
  switch (d.kind) {
    case "current-name":
      return `CURRENT 应指向一个版本（如 g000001），实为 "${d.found}"`;
    case "current-missing":
      return `CURRENT 指向 ${d.name}，但它不在 ${d.dir} 中`;
    case "unreadable":
      return `无法读取（${d.why}）`;
    case "json":
      return `不是有效的 JSON（${d.why}）`;
    case "not-object":
      return `应为以序列编号为键的对象，实为${KIND_ZH[d.found] ?? d.found}`;
    case "not-list":
      return `应为更改记录的列表，实为${KIND_ZH[d.found] ?? d.found}`;
    case "unknown-id":
      return `含有 "${d.id}"，它不是附带的序列`;
    case "entry-not-object":
      return `${d.id} 的条目应为对象，实为${KIND_ZH[d.found] ?? d.found}`;
    case "entry-no-text":
      return `${d.id} 的条目缺少文本字段 "${d.key}"`;
    case "entry-not-text":
      return `${d.id} 的条目中 "${d.key}" 应为文本`;
    case "not-change":
      return `第 ${d.n} 条不是一组更改`;
  }
};

export const IMPORT_MESSAGES = {
  conceptClash: {
    en: (p: Clash) => clashEn(p),
    zh: (p: Clash) => clashZh(p),
  },
  importConceptRefused: {
    en: (p: { id: string; clash: Clash }) =>
      `refused for ${p.id}: ${clashEn(p.clash)}; nothing was imported (import it anyway with --force, recorded in the history)`,
    zh: (p: { id: string; clash: Clash }) =>
      `拒绝导入 ${p.id}：${clashZh(p.clash)}；未导入任何数据（如仍要导入，请加 --force，并会记入历史）`,
  },
  importNoKnownColumn: {
    en: (p: { columns: string }) =>
      `no column is a known series; name them with --map COLUMN=SERIES_ID (columns: ${p.columns})`,
    zh: (p: { columns: string }) => `没有哪一列是已知序列；请用 --map 列名=序列编号 指明（现有列：${p.columns}）`,
  },
  importQuarterly: {
    en: (p: { column: string }) => `column "${p.column}" is quarterly; imports extend monthly series`,
    zh: (p: { column: string }) => `列 "${p.column}" 是季度数据；导入只能延长月度序列`,
  },
  importNoValues: {
    en: (p: { column: string }) => `column "${p.column}" has no values`,
    zh: (p: { column: string }) => `列 "${p.column}" 没有数值`,
  },
  importRevisions: {
    en: (p: { n: number; id: string; month: string; old: number; new: number }) =>
      `refused: the file revises ${p.n} existing months of ${p.id} beyond its rounding (largest ${p.month}: ${p.old} → ${p.new}); nothing was imported. See every change with --dry-run; import anyway with --accept-revisions`,
    zh: (p: { n: number; id: string; month: string; old: number; new: number }) =>
      `拒绝导入：该文件修订了 ${p.id} 已有的 ${p.n} 个月，超出其舍入误差（最大一处 ${p.month}：${p.old} → ${p.new}）；未导入任何数据。用 --dry-run 查看每处更改；如仍要导入，请加 --accept-revisions`,
  },
  importByFileName: {
    en: (p: { column: string; id: string; token: string }) =>
      `column "${p.column}" is ${p.id}: the file name names its source id ${p.token}`,
    zh: (p: { column: string; id: string; token: string }) =>
      `列 "${p.column}" 即 ${p.id}：文件名给出了其来源编号 ${p.token}`,
  },
  importIndexOffset: {
    en: (p: { column: string; id: string }) =>
      `column "${p.column}": an index with the same month a year earlier = 100; stored as ${p.id} = value − 100`,
    zh: (p: { column: string; id: string }) => `列 "${p.column}"：以上年同月 = 100 的指数；存为 ${p.id} = 数值 − 100`,
  },
  undoNothing: {
    en: () => "nothing to undo: no import or removal is in force (kitchin data history lists them)",
    zh: () => "没有可撤销的更改：当前没有生效的导入或删除（kitchin data history 列出全部更改）",
  },
  undoTooMany: {
    en: (p: { n: number }) => `only ${p.n} change${p.n === 1 ? " is" : "s are"} in force; undo ${p.n} at most`,
    zh: (p: { n: number }) => `当前只有 ${p.n} 次更改生效；最多撤销 ${p.n} 次`,
  },
  removeNothing: {
    en: (p: { id: string }) => `${p.id} has no imported months; it is the shipped series already`,
    zh: (p: { id: string }) => `${p.id} 没有导入的月份；它已经是附带的序列`,
  },
  generationGone: {
    en: (p: { name: string }) => `generation ${p.name} is no longer in the data folder; it cannot be restored`,
    zh: (p: { name: string }) => `版本 ${p.name} 已不在数据目录中；无法恢复`,
  },
  /** `what`: the folder or file that could not be made; `why`: the system's reason (English, from Node). */
  cannotWrite: {
    en: (p: { what: "data folder" | "lock file" | "write"; why: string }) =>
      `${p.what === "write" ? "cannot write the data folder" : `cannot create the ${p.what}`} (${p.why}); nothing was changed`,
    zh: (p: { what: "data folder" | "lock file" | "write"; why: string }) =>
      `${p.what === "write" ? "无法写入数据目录" : p.what === "lock file" ? "无法创建锁文件" : "无法创建数据目录"}（${p.why}）；未做任何更改`,
  },
  lockBusy: {
    en: (p: { owner?: { pid: number; host: string; what: string; at: string }; seconds: number }) =>
      `another kitchin process (${p.owner ? `pid ${p.owner.pid} on ${p.owner.host}, ${p.owner.what}, since ${p.owner.at}` : "a process that has not written its name yet"}) is changing the data folder; waited ${p.seconds} s. Try again when it is done; if no kitchin is running, remove the lock file`,
    zh: (p: { owner?: { pid: number; host: string; what: string; at: string }; seconds: number }) =>
      `另一个 kitchin 进程（${p.owner ? `${p.owner.host} 上的 pid ${p.owner.pid}，${p.owner.what}，始于 ${p.owner.at}` : "一个尚未写下名字的进程"}）正在修改数据目录；已等待 ${p.seconds} 秒。请在它完成后再试；如果没有 kitchin 在运行，请删除锁文件`,
  },
  dataFolderDamaged: {
    en: (p: { damage: Damage; home: string }) =>
      `${damageEn(p.damage)}; the data folder is damaged and was not used. Repair the file, or remove the folder ${p.home} to return to the shipped data (your import files are not in it)`,
    zh: (p: { damage: Damage; home: string }) =>
      `${damageZh(p.damage)}；数据目录已损坏，未被使用。请修复该文件，或删除目录 ${p.home} 以回到附带数据（你导入的原始文件不在其中）`,
  },
  /** The first line of `data import`: what was (or would be) imported, and where. */
  importHead: {
    en: (p: {
      how: "dry-run" | "imported" | "unchanged";
      file: string;
      home: string;
      entry?: number;
      generation?: string;
    }) =>
      `${p.how === "dry-run" ? "would import" : p.how === "imported" ? "imported" : "nothing changed:"} ${p.file} into ${p.home}${p.how === "dry-run" ? " (dry run: nothing was written)" : p.entry ? ` (change #${p.entry}, generation ${p.generation})` : ""}:`,
    zh: (p: {
      how: "dry-run" | "imported" | "unchanged";
      file: string;
      home: string;
      entry?: number;
      generation?: string;
    }) =>
      `${p.how === "dry-run" ? "将导入" : p.how === "imported" ? "已导入" : "没有更改："} ${p.file} → ${p.home}${p.how === "dry-run" ? "（试运行：未写入任何内容）" : p.entry ? `（更改 #${p.entry}，版本 ${p.generation}）` : ""}：`,
  },
  importRevisionLine: {
    en: (p: { id: string; month: string; old: number; new: number }) =>
      `revision: ${p.id} ${p.month}: ${p.old} → ${p.new}`,
    zh: (p: { id: string; month: string; old: number; new: number }) => `修订：${p.id} ${p.month}：${p.old} → ${p.new}`,
  },
  importUnchanged: {
    en: () => "every value equals what the folder already has at the file's precision; nothing was written",
    zh: () => "按文件的精度，每个值都与数据目录中已有的相同；未写入任何内容",
  },
  importForced: {
    en: (p: { id: string; column: string; reason: string }) =>
      `forced (--force): ${p.id} from "${p.column}": ${p.reason}`,
    zh: (p: { id: string; column: string; reason: string }) =>
      `强制导入（--force）：${p.id} 来自 "${p.column}"：${p.reason}`,
  },
  importSkipped: {
    en: (p: { names: readonly string[] }) =>
      `not imported (no known series; use --map COLUMN=SERIES_ID): ${p.names.map((n) => `"${n}"`).join(", ")}`,
    zh: (p: { names: readonly string[] }) =>
      `未导入（不是已知序列；请用 --map 列名=序列编号）：${p.names.map((n) => `"${n}"`).join("、")}`,
  },
  historyEmpty: {
    en: (p: { home: string }) => `no changes recorded in ${p.home}: the shipped data is in use`,
    zh: (p: { home: string }) => `${p.home} 中没有记录任何更改：正在使用附带数据`,
  },
  undid: {
    en: (p: { undid: readonly string[]; restored?: string; entry: number }) =>
      `undid ${p.undid.join(", ")}: the data files are those of ${p.restored ?? "the shipped data (nothing imported)"} again; recorded as #${p.entry}`,
    zh: (p: { undid: readonly string[]; restored?: string; entry: number }) =>
      `已撤销 ${p.undid.join(", ")}：数据文件恢复为${p.restored ? ` ${p.restored} 版本` : "附带数据（未导入任何内容）"}；记为 #${p.entry}`,
  },
  removed: {
    en: (p: { ids: readonly string[]; entry: number }) =>
      `removed your months of ${p.ids.join(", ")}: the shipped series again; recorded as #${p.entry} (kitchin data undo brings them back)`,
    zh: (p: { ids: readonly string[]; entry: number }) =>
      `已删除你导入的 ${p.ids.join(", ")} 月份：恢复为附带序列；记为 #${p.entry}（kitchin data undo 可恢复）`,
  },
  listExtended: {
    en: (p: { n: number; home: string }) =>
      `${p.n} series extended from ${p.home} (kitchin data import); kitchin data history lists the changes, data undo / data remove ID take them back`,
    zh: (p: { n: number; home: string }) =>
      `${p.n} 个序列由 ${p.home} 延长（kitchin data import）；kitchin data history 列出更改，data undo / data remove ID 可撤回`,
  },
  listImportedCell: {
    en: (p: { months: number; end: string }) => `${p.months} months (shipped to ${p.end})`,
    zh: (p: { months: number; end: string }) => `${p.months} 个月（附带数据止于 ${p.end}）`,
  },
  exportWrote: {
    en: (p: { series: number; months: number; out: string }) =>
      `wrote ${p.series} series × ${p.months} months to ${p.out}`,
    zh: (p: { series: number; months: number; out: string }) =>
      `已写出 ${p.series} 个序列 × ${p.months} 个月到 ${p.out}`,
  },
  dataSubCommand: {
    en: (p: { sub?: string }) =>
      p.sub
        ? `unknown data sub-command "${p.sub}"; use list, show, export, import, history, undo or remove`
        : "data needs a sub-command: list, show, export, import, history, undo or remove",
    zh: (p: { sub?: string }) =>
      p.sub
        ? `没有 "${p.sub}" 这个 data 子命令；可用 list、show、export、import、history、undo 或 remove`
        : "data 需要一个子命令：list、show、export、import、history、undo 或 remove",
  },
  monthsAcross: {
    en: (p: { file: string }) => `${p.file}: months run across the columns; read turned around`,
    zh: (p: { file: string }) => `${p.file}：月份沿列方向排列；已转置读取`,
  },
} as const;
