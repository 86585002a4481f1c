/**
 * The hostile-input cases: odd or broken files and arguments, each with what the CLI
 * must do. A refusal is exit 2 with exactly one line on stderr matching `message`; an odd but valid
 * input is exit 0 with the same answer as the plain file (`same`: the reference's file and args).
 * Files are named `@name` in `args` and written by the test from `files`.
 */
import { N, inv, rev, table, ym, iconv } from "./data.ts";

type Sheet = import("exceljs").Worksheet;
export type FileBody = string | Buffer | { xlsx: (ws: Sheet) => void } | { dir: true };

export interface HostileCase {
  name: string;
  /** The input class (for the closing note's counts). */
  kind: string;
  files?: Record<string, FileBody>;
  args: string[];
  /** Refusal: exit 2, one line matching. */
  refuse?: RegExp;
  /** Valid: the answer equals the reference's (`turns`' turns or `phase`'s phases). */
  same?: string[];
  /** Valid with something said: exit 0 and stderr matching. */
  note?: RegExp;
  /** The command's own warnings go to stdout (score, backtest): match `note` there. */
  noteOnStdout?: boolean;
}

const PLAIN = table();
const turnsOf = (f: string, ...more: string[]) => ["turns", "--file", f, "--column", "inventory", ...more];
const phaseOf = (f: string, ...more: string[]) => [
  "phase",
  "--file",
  f,
  "--inventory",
  "inventory",
  "--demand",
  "revenue",
  ...more,
];
const SAME_TURNS = turnsOf("@plain.csv");
const SAME_PHASE = phaseOf("@plain.csv");
const csvCell = (d: string) => (x: number) => String(x).replace(".", d);
const xlsxRows = (
  ws: Sheet,
  o: { dates?: (i: number) => unknown; value?: (x: number) => unknown; newest?: boolean; header?: unknown[] } = {},
) => {
  ws.addRow(o.header ?? ["date", "inventory", "revenue"]);
  const idx = Array.from({ length: N }, (_, i) => i);
  if (o.newest) idx.reverse();
  for (const i of idx)
    ws.addRow([o.dates ? o.dates(i) : ym(i), o.value ? o.value(inv[i]) : inv[i], o.value ? o.value(rev[i]) : rev[i]]);
};
const monthDate = (i: number) => new Date(Date.UTC(2010 + Math.floor(i / 12), i % 12, 28));

