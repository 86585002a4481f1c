/**
 * The message table (phases/messages.ts): every note and warning has an English and a Chinese
 * sentence built from the same parameters; a message is a value (key, parameters, subjects) that a
 * face renders in its language, with nothing remembered between calls.
 */
import { describe, expect, it } from "vitest";
import {
  KitchinError,
  MESSAGES,
  Message,
  about,
  inLang,
  messageOf,
  say,
  seriesFromObservations,
  uniqueNotes,
  withName,
  type MessageKey,
} from "../src/index.ts";
import { AREA_MESSAGES } from "../src/messages/index.ts";

const HAN = /[\u4e00-\u9fff]/;
/** Parameters that fit every message (each template reads only its own). */
const ANY = {
  column: "rev",
  n: 3,
  start: "2001-02",
  tokens: ["blank", '"--"'],
  rows: [4, 9],
  more: 2,
  absent: ["2003-04"],
  from: "2020-01",
  end: "2024-05",
  file: "f.csv",
  cells: ["B2"],
  kept: 12,
  id: "cn.x",
  to: "2024-06",
  home: "/h",
  months: ["2019-03"],
  name: "topk:1",
  phase: "active-restock",
  since: "2020-01",
  cell: '"x"',
  why: "a letter",
  month: "2020-02",
  prev: "2020-03",
  encoding: "GB18030",
  subject: "the inventory series",
  span: "0.1",
  thresholds: [["minAmplitude", 2]],
  fraction: true,
  effect: "unknown",
  mode: "ex-post",
  k: 2,
  episodes: ["2001-01→2002-03"],
  assets: [{ id: "cn.fut.rb", have: 1, of: 2 }],
  missing: 1,
  total: 4,
  tried: 81,
};

/** The Excel add-in's list parameters (phases/excelMessages.ts). */
Object.assign(ANY, {
  keys: ["window"],
  values: ["ex-post", "as-of"],
  names: ["a", "a"],
  groups: ["us.retail"],
  positions: ["us.upstream"],
});

describe("message table", () => {
  // The areas' keys (src/messages/) are checked with samples of their own (messageAreas.test.ts).
  const keys = (Object.keys(MESSAGES) as MessageKey[]).filter((k) => !(k in AREA_MESSAGES));
  it.each(keys)("%s has an English and a Chinese sentence", (key) => {
    const en = (MESSAGES[key].en as (p: unknown) => string)(ANY);
    const zh = (MESSAGES[key].zh as (p: unknown) => string)(ANY);
    expect(en.replace("2023年7月", "")).not.toMatch(HAN); // the date example is a Chinese date on purpose
    expect(zh).toMatch(HAN);
    expect(zh).not.toBe(en);
  });

  it("renders a said message in Chinese from its parameters; other text is unchanged", () => {
    const en = say("thinSample", { phase: "passive-destock", k: 2, episodes: ["2015-01→2015-09", "2019-02→2019-11"] });
    expect(String(en)).toBe(
      "passive-destock: only 2 episodes (2015-01→2015-09, 2019-02→2019-11) — a thin sample; scores are anecdotes, not estimates",
    );
    expect(JSON.stringify({ w: [en] })).toBe(JSON.stringify({ w: [String(en)] })); // JSON carries the English text
    expect(inLang(en, "en")).toBe(String(en));
    expect(inLang(en, "zh")).toBe(
      "被动去库：仅有 2 次（2015-01→2015-09、2019-02→2019-11）——样本过少；得分只是个例，不是估计",
    );
    expect(inLang(en, "zh")).toBe(
      messageOf("thinSample", "zh", {
        phase: "passive-destock",
        k: 2,
        episodes: ["2015-01→2015-09", "2019-02→2019-11"],
      }),
    );
    expect(inLang("a sentence nobody said", "zh")).toBe("a sentence nobody said");
  });

  it("a reader's notes come out of the table (English kept, Chinese on request)", () => {
    const notes: string[] = [];
    const dates = ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"];
    seriesFromObservations(dates, ["", 1, "--", 3, 4, ""], { column: "inv", notes });
    expect(notes.map(String)).toEqual([
      'column "inv": the first row has no value; the series starts 2020-02',
      'column "inv": 1 cell ("--") read as missing, row 3',
      'column "inv": the last row (from 2020-06) has no value; the series ends 2020-05',
    ]);
    expect(notes.map((n) => inLang(n, "zh"))).toEqual([
      '列 "inv"：前 1 行没有数值；序列从 2020-02 开始',
      '列 "inv"：1 个单元格（"--"）按缺失处理，见第 3 行',
      '列 "inv"：最后 1 行（自 2020-06 起）没有数值；序列止于 2020-05',
    ]);
  });
});

