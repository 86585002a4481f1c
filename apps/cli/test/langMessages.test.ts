/**
 * `--lang zh` covers the CLI's notes and warnings (issue 14): the `note:` prefix and the reader's
 * notes on stderr, the scorer's and backtest's warnings on stdout, in Chinese; JSON keeps the same
 * sentences in English (a stable contract for other tools).
 */
import { describe, expect, it } from "vitest";
import { runEnv, tmpFile } from "./helpers.ts";

const HAN = /[\u4e00-\u9fff]/;
const today = { KITCHIN_TODAY: "2026-11" };

/** A newest-first file with a "--" cell and a blank last row: three reader notes. */
function awkwardFile(): string {
  const rows: string[] = [];
  for (let i = 0; i < 60; i++) {
    const y = 2015 + Math.floor(i / 12), m = (i % 12) + 1;
    const inv = i === 20 ? "--" : (5 * Math.sin(i / 6)).toFixed(2);
    rows.push(`${y}-${String(m).padStart(2, "0")},${i === 59 ? "" : inv},${(4 * Math.sin(i / 6 + 1)).toFixed(2)}`);
  }
  return tmpFile("awkward_zh.csv", ["date,inv,rev", ...rows.reverse()].join("\n") + "\n");
}

describe("--lang zh notes and warnings", () => {
  it("the reader's notes are Chinese, with the Chinese prefix, and English without --lang", async () => {
    const f = awkwardFile();
    const zh = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--revenue", "rev", "--lang", "zh");
    expect(zh.code).toBe(0);
    const lines = zh.err.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) {
      expect(l.startsWith("注: ") || l.startsWith("警告: ")).toBe(true); // notes, and the stale-call warning
      expect(l).toMatch(HAN);
    }
    expect(zh.err).toContain("日期由新到旧排列");
    expect(zh.err).toContain('"--"）按缺失处理');
    const en = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--revenue", "rev");
    expect(en.err).toContain("dates run newest first; read in increasing order");
    expect(en.err).not.toMatch(HAN);
    expect(en.err.trim().split("\n")).toHaveLength(lines.length);
    expect(zh.out).not.toMatch(/^(注|警告)/m);
  });

  it("JSON notes stay English under --lang zh", async () => {
    const f = awkwardFile();
    const r = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--revenue", "rev", "--lang", "zh", "--format", "json");
    const notes: string[] = JSON.parse(r.out).notes;
    expect(notes.some((n) => n.includes("dates run newest first"))).toBe(true);
    for (const n of notes) expect(n).not.toMatch(HAN);
  });

  it("score's warnings (thin samples, missing prices, the cash-rate gap note) are Chinese", async () => {
    const r = await runEnv(today, "score", "--dataset", "cn", "--lang", "zh");
    expect(r.code).toBe(0);
    const warn = r.err.split("\n").filter((l) => l.startsWith("警告: "));
    expect(warn.length).toBeGreaterThan(3);
    for (const w of warn) expect(w.slice(4)).toMatch(HAN);
    // China's cash rate (1-year CGB) starts 2007-01; the window's earlier months earn zero and say so.
    expect(r.err).toMatch(/无风险利率 cn\.cash_tr 在窗口内有 \d+ 个月没有数据/);
    expect(r.err).not.toMatch(/^warning: /m);
    expect(r.out).not.toMatch(/^(警告|警示|warning)/m); // stdout is the result (issue 26)
  });

  it("backtest's warnings are Chinese", async () => {
    const r = await runEnv(today, "backtest", "--dataset", "cn", "--lang", "zh");
    expect(r.code).toBe(0);
    const warn = r.err.split("\n").filter((l) => l.startsWith("警告: "));
    expect(warn.length).toBeGreaterThan(0);
    for (const w of warn) expect(w.slice(4)).toMatch(HAN);
  });
});

describe("--lang zh error lines (the common input errors)", () => {
  const file = (name: string, text: string) => tmpFile(name, text);
  it.each([
    ["dup.csv", "date,inv,rev\n2020-01,1,2\n2020-02,1,3\n2020-02,1,2\n", '第 4 行，列 "date"：2020-02 出现了两次', 'row 4, column "date": 2020-02 appears twice'],
    ["gap.csv", "date,inv,rev\n2020-01,1,2\n2020-05,1,3\n", "2020-01 与 2020-05 之间缺少 3 个月；需要月度数据", "3 months are missing between 2020-01 and 2020-05; monthly data is expected"],
  ])("%s: Chinese with --lang zh, English without; exit 2 either way", async (name, text, zh, en) => {
    const f = file(name, text);
    const a = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--revenue", "rev", "--lang", "zh");
    expect(a.code).toBe(2);
    expect(a.err).toContain(zh);
    const b = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--revenue", "rev");
    expect(b.code).toBe(2);
    expect(b.err).toContain(en);
    expect(b.err).not.toMatch(HAN);
  });

  it("a missing file, with --lang=zh", async () => {
    const r = await runEnv(today, "phase", "--file", "/nonexistent/kitchin.csv", "--inventory", "inv", "--revenue", "rev", "--lang=zh");
    expect(r.code).toBe(2);
    expect(r.err).toContain("找不到文件");
  });
});