/** Valid spellings of the plain table: each must give the plain table's answer. */
const valid: HostileCase[] = [
  {
    name: "UTF-8 byte-order mark",
    kind: "encoding",
    files: { "bom.csv": "\ufeff" + PLAIN },
    args: turnsOf("@bom.csv"),
    same: SAME_TURNS,
  },
  {
    name: "UTF-16LE with a mark",
    kind: "encoding",
    files: { "u16le.csv": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAIN, "utf16le")]) },
    args: turnsOf("@u16le.csv"),
    same: SAME_TURNS,
  },
  {
    name: "UTF-16BE with a mark",
    kind: "encoding",
    files: { "u16be.csv": Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PLAIN, "utf16le").swap16()]) },
    args: turnsOf("@u16be.csv"),
    same: SAME_TURNS,
  },
  {
    name: "GBK with a Chinese header",
    kind: "encoding",
    files: {
      "gbk.csv": iconv.encode(table({ header: ["时间", "产成品存货同比", "营业收入同比"] })),
      "zh.csv": table({ header: ["时间", "产成品存货同比", "营业收入同比"] }),
    },
    args: ["turns", "--file", "@gbk.csv", "--column", "产成品存货同比"],
    same: ["turns", "--file", "@zh.csv", "--column", "产成品存货同比"],
  },
  {
    name: "GBK NBS layout, newest first, preamble and notes",
    kind: "encoding",
    files: {
      "nbs.csv": iconv.encode(
        table({
          header: ["时间", "产成品存货同比", "营业收入同比"],
          dates: (i) => `${2010 + Math.floor(i / 12)}年${(i % 12) + 1}月`,
          order: "newest",
          before: ["数据库：月度数据", "时间：2010-2019"],
          after: ["注：1月数据与2月合并发布。", "数据来源：国家统计局"],
        }),
      ),
      "zh2.csv": table({ header: ["时间", "产成品存货同比", "营业收入同比"] }),
    },
    args: ["turns", "--file", "@nbs.csv", "--column", "产成品存货同比"],
    same: ["turns", "--file", "@zh2.csv", "--column", "产成品存货同比"],
  },
  {
    name: "CRLF line ends",
    kind: "layout",
    files: { "crlf.csv": table({ eol: "\r\n" }) },
    args: turnsOf("@crlf.csv"),
    same: SAME_TURNS,
  },
  {
    name: "CR-only line ends",
    kind: "layout",
    files: { "cr.csv": table({ eol: "\r" }) },
    args: turnsOf("@cr.csv"),
    same: SAME_TURNS,
  },
  {
    name: "semicolon separated",
    kind: "layout",
    files: { "semi.csv": table({ delimiter: ";" }) },
    args: turnsOf("@semi.csv"),
    same: SAME_TURNS,
  },
  {
    name: "tab separated",
    kind: "layout",
    files: { "tab.csv": table({ delimiter: "\t" }) },
    args: turnsOf("@tab.csv"),
    same: SAME_TURNS,
  },
  {
    name: "newest first",
    kind: "order",
    files: { "newest.csv": table({ order: "newest" }) },
    args: phaseOf("@newest.csv"),
    same: SAME_PHASE,
  },
  {
    name: "Wind layout: name row, metadata rows, footer",
    kind: "layout",
    files: {
      "wind.csv": table({
        header: ["指标名称", "inventory", "revenue"],
        before: [],
        after: ["", "数据来源：Wind"],
      }).replace("指标名称,inventory,revenue\n", "指标名称,inventory,revenue\n频率,月,月\n单位,%,%\n指标ID,M1,M2\n"),
    },
    args: turnsOf("@wind.csv"),
    same: SAME_TURNS,
  },
  {
    name: "trailing blank lines and a source line",
    kind: "layout",
    files: { "tail.csv": PLAIN + "\n\n,,\n数据来源：国家统计局\n" },
    args: turnsOf("@tail.csv"),
    same: SAME_TURNS,
  },
  {
    name: "blank lines inside the data",
    kind: "layout",
    files: { "blanks.csv": PLAIN.replace(`${ym(30)},`, `\n\n${ym(30)},`) },
    args: turnsOf("@blanks.csv"),
    same: SAME_TURNS,
  },
  {
    name: "every field quoted",
    kind: "layout",
    files: {
      "quoted.csv": PLAIN.split("\n")
        .map((l) =>
          l
            ? l
                .split(",")
                .map((c) => `"${c}"`)
                .join(",")
            : l,
        )
        .join("\n"),
    },
    args: turnsOf("@quoted.csv"),
    same: SAME_TURNS,
  },
  {
    name: "spaces around cells and names",
    kind: "layout",
    files: {
      "spaces.csv": PLAIN.split("\n")
        .map((l) =>
          l
            ? l
                .split(",")
                .map((c) => `  ${c} `)
                .join(",")
            : l,
        )
        .join("\n"),
    },
    args: turnsOf("@spaces.csv"),
    same: SAME_TURNS,
  },
  {
    name: "trailing empty columns",
    kind: "layout",
    files: {
      "trail.csv": PLAIN.split("\n")
        .map((l) => (l ? l + ",," : l))
        .join("\n"),
    },
    args: turnsOf("@trail.csv"),
    same: SAME_TURNS,
  },
  {
    name: "date column last, named with --date-column",
    kind: "layout",
    files: {
      "datelast.csv": PLAIN.split("\n")
        .map((l) => {
          if (!l) return l;
          const [d, a, b] = l.split(",");
          return [a, b, d].join(",");
        })
        .join("\n"),
    },
    args: turnsOf("@datelast.csv", "--date-column", "date"),
    same: SAME_TURNS,
  },
  {
    name: "column named in another case",
    kind: "layout",
    files: { "case.csv": PLAIN },
    args: ["turns", "--file", "@case.csv", "--column", "INVENTORY"],
    same: SAME_TURNS,
  },
  {
    name: "dates 2010年1月",
    kind: "dates",
    files: { "zhdate.csv": table({ dates: (i) => `${2010 + Math.floor(i / 12)}年${(i % 12) + 1}月` }) },
    args: turnsOf("@zhdate.csv"),
    same: SAME_TURNS,
  },
  {
    name: "dates 201001",
    kind: "dates",
    files: { "yyyymm.csv": table({ dates: (i) => ym(i).replace("-", "") }) },
    args: turnsOf("@yyyymm.csv"),
    same: SAME_TURNS,
  },
  {
    name: "dates 20100131",
    kind: "dates",
    files: { "yyyymmdd.csv": table({ dates: (i) => ym(i).replace("-", "") + "28" }) },
    args: turnsOf("@yyyymmdd.csv"),
    same: SAME_TURNS,
  },
  {
    name: "dates 2010/1/31",
    kind: "dates",
    files: { "slash.csv": table({ dates: (i) => `${2010 + Math.floor(i / 12)}/${(i % 12) + 1}/28` }) },
    args: turnsOf("@slash.csv"),
    same: SAME_TURNS,
  },
  {
    name: "dates 1/31/2010 (FRED-MD)",
    kind: "dates",
    files: { "us.csv": table({ dates: (i) => `${(i % 12) + 1}/1/${2010 + Math.floor(i / 12)}` }) },
    args: turnsOf("@us.csv"),
    same: SAME_TURNS,
  },
  {
    name: "dates with a time of day",
    kind: "dates",
    files: { "time.csv": table({ dates: (i) => `${ym(i)}-28 00:00:00` }) },
    args: turnsOf("@time.csv"),
    same: SAME_TURNS,
  },
  {
    name: "dates 2010.01",
    kind: "dates",
    files: { "dot.csv": table({ dates: (i) => ym(i).replace("-", ".") }) },
    args: turnsOf("@dot.csv"),
    same: SAME_TURNS,
  },
  {
    name: "decimal commas in a ;-separated file",
    kind: "numbers",
    files: { "dc.csv": table({ delimiter: ";", value: (x) => csvCell(",")(x) }) },
    args: turnsOf("@dc.csv"),
    same: SAME_TURNS,
  },
  {
    name: "decimal commas in a tab-separated file",
    kind: "numbers",
    files: { "dct.csv": table({ delimiter: "\t", value: (x) => csvCell(",")(x) }) },
    args: turnsOf("@dct.csv"),
    same: SAME_TURNS,
  },
  {
    name: "percent text on every cell",
    kind: "numbers",
    files: { "pct.csv": table({ value: (x) => `${x}%` }) },
    args: turnsOf("@pct.csv"),
    same: SAME_TURNS,
  },
  {
    name: "leading plus signs",
    kind: "numbers",
    files: { "plus.csv": table({ value: (x) => (x >= 0 ? `+${x}` : String(x)) }) },
    args: turnsOf("@plus.csv"),
    same: SAME_TURNS,
  },
  {
    name: "the minus sign U+2212",
    kind: "numbers",
    files: { "minus.csv": table({ value: (x) => String(x).replace("-", "\u2212") }) },
    args: turnsOf("@minus.csv"),
    same: SAME_TURNS,
  },
  {
    name: "thousands separators",
    kind: "numbers",
    files: {
      "k.csv": table({ value: (x) => `"${(x * 1000).toLocaleString("en-US", { maximumFractionDigits: 2 })}"` }),
      "k-plain.csv": table({ value: (x) => String(Math.round(x * 1000 * 100) / 100) }),
    },
    args: turnsOf("@k.csv"),
    same: turnsOf("@k-plain.csv"),
  },
  {
    name: "decimal comma with dot thousands (1.234,5)",
    kind: "numbers",
    files: {
      "eu.csv": table({
        delimiter: ";",
        value: (x) => (x * 1000 + 0.25).toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      }),
      "eu-plain.csv": table({ value: (x) => String(Math.round((x * 1000 + 0.25) * 100) / 100) }),
    },
    args: turnsOf("@eu.csv"),
    same: turnsOf("@eu-plain.csv"),
  },
  {
    name: "scientific notation",
    kind: "numbers",
    files: {
      "sci.csv": table({ value: (x) => (x * 1e3).toExponential() }),
      "sci-plain.csv": table({ value: (x) => String(x * 1e3) }),
    },
    args: turnsOf("@sci.csv"),
    same: turnsOf("@sci-plain.csv"),
  },
  ...(["--", "N/A", "#N/A", "NaN", "—", "null"] as const).map(
    (tok): HostileCase => ({
      name: `missing token ${tok}`,
      kind: "missing",
      files: {
        [`tok-${tok.replace(/[^a-z]/gi, "x")}.csv`]: PLAIN.replace(`${ym(50)},${inv[50]}`, `${ym(50)},${tok}`),
        "blank50.csv": PLAIN.replace(`${ym(50)},${inv[50]}`, `${ym(50)},`),
      },
      args: turnsOf(`@tok-${tok.replace(/[^a-z]/gi, "x")}.csv`),
      same: turnsOf("@blank50.csv"),
    }),
  ),
  {
    name: "a month absent from the dates = a blank month",
    kind: "gaps",
    files: {
      "hole.csv": table({ skip: (i) => i === 60 }),
      "blank60.csv": PLAIN.replace(`${ym(60)},${inv[60]},${rev[60]}`, `${ym(60)},,`),
    },
    args: turnsOf("@hole.csv"),
    same: turnsOf("@blank60.csv"),
  },
  {
    name: "XLSX: numbers and date cells",
    kind: "xlsx",
    files: { "book.xlsx": { xlsx: (ws) => xlsxRows(ws, { dates: monthDate }) } },
    args: turnsOf("@book.xlsx"),
    same: SAME_TURNS,
  },
  {
    name: "XLSX: text dates, newest first",
    kind: "xlsx",
    files: { "bookdesc.xlsx": { xlsx: (ws) => xlsxRows(ws, { newest: true }) } },
    args: phaseOf("@bookdesc.xlsx"),
    same: SAME_PHASE,
  },
  {
    name: "XLSX: YYYYMM numbers as dates",
    kind: "xlsx",
    files: { "bookyyyymm.xlsx": { xlsx: (ws) => xlsxRows(ws, { dates: (i) => Number(ym(i).replace("-", "")) }) } },
    args: turnsOf("@bookyyyymm.xlsx"),
    same: SAME_TURNS,
  },
  {
    name: "XLSX: formula cells with cached results",
    kind: "xlsx",
    files: { "bookf.xlsx": { xlsx: (ws) => xlsxRows(ws, { value: (x) => ({ formula: `${x}*1`, result: x }) }) } },
    args: turnsOf("@bookf.xlsx"),
    same: SAME_TURNS,
  },
  {
    name: "XLSX: YoY fractions formatted 0.00% read ×100",
    kind: "xlsx",
    files: {
      "bookpct.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws, { value: (x) => Math.round(x * 100) / 10000 });
          ws.getColumn(2).numFmt = "0.00%";
          ws.getColumn(3).numFmt = "0.00%";
        },
      },
    },
    args: phaseOf("@bookpct.xlsx"),
    same: SAME_PHASE,
  },
  {
    name: "XLSX: Wind layout with a footer",
    kind: "xlsx",
    files: {
      "bookwind.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws, { header: ["指标名称", "inventory", "revenue"], dates: monthDate });
          ws.addRow([]);
          ws.addRow(["数据来源：Wind"]);
        },
      },
    },
    args: turnsOf("@bookwind.xlsx"),
    same: SAME_TURNS,
  },
  {
    name: "XLSX: styled empty cells far right",
    kind: "xlsx",
    files: {
      "bookstyle.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws);
          for (let r = 1; r <= 40; r++) ws.getRow(r).getCell(16000).style = { font: { bold: true } };
        },
      },
    },
    args: turnsOf("@bookstyle.xlsx"),
    same: SAME_TURNS,
  },
];

