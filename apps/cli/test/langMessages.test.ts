/**
 * `--lang zh` covers the CLI's notes and warnings: the `note:` prefix and the reader's
 * notes on stderr, the scorer's and backtest's warnings on stdout, in Chinese; JSON keeps the same
 * sentences in English (a stable contract for other tools).
 */
import { describe, expect, it } from "vitest";
import { say } from "@kitchin/core";
import { runEnv, tmpFile } from "./helpers.ts";

const HAN = /[\u4e00-\u9fff]/;
const today = { KITCHIN_TODAY: "2026-11" };

/** A newest-first file with a "--" cell and a blank last row: three reader notes. */
function awkwardFile(): string {
  const rows: string[] = [];
  for (let i = 0; i < 60; i++) {
    const y = 2015 + Math.floor(i / 12),
      m = (i % 12) + 1;
    const inv = i === 20 ? "--" : (5 * Math.sin(i / 6)).toFixed(2);
    rows.push(`${y}-${String(m).padStart(2, "0")},${i === 59 ? "" : inv},${(4 * Math.sin(i / 6 + 1)).toFixed(2)}`);
  }
  return tmpFile("awkward_zh.csv", ["date,inv,rev", ...rows.reverse()].join("\n") + "\n");
}

describe("--lang zh notes and warnings", () => {
  it("the reader's notes are Chinese, with the Chinese prefix, and English without --lang", async () => {
    const f = awkwardFile();
    const zh = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--demand", "rev", "--lang", "zh");
    expect(zh.code).toBe(0);
    const lines = zh.err.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) {
      expect(l.startsWith("注: ") || l.startsWith("警告: ")).toBe(true); // notes, and the stale-call warning
      expect(l).toMatch(HAN);
    }
    expect(zh.err).toContain("日期由新到旧排列");
    expect(zh.err).toContain('"--"）按缺失处理');
    const en = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--demand", "rev");
    expect(en.err).toContain("dates run newest first; read in increasing order");
    expect(en.err).not.toMatch(HAN);
    expect(en.err.trim().split("\n")).toHaveLength(lines.length);
    expect(zh.out).not.toMatch(/^(注|警告)/m);
  });

  it("JSON notes stay English under --lang zh", async () => {
    const f = awkwardFile();
    const r = await runEnv(
      today,
      "phase",
      "--file",
      f,
      "--inventory",
      "inv",
      "--demand",
      "rev",
      "--lang",
      "zh",
      "--format",
      "json",
    );
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
    expect(r.out).not.toMatch(/^(警告|警示|warning)/m); // stdout is the result
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
    [
      "dup.csv",
      "date,inv,rev\n2020-01,1,2\n2020-02,1,3\n2020-02,1,2\n",
      '第 4 行，列 "date"：2020-02 出现了两次',
      'row 4, column "date": 2020-02 appears twice',
    ],
    [
      "gap.csv",
      "date,inv,rev\n2020-01,1,2\n2020-05,1,3\n",
      "2020-01 与 2020-05 之间缺少 3 个月；需要月度数据",
      "3 months are missing between 2020-01 and 2020-05; monthly data is expected",
    ],
  ])("%s: Chinese with --lang zh, English without; exit 2 either way", async (name, text, zh, en) => {
    const f = file(name, text);
    const a = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--demand", "rev", "--lang", "zh");
    expect(a.code).toBe(2);
    expect(a.err).toContain(zh);
    const b = await runEnv(today, "phase", "--file", f, "--inventory", "inv", "--demand", "rev");
    expect(b.code).toBe(2);
    expect(b.err).toContain(en);
    expect(b.err).not.toMatch(HAN);
  });

  it("a missing file, with --lang=zh", async () => {
    const r = await runEnv(
      today,
      "phase",
      "--file",
      "/nonexistent/kitchin.csv",
      "--inventory",
      "inv",
      "--demand",
      "rev",
      "--lang=zh",
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain("找不到文件");
  });
});

describe("--lang zh: messages are values, nothing remembered", () => {
  it("an error wrapped twice (a footer date in a GB18030 file) is Chinese throughout; English unchanged", async () => {
    const rows = [
      "日期,库存,营收",
      ...Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, "0")},${i},${i}`),
      "不是日期,1,2",
    ];
    const f = tmpFile("gbk_footer.csv", gb18030(rows.join("\n") + "\n"));
    const zh = await runEnv(today, "phase", "--file", f, "--inventory", "库存", "--demand", "营收", "--lang", "zh");
    expect(zh.code).toBe(2);
    expect(zh.err).toContain('第 14 行，列 "日期"："不是日期" 不是日期；日期应形如');
    expect(zh.err).toContain("（数据之后只能是空行、来源或注释行）（文件按 GB18030 编码读取）");
    const en = await runEnv(today, "phase", "--file", f, "--inventory", "库存", "--demand", "营收");
    expect(en.err).toContain(
      'row 14, column "日期": "不是日期" is not a date; dates look like 2023-07, 2023-07-31, 2023年7月 or 202307 (only blank, source or note lines may follow the data) (the file was read as GB18030 text)',
    );
  });

  // (The core's messages test holds a message across 10,000 others; here the whole command runs again after them.)
  it("after 10,000 other messages the same command prints the same Chinese notes", async () => {
    const f = awkwardFile();
    const args = ["phase", "--file", f, "--inventory", "inv", "--demand", "rev", "--lang", "zh"] as const;
    const first = await runEnv(today, ...args);
    for (let i = 0; i < 10_000; i++) say("priceGaps", { id: `x${i}`, n: i + 1 });
    const again = await runEnv(today, ...args);
    expect(again.err).toBe(first.err);
    expect(again.err).toContain("日期由新到旧排列");
    expect(again.err).toContain('"--"）按缺失处理');
  });
});

/** `text` in GB18030 for the few characters these tests use (a GBK subset; Node has no GB18030 encoder). */
function gb18030(text: string): Buffer {
  const GBK: Record<string, number[]> = {
    日: [0xc8, 0xd5],
    期: [0xc6, 0xda],
    库: [0xbf, 0xe2],
    存: [0xb4, 0xe6],
    营: [0xd3, 0xaa],
    收: [0xca, 0xd5],
    不: [0xb2, 0xbb],
    是: [0xca, 0xc7],
  };
  return Buffer.from([...text].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));
}