describe("threshold notes", () => {
  it("a YoY stored as fractions: the same sentence in English as before, and in Chinese; a mode note wraps it", async () => {
    const { scaleProblem } = await import("../src/index.ts");
    const y = Float64Array.from({ length: 40 }, (_, i) => (i % 2 ? 0.03 : -0.03));
    const why = scaleProblem(y, "the inventory series", [["minAmplitude", 2]])!;
    expect(String(why)).toBe(
      "the inventory series moves only 0.06 from its lowest to its highest value, less than minAmplitude 2 (in the series' unit), so every month would be unknown; it looks like a YoY stored as fractions (0.032 for 3.2 %): multiply it by 100, or lower minAmplitude",
    );
    expect(inLang(why, "zh")).toBe(
      "库存序列从最低到最高只变动 0.06，小于 minAmplitude 2（以序列的单位计），因此每个月的状态都将未知；它看起来是以小数存储的同比（3.2 % 存为 0.032）：请乘以 100，或调低 minAmplitude",
    );
    const note = say("modeNote", { mode: "as-of", why });
    expect(String(note)).toBe(`as-of: ${why}`);
    expect(inLang(note, "zh")).toBe(`实时：${inLang(why, "zh")}`);
  });

  it("typed and plain arrays give the same answer; values that move enough have no problem", async () => {
    const { scaleProblem } = await import("../src/index.ts");
    const y = Float64Array.from({ length: 40 }, (_, i) => (i % 2 ? 0.03 : -0.03));
    const typed = scaleProblem(y, "x", [["minAmplitude", 2]]);
    expect(typed).not.toBeNull();
    expect(String(scaleProblem(Array.from(y), "x", [["minAmplitude", 2]]))).toBe(String(typed));
    expect(
      scaleProblem(
        y.map((v) => v * 100),
        "x",
        [["minAmplitude", 2]],
      ),
    ).toBeNull();
  });
});

describe("messages as values: nothing remembered", () => {
  const thin = { phase: "passive-destock", k: 2, episodes: ["2015-01→2015-09", "2019-02→2019-11"] } as const;
  const thinZh = "被动去库：仅有 2 次（2015-01→2015-09、2019-02→2019-11）——样本过少；得分只是个例，不是估计";

  it("the 5,001st message and one said after 10,000 others render in Chinese, the same text every time", () => {
    const first = say("thinSample", thin);
    const before = inLang(first, "zh");
    for (let i = 0; i < 5000; i++) say("priceGaps", { id: `a${i}`, n: i + 1 });
    const fifthThousandFirst = say("priceGaps", { id: "cn.fut.rb", n: 3 });
    expect(inLang(fifthThousandFirst, "zh")).toBe("cn.fut.rb：其历史区间内有 3 个月没有价格，按缺失处理");
    for (let i = 0; i < 5000; i++) say("priceGaps", { id: `b${i}`, n: i + 1 });
    expect(inLang(first, "zh")).toBe(before);
    expect(before).toBe(thinZh);
    expect(inLang(say("thinSample", thin), "zh")).toBe(thinZh);
    expect(inLang(say("thinSample", thin), "zh")).toBe(inLang(say("thinSample", thin), "zh"));
  });

  it("a message wrapped with a subject keeps its key: English prefixed as before, Chinese throughout", () => {
    const note = about("prices.csv", say("monthEndPrices", { file: "cn.fut.rb", n: 250, kept: 12 }));
    expect(note).toBeInstanceOf(Message);
    expect(String(note)).toBe(
      "prices.csv: cn.fut.rb: 250 dated prices reduced to 12 month-end prices (last observation of each month)",
    );
    expect(inLang(note, "zh")).toBe(
      "prices.csv：cn.fut.rb：250 个带日期的价格已归并为 12 个月末价格（每月最后一个观测值）",
    );
    // a text that is not a message is wrapped as text and printed unchanged
    expect(inLang(about("prices.csv", "a user's words"), "zh")).toBe("prices.csv: a user's words");
  });

  it("an error wrapped by the series that failed renders in Chinese on its one line", () => {
    let caught: unknown;
    try {
      withName(() => {
        throw new KitchinError("gap", say("monthsMissing", { n: 2, from: "2020-01", to: "2020-04" }), {
          row: 5,
          column: "date",
        });
      }, "inventory");
    } catch (e) {
      caught = e;
    }
    const e = caught as KitchinError;
    expect(e.message).toBe("inventory: 2 months are missing between 2020-01 and 2020-04; monthly data is expected");
    expect(e.toLine("en")).toBe(
      'row 5, column "date": inventory: 2 months are missing between 2020-01 and 2020-04; monthly data is expected',
    );
    expect(e.toLine("zh")).toBe('第 5 行，列 "date"：库存：2020-01 与 2020-04 之间缺少 2 个月；需要月度数据');
    expect(e.at({ file: "inv.csv" }).toLine("zh")).toBe(
      'inv.csv，第 5 行，列 "date"：库存：2020-01 与 2020-04 之间缺少 2 个月；需要月度数据',
    );
  });

  it("repeats are dropped by their text (each say is a new value)", () => {
    const a = say("syncAsOf");
    expect(uniqueNotes([a, say("syncAsOf"), "x", "x"]).map(String)).toEqual([String(a), "x"]);
  });
});
