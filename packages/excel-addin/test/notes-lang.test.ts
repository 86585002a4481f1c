/**
 * The add-in's notes (`notes=true`) come from the core's message table like the CLI's: English by
 * default, Chinese with `lang=zh`, rendered from each message's key when the rows are appended —
 * the same answer however many other messages were made before.
 */
import { describe, expect, it } from "vitest";
import { formatMonth, say } from "@kitchin/core";
import { phase } from "../src/functions.ts";
import { col } from "./helpers.ts";

const HAN = /[\u4e00-\u9fff]/;
const n = 72;
// Newest first, one "--" inventory cell: two notes of the table.
const dates = Array.from({ length: n }, (_, i) => formatMonth(24000 + i)).reverse();
const rev = Array.from({ length: n }, (_, i) => 4 * Math.sin(i / 6 + 1)).reverse();
const inv = Array.from({ length: n }, (_, i): number | string => (i === 30 ? "--" : 5 * Math.sin(i / 6))).reverse();
const noteRows = (out: unknown) =>
  (out as unknown[][]).filter((r) => /^(note|注): /.test(String(r[0]))).map((r) => String(r[0]));

describe("CYCLE.PHASE notes=true in English and Chinese", () => {
  it("lang=zh renders the same notes in Chinese, with the Chinese prefix", () => {
    const en = noteRows(phase(col(dates), col(rev), col(inv), "format=id; notes=true"));
    const zh = noteRows(phase(col(dates), col(rev), col(inv), "format=id; notes=true; lang=zh"));
    expect(en).toEqual([
      "note: dates run newest first: read in increasing order, answered in the input's order",
      `note: column "inventory": 1 cell ("--") read as missing, row ${n - 30}`,
    ]);
    expect(zh).toEqual([
      "注: 日期由新到旧排列：已按时间先后读取，并按输入的顺序给出结果",
      `注: 列 "inventory"：1 个单元格（"--"）按缺失处理，见第 ${n - 30} 行`,
    ]);
    for (const l of zh) expect(l).toMatch(HAN);
  });

  it("the same call after 10,000 other messages gives the same rows", () => {
    const before = phase(col(dates), col(rev), col(inv), "format=id; notes=true; lang=zh");
    for (let i = 0; i < 10_000; i++) say("priceGaps", { id: `x${i}`, n: i + 1 });
    expect(phase(col(dates), col(rev), col(inv), "format=id; notes=true; lang=zh")).toEqual(before);
  });
});