/** Valid input that is changed on the way in: exit 0 and the change said on stderr. */
const noted: HostileCase[] = [
  {
    name: "note: newest first reversed",
    kind: "notes",
    files: { "n1.csv": table({ order: "newest" }) },
    args: turnsOf("@n1.csv"),
    note: /note: .*dates run newest first; read in increasing order/,
  },
  {
    name: "note: cells read as missing, with rows",
    kind: "notes",
    files: { "n2.csv": PLAIN.replace(`${ym(50)},${inv[50]}`, `${ym(50)},--`) },
    args: turnsOf("@n2.csv"),
    note: /note: column "inventory": 1 cell \("--"\) read as missing, row 52/,
  },
  {
    name: "note: months absent from the dates",
    kind: "notes",
    files: { "n3.csv": table({ skip: (i) => i === 60 || i === 61 }) },
    args: turnsOf("@n3.csv"),
    note: /note: column "inventory": months absent from the dates read as missing: 2015-01–2015-02/,
  },
  {
    name: "note: trailing rows without values",
    kind: "notes",
    files: { "n4.csv": table({ rows: N }).replace(`${ym(N - 1)},${inv[N - 1]}`, `${ym(N - 1)},`) },
    args: turnsOf("@n4.csv"),
    note: /note: column "inventory": the last row \(from 2019-12\) has no value; the series ends 2019-11/,
  },
  {
    name: "note: GBK encoding",
    kind: "notes",
    files: { "n5.csv": iconv.encode(table({ header: ["时间", "存货", "营收"] })) },
    args: ["turns", "--file", "@n5.csv", "--column", "存货"],
    note: /note: .*n5\.csv: read as GB18030 text/,
  },
  {
    name: "note: decimal commas",
    kind: "notes",
    files: { "n6.csv": table({ delimiter: ";", value: (x) => csvCell(",")(x) }) },
    args: turnsOf("@n6.csv"),
    note: /note: .*column "inventory" read with decimal commas/,
  },
  {
    name: "note: merged cells read as blank",
    kind: "notes",
    files: {
      "n7.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws);
          ws.mergeCells("B40:B42");
        },
      },
    },
    args: turnsOf("@n7.xlsx"),
    note: /note: .*2 cells covered by merged cells \(B41, B42\) read as blank/,
  },
  {
    name: "note: percent format rescaled",
    kind: "notes",
    files: {
      "n8.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws, { value: (x) => x / 100 });
          ws.getColumn(2).numFmt = "0.0%";
        },
      },
    },
    args: turnsOf("@n8.xlsx"),
    note: /note: .*column "inventory" is formatted as percent in the workbook: read ×100/,
  },
  {
    name: "note: a series moving less than minAmplitude leaves ex-post unknown, said",
    kind: "units",
    files: { "small.csv": table({ value: (x) => String(Math.round(x * 0.08 * 100) / 100) }) },
    args: phaseOf("@small.csv"),
    note: /note: ex-post: the inventory series moves only [\d.]+ from its lowest to its highest value, less than minAmplitude 2/,
  },
  {
    name: "note: turns with the inventory preset on YoY fractions says why none is dated",
    kind: "units",
    files: { "fr3.csv": table({ value: (x) => String(x / 100) }) },
    args: turnsOf("@fr3.csv", "--preset", "inventory"),
    note: /note: inventory moves only [\d.]+ from its lowest to its highest value, less than minAmplitude 2 \(in the series' unit\), so no rise or fall between turns can be dated; it looks like a YoY stored as fractions/,
  },
  {
    name: "note: sectors with YoY fractions say why no state is known",
    kind: "units",
    files: {
      "secfr.csv":
        "sector,month,inventory\n" +
        ["A", "B"]
          .flatMap((a, k) => Array.from({ length: N }, (_, i) => `${a},${ym(i)},${(inv[i] + k) / 100}`))
          .join("\n") +
        "\n",
    },
    args: ["sectors", "--file", "@secfr.csv", "--kind", "yoy"],
    note: /note: no industry has a known inventory state in any month: .* a YoY stored as fractions/,
  },
  {
    name: "notes in JSON, none on stderr",
    kind: "notes",
    files: { "n9.csv": table({ order: "newest" }) },
    args: turnsOf("@n9.csv", "--format", "json"),
    note: /^$/,
  },
];

