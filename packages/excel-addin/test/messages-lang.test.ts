/**
 * The add-in's errors and notes come from the core's message table (core phases/excelMessages.ts and
 * messages.ts): English by default, word for word as before; Chinese with `lang=zh` in the call's own
 * options — the only thing that decides the language (no setting, no memory of other calls).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@kitchin/core";
import { cyclesTable, lead, phase, sectors, state, sync, turnsTable } from "../src/functions.ts";
import { guardWithOptionsAsync } from "../src/errors.ts";
import { sectorsOfGroup } from "../src/adapt/sectors.ts";
import { col, expectCellError, months, wave } from "./helpers.ts";

const require = createRequire(import.meta.url);
const DATA = dirname(require.resolve("@kitchin/datasets/data/catalog.json"));
/** The add-in's fetch of its data/ folder, read from the datasets package (no server). */
const fileFetch = async (url: string) => {
  try {
    return {
      ok: true,
      status: 200,
      text: async () => readFileSync(join(DATA, url.replace(/^.*\/data\//, "")), "utf8"),
    };
  } catch {
    return { ok: false, status: 404, text: async () => "" };
  }
};

const HAN = /[\u4e00-\u9fff]/;
const N = 120;
const dates = col(months("2010-01", N));
const inv = col(wave(N, 0));
const dem = col(wave(N, 8));

/** The #VALUE!/#N/A of a call without and with lang=zh (the rest of the options unchanged). */
function bothLangs(
  f: (options: string) => unknown,
  options: string,
  code: "#VALUE!" | "#N/A",
  en: string | RegExp,
  zh: string | RegExp,
): void {
  const exact = (x: string | RegExp) =>
    typeof x === "string" ? new RegExp(`^${x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : x;
  expectCellError(() => f(options), code, exact(en));
  expectCellError(() => f(options ? `${options}; lang=zh` : "lang=zh"), code, exact(zh));
}

describe("errors in the call's language", () => {
  it("an unknown option", () => {
    bothLangs(
      (o) => phase(dates, dem, inv, o),
      "colour=red",
      "#VALUE!",
      /^unknown option "colour"; accepted keys: lang, preset, method, window, /,
      /^未知选项 "colour"；可用的键：lang, preset, method, window, /,
    );
    // lang=zh before the faulty key, in any case and with a full-width separator, is still Chinese
    expectCellError(() => phase(dates, dem, inv, "LANG=ZH；colour=red"), "#VALUE!", /^未知选项 "colour"/);
  });

  it("a bad number and a bad choice", () => {
    bothLangs(
      (o) => state(dates, inv, o),
      "window=0",
      "#VALUE!",
      "option window=0 must be a whole number from 1 to 120",
      "选项 window=0 应为 1 到 120 之间的整数",
    );
    bothLangs(
      (o) => state(dates, inv, o),
      "mode=later",
      "#VALUE!",
      "option mode=later must be one of ex-post, as-of",
      "选项 mode=later 应为以下之一：ex-post、as-of",
    );
  });

  it("a ragged range, a block, ranges of different lengths", () => {
    const ragged = inv.map((r, i) => (i === 3 ? [r[0], 1] : r));
    bothLangs(
      (o) => state(dates, ragged, o),
      "",
      "#VALUE!",
      "values is ragged: row 4 has 2 cells, row 1 has 1",
      "values 各行宽度不一：第 4 行有 2 个单元格，第 1 行有 1 个",
    );
    bothLangs(
      (o) =>
        state(
          dates,
          inv.map((r) => [r[0], r[0]]),
          o,
        ),
      "",
      "#VALUE!",
      "values must be one column or one row; got 120 rows × 2 columns",
      "values 应为一列或一行；实际为 120 行 × 2 列",
    );
    bothLangs(
      (o) => phase(dates, dem, inv.slice(1), o),
      "",
      "#VALUE!",
      "dates and inventory ranges differ in length: 120 vs 119",
      "dates 与 inventory 区域长度不同：120 对 119",
    );
  });

  it("a cell that is not a number, dates out of order: the place words too", () => {
    const t = inv.map((r, i) => (i === 9 ? ["abc"] : r));
    bothLangs(
      (o) => phase(dates, dem, t, o),
      "",
      "#VALUE!",
      'row 10, column "inventory": "abc" is not a number',
      '第 10 行，列 "inventory"："abc" 不是数字',
    );
    const swapped = dates.map((r, i) => (i === 20 ? dates[21] : i === 21 ? dates[20] : r));
    bothLangs(
      (o) => state(swapped, inv, o),
      "",
      "#VALUE!",
      'row 22, column "dates": dates must run oldest first or newest first: 2011-09 follows 2011-10',
      '第 22 行，列 "dates"：日期应由旧到新或由新到旧排列：2011-09 排在 2011-10 之后',
    );
  });

  it("errors raised inside the core's analytics and readers: a target without turns, too few months, a reason", () => {
    const flat = col(Array.from({ length: N }, (_, i) => 1 + (i % 2) * 0.001));
    bothLangs(
      (o) => lead(dates, inv, flat, o),
      "",
      "#N/A",
      "the target has no turning points with these rules, so no lead can be measured; use a longer series or a smaller minAmplitude",
      "按这些规则，目标序列没有拐点，无法衡量领先；请用更长的序列或更小的 minAmplitude",
    );
    bothLangs(
      (o) => turnsTable(dates.slice(0, 5), inv.slice(0, 5), o),
      "",
      "#VALUE!",
      "turning points need at least 14 observations with these parameters, got 5",
      "按这些参数识别拐点至少需要 14 个观测值，实际只有 5 个",
    );
    bothLangs(
      (o) =>
        state(
          dates,
          inv.map((r, i) => (i === 9 ? ["１２"] : r)),
          o,
        ),
      "",
      "#VALUE!",
      'row 10, column "values": "１２" is not a number (it has full-width digits or signs; retype it with ASCII digits)',
      '第 10 行，列 "values"："１２" 不是数字（其中有全角数字或符号；请用半角（ASCII）数字重新输入）',
    );
  });

  it("an option the mode ignores, an old argument order, an unknown shipped group (#N/A)", async () => {
    bothLangs(
      (o) => phase(dates, dem, inv, o),
      "mode=as-of; window=5",
      "#VALUE!",
      "window applies only with mode=ex-post",
      "window 仅在 mode=ex-post 时适用",
    );
    bothLangs(
      (o) => cyclesTable(dates, inv, null as never, o),
      "window=6",
      "#VALUE!",
      /^inventory range is empty: the arguments are CYCLE\.CYCLES/,
      /^inventory 区域为空：自 0\.2\.0 起参数为 CYCLE\.CYCLES/,
    );
    bothLangs(
      (o) => sync(col([1, "abc"]), col([1, 1]), o),
      "",
      "#VALUE!",
      /^row 2, column "statesA": "abc" is neither an inventory state/,
      /^第 2 行，列 "statesA"："abc" 既不是库存状态/,
    );
    for (const [o, want] of [
      ["", /^"us\.nothing" is not a shipped industry group; try us\./],
      ["lang=zh", /^"us\.nothing" 不是自带的行业组；可用 us\./],
    ] as const) {
      const call = guardWithOptionsAsync(o, (x) => sectorsOfGroup("us.nothing", x, fileFetch));
      const e = await call.then(
        () => null,
        (x: CustomFunctions.Error) => x,
      );
      expect(e?.code).toBe("#N/A");
      expect(e?.message).toMatch(want);
    }
  });

  it("errors=text gives the same Chinese line in the cell", () => {
    expect(phase(dates, dem, inv, "errors=text; lang=zh; window=0")).toEqual([
      ["#VALUE! 选项 window=0 应为 1 到 120 之间的整数"],
    ]);
    expect(phase(dates, dem, inv, "errors=text; window=0")).toEqual([
      ["#VALUE! option window=0 must be a whole number from 1 to 120"],
    ]);
  });
});

describe("notes from the adapters in the call's language", () => {
  it("CYCLE.PHASE's release-lag note (lagOf names a shipped series)", () => {
    const rows = (o: string) => (phase(dates, dem, inv, o) as unknown[][]).slice(N).map((r) => r[0]);
    expect(rows("mode=as-of; demandLagOf=cn.demand_yoy; notes=true")).toEqual([
      "note: demand: release lag 1 month of cn.demand_yoy",
    ]);
    expect(rows("mode=as-of; demandLagOf=cn.demand_yoy; notes=true; lang=zh")).toEqual([
      "注: 需求：发布滞后 1 个月（取自 cn.demand_yoy）",
    ]);
  });

  it("CYCLE.SECTORS' note when the table has no sales column", async () => {
    const table = [
      ["sector", "month", "inventory"],
      ...months("2010-01", 60).flatMap((m, i) => [
        ["a", m, 100 + 10 * Math.sin(i / 5)],
        ["b", m, 50 + 5 * Math.cos(i / 7)],
      ]),
    ];
    const note = async (o: string) => ((await sectors(table, o)) as unknown[][]).at(-1)!.slice(0, 2);
    expect(await note("")).toEqual([
      "note",
      "no sales column: phases are unknown; the table shows restocking and destocking only",
    ]);
    expect(await note("lang=zh")).toEqual(["注", "没有营收（销售）列：阶段未知，仅显示补库与去库"]);
  });
});

describe("the add-in's table of sentences", () => {
  it("every key has English and Chinese, the Chinese in Chinese", () => {
    const keys = Object.keys(MESSAGES).filter((k) => k.startsWith("xl")) as (keyof typeof MESSAGES)[];
    expect(keys.length).toBeGreaterThan(40);
    for (const k of keys) {
      const m = MESSAGES[k] as { en: (p: unknown) => string; zh: (p: unknown) => string };
      const p = new Proxy(
        {},
        {
          get: (_, name) =>
            name === "keys" || name === "values" || name === "names" || name === "groups" || name === "positions"
              ? ["x"]
              : name === Symbol.toPrimitive
                ? undefined
                : "x",
        },
      );
      expect(m.zh(p), k).toMatch(HAN);
      expect(m.en(p), k).not.toMatch(HAN);
    }
  });

  it("no English-only sentence is left in the add-in's sources: every error is a message of the table", () => {
    const src = join(fileURLToPath(new URL(".", import.meta.url)), "..", "src");
    const files = [
      ...readdirSync(src).map((f) => join(src, f)),
      ...readdirSync(join(src, "adapt")).map((f) => join(src, "adapt", f)),
    ].filter((f) => f.endsWith(".ts"));
    const literal = /new (KitchinError|CustomFunctions\.Error)\([^()]*?,\s*[`"']/g;
    const hits = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(literal)].map((m) => `${f}: ${m[0]}`));
    expect(hits).toEqual([]);
  });
});
