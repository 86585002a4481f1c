import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { run, runJson, tmpFile, tmpPath } from "./helpers.ts";
import { IDS, fixtures } from "./backtestFixtures.ts";

describe("kitchin score", () => {
  const f = fixtures("score");

  it("emits the stable JSON contract", async () => {
    const j = await runJson(
      "score",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--permutations",
      "199",
      "--bootstrap",
      "200",
    );
    expect(Object.keys(j).slice(0, 3)).toEqual(["scores", "crossAssetMean", "warnings"]);
    expect(Object.keys(j.scores[0]).slice(0, 9)).toEqual([
      "asset",
      "phase",
      "score",
      "episodes",
      "positive",
      "meanEpisodeReturn",
      "annualizedReturn",
      "hitRate",
      "pValue",
    ]);
    expect(j.scores).toHaveLength(12);
    const gold = j.scores.find((r: any) => r.asset === "gold" && r.phase === "passive-destock");
    expect(gold).toMatchObject({ score: 12, episodes: 10, positive: 10, hitRate: 1, rank: 1 });
    expect(gold.pValue).toBeLessThan(0.05);
    expect(j.scores.find((r: any) => r.asset === "copper" && r.phase === "active-restock").rank).toBe(1);
    expect(Object.keys(j.crossAssetMean)).toEqual(IDS);
    expect(j.warnings.join("\n")).toMatch(/phases dated ex-post: uses future information/);
    expect(j.mode).toBe("ex-post");
  });

  it("is reproducible with a seed", async () => {
    const a = await runJson(
      "score",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--seed",
      "5",
      "--permutations",
      "99",
      "--bootstrap",
      "99",
    );
    const b = await runJson(
      "score",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--seed",
      "5",
      "--permutations",
      "99",
      "--bootstrap",
      "99",
    );
    expect(a).toEqual(b);
  });

  it("prints a table per phase and CSV rows", async () => {
    const t = await run("score", "--prices", f.prices, "--phases", f.phases, "--permutations", "0", "--bootstrap", "0");
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/Passive destocking \(passive-destock\) — 10 episodes/);
    const c = await run(
      "score",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--permutations",
      "0",
      "--bootstrap",
      "0",
      "--format",
      "csv",
    );
    expect(c.out.split("\n")[0]).toBe(
      "asset,phase,score,episodes,positive,meanEpisodeReturn,annualizedReturn,hitRate,pValue,qValue,rank,medianEpisodeReturn,months,volatility,sharpe,tStat,ciLow,ciHigh",
    );
  });

  it("reads long tables and daily prices (month-end = last day of the month)", async () => {
    const long = ["date,asset,price"];
    const daily = ["date,gold,copper,bond"];
    for (const line of f.lines.slice(1)) {
      const [d, g, c, b] = line.split(",");
      long.push(`${d},gold,${g}`, `${d},copper,${c}`, `${d},bond,${b}`);
      const m = d.slice(0, 7);
      daily.push(`${m}-03,1,1,1`, `${d},${g},${c},${b}`); // an early-month row that must not win
    }
    const a = await runJson(
      "score",
      "--prices",
      tmpFile("long.csv", long.join("\n")),
      "--phases",
      f.phases,
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    const b = await runJson(
      "score",
      "--prices",
      tmpFile("daily.csv", daily.join("\n")),
      "--phases",
      f.phases,
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    const w = await runJson(
      "score",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    const key = (j: any) =>
      j.scores.map((r: any) => [r.asset, r.phase, r.score, r.meanEpisodeReturn?.toFixed(10)]).sort();
    expect(key(a)).toEqual(key(w));
    expect(key(b)).toEqual(key(w));
    expect(b.warnings.join(" ")).toMatch(/reduced to 363 month-end prices/);
  }, 30000);

  it("writes CSV, JSON and XLSX files", async () => {
    for (const ext of ["csv", "json", "xlsx"]) {
      const out = tmpPath(`scores.${ext}`);
      const r = await run(
        "score",
        "--prices",
        f.prices,
        "--phases",
        f.phases,
        "--permutations",
        "0",
        "--bootstrap",
        "0",
        "--out",
        out,
      );
      expect(r.code).toBe(0);
      const buf = readFileSync(out);
      if (ext === "json") expect(JSON.parse(buf.toString()).scores).toHaveLength(12);
      if (ext === "csv") expect(buf.toString()).toMatch(/^# scores\nasset,phase,score/);
      if (ext === "xlsx") {
        const ExcelJS = (await import("exceljs")).default;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(out);
        expect(wb.worksheets.map((s) => s.name)).toEqual(["scores", "crossAssetMean", "warnings"]);
        expect(wb.getWorksheet("scores")!.rowCount).toBe(13);
      }
    }
  }, 30000);
});

describe("kitchin score: bad input → one line on stderr, exit 2", () => {
  const f = fixtures("bad");
  const bad = async (args: string[], re: RegExp) => {
    const r = await run("score", ...args, "--permutations", "0", "--bootstrap", "0");
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(re);
  };
  const edit = (name: string, f2: (lines: string[]) => string[]) => tmpFile(name, f2([...f.lines]).join("\n"));

  it("a missing price names file, row and column", async () => {
    const p = edit("missing.csv", (l) => ((l[5] = l[5].replace(/,[\d.]+,/, ",,")), l));
    await bad(
      ["--prices", p, "--phases", f.phases],
      /missing\.csv, row 6, column "gold": missing price for "gold" between its first and last price/,
    );
  });
  it("a zero or negative price names file, row and column", async () => {
    await bad(
      ["--prices", edit("zero.csv", (l) => ((l[9] = l[9].replace(/,[\d.]+$/, ",0")), l)), "--phases", f.phases],
      /zero\.csv, row 10, column "bond": price 0 must be positive/,
    );
    await bad(
      [
        "--prices",
        edit("neg.csv", (l) => ((l[3] = l[3].replace(/^([^,]+),[\d.]+/, "$1,-5")), l)),
        "--phases",
        f.phases,
      ],
      /neg\.csv, row 4, column "gold": price -5 must be positive/,
    );
  });
  it("misaligned months: a month without prices", async () => {
    await bad(
      ["--prices", edit("skip.csv", (l) => (l.splice(20, 1), l)), "--phases", f.phases],
      /skip\.csv, row 21, column "date": dates jump from 2001-07 to 2001-09: 2001-08 has no prices/,
    );
  });
  it("a phase series shorter than the prices", async () => {
    const short = tmpFile("short-phases.csv", readFileSync(f.phases, "utf8").split("\n").slice(0, 100).join("\n"));
    await bad(
      ["--prices", f.prices, "--phases", short],
      /short-phases\.csv: the phase series ends 2008-03 but prices run to 2010-01; shorten the window with --to or extend the phases/,
    );
  });
  it("misaligned phase months and unknown phase ids", async () => {
    const lines = readFileSync(f.phases, "utf8").split("\n");
    await bad(
      [
        "--prices",
        f.prices,
        "--phases",
        tmpFile("gap-phases.csv", [...lines.slice(0, 10), ...lines.slice(11)].join("\n")),
      ],
      /gap-phases\.csv, row 11, column "date": months must be consecutive: 2000-09 is followed by 2000-11/,
    );
    const wrong = [...lines];
    wrong[4] = wrong[4].replace(/,.*/, ",recovery");
    await bad(
      ["--prices", f.prices, "--phases", tmpFile("id-phases.csv", wrong.join("\n"))],
      /id-phases\.csv, row 5, column "phase": "recovery" is not a phase id/,
    );
  });
  it("an unknown asset", async () => {
    await bad(
      ["--prices", f.prices, "--phases", f.phases, "--assets", "gold,zinc"],
      /bad-prices\.csv: unknown asset "zinc"; the file has gold, copper, bond/,
    );
    await bad(["--dataset", "cn", "--assets", "cn.fut.xx"], /unknown series id "cn\.fut\.xx"/);
  });
  it("no input at all", async () => {
    await bad(
      [],
      /no input: give --dataset cn\|us, --file F --inventory COL --demand COL with --prices P, or --prices F and --phases F/,
    );
  });
});
