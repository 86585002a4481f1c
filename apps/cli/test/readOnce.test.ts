/**
 * The readers stage reads each input once per command: `overview --file F --prices P` uses F for the
 * call, the outlook and both backtest timelines (rotation and scores), and P for the rotation and the
 * scores — yet opens each file once. Counted at the file system (node:fs), not by the code under test.
 */
import { describe, expect, it, vi } from "vitest";

const reads = new Map<string, number>();
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const count = (p: unknown) => {
    if (typeof p === "string") reads.set(p, (reads.get(p) ?? 0) + 1);
  };
  const readFileSync = ((p: unknown, ...rest: unknown[]) => {
    count(p);
    return (fs.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, readFileSync, default: { ...fs, readFileSync } };
});

const { fixture, run, tmpPath } = await import("./helpers.ts");

const F = fixture("wind_export_cn_2000_2019.csv");
const P = fixture("own_prices_cn.csv");
const FILE = [
  "--file",
  F,
  "--inventory",
  "工业企业:产成品存货:累计同比",
  "--demand",
  "工业企业:营业收入:累计同比",
  "--lag",
  "1",
];

describe("each input file is read once per command", () => {
  it("overview --file F --prices P (call, outlook, rotation, scores and the report)", async () => {
    reads.clear();
    const r = await run("overview", ...FILE, "--prices", P, "--out", tmpPath("read-once.html"), "--today", "2020-06");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Rotation backtest/); // the backtest half ran: both files were used by several jobs
    expect(reads.get(F)).toBe(1);
    expect(reads.get(P)).toBe(1);
  }, 120000);

  it("overview --file F --prices P --format json", async () => {
    reads.clear();
    const r = await run("overview", ...FILE, "--prices", P, "--format", "json", "--today", "2020-06");
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).mainJob.backtest.length).toBeGreaterThan(0);
    expect(reads.get(F)).toBe(1);
    expect(reads.get(P)).toBe(1);
  }, 120000);

  it("report --file F --prices P", async () => {
    reads.clear();
    const r = await run(
      "report",
      ...FILE,
      "--prices",
      P,
      "--out",
      tmpPath("read-once-report.html"),
      "--today",
      "2020-06",
    );
    expect(r.code, r.err).toBe(0);
    expect(reads.get(F)).toBe(1);
    expect(reads.get(P)).toBe(1);
  }, 120000);
});
