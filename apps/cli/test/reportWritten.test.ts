/**
 * `--report` never ends exit 0 without a file. With `--file` and no `--prices` the report
 * holds the cycle part and says scores need prices; with `--as-of` it is the report as of that month;
 * `overview --format json` writes no report unless asked.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fixture, run, tmpPath } from "./helpers.ts";

const FILE = [
  "--file",
  fixture("wind_export_cn_2000_2019.csv"),
  "--inventory",
  "工业企业:产成品存货:累计同比",
  "--demand",
  "工业企业:营业收入:累计同比",
  "--lag",
  "1",
];

/** Runs with a fresh report path; exit 0 must leave the file, any other exit no file. */
async function written(name: string, ...argv: string[]) {
  const path = tmpPath(name);
  rmSync(path, { force: true });
  const r = await run(...argv.map((a) => (a === "@" ? path : a)));
  if (r.code === 0) expect(existsSync(path), `${argv.join(" ")}: exit 0 and no ${name}\n${r.err}`).toBe(true);
  return { ...r, path, html: existsSync(path) ? readFileSync(path, "utf8") : "" };
}

describe("a report asked for is written", () => {
  it("overview --file without --prices: the cycle part, saying scores need prices (en, zh)", async () => {
    const en = await written("np-en.html", "overview", ...FILE, "--report", "@");
    expect(en.code, en.err).toBe(0);
    expect(en.html).toContain("scores by phase and the rotation backtest need prices");
    expect(en.html).toContain('id="call"');
    expect(en.html).toMatch(/Past cycles/);
    expect(en.out).toContain(`Report (cycle part only): ${en.path}`);
    const zh = await written("np-zh.html", "overview", ...FILE, "--out", "@", "--lang", "zh");
    expect(zh.code, zh.err).toBe(0);
    expect(zh.html).toContain("分阶段资产得分与轮动回测需要价格数据");
  }, 60_000);

  it("overview --as-of: the report as of that month; its chart ends there", async () => {
    const r = await written("asof.html", "overview", "--dataset", "cn", "--as-of", "2019-06", "--report", "@");
    expect(r.code, r.err).toBe(0);
    expect(r.html).toContain("This report is as of 2019-06");
    // "Today" is the as-of month: the call as it stood then, not "90 months old".
    expect(r.err).not.toMatch(/this call is \d+ months old/);
    expect(r.html).not.toMatch(/months old/);
    expect(r.html).toMatch(/class="byline">[^<]*data through 2019-0[1-6]/); // data cut at the as-of month
    // No month after 2019-06 but the date the report was made (and the stale-call warning's "today").
    const later = [...r.html.matchAll(/\b(20[2-9]\d|2019)-(\d\d)\b/g)]
      .filter((m) => +m[1] > 2019 || +m[2] > 6)
      .map((m) => m[0]);
    expect(new Set(later).size).toBeLessThanOrEqual(1);
  }, 60_000);

  it("overview --format json writes no report file unless --report is given, and then it does", async () => {
    const j = await run("overview", "--dataset", "cn", "--format", "json");
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out).mainJob.report).toBeNull();
    const r = await written("json.html", "overview", "--dataset", "cn", "--format", "json", "--report", "@");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).mainJob.report).toBe(r.path);
    const np = await written("json-np.html", "overview", ...FILE, "--format", "json", "--out", "@");
    expect(np.code).toBe(0);
    expect(JSON.parse(np.out).report).toEqual({ path: np.path, cycleOnly: "no-prices" });
  }, 120_000);

  it("report: --file without --prices and --as-of write the cycle part; exit 0 only with the file", async () => {
    const a = await written("rep-np.html", "report", ...FILE, "--out", "@");
    expect(a.code, a.err).toBe(0);
    expect(a.out).toBe(`wrote ${a.path} (the cycle part only)\n`);
    const b = await written(
      "rep-asof.html",
      "report",
      "--dataset",
      "us",
      "--as-of",
      "2015-01",
      "--out",
      "@",
      "--lang",
      "zh",
    );
    expect(b.code, b.err).toBe(0);
    expect(b.html).toContain("本报告为截至 2015-01 的视图");
    const c = await written(
      "rep-asof-bad.html",
      "report",
      "--prices",
      fixture("own_prices_cn.csv"),
      "--as-of",
      "2015-01",
      "--out",
      "@",
    );
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/--as-of goes with --dataset/);
  }, 60_000);

  it("contradictions are refused, not ignored", async () => {
    const r = await written("contra.html", "overview", "--dataset", "cn", "--no-report", "--report", "@");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--no-report contradicts/);
  });
});
