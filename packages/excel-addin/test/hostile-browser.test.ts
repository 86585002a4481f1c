/**
 * The hostile-input suite's Excel half: odd and broken ranges and options through the
 * add-in's functions in Microsoft's real custom-functions runtime in Chromium. A refusal is a real
 * CustomFunctions.Error (#VALUE! or #N/A) whose message is one line (no raw control character, at
 * most 600 characters) matching the case; an odd but valid range gives the plain range's answer
 * (newest-first ranges: the same answer, newest first).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, openRuntime, type CallResult, type Runtime } from "./harness.ts";
import { col, months, row, wave, type Cell } from "./helpers.ts";

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
}, 60_000);
afterAll(async () => {
  await rt?.close();
});

type Cells = unknown[][];
const N = 160;
const dates = months("2005-01", N);
const inv = wave(N, 0);
const rev = wave(N, 8);
const levels = inv.map((x, i) => 100 + i + x);
const D = col(dates);
const rev2 = <T>(x: T[]) => x.slice().reverse();
const Drev = col(rev2(dates));
/** Excel serial day of the 15th of each month. */
const serials = dates.map((d) => (Date.UTC(+d.slice(0, 4), +d.slice(5) - 1, 15) - Date.UTC(1899, 11, 30)) / 86400000);

function value(r: CallResult, what: string): Cells {
  if ("error" in r) throw new Error(`${what}: ${r.error.code} ${r.error.message}`);
  return r.value as Cells;
}
const firstCol = (x: Cells) => x.map((r) => r[0]);

interface Same {
  name: string;
  kind: string;
  call: unknown[];
  plain: unknown[];
  map?: (out: Cells) => unknown;
  plainMap?: (out: Cells) => unknown;
}
interface Refuse {
  name: string;
  kind: string;
  call: unknown[];
  code?: "#VALUE!" | "#N/A";
  message: RegExp;
}

