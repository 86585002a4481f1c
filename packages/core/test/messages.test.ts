/**
 * The message table (phases/messages.ts): every note and warning has an English and a Chinese
 * sentence built from the same parameters, and a face turns an English sentence the table rendered
 * into Chinese without parsing it.
 */
import { describe, expect, it } from "vitest";
import { MESSAGES, inLang, messageOf, say, seriesFromObservations, type MessageKey } from "../src/index.ts";

const HAN = /[\u4e00-\u9fff]/;
/** Parameters that fit every message (each template reads only its own). */
const ANY = {
  column: "rev", n: 3, start: "2001-02", tokens: ["blank", '"--"'], rows: [4, 9], more: 2, absent: ["2003-04"], from: "2020-01", end: "2024-05",
  file: "f.csv", cells: ["B2"], kept: 12, id: "cn.x", to: "2024-06", home: "/h", months: ["2019-03"], name: "topk:1", phase: "active-restock",
  since: "2020-01", cell: '"x"', why: "a letter", month: "2020-02", prev: "2020-03", encoding: "GB18030", subject: "the inventory series", span: "0.1", thresholds: [["minAmplitude", 2]], fraction: true, effect: "unknown", mode: "ex-post", k: 2, episodes: ["2001-01→2002-03"], assets: [{ id: "cn.fut.rb", have: 1, of: 2 }], missing: 1, total: 4, tried: 81,
};

describe("message table", () => {
  const keys = Object.keys(MESSAGES) as MessageKey[];
  it.each(keys)("%s has an English and a Chinese sentence", (key) => {
    const en = (MESSAGES[key].en as (p: unknown) => string)(ANY);
    const zh = (MESSAGES[key].zh as (p: unknown) => string)(ANY);
    expect(en.replace("2023年7月", "")).not.toMatch(HAN); // the date example is a Chinese date on purpose
    expect(zh).toMatch(HAN);
    expect(zh).not.toBe(en);
  });

  it("renders a said sentence again in Chinese from its parameters; other text is unchanged", () => {
    const en = say("thinSample", { phase: "passive-destock", k: 2, episodes: ["2015-01→2015-09", "2019-02→2019-11"] });
    expect(en).toBe("passive-destock: only 2 episodes (2015-01→2015-09, 2019-02→2019-11) — a thin sample; scores are anecdotes, not estimates");
    expect(inLang(en, "en")).toBe(en);
    expect(inLang(en, "zh")).toBe("被动去库：仅有 2 次（2015-01→2015-09、2019-02→2019-11）——样本过少；得分只是个例，不是估计");
    expect(inLang(en, "zh")).toBe(messageOf("thinSample", "zh", { phase: "passive-destock", k: 2, episodes: ["2015-01→2015-09", "2019-02→2019-11"] }));
    expect(inLang("a sentence nobody said", "zh")).toBe("a sentence nobody said");
  });

  it("a reader's notes come out of the table (English kept, Chinese on request)", () => {
    const notes: string[] = [];
    const dates = ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05", "2020-06"];
    seriesFromObservations(dates, ["", 1, "--", 3, 4, ""], { column: "inv", notes });
    expect(notes).toEqual([
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
    expect(why).toBe("the inventory series moves only 0.06 from its lowest to its highest value, less than minAmplitude 2 (in the series' unit), so every month would be unknown; it looks like a YoY stored as fractions (0.032 for 3.2 %): multiply it by 100, or lower minAmplitude");
    expect(inLang(why, "zh")).toBe("库存序列从最低到最高只变动 0.06，小于 minAmplitude 2（以序列的单位计），因此每个月的状态都将未知；它看起来是以小数存储的同比（3.2 % 存为 0.032）：请乘以 100，或调低 minAmplitude");
    const note = say("modeNote", { mode: "as-of", why });
    expect(note).toBe(`as-of: ${why}`);
    expect(inLang(note, "zh")).toBe(`实时：${inLang(why, "zh")}`);
  });

  it("typed and plain arrays give the same answer; values that move enough have no problem", async () => {
    const { scaleProblem } = await import("../src/index.ts");
    const y = Float64Array.from({ length: 40 }, (_, i) => (i % 2 ? 0.03 : -0.03));
    const typed = scaleProblem(y, "x", [["minAmplitude", 2]]);
    expect(typed).not.toBeNull();
    expect(scaleProblem(Array.from(y), "x", [["minAmplitude", 2]])).toBe(typed);
    expect(scaleProblem(y.map((v) => v * 100), "x", [["minAmplitude", 2]])).toBeNull();
  });
});
