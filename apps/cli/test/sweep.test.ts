import { describe, expect, it } from "vitest";
import { main } from "../src/main.ts";
import type { Io } from "../src/context.ts";
import { run, runJson } from "./helpers.ts";
import { fixtures } from "./backtestFixtures.ts";

describe("kitchin sweep", () => {
  const f = fixtures("sw");
  const base = ["--prices", f.prices, "--phases", f.phases, "--phases-as-of"];

  it("tries every configuration on worker threads, says how many, ranks them", async () => {
    const j = await runJson(
      "sweep",
      ...base,
      "--top-k",
      "1,2,3",
      "--signal-lag",
      "0,1,2,3",
      "--cost",
      "0,10,20,30,40",
      "--rebalance",
      "monthly,quarterly,phase-change",
      "--threads",
      "2",
      "--top",
      "5",
    );
    expect(j.tried).toBe(3 * 4 * 5 * 3 * 3);
    expect(j.threads).toBe(2);
    expect(j.rows).toHaveLength(5);
    for (let i = 1; i < j.rows.length; i++) expect(j.rows[i - 1].sharpe).toBeGreaterThanOrEqual(j.rows[i].sharpe);
    expect(j.stamp).toBeNull();
    expect(j.warnings.join(" ")).toMatch(/540 configurations were tried/);
  }, 60000);

  it("is stamped on ex-post phases", async () => {
    const j = await runJson(
      "sweep",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--top-k",
      "1",
      "--weighting",
      "equal",
      "--signal-lag",
      "0",
    );
    expect(j.tried).toBe(1);
    expect(j.stamp).toBe("uses future information");
  });

  it("walk-forward switches between configurations pay the configuration's cost (issue 24)", async () => {
    const j = await runJson(
      "sweep",
      "--dataset",
      "cn",
      "--from",
      "2011-01",
      "--top-k",
      "1,2",
      "--weighting",
      "equal,inverse-vol",
      "--signal-lag",
      "0",
      "--cost",
      "40",
      "--walk-forward",
      "36:12",
    );
    const switched = j.walkForward.folds.filter((f: { switched: boolean }) => f.switched);
    expect(switched.length).toBeGreaterThan(1);
    const gross = new Map<string, Map<string, number>>();
    for (const f of switched) {
      const [, k, w] = /top-(\d) (equal|inverse-vol) 40bps$/.exec(f.chosen)!;
      const spec = `topk:${k}:${w}`;
      if (!gross.has(spec)) {
        // At 0 bps a configuration's return is its gross return.
        const csv = (
          await run(
            "backtest",
            "--dataset",
            "cn",
            "--from",
            "2011-01",
            "--strategy",
            spec,
            "--cost",
            "0",
            "--format",
            "csv",
          )
        ).out
          .trim()
          .split("\n");
        const col = csv[0].split(",").indexOf(spec);
        gross.set(
          spec,
          new Map(
            csv.slice(1).map((l) => {
              const c = l.split(",");
              return [c[0], Number(c[col])];
            }),
          ),
        );
      }
      expect(f.switchTurnover).toBeGreaterThan(0);
      expect(j.walkForward.oosReturns[f.testStart]).toBeCloseTo(
        gross.get(spec)!.get(f.testFrom)! - 0.004 * f.switchTurnover,
        12,
      );
    }
  }, 60000);

  it("walk-forward reports in-sample and out-of-sample apart", async () => {
    const j = await runJson("sweep", ...base, "--top-k", "1,2", "--walk-forward", "36:12");
    expect(j.walkForward.folds).toHaveLength(7);
    expect(j.walkForward.folds[0]).toMatchObject({
      fitFrom: "2000-02",
      fitTo: "2003-01",
      testFrom: "2003-02",
      testTo: "2004-01",
    });
    expect(j.walkForward.outOfSample.months).toBe(120 - 36);
    expect(typeof j.walkForward.inSampleObjective).toBe("number");
    const t = await run("sweep", ...base, "--top-k", "1,2", "--walk-forward", "36:12:rolling");
    expect(t.out).toMatch(/Walk-forward \(rolling, fit 36:12:rolling; objective sharpe\)/);
  });

  it("shows a progress bar on a TTY only", async () => {
    let err = "";
    const io: Io = {
      out: () => {},
      err: (t) => {
        err += t;
      },
      isTTY: true,
      env: {},
    };
    expect(await main(["sweep", ...base, "--top-k", "1", "--threads", "1"], io)).toBe(0);
    expect(err).toMatch(/\rsweep \[#+\] 6\/6\n/);
    const piped = await run("sweep", ...base, "--top-k", "1", "--threads", "1");
    expect(piped.err).not.toContain("\r"); // no bar; the warnings only (on stderr)
    expect(piped.err).toMatch(/^warning: /);
  });

  it("bad grids are usage errors", async () => {
    const r = await run("sweep", ...base, "--weighting", "equal,magic");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--weighting takes equal, inverse-vol, score separated by commas, got "magic"/);
    const w = await run("sweep", ...base, "--walk-forward", "5y");
    expect(w.err).toMatch(/--walk-forward takes FIT:TEST\[:rolling\]/);
  });

  it("each item of a numeric grid is checked like the single flag (shared limits, whole numbers, no empty items)", async () => {
    for (const [flag, value, msg] of [
      ["--signal-lag", "1.5", /--signal-lag must be a whole number from 0 to \d+, got "1\.5"/],
      ["--signal-lag", "0,,1", /--signal-lag must be a whole number from 0 to \d+, got ""/],
      ["--top-k", "1.5", /--top-k must be a whole number from 1 to \d+, got "1\.5"/],
      ["--cost", "10,-3", /--cost must be a number from 0 to \d+, got "-3"/],
    ] as const) {
      const r = await run("sweep", ...base, flag, value);
      expect(r.code, `${flag} ${value}`).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });
});
