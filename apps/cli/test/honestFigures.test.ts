/**
 * Small honesty fixes: missing-price counts count the episodes without prices; no
 * negative zero; "best" names its criterion (Sharpe, the headline's); short windows annualised warn.
 */
import { describe, expect, it } from "vitest";
import { fmt, pct } from "../src/format/table.ts";
import { shortAnnualisedWarnings, vsEqual } from "@kitchin/report";
import { run, runJson } from "./helpers.ts";

describe("figures that say what they mean", () => {
  it("the missing-price warning counts the episodes without prices", async () => {
    const j = await runJson("score", "--dataset", "cn", "--permutations", "0", "--bootstrap", "0");
    const checked: string[] = [];
    for (const w of j.warnings as string[]) {
      const m = /^([a-z-]+): \d+ assets? lacks? prices for some episodes: (.*)$/.exec(w);
      if (!m) continue;
      for (const [, id, without, of] of m[2].matchAll(/([\w.]+) \(no price in (\d+) of (\d+)\)/g)) {
        const row = j.scores.find((r: any) => r.asset === id && r.phase === m[1]);
        expect(row.episodes, `${id} ${m[1]}`).toBe(+of - +without); // the rest are the episodes it has
        expect(+without).toBeGreaterThan(0);
        checked.push(id);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
  }, 60_000);

  it("a value that rounds to zero prints without a sign", () => {
    expect(fmt(-0.001)).toBe("0.00");
    expect(fmt(-0)).toBe("0.00");
    expect(pct(-0.001)).toBe("0%");
    expect(pct(-0.0004, 1)).toBe("0.0%");
    expect(pct(-0.006)).toBe("-1%");
    expect(fmt(-0.006)).toBe("-0.01");
    const v = vsEqual(
      [
        { strategy: "equal-weight", cagr: 0.05 },
        { strategy: "a", cagr: 0.05 - 1e-5 },
      ],
      "en",
    );
    expect(v.text[1]).toBe("+0.0 pp");
    expect(v.trails[1]).toBe(false);
  });

  it("compare's best is by Sharpe, named so in the table and the JSON, and is the highest Sharpe of its rows", async () => {
    const j = await runJson("compare", "--dataset", "cn");
    expect(j.bestCriterion).toBe("sharpe");
    for (const [phase, best] of Object.entries(j.bestByPhase)) {
      const rows = j.rows.filter((r: any) => r.phase === phase && r.months > 0 && r.sharpe !== null);
      const top = rows.reduce((a: any, b: any) => (b.sharpe > a.sharpe ? b : a));
      expect(best, phase).toBe(top.strategy);
    }
    const t = await run("compare", "--dataset", "cn");
    expect(t.out).toMatch(/^All months — best by Sharpe: /m);
    expect(t.out).not.toMatch(/— best: /);
  }, 60_000);

  it("annualising a few months warns, in the table's stderr and the JSON", async () => {
    expect(
      shortAnnualisedWarnings(
        [
          { phase: "active-restock", months: 1 },
          { phase: "all", months: 30 },
        ],
        "en",
      ),
    ).toEqual([
      "Active restocking (active-restock): annualised figures rest on 1 month only, scaled up to a year — an anecdote, not a rate to expect",
    ]);
    expect(shortAnnualisedWarnings([{ phase: "active-restock", months: 12 }], "en")).toEqual([]);
    const j = await runJson("compare", "--dataset", "cn", "--from", "2024-01");
    const short = j.rows.filter((r: any) => r.months > 0 && r.months < 12).map((r: any) => r.phase);
    expect(short.length).toBeGreaterThan(0);
    for (const ph of new Set<string>(short))
      expect(j.warnings.some((w: string) => w.includes(`(${ph}): annualised figures rest on`))).toBe(true);
    const zh = await run("compare", "--dataset", "cn", "--from", "2024-01", "--lang", "zh");
    expect(zh.err).toMatch(/^警告: .*年化收益只基于 \d+ 个月/m);
    const bt = await runJson("backtest", "--dataset", "cn", "--from", "2024-01");
    expect(bt.warnings.some((w: string) => /annualised figures rest on/.test(w))).toBe(true);
  }, 60_000);
});
