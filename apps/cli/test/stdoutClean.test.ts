/**
 * Stdout is the result. Every command's warnings and notes go to stderr in table and
 * CSV formats (JSON keeps them in fields), in English and Chinese; Chinese uses one word, 警告.
 */
import { describe, expect, it } from "vitest";
import { run, tmpPath } from "./helpers.ts";
import { INVOCATIONS } from "./invocations.ts";

const NOTICE = /^(warning|note|警告|警示|注)\s*[:：]/m;

describe("warnings and notes stay off stdout", () => {
  for (const [name, argv] of Object.entries(INVOCATIONS)) {
    for (const format of ["table", "csv"]) {
      for (const lang of ["en", "zh"]) {
        it(`${name} --format ${format} --lang ${lang}`, async () => {
          const r = await run(...argv, "--format", format, "--lang", lang);
          // an explicit refusal, in either language (formats.test.ts)
          if (r.code === 2 && / prints (table|json|csv) or |只输出 (table|json|csv)/.test(r.err)) return;
          expect(r.code, r.err).toBe(0);
          expect(r.out).not.toMatch(NOTICE);
          expect(r.err).not.toMatch(/警示/);
        }, 60_000);
      }
    }
  }

  it("score, backtest, compare, sweep and sync say their warnings and notes on stderr, CSV too", async () => {
    for (const name of ["score", "backtest", "compare", "sweep"]) {
      const r = await run(...INVOCATIONS[name], "--format", "csv");
      expect(r.err, name).toMatch(/^warning: /m);
    }
    // Ex-post phases use future information: the CSV no longer loses that.
    expect((await run(...INVOCATIONS.backtest, "--format", "csv")).err).toMatch(/^warning: .*future information/m);
    expect((await run(...INVOCATIONS.sync, "--format", "csv")).err).toMatch(/^note: /m);
    const zh = await run(...INVOCATIONS.score, "--lang", "zh");
    expect(zh.err).toMatch(/^警告: /m);
  }, 120_000);

  it("overview prints the warnings its JSON holds (thin samples, missing prices) on stderr", async () => {
    const report = tmpPath("clean-overview.html");
    const j = await run("overview", "--dataset", "cn", "--report", report, "--format", "json");
    const warnings: string[] = JSON.parse(j.out).mainJob.warnings;
    expect(warnings.length).toBeGreaterThan(0);
    const t = await run("overview", "--dataset", "cn", "--report", report);
    expect(t.code).toBe(0);
    for (const w of warnings) expect(t.err).toContain(`warning: ${w}`);
    expect(t.out).not.toMatch(NOTICE);
  }, 120_000);
});
