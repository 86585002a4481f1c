/**
 * One word per concept: `--demand` is the flag for the demand series; the old spellings
 * (`--revenue` of phase/cycles/overview/report/score/backtest/outlook, `--sales` of decompose) keep
 * working with the same stdout and one warning line on stderr.
 */
import { describe, expect, it } from "vitest";
import { run, tmpFile } from "./helpers.ts";

const WARN = /^warning: --(revenue|sales) is deprecated; use --demand \(same meaning\)$/m;

describe("--demand and its deprecated spellings", () => {
  it("phase --revenue: the same stdout as --demand, one warning line naming the new flag", async () => {
    const now = await run("phase", "--dataset", "us", "--demand", "us.sales_yoy", "--format", "csv");
    const old = await run("phase", "--dataset", "us", "--revenue", "us.sales_yoy", "--format", "csv");
    expect(now.code).toBe(0);
    expect(old.code).toBe(0);
    expect(old.out).toBe(now.out);
    expect(old.err).toBe("warning: --revenue is deprecated; use --demand (same meaning)\n" + now.err);
    expect(now.err).not.toMatch(WARN);
  });

  it("with --file, the column flag: --revenue COL reads the same column as --demand COL", async () => {
    const rows = ["date,inv,rev"];
    for (let m = 0; m < 96; m++)
      rows.push(
        `${2010 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")},${(10 * Math.sin(m / 6)).toFixed(3)},${(8 * Math.sin(m / 6 + 1)).toFixed(3)}`,
      );
    const f = tmpFile("demandflag.csv", rows.join("\n") + "\n");
    const now = await run("cycles", "--file", f, "--inventory", "inv", "--demand", "rev", "--format", "json");
    const old = await run("cycles", "--file", f, "--inventory", "inv", "--revenue", "rev", "--format", "json");
    expect(old.out).toBe(now.out);
    expect(old.err.match(new RegExp(WARN.source, "gm"))).toHaveLength(1);
  });

  it("decompose --sales is --demand", async () => {
    const now = await run("decompose", "--dataset", "us", "--demand", "us.sales_yoy", "--format", "csv");
    const old = await run("decompose", "--dataset", "us", "--sales", "us.sales_yoy", "--format", "csv");
    expect(old.out).toBe(now.out);
    expect(old.err).toMatch(/^warning: --sales is deprecated; use --demand \(same meaning\)\n/);
  });

  it("old and new spelling together are one flag given twice; help offers only --demand", async () => {
    const r = await run("phase", "--dataset", "cn", "--demand", "cn.demand_yoy", "--revenue", "cn.demand_yoy");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--demand given twice/);
    const help = await run("phase", "--help");
    expect(help.out).toMatch(/--demand ID\|COLUMN/);
    expect(help.out).not.toMatch(/--revenue/);
  });
});