const BIG = 20_000_000;
/** Broken files and arguments: each is refused with one line. */
const refused: HostileCase[] = [
  {
    name: "empty file",
    kind: "empty",
    files: { "empty.csv": "" },
    args: turnsOf("@empty.csv"),
    refuse: /empty\.csv: the file is empty/,
  },
  {
    name: "whitespace only",
    kind: "empty",
    files: { "ws.csv": " \n\t\n  \r\n" },
    args: turnsOf("@ws.csv"),
    refuse: /ws\.csv: the file is empty/,
  },
  {
    name: "header only",
    kind: "empty",
    files: { "h.csv": "date,inventory,revenue\n" },
    args: turnsOf("@h.csv"),
    refuse: /no row has a date in column "date"/,
  },
  {
    name: "a column with no numbers",
    kind: "empty",
    files: { "nonum.csv": table({ value: (x, _i, c) => (c === 1 ? "" : String(x)) }) },
    args: turnsOf("@nonum.csv"),
    refuse: /column "inventory": the column has no numeric values/,
  },
  {
    name: "too few months",
    kind: "empty",
    files: { "short.csv": table({ rows: 8 }) },
    args: phaseOf("@short.csv"),
    refuse: /at least \d+ observations/,
  },
  {
    name: "binary bytes",
    kind: "binary",
    files: { "bin.csv": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]) },
    args: turnsOf("@bin.csv"),
    refuse: /bin\.csv: looks like a binary file/,
  },
  {
    name: "UTF-16 without a mark",
    kind: "binary",
    files: { "u16.csv": Buffer.from(PLAIN, "utf16le") },
    args: turnsOf("@u16.csv"),
    refuse: /u16\.csv: looks like a binary file, not CSV text \(or UTF-16 without a byte-order mark\)/,
  },
  {
    name: "neither UTF-8 nor GB18030",
    kind: "binary",
    files: {
      "bad.csv": Buffer.concat([Buffer.from("date,x\n2010-01,"), Buffer.from([0x81, 0x20, 0xff]), Buffer.from("\n")]),
    },
    args: turnsOf("@bad.csv"),
    refuse: /bad\.csv: is neither UTF-8 nor GB18030/,
  },
  {
    name: "a UTF-8 mark on GBK bytes",
    kind: "binary",
    files: { "bomgbk.csv": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode("时间,x\n")]) },
    args: turnsOf("@bomgbk.csv"),
    refuse: /UTF-8 byte-order mark but is not valid UTF-8/,
  },
  {
    name: "old .xls",
    kind: "binary",
    files: { "old.xls": Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
    args: turnsOf("@old.xls"),
    refuse: /old\.xls: cannot read as an \.xls workbook \(.*\); save it from Excel as \.xlsx or \.csv/,
  },
  {
    name: "an .xlsx that is not a zip",
    kind: "binary",
    files: { "notzip.xlsx": "date,x\n" },
    args: turnsOf("@notzip.xlsx"),
    refuse: /notzip\.xlsx: cannot read as an \.xlsx workbook/,
  },
  {
    name: "an .xlsx that is an empty zip",
    kind: "binary",
    files: { "emptyzip.xlsx": Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]) },
    args: turnsOf("@emptyzip.xlsx"),
    refuse: /emptyzip\.xlsx: (cannot read as an \.xlsx workbook|the workbook has no sheets)/,
  },
  {
    name: "a folder as --file",
    kind: "path",
    files: { adir: { dir: true } },
    args: turnsOf("@adir"),
    refuse: /adir: is a folder, not a file/,
  },
  {
    name: "a folder as sectors --file (was EISDIR)",
    kind: "path",
    files: { sdir: { dir: true } },
    args: ["sectors", "--file", "@sdir"],
    refuse: /sdir: is a folder, not a file/,
  },
  {
    name: "a missing file",
    kind: "path",
    args: turnsOf("/no/such/dir/x.csv"),
    refuse: /\/no\/such\/dir\/x\.csv: file not found/,
  },
  {
    name: "ragged row",
    kind: "ragged",
    files: { "rag.csv": PLAIN.replace(`${ym(40)},${inv[40]},${rev[40]}`, `${ym(40)},${inv[40]},${rev[40]},9`) },
    args: turnsOf("@rag.csv"),
    refuse: /rag\.csv, row 42: row has 4 cells but the header has 3 columns/,
  },
  {
    name: "text in a number column",
    kind: "numbers",
    files: { "txt.csv": PLAIN.replace(`${ym(20)},${inv[20]}`, `${ym(20)},abc`) },
    args: turnsOf("@txt.csv"),
    refuse: /txt\.csv, row 22, column "inventory": "abc" is not a number$/,
  },
  ...(
    [
      ["0x10", "hexadecimal"],
      ["0X1F", "hexadecimal"],
      ["0b11", "hexadecimal, binary and octal"],
      ["0o17", "octal"],
      ["１２", "full-width"],
      ["12％", "full-width"],
      ["Infinity", "infinity"],
      ["-Infinity", "infinity"],
      ["1e999", "too large"],
      ["#DIV/0!", "Excel error value"],
      ["#REF!", "Excel error value"],
      ["TRUE", "is not a number"],
      ["=A1*2", "formula saved without its result"],
      ["1.2.3", "ambiguous or misplaced"],
      ["1,23,4", "ambiguous or misplaced"],
      ["(5)", "is not a number"],
      ["5-", "is not a number"],
      ["1 234", "is not a number"],
      ["$12", "is not a number"],
      ["12abc", "is not a number"],
    ] as const
  ).map(
    ([cell, why], k): HostileCase => ({
      name: `number cell ${cell}`,
      kind: "numbers",
      files: { [`num${k}.csv`]: PLAIN.replace(`${ym(20)},${inv[20]}`, `${ym(20)},"${cell}"`) },
      args: turnsOf(`@num${k}.csv`),
      refuse: new RegExp(
        `num${k}\\.csv, row 22, column "inventory": "${cell.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" is not a number${why === "is not a number" ? "$" : `.*${why}`}`,
      ),
    }),
  ),
  {
    name: "a decimal comma quoted in a comma file (was 22)",
    kind: "numbers",
    files: { "q22.csv": PLAIN.replace(`${ym(20)},${inv[20]}`, `${ym(20)},"2,2"`) },
    args: turnsOf("@q22.csv"),
    refuse:
      /row 22, column "inventory": "2,2" is not a number \(a comma inside a number is read only as a thousands separator/,
  },
  {
    name: "prices 101,3533 in a comma file (was 1013533)",
    kind: "numbers",
    files: { "q10.csv": PLAIN.replace(`${ym(20)},${inv[20]}`, `${ym(20)},"101,3533"`) },
    args: turnsOf("@q10.csv"),
    refuse: /"101,3533" is not a number/,
  },
  {
    name: "decimal commas and points mixed in a ;-file",
    kind: "numbers",
    files: { "mixdc.csv": table({ delimiter: ";", value: (x, i) => (i === 30 ? String(x) : csvCell(",")(x)) }) },
    args: turnsOf("@mixdc.csv"),
    refuse:
      /mixdc\.csv, column "inventory": the column mixes decimal commas \("[^"]+"\) and decimal points \("[^"]+"\)/,
  },
  {
    name: "ambiguous 1,234 in a ;-file",
    kind: "numbers",
    files: {
      "amb.csv":
        "date;inventory\n" +
        Array.from({ length: 30 }, (_, i) => `${ym(i)};${1 + (i % 9)},${String(100 + i).padStart(3, "0")}`).join("\n") +
        "\n",
    },
    args: ["turns", "--file", "@amb.csv"],
    refuse: /amb\.csv, column "inventory": "1,100" could be read with a decimal comma or a thousands separator/,
  },
  {
    name: "3.2% text mixed with 0.032",
    kind: "units",
    files: { "mixpct.csv": table({ value: (x, i) => (i < 60 ? `${x}%` : String(x / 100)) }) },
    args: turnsOf("@mixpct.csv"),
    refuse: /mixpct\.csv, row 62, column "inventory": the column mixes percent text \("[^"]+%"\) and plain numbers/,
  },
  {
    name: "YoY stored as fractions (every month would be unknown)",
    kind: "units",
    files: { "frac.csv": table({ value: (x) => String(x / 100) }) },
    args: phaseOf("@frac.csv"),
    refuse:
      /the inventory series moves only [\d.]+ from its lowest to its highest value, less than minAmplitude 2 and reversal 1 .* looks like a YoY stored as fractions/,
  },
  {
    name: "YoY fractions as-of too",
    kind: "units",
    files: { "frac2.csv": table({ value: (x) => String(x / 100) }) },
    args: phaseOf("@frac2.csv", "--mode", "as-of"),
    refuse: /every month would be unknown/,
  },
  {
    name: "XLSX: percent format on some cells only",
    kind: "units",
    files: {
      "somepct.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws);
          ws.getCell("B10").numFmt = "0%";
        },
      },
    },
    args: turnsOf("@somepct.xlsx"),
    refuse: /somepct\.xlsx, column "inventory": some numbers of the column are formatted as percent/,
  },
  {
    name: "unsorted dates",
    kind: "order",
    files: {
      "uns.csv": PLAIN.replace(`${ym(10)},`, "TMP,")
        .replace(`${ym(11)},`, `${ym(10)},`)
        .replace("TMP,", `${ym(11)},`),
    },
    args: turnsOf("@uns.csv"),
    refuse: /uns\.csv, row 13, column "date": dates are not in increasing order: 2010-11 follows 2010-12/,
  },
  {
    name: "a month twice",
    kind: "order",
    files: { "dup.csv": PLAIN.replace(`${ym(11)},`, `${ym(10)},`) },
    args: turnsOf("@dup.csv"),
    refuse: /dup\.csv, row 13, column "date": 2010-11 appears twice/,
  },
  {
    name: "a hole of six months",
    kind: "gaps",
    files: { "gap.csv": table({ skip: (i) => i >= 40 && i < 46 }) },
    args: turnsOf("@gap.csv"),
    refuse: /gap\.csv, row 42, column "date": 6 months are missing between 2013-04 and 2013-11/,
  },
  {
    name: "a date that is not one",
    kind: "dates",
    files: { "bd.csv": PLAIN.replace(`${ym(30)},`, "soon,") },
    args: turnsOf("@bd.csv"),
    refuse: /bd\.csv, row 32, column "date": "soon" is not a date/,
  },
  {
    name: "month 13",
    kind: "dates",
    files: { "m13.csv": PLAIN.replace(`${ym(30)},`, "2012-13,") },
    args: turnsOf("@m13.csv"),
    refuse: /row 32, column "date": "2012-13" is not a date/,
  },
  {
    name: "a stray total line after the data",
    kind: "layout",
    files: { "stray.csv": PLAIN + "total,1,2\n" },
    args: turnsOf("@stray.csv"),
    refuse:
      /stray\.csv, row 122, column "date": "total" is not a date.* \(only blank, source or note lines may follow the data\)/,
  },
  {
    name: "an unclosed quote",
    kind: "layout",
    files: { "uq.csv": 'date,inventory\n2010-01,"1\n' },
    args: ["turns", "--file", "@uq.csv"],
    refuse: /uq\.csv: a quoted field opened on or before line 3 is never closed/,
  },
  {
    name: "header date,x,x with --column x (was: the first)",
    kind: "names",
    files: { "dupcol.csv": table({ header: ["date", "x", "x"] }) },
    args: ["turns", "--file", "@dupcol.csv", "--column", "x"],
    refuse: /--column "x" names 2 columns \(2, 3\); rename them so that each is unique/,
  },
  {
    name: "an unknown column",
    kind: "names",
    files: { "cols.csv": PLAIN },
    args: ["turns", "--file", "@cols.csv", "--column", "stocks"],
    refuse: /--column "stocks" is not a column of the file; the columns are: "inventory", "revenue"/,
  },
  {
    name: "several columns and no --column",
    kind: "names",
    files: { "nocol.csv": PLAIN },
    args: ["turns", "--file", "@nocol.csv"],
    refuse: /the file has 2 value columns; name one with --column \("inventory", "revenue"\)/,
  },
  {
    name: "a header with an embedded newline stays one line",
    kind: "names",
    files: { "nl.csv": table({ header: ["date", '"inv\nentory"', "revenue"] }) },
    args: ["turns", "--file", "@nl.csv", "--column", "nope"],
    refuse: /the columns are: "inv\\nentory", "revenue"/,
  },
  {
    name: "terminal escapes in a cell are escaped",
    kind: "names",
    files: { "esc.csv": PLAIN.replace(`${ym(20)},${inv[20]}`, `${ym(20)},\x1b[2J\x1b[31mred`) },
    args: turnsOf("@esc.csv"),
    refuse: /"\\x1b\[2J\\x1b\[31mred" is not a number/,
  },
  {
    name: "a 20 MB header comes back cut",
    kind: "names",
    files: { "huge.csv": `date,${"h".repeat(BIG)}\n2010-01,1\n` },
    args: ["turns", "--file", "@huge.csv", "--column", "x"],
    refuse: /the columns are: "h+…"$/,
  },
  {
    name: "binary garbage as a column name is escaped",
    kind: "names",
    files: {
      "garb.csv": Buffer.concat([
        Buffer.from("date,"),
        Buffer.from([0x01, 0x02, 0x1b, 0x7f, 0x41]),
        Buffer.from("\n2010-01,1\n"),
      ]),
    },
    args: ["turns", "--file", "@garb.csv", "--column", "x"],
    refuse: /the columns are: "\\x01\\x02\\x1b\\x7fA"/,
  },
  {
    name: "a 10,000-character --column value is cut",
    kind: "names",
    files: { "lc.csv": PLAIN },
    args: ["turns", "--file", "@lc.csv", "--column", "c".repeat(10000)],
    refuse: /--column "c+…" is not a column/,
  },
  {
    name: "control characters in --column",
    kind: "names",
    files: { "cc.csv": PLAIN },
    args: ["turns", "--file", "@cc.csv", "--column", "a\nb\x07"],
    refuse: /--column "a\\nb\\x07" is not a column/,
  },
  {
    name: "XLSX: a formula without a saved result",
    kind: "xlsx",
    files: {
      "nores.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws);
          ws.getCell("B20").value = { formula: "B19+1" } as never;
        },
      },
    },
    args: turnsOf("@nores.xlsx"),
    refuse: /nores\.xlsx, row 20, column "inventory": "=B19\+1" is not a number \(a formula saved without its result/,
  },
  {
    name: "XLSX: a cell in column XFD on every row (was 4.2 GB)",
    kind: "xlsx",
    files: {
      "xfd.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws);
          for (let r = 1; r <= N + 1; r++) ws.getRow(r).getCell(16384).value = 1;
        },
      },
    },
    args: turnsOf("@xfd.xlsx"),
    refuse: /xfd\.xlsx, row 1: cell XFD1 is beyond column 2000/,
  },
  {
    name: "XLSX: an unknown sheet",
    kind: "xlsx",
    files: { "sheet.xlsx": { xlsx: (ws) => xlsxRows(ws) } },
    args: turnsOf("@sheet.xlsx", "--sheet", "Data"),
    refuse: /sheet\.xlsx: no sheet named "Data" \(sheets: Sheet1\)/,
  },
  {
    name: "XLSX: an Excel error cell",
    kind: "xlsx",
    files: {
      "err.xlsx": {
        xlsx: (ws) => {
          xlsxRows(ws);
          ws.getCell("B30").value = { error: "#DIV/0!" } as never;
        },
      },
    },
    args: turnsOf("@err.xlsx"),
    refuse: /err\.xlsx, row 30, column "inventory": "#DIV\/0!" is not a number \(it is an Excel error value\)/,
  },
  {
    name: "a sector with 60 months missing (was counted stale)",
    kind: "gaps",
    files: {
      "sec.csv":
        "sector,month,inventory\n" +
        Array.from({ length: 100 }, (_, i) => `A,${ym(i)},${100 + i}`).join("\n") +
        "\n" +
        Array.from({ length: 100 }, (_, i) => i)
          .filter((i) => i < 20 || i >= 80)
          .map((i) => `B,${ym(i)},${50 + i}`)
          .join("\n") +
        "\n",
    },
    args: ["sectors", "--file", "@sec.csv"],
    refuse: /sec\.csv: B has 60 months missing between 2011-08 and 2016-09/,
  },
  {
    name: "130,000 daily rows without a header (was a stack overflow)",
    kind: "size",
    files: {
      "daily.csv": Array.from({ length: 130_000 }, (_, i) => {
        const d = new Date(Date.UTC(1700, 0, 1) + i * 86400000);
        return `${d.toISOString().slice(0, 10)},${i % 97}`;
      }).join("\n"),
    },
    args: ["turns", "--file", "@daily.csv"],
    refuse: /daily\.csv, row 2, column "column 1": 1700-01 appears twice/,
  },
];