const with50 = (v: Cell) => inv.map((x, i): Cell => (i === 50 ? v : x));
const SAME: Same[] = [
  {
    name: "PHASE newest first = oldest first, reversed",
    kind: "order",
    call: ["PHASE", Drev, col(rev2(rev)), col(rev2(inv)), "format=id"],
    plain: ["PHASE", D, col(rev), col(inv), "format=id"],
    map: (o) => rev2(firstCol(o)),
    plainMap: firstCol,
  },
  {
    name: "PHASE as-of newest first",
    kind: "order",
    call: ["PHASE", Drev, col(rev2(rev)), col(rev2(inv)), "mode=as-of; lag=1; format=code"],
    plain: ["PHASE", D, col(rev), col(inv), "mode=as-of; lag=1; format=code"],
    map: (o) => rev2(firstCol(o)),
    plainMap: firstCol,
  },
  {
    name: "STATE newest first",
    kind: "order",
    call: ["STATE", Drev, col(rev2(inv)), "format=code"],
    plain: ["STATE", D, col(inv), "format=code"],
    map: (o) => rev2(firstCol(o)),
    plainMap: firstCol,
  },
  {
    name: "YOY newest first",
    kind: "order",
    call: ["YOY", Drev, col(rev2(levels)), null],
    plain: ["YOY", D, col(levels), null],
    map: (o) => rev2(firstCol(o)),
    plainMap: firstCol,
  },
  {
    name: "LEAD newest first",
    kind: "order",
    call: ["LEAD", Drev, col(rev2(rev)), col(rev2(inv)), null],
    plain: ["LEAD", D, col(rev), col(inv), null],
  },
  {
    name: "DECOMPOSE newest first",
    kind: "order",
    call: [
      "DECOMPOSE",
      Drev,
      col(rev2(inv)),
      col(rev2(rev)),
      col(rev2(inv.map((x) => x / 3))),
      col(rev2(rev.map((x) => x / 2))),
      null,
    ],
    plain: ["DECOMPOSE", D, col(inv), col(rev), col(inv.map((x) => x / 3)), col(rev.map((x) => x / 2)), null],
    map: (o) => [o[0], ...rev2(o.slice(1))],
    plainMap: (o) => o,
  },
  {
    name: "TURNS newest first",
    kind: "order",
    call: ["TURNS", Drev, col(rev2(inv)), null],
    plain: ["TURNS", D, col(inv), null],
  },
  {
    name: "CYCLES newest first",
    kind: "order",
    call: ["CYCLES", Drev, col(rev2(rev)), col(rev2(inv)), null],
    plain: ["CYCLES", D, col(rev), col(inv), null],
  },
  {
    name: "dates as Excel serials",
    kind: "dates",
    call: ["PHASE", col(serials), col(rev), col(inv), "format=id"],
    plain: ["PHASE", D, col(rev), col(inv), "format=id"],
  },
  {
    name: "dates as YYYYMM numbers",
    kind: "dates",
    call: ["PHASE", col(dates.map((d) => Number(d.replace("-", "")))), col(rev), col(inv), "format=id"],
    plain: ["PHASE", D, col(rev), col(inv), "format=id"],
  },
  {
    name: "dates as 2005年1月",
    kind: "dates",
    call: ["STATE", col(dates.map((d) => `${d.slice(0, 4)}年${+d.slice(5)}月`)), col(inv), null],
    plain: ["STATE", D, col(inv), null],
  },
  {
    name: "dates as 2005/1/31",
    kind: "dates",
    call: ["STATE", col(dates.map((d) => `${d.slice(0, 4)}/${+d.slice(5)}/28`)), col(inv), null],
    plain: ["STATE", D, col(inv), null],
  },
  {
    name: "a row in gives a row out",
    kind: "shape",
    call: ["STATE", row(dates), row(inv), "format=code"],
    plain: ["STATE", D, col(inv), "format=code"],
    map: (o) => o[0],
    plainMap: firstCol,
  },
  {
    name: "numbers as text",
    kind: "numbers",
    call: ["STATE", D, col(inv.map(String)), null],
    plain: ["STATE", D, col(inv), null],
  },
  {
    name: "percent text",
    kind: "numbers",
    call: ["STATE", D, col(inv.map((x) => `${x}%`)), null],
    plain: ["STATE", D, col(inv), null],
  },
  {
    name: "thousands separators",
    kind: "numbers",
    call: ["YOY", D, col(levels.map((x) => (x * 1000).toLocaleString("en-US", { maximumFractionDigits: 6 }))), null],
    plain: ["YOY", D, col(levels.map((x) => Number((x * 1000).toFixed(6)))), null],
  },
  {
    name: "the minus sign U+2212",
    kind: "numbers",
    call: ["STATE", D, col(inv.map((x) => String(x).replace("-", "\u2212"))), null],
    plain: ["STATE", D, col(inv), null],
  },
  {
    name: "SCORE newest first",
    kind: "order",
    call: [
      "SCORE",
      col(rev2(months("2001-01", 60))),
      col(
        rev2(
          Array.from(
            { length: 60 },
            (_, t) => ["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(t / 8) % 4],
          ),
        ),
      ),
      rev2(Array.from({ length: 60 }, (_, t) => [100 + t, 50 + Math.sin(t) * 5])),
      [["a", "b"]],
      "bootstrap=0; permutations=0",
    ],
    plain: [
      "SCORE",
      col(months("2001-01", 60)),
      col(
        Array.from(
          { length: 60 },
          (_, t) => ["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(t / 8) % 4],
        ),
      ),
      Array.from({ length: 60 }, (_, t) => [100 + t, 50 + Math.sin(t) * 5]),
      [["a", "b"]],
      "bootstrap=0; permutations=0",
    ],
  },
  ...["--", "#N/A", "N/A", "NaN", null].map(
    (tok): Same => ({
      name: `missing token ${String(tok)}`,
      kind: "missing",
      call: ["STATE", D, col(with50(tok)), "format=code"],
      plain: ["STATE", D, col(with50("")), "format=code"],
    }),
  ),
];

const REFUSE: Refuse[] = [
  ...(
    [
      ["0x10", /hexadecimal/],
      ["0b11", /hexadecimal, binary and octal/],
      ["１２", /full-width/],
      ["Infinity", /infinity/],
      ["2,2", /comma inside a number/],
      ["#DIV/0!", /Excel error value/],
      ["=A1", /formula saved without its result/],
      ["1.2.3", /ambiguous or misplaced/],
      [true, /TRUE\/FALSE/],
    ] as const
  ).map(
    ([cell, why]): Refuse => ({
      name: `cell ${String(cell)}`,
      kind: "numbers",
      call: ["STATE", D, col(with50(cell)), null],
      message: new RegExp(
        `^row 51, column "values": "${String(cell).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" is not a number \\(.*${why.source}`,
      ),
    }),
  ),
  {
    name: "a ragged values range",
    kind: "ragged",
    call: ["STATE", D, inv.map((x, i) => (i === 3 ? [x, 1] : [x])), null],
    message: /^values is ragged: row 4 has 2 cells, row 1 has 1$/,
  },
  {
    name: "a ragged dates range",
    kind: "ragged",
    call: ["PHASE", dates.map((d, i) => (i === 9 ? [d, ""] : [d])), col(rev), col(inv), null],
    message: /^dates is ragged: row 10 has 2 cells, row 1 has 1$/,
  },
  {
    name: "a block of values",
    kind: "shape",
    call: ["STATE", D, inv.map((x) => [x, x]), null],
    message: /values must be one column or one row; got 160 rows × 2 columns/,
  },
  {
    name: "dates out of order",
    kind: "order",
    call: [
      "PHASE",
      col(dates.map((d, i) => (i === 20 ? dates[21] : i === 21 ? dates[20] : d))),
      col(rev),
      col(inv),
      null,
    ],
    message: /^row 22, column "dates": dates must run oldest first or newest first: 2006-09 follows 2006-10$/,
  },
  {
    name: "a month twice",
    kind: "order",
    call: ["STATE", col(dates.map((d, i) => (i === 30 ? dates[29] : d))), col(inv), null],
    message: /^row 31, column "dates": 2007-06 appears twice$/,
  },
  {
    name: "a hole of six months",
    kind: "gaps",
    call: ["STATE", col(dates.map((_, i) => months("2005-01", N + 6)[i < 40 ? i : i + 6])), col(inv), null],
    message: /6 months are missing between 2008-04 and 2008-11/,
  },
  {
    name: "a date that is not one",
    kind: "dates",
    call: ["STATE", col(dates.map((d, i) => (i === 7 ? "soon" : d))), col(inv), null],
    message: /^row 8, column "dates": "soon" is not a date/,
  },
  {
    name: "a number that is not a date",
    kind: "dates",
    call: ["STATE", col(dates.map((d, i) => (i === 7 ? 200513 : d))), col(inv), null],
    message: /^row 8, column "dates": "200513" is not a date/,
  },
  {
    name: "no dates",
    kind: "empty",
    call: ["PHASE", [], col(rev), col(inv), null],
    message: /^dates range is empty; give the dates of the rows as the first argument$/,
  },
  { name: "an empty values range", kind: "empty", call: ["STATE", D, [[]], null], message: /^values range is empty$/ },
  {
    name: "ranges of different lengths",
    kind: "ragged",
    call: ["PHASE", D, col(rev), col(inv.slice(1)), null],
    message: /^dates and inventory ranges differ in length: 160 vs 159$/,
  },
  {
    name: "YoY stored as fractions",
    kind: "units",
    call: ["PHASE", D, col(rev.map((x) => x / 100)), col(inv.map((x) => x / 100)), null],
    message:
      /^the inventory series moves only [\d.]+ from its lowest to its highest value, less than minAmplitude 2 and reversal 1 .*stored as fractions/,
  },
  {
    name: "STATE as-of on a YoY stored as fractions",
    kind: "units",
    call: ["STATE", D, col(inv.map((x) => x / 100)), "mode=as-of"],
    message:
      /^the series moves only [\d.]+ from its lowest to its highest value, less than reversal 1 .*stored as fractions/,
  },
  {
    name: "STATE with preset=inventory on fractions",
    kind: "units",
    call: ["STATE", D, col(inv.map((x) => x / 100)), "preset=inventory"],
    message: /less than minAmplitude 2/,
  },
  {
    name: "percent text next to fractions",
    kind: "units",
    call: ["STATE", D, col(inv.map((x, i) => (i < 80 ? `${x}%` : x / 100))), null],
    message: /^row 81, column "values": the column mixes percent text/,
  },
  {
    name: "a terminal escape in a cell is escaped",
    kind: "messages",
    call: ["STATE", D, col(with50("\x1b[2J\x1b[31mred")), null],
    message: /^row 51, column "values": "\\x1b\[2J\\x1b\[31mred" is not a number$/,
  },
  {
    name: "a 10,000-character cell is cut",
    kind: "messages",
    call: ["STATE", D, col(with50("z".repeat(10_000))), null],
    message: /^row 51, column "values": "z+…" is not a number$/,
  },
  {
    name: "a newline in a cell stays one line",
    kind: "messages",
    call: ["STATE", D, col(with50("a\nb")), null],
    message: /^row 51, column "values": "a\\nb" is not a number$/,
  },
  {
    name: "YOY lag 0",
    kind: "limits",
    call: ["YOY", D, col(levels), 0],
    message: /^lag must be a whole number of months from 1 to 120, got 0$/,
  },
  {
    name: "YOY lag 1.5",
    kind: "limits",
    call: ["YOY", D, col(levels), 1.5],
    message: /^lag must be a whole number of months/,
  },
  ...(
    [
      ["PHASE", "window=0", /window=0 must be a whole number from 1 to 120/],
      ["PHASE", "window=1e9", /window=1e9 must be a whole number from 1 to 120/],
      ["PHASE", "mode=as-of; lag=99", /lag=99 must be a whole number from 0 to 24/],
      ["PHASE", "constructor=1", /unknown option "constructor"/],
      ["PHASE", "__proto__=1", /unknown option "__proto__"/],
      ["PHASE", "toString=1", /unknown option "toString"/],
      ["PHASE", "window=5; window=6", /option "window" is given twice/],
      ["PHASE", "minAmplitude=-1", /minAmplitude=-1 must be a number from 0 to 1000000000/],
      ["LEAD", "maxLead=500", /maxLead=500 must be a whole number from 0 to 120/],
      ["LEAD", "start=2005-01", /unknown option "start"/],
    ] as const
  ).map(
    ([fn, o, re]): Refuse => ({
      name: `${fn} "${o}"`,
      kind: "limits",
      call: fn === "LEAD" ? [fn, D, col(rev), col(inv), o] : [fn, D, col(rev), col(inv), o],
      message: re,
    }),
  ),
];

// SCORE/BACKTEST: dates first too.
const phases = Array.from(
  { length: 60 },
  (_, t) => ["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(t / 8) % 4],
);
const prices = Array.from({ length: 60 }, (_, t) => [100 + t, 50 + Math.sin(t) * 5]);
REFUSE.push(
  ...(
    [
      ["confidence=1.5", /confidence=1.5 must be a number from 0.5 to 0.999/],
      ["bootstrap=1e9", /bootstrap=1e9 must be a whole number from 0 to 100000/],
      ["permutations=50000000", /permutations=50000000 must be a whole number from 0 to 100000/],
      ["seed=-1", /seed=-1 must be a whole number/],
      ["thin=0", /thin=0 must be a whole number from 1 to 100/],
    ] as const
  ).map(
    ([o, re]): Refuse => ({
      name: `SCORE "${o}"`,
      kind: "limits",
      call: ["SCORE", col(months("2005-01", 60)), col(phases), prices, [["a", "b"]], o],
      message: re,
    }),
  ),
  {
    name: "BACKTEST topK=0",
    kind: "limits",
    call: ["BACKTEST", col(months("2005-01", 60)), col(phases), prices, "topK=0"],
    message: /topK=0 must be a whole number from 1 to 1000/,
  },
  {
    name: "SCORE names the month of a bad price (was an internal month, 0003-04)",
    kind: "messages",
    call: [
      "SCORE",
      col(months("2005-01", 60)),
      col(phases),
      prices.map((r, t) => (t === 39 ? [-5, r[1]] : r)),
      [["a", "b"]],
      null,
    ],
    message: /price of "a" in 2008-04 is -5; prices must be positive/,
  },
  {
    name: "SCORE hex price",
    kind: "numbers",
    call: [
      "SCORE",
      col(months("2005-01", 60)),
      col(phases),
      prices.map((r, t) => (t === 12 ? ["0x10", r[1]] : r)),
      [["a", "b"]],
      null,
    ],
    message: /^row 13, column "a": "0x10" is not a number \(hexadecimal/,
  },
  {
    name: "SCORE with newest-first dates and prices in a different order",
    kind: "order",
    call: ["SCORE", col(months("2005-01", 60).reverse()), col(phases), prices, [["a", "b"]], "start=2005-01"],
    message: /unknown option "start"/,
  },
);

describe(`hostile inputs through the add-in's functions in the real runtime (${SAME.length + REFUSE.length} cases)`, () => {
  it("has at least 60 cases", () => expect(SAME.length + REFUSE.length).toBeGreaterThanOrEqual(60));

  for (const c of SAME) {
    it(`${c.kind}: ${c.name} gives the plain answer`, async () => {
      const [fn, ...args] = c.call as [string, ...unknown[]];
      const [pfn, ...pargs] = c.plain as [string, ...unknown[]];
      const out = value(await call(rt.page, fn, ...args), c.name);
      const plain = value(await call(rt.page, pfn, ...pargs), `${c.name} (plain)`);
      expect((c.map ?? ((x: Cells) => x))(out)).toEqual((c.plainMap ?? c.map ?? ((x: Cells) => x))(plain));
      expect(plain.length).toBeGreaterThan(1);
    });
  }

  for (const c of REFUSE) {
    it(`${c.kind}: ${c.name} is refused with one line`, async () => {
      const [fn, ...args] = c.call as [string, ...unknown[]];
      const r = await call(rt.page, fn, ...args);
      expect("error" in r, JSON.stringify(r).slice(0, 200)).toBe(true);
      const e = (r as { error: { code: string; message: string; real: boolean } }).error;
      expect(e.real).toBe(true);
      expect(e.code).toBe(c.code ?? "#VALUE!");
      expect(e.message.length).toBeLessThanOrEqual(600);
      // eslint-disable-next-line no-control-regex
      expect(e.message).not.toMatch(/[\u0000-\u001f\u007f]/);
      expect(e.message).toMatch(c.message);
    });
  }
});

describe("notes=true: what reading did, below the answer", () => {
  it("PHASE on newest-first rows with a missing cell and an absent month: the answer's rows, then the notes", async () => {
    const d = dates.filter((_, i) => i !== 70);
    const r = rev.filter((_, i) => i !== 70);
    const v = inv.filter((_, i) => i !== 70).map((x, i): Cell => (i === 40 ? "--" : x));
    const out = value(
      await call(rt.page, "PHASE", col(rev2(d)), col(rev2(r)), col(rev2(v)), "format=id; notes=true"),
      "notes",
    );
    const plain = value(await call(rt.page, "PHASE", col(rev2(d)), col(rev2(r)), col(rev2(v)), "format=id"), "plain");
    expect(out.slice(0, plain.length)).toEqual(plain);
    expect(out.slice(plain.length).map((x) => x[0])).toEqual([
      "note: dates run newest first: read in increasing order, answered in the input's order",
      'note: column "demand": months absent from the dates read as missing: 2010-11',
      `note: column "inventory": 1 cell ("--") read as missing, row ${d.length - 40}`,
      'note: column "inventory": months absent from the dates read as missing: 2010-11',
    ]);
  });
  it("a table function takes notes=true too; without notes to give, nothing is added", async () => {
    const plain = value(await call(rt.page, "TURNS", D, col(inv), null), "plain");
    expect(value(await call(rt.page, "TURNS", D, col(inv), "notes=true"), "notes")).toEqual(plain);
  });
});

describe("errors and notes in the call's language (lang=zh), in the real runtime", () => {
  const refusal = async (...args: unknown[]) => {
    const r = await call(rt.page, ...(args as [string, ...unknown[]]));
    if (!("error" in r)) throw new Error(`${String(args[0])} answered instead of refusing`);
    expect(r.error.real).toBe(true);
    return r.error;
  };
  it("a #VALUE! message is Chinese with lang=zh and the same English line without it", async () => {
    expect(await refusal("PHASE", D, col(rev), col(inv), "colour=red")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^unknown option "colour"; accepted keys: lang, /),
    });
    expect(await refusal("PHASE", D, col(rev), col(inv), "lang=zh; colour=red")).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^未知选项 "colour"；可用的键：lang, /),
    });
    expect(await refusal("STATE", D, col(with50("abc")), "lang=zh")).toMatchObject({
      code: "#VALUE!",
      message: '第 51 行，列 "values"："abc" 不是数字',
    });
    expect(await refusal("STATE", D, col(with50("abc")), null)).toMatchObject({
      code: "#VALUE!",
      message: 'row 51, column "values": "abc" is not a number',
    });
    expect(
      await refusal(
        "STATE",
        D,
        inv.map((x, i) => (i === 3 ? [x, 1] : [x])),
        "lang=zh",
      ),
    ).toMatchObject({ code: "#VALUE!", message: "values 各行宽度不一：第 4 行有 2 个单元格，第 1 行有 1 个" });
    expect(value(await call(rt.page, "STATE", D, col(inv), "errors=text; lang=zh; window=0"), "errors=text")).toEqual([
      ["#VALUE! 选项 window=0 应为 1 到 120 之间的整数"],
    ]);
  });
  it("a note row is Chinese with lang=zh", async () => {
    const out = value(
      await call(rt.page, "PHASE", Drev, col(rev2(rev)), col(rev2(inv)), "format=id; notes=true; lang=zh"),
      "notes",
    );
    expect(out.at(-1)![0]).toBe("注: 日期由新到旧排列：已按时间先后读取，并按输入的顺序给出结果");
  });
});

