/**
 * The whole job on one's own data in one command: `score`, `backtest`, `compare` and
 * `overview` take `--file F --inventory COL --demand COL [--lag N]` with `--prices P`, and give
 * what the two-step path gives — `kitchin phase --file … --format csv` written out and passed back
 * with `--phases` (`--phases-as-of` for the as-of path).
 */
import { describe, expect, it } from "vitest";
import { fixture, run, tmpFile } from "./helpers.ts";

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
const PRICES = ["--prices", fixture("own_prices_cn.csv")];

async function phaseFile(mode: "ex-post" | "as-of"): Promise<string> {
  const r = await run("phase", ...FILE, "--mode", mode, "--format", "csv");
  expect(r.code, r.err).toBe(0);
  return tmpFile(`own-phases-${mode}.csv`, r.out);
}

const strip = (j: any) => {
  delete j.phases;
  delete j.warnings;
  return j;
};

describe("--file with --prices: one command on one's own data", () => {
  it("score (ex-post phases) equals score on the phase file written by kitchin phase", async () => {
    const one = await run(
      "score",
      ...FILE,
      ...PRICES,
      "--mode",
      "ex-post",
      "--to",
      "2019-04",
      "--format",
      "json",
      "--permutations",
      "99",
      "--bootstrap",
      "99",
    );
    expect(one.code, one.err).toBe(0);
    const two = await run(
      "score",
      "--phases",
      await phaseFile("ex-post"),
      ...PRICES,
      "--to",
      "2019-04",
      "--format",
      "json",
      "--permutations",
      "99",
      "--bootstrap",
      "99",
    );
    expect(two.code, two.err).toBe(0);
    const a = JSON.parse(one.out),
      b = JSON.parse(two.out);
    expect(a.scores.length).toBe(16);
    expect(a.scores).toEqual(b.scores);
  });

  it("backtest and compare (as-of phases, the default) equal the as-of phase file passed back with --phases-as-of", async () => {
    for (const cmd of ["backtest", "compare"]) {
      const one = await run(cmd, ...FILE, ...PRICES, "--format", "json");
      expect(JSON.parse(one.out).window.to).toBe("2019-05"); // the last month whose as-of phase is known
      expect(one.code, one.err).toBe(0);
      const two = await run(
        cmd,
        "--phases",
        await phaseFile("as-of"),
        "--phases-as-of",
        ...PRICES,
        "--to",
        "2019-05",
        "--format",
        "json",
      );
      expect(two.code, two.err).toBe(0);
      const a = strip(JSON.parse(one.out)),
        b = strip(JSON.parse(two.out));
      expect(a.stamp).toBeNull();
      expect(a).toEqual(b);
    }
  });

  it("the tables say when a strategy trails equal weight, in either language", async () => {
    const en = await run("backtest", ...FILE, ...PRICES);
    expect(en.code, en.err).toBe(0);
    const j = JSON.parse((await run("backtest", ...FILE, ...PRICES, "--format", "json")).out);
    const eq = j.strategies.find((m: any) => m.strategy === "equal-weight");
    const topk = j.strategies.find((m: any) => m.strategy === "topk:1");
    const row = en.out.split("\n").find((l) => l.startsWith("topk:1 "))!;
    expect(row.includes("▼ trails")).toBe(topk.cagr < eq.cagr);
    const zh = await run("backtest", ...FILE, ...PRICES, "--lang", "zh");
    expect(zh.out).toMatch(/^回测 2005-01\.\.2019-05，4 个资产；/);
    expect(zh.out).toMatch(/策略 +累计收益 +年化收益/);
    expect(zh.out).toMatch(/2019-04 之后持有：/);
    const cz = await run("compare", ...FILE, ...PRICES, "--lang", "zh");
    expect(cz.out).toMatch(/^策略对比 /);
    expect(cz.out).toMatch(/全部月份 — 最优（夏普比率）: /);
    expect(zh.out.split("\n").find((l) => l.startsWith("等权"))).toMatch(/基准/); // strategy names in words
  });

  it("refuses mixed or incomplete sources with one line", async () => {
    const cases: [string[], RegExp][] = [
      [[...FILE], /with --file, give your prices too: --prices F/],
      [
        [...FILE, ...PRICES, "--phases", fixture("own_prices_cn.csv")],
        /give either --file .* or --phases .*, not both/,
      ],
      [[...FILE, ...PRICES, "--dataset", "cn"], /give either --dataset or --file, not both/],
      [
        ["--file", fixture("wind_export_cn_2000_2019.csv"), ...PRICES],
        /with --file, name the columns: --inventory COLUMN --demand COLUMN/,
      ],
    ];
    for (const [args, want] of cases) {
      const r = await run("backtest", ...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toMatch(want);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
    const o = await run("overview", "--dataset", "cn", ...PRICES);
    expect(o.code).toBe(2);
    expect(o.err).toMatch(/--prices goes with --file/);
  });

  it("score --lang zh: Chinese headers and the assets' names beside their ids", async () => {
    const r = await run(
      "score",
      "--dataset",
      "cn",
      "--lang",
      "zh",
      "--top",
      "3",
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^分阶段资产得分 — /);
    expect(r.out).toMatch(/排名 +资产 +名称 +得分 +阶段次数/);
    const j = JSON.parse(
      (await run("score", "--dataset", "cn", "--format", "json", "--permutations", "0", "--bootstrap", "0")).out,
    );
    const first = j.scores.find((x: any) => x.phase === "passive-destock" && x.rank === 1);
    const want: Record<string, string> = { "cn.nanhua": "南华商品指数", "cn.csi300": "沪深300", "cn.fut.rb": "螺纹钢" };
    const line = r.out.split("\n").find((l) => / 1 +cn\./.test(l))!;
    expect(line).toContain(first.asset);
    if (want[first.asset]) expect(line).toContain(want[first.asset]);
    // a name, not the id twice
    expect(line).not.toMatch(new RegExp(`${first.asset.replace(/\./g, "\\.")} +${first.asset.replace(/\./g, "\\.")}`));
  });

  it("overview --format csv says where the CSV of each part is instead of printing a table", async () => {
    const r = await run("overview", "--dataset", "cn", "--format", "csv");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /overview prints table or json \(overview is several tables: .* kitchin cycles\|score\|backtest … --format csv/,
    );
  });

  it("sweep refuses --file (it sweeps signal lags: the file's release lag could not be applied)", async () => {
    const r = await run("sweep", ...FILE, ...PRICES);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /sweep does not take --file .* --mode as-of --format csv > phases\.csv, then sweep --prices P --phases phases\.csv --phases-as-of/,
    );
  });
});