/** Large but valid: 135,000 daily prices in a long table (was `Maximum call stack size exceeded`). */
const dailyLong = (): string => {
  const lines = ["date,asset,price"];
  for (let i = 0; i < 45_000; i++) {
    const d = new Date(Date.UTC(1900, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    for (const a of ["A", "B", "C"])
      lines.push(`${d},${a},${(100 + Math.sin(i / 50 + a.charCodeAt(0)) * 10 + i * 0.01).toFixed(2)}`);
  }
  return lines.join("\n") + "\n";
};
const monthlyPhases =
  "date,phase\n" +
  Array.from(
    { length: 1478 },
    (_, m) =>
      `${1900 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")},${["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(m / 10) % 4]}`,
  ).join("\n") +
  "\n";
noted.push({
  name: "135,000 daily prices in a long table are scored",
  kind: "size",
  files: { "daily-long.csv": dailyLong(), "daily-phases.csv": monthlyPhases },
  args: [
    "score",
    "--prices",
    "@daily-long.csv",
    "--phases",
    "@daily-phases.csv",
    "--bootstrap",
    "0",
    "--permutations",
    "0",
    "--to",
    "2023-01",
  ],
  note: /warning: .*daily-long\.csv: 135000 dated prices reduced to 4437 month-end prices/, // a warning: on stderr
});

/** Argument sets that are refused. */
const D = ["--dataset", "cn"];
const args: HostileCase[] = [
  ...[
    ["--constructor", "x"],
    ["--__proto__", "x"],
    ["--toString", "x"],
    ["--hasOwnProperty", "x"],
    ["--valueOf", "1"],
  ].map(
    (a): HostileCase => ({
      name: `prototype name ${a[0]}`,
      kind: "arguments",
      args: ["turns", ...D, ...a],
      refuse: new RegExp(`unknown option ${a[0].replace(/[$]/g, "\\$")}`),
    }),
  ),
  ...(
    [
      ["cycles", "--window", "0", /--window must be a whole number from 1 to 120, got "0"/],
      ["cycles", "--window", "1e9", /--window must be a whole number from 1 to 120, got "1e9"/],
      ["cycles", "--window", "abc", /--window must be a whole number from 1 to 120, got "abc"/],
      ["cycles", "--window", "", /--window must be a whole number from 1 to 120, got ""/],
      ["cycles", "--window", "2.5", /--window must be a whole number/],
      ["cycles", "--censor", "-1", /--censor must be a whole number from 0 to 120/],
      ["cycles", "--min-phase", "0", /--min-phase must be a whole number from 1 to 240/],
      ["cycles", "--min-cycle", "1", /--min-cycle must be a whole number from 2 to 480/],
      ["cycles", "--min-amplitude", "-1", /--min-amplitude must be a number from 0 to 1000000000/],
      ["cycles", "--min-amplitude", "NaN", /--min-amplitude must be a number/],
      ["phase", "--reversal", "Infinity", /--reversal must be a number from 0 to 1000000000/],
      ["phase", "--confirm", "0", /--confirm must be a whole number from 1 to 120/],
      ["score", "--confidence", "1.5", /--confidence must be a number from 0.5 to 0.999, got "1.5"/],
      ["score", "--confidence", "0.2", /--confidence must be a number from 0.5 to 0.999/],
      ["score", "--bootstrap", "1e9", /--bootstrap must be a whole number from 0 to 100000, got "1e9"/],
      ["score", "--permutations", "50000000", /--permutations must be a whole number from 0 to 100000/],
      ["score", "--seed", "-1", /--seed must be a whole number from 0 to 2147483647/],
      ["score", "--top", "0", /--top must be a whole number from 1 to 100000/],
      ["backtest", "--cost", "-5", /--cost must be a number from 0 to 10000/],
      ["lead", "--max-lead", "500", /--max-lead must be a whole number from 0 to 120/],
      ["sectors", "--smooth", "0", /--smooth must be a whole number from 1 to 24/],
    ] as const
  ).map(
    ([cmd, flag, v, re]): HostileCase => ({
      name: `${cmd} ${flag} ${JSON.stringify(v)}`,
      kind: "limits",
      args: [cmd, ...(cmd === "sectors" ? ["--dataset", "us"] : D), flag, v],
      refuse: re,
    }),
  ),
  {
    name: "a file's --lag out of bounds",
    kind: "limits",
    files: { "lag.csv": PLAIN },
    args: turnsOf("@lag.csv", "--lag", "99"),
    refuse: /--lag must be a whole number from 0 to 24/,
  },
  {
    name: "an option given twice",
    kind: "arguments",
    args: ["cycles", ...D, "--window", "5", "--window", "6"],
    refuse: /--window given twice/,
  },
  {
    name: "an unknown option, with a suggestion",
    kind: "arguments",
    args: ["cycles", ...D, "--min-cycel", "20"],
    refuse: /unknown option --min-cycel \(did you mean --min-cycle\?\)/,
  },
  {
    name: "a switch with a value",
    kind: "arguments",
    args: ["sectors", "--dataset", "us", "--history=yes"],
    refuse: /--history takes no value/,
  },
  {
    name: "a flag without its value",
    kind: "arguments",
    args: ["cycles", ...D, "--window"],
    refuse: /--window needs a value/,
  },
  {
    name: "a bad --as-of",
    kind: "arguments",
    args: ["phase", ...D, "--as-of", "July 2020"],
    refuse: /--as-of "July 2020" is not a month/,
  },
  {
    name: "an unknown dataset",
    kind: "arguments",
    args: ["phase", "--dataset", "jp"],
    refuse: /--dataset must be cn or us, got "jp"/,
  },
  {
    name: "both sources",
    kind: "arguments",
    args: ["phase", ...D, "--file", "x.csv"],
    refuse: /either --dataset or --file, not both/,
  },
  { name: "no source", kind: "arguments", args: ["phase"], refuse: /no input: give --dataset cn\|us/ },
  { name: "an unknown command", kind: "arguments", args: ["frobnicate"], refuse: /unknown command "frobnicate"/ },
  {
    name: "an unknown command with escapes",
    kind: "arguments",
    args: ["\x1b[31mred"],
    refuse: /unknown command "\\x1b\[31mred"/,
  },
  {
    name: "a bad enum value",
    kind: "arguments",
    args: ["phase", ...D, "--mode", "live"],
    refuse: /--mode must be one of ex-post, as-of, got "live"/,
  },
  {
    name: "an unknown series id",
    kind: "arguments",
    args: ["turns", ...D, "--series", "cn.nope"],
    refuse: /unknown series id "cn\.nope"/,
  },
];

/** Files several cases share: the plain table every valid spelling is compared with. */
export const SHARED_FILES: Record<string, FileBody> = { "plain.csv": PLAIN };

export const CASES: HostileCase[] = [...valid, ...noted, ...refused, ...args];