describe("one argument order (0.2.0): CYCLES(dates, demand, inventory), OUTLOOK(dates, demand, inventory, [deflator], [options])", () => {
  it('CYCLES with demand left empty ("" or an empty argument) is the inventory-only table; an old two-range call is refused', async () => {
    const alone = value(await call(rt.page, "CYCLES", D, [[""]], col(inv), null), 'demand ""');
    expect(alone[0]).toHaveLength(11);
    expect(alone[1].slice(7)).toEqual(["", "", "", ""]);
    expect(value(await call(rt.page, "CYCLES", D, null, col(inv), null), "demand omitted")).toEqual(alone);
    const withDemand = value(await call(rt.page, "CYCLES", D, col(rev), col(inv), null), "demand");
    expect(withDemand[1].slice(7).every((x) => typeof x === "number")).toBe(true);
    const old = await call(rt.page, "CYCLES", D, col(inv), null, null);
    expect("error" in old && old.error).toMatchObject({
      code: "#VALUE!",
      real: true,
      message: expect.stringMatching(
        /^inventory range is empty: the arguments are CYCLE\.CYCLES\(dates, demand, inventory, \[options\]\) since 0\.2\.0/,
      ),
    });
  });
  it("OUTLOOK given its options where the deflator now goes is refused with the new order", async () => {
    const old = await call(rt.page, "OUTLOOK", D, col(rev), col(inv), [["lag=1"]], null);
    expect("error" in old && old.error).toMatchObject({
      code: "#VALUE!",
      real: true,
      message: expect.stringMatching(/^the fourth argument "lag=1" looks like options/),
    });
    const now = value(await call(rt.page, "OUTLOOK", D, col(rev), col(inv), null, "lag=1"), "outlook");
    expect(now[1][0]).toBe("as of");
  });
});
