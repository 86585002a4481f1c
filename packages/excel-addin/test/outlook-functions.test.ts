/**
 * CYCLE.OUTLOOK in Node: the same call, persistence, odds and flips as `kitchin outlook`
 * on the same data (the CLI run as a child process), and bad input as a cell error.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatMonth, phaseCodeOfId, phaseLabel } from "@kitchin/core";
import { analysisView, loadSeries } from "@kitchin/datasets/node";
import { outlookTable } from "../src/functions.ts";
import { col, expectCellError } from "./helpers.ts";

const REPO = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..");

function kitchin(...args: string[]): any {
  const env = { ...process.env, KITCHIN_HOME: join(REPO, "node_modules", ".kitchin-test-home-empty") };
  return JSON.parse(
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(REPO, "apps", "cli", "src", "main.ts"), ...args, "--format", "json"],
      { cwd: REPO, encoding: "utf8", env },
    ),
  );
}

/** Shipped series on one month axis (the union of their months), blanks where a series has none. */
function rowsOf(ids: string[]) {
  const s = ids.map((id) => analysisView(loadSeries(id)));
  const start = Math.min(...s.map((x) => x.start));
  const end = Math.max(...s.map((x) => x.start + x.values.length - 1));
  const months = Array.from({ length: end - start + 1 }, (_, k) => formatMonth(start + k));
  const cols = s.map((x) =>
    months.map((_, k) => {
      const v = x.values[start + k - x.start];
      return Number.isFinite(v) ? v : "";
    }),
  );
  return { months, cols };
}

const find = (out: unknown[][], label: string) => out.find((r) => r[0] === label)!;

describe("CYCLE.OUTLOOK", () => {
  for (const region of ["cn", "us"] as const) {
    it(`gives the call, persistence, odds, flips and real phase of \`kitchin outlook --dataset ${region}\``, () => {
      const cli = kitchin("outlook", "--dataset", region);
      const ids =
        region === "cn"
          ? ["cn.demand_yoy", "cn.inventory_yoy", "cn.ppi_yoy"]
          : ["us.sales_yoy", "us.inventory_yoy", "us.ppi_yoy"];
      const lags = ids.map((id) => loadSeries(id).entry.lag);
      const kind = region === "cn" ? "cumulative_yoy" : "yoy";
      const { months, cols } = rowsOf(ids);
      const out = outlookTable(
        col(months),
        col(cols[0]),
        col(cols[1]),
        col(cols[2]),
        `demandLag=${lags[0]}; inventoryLag=${lags[1]}; deflatorLag=${lags[2]}; demandKind=${kind}`,
      );
      expect(find(out, "as of")[1]).toBe(cli.asOf);
      expect(find(out, "phase")[2]).toBe(cli.phase);
      expect(find(out, "phase")[4]).toBe(cli.monthsInPhase);
      const rt = find(out, "persistence, real-time");
      expect([rt[2], rt[4], rt[6]]).toEqual([
        cli.persistence.realTime.episodes,
        cli.persistence.realTime.medianMonths,
        cli.persistence.realTime.shareLonger,
      ]);
      const hs = find(out, "persistence, hindsight");
      expect([hs[2], hs[4], hs[6]]).toEqual([
        cli.persistence.hindsight.episodes,
        cli.persistence.hindsight.medianMonths,
        cli.persistence.hindsight.shareLonger,
      ]);
      for (const o of cli.odds) {
        const r = find(out, `within ${o.horizon}m`);
        expect(r[1]).toBe(o.probability ?? "no skill out of sample");
        expect([r[2], r[3], r[4], r[5], r[6]]).toEqual([o.brier, o.brierBase, o.skill, o.events, o.months]);
      }
      for (const f of cli.flips) {
        const r = out.find((x) => x[0] === f.input && x[2] === f.to)!;
        expect([r[1], r[3], r[4], r[5]]).toEqual([f.state, f.threshold, f.months, f.from]);
      }
      expect(find(out, "real phase")[2]).toBe(cli.real.phase);
      expect(find(out, "real phase")[4]).toBe(cli.real.monthsInPhase);
      // every row of the spill has the same width
      expect(new Set(out.map((r) => r.length)).size).toBe(1);
    }, 60_000);
  }

  it("as of a month: the call known then (no look-ahead through the face)", () => {
    const cli = kitchin("outlook", "--dataset", "cn", "--as-of", "2016-12");
    const { months, cols } = rowsOf(["cn.demand_yoy", "cn.inventory_yoy"]);
    const out = outlookTable(col(months), col(cols[0]), col(cols[1]), undefined, "lag=1; asOf=2016-12; horizons=1/3/6");
    expect(find(out, "as of")[1]).toBe(cli.asOf);
    expect(find(out, "phase")[2]).toBe(cli.phase);
    expect(find(out, "within 3m")[4]).toBe(cli.odds[1].skill);
  }, 60_000);

  it("bad input is a cell error with the message", () => {
    const m = ["2020-01", "2020-02"];
    expectCellError(
      () => outlookTable(col(m), col([1, 2]), col([1]), undefined, ""),
      "#VALUE!",
      /differ in length|same length|2 vs 1|1 vs 2/,
    );
    expectCellError(
      () => outlookTable(col(m), col([1, 2]), col([1, 2]), undefined, "horizons=0/3"),
      "#VALUE!",
      /horizons=0\/3 must be whole numbers from 1 to 24/,
    );
    expectCellError(() => outlookTable(col(m), col([1, 2]), col([1, 2]), undefined, "asOf=2020-13"), "#VALUE!", /asOf/);
  });

  it("a call in the order before 0.2.0 (options before the deflator) is refused with the new order", () => {
    const m = ["2020-01", "2020-02"];
    const old =
      /^the fourth argument "lag=1" looks like options: the arguments are CYCLE\.OUTLOOK\(dates, demand, inventory, \[deflator\], \[options\]\) since 0\.2\.0/;
    // CYCLE.OUTLOOK(dates, demand, inventory, "lag=1"): Excel passes the text as a 1×1 range
    expectCellError(() => outlookTable(col(m), col([1, 2]), col([1, 2]), [["lag=1"]]), "#VALUE!", old);
    // CYCLE.OUTLOOK(dates, demand, inventory, "lag=1", ppi): the same, and the range in the options' place is not text
    expectCellError(
      () => outlookTable(col(m), col([1, 2]), col([1, 2]), [["lag=1"]], col([1, 2]) as never),
      "#VALUE!",
      old,
    );
    expectCellError(
      () => outlookTable(col(m), col([1, 2]), col([1, 2]), undefined, col([1, 2]) as never),
      "#VALUE!",
      /^options must be text like/,
    );
    expectCellError(
      () => outlookTable(col(m), col([1, 2]), col([1, 2]), [["lang=zh"]]),
      "#VALUE!",
      /^the fourth argument "lang=zh" looks like options/,
    );
  });

  it('a deflator left empty ("", a blank cell, ,,) is no deflator: no real call', () => {
    const { months, cols } = rowsOf(["cn.demand_yoy", "cn.inventory_yoy"]);
    const none = outlookTable(col(months), col(cols[0]), col(cols[1]), undefined, "lag=1");
    expect(none.some((r) => r[0] === "real phase")).toBe(false);
    for (const empty of [[[""]], [[null]], null, []])
      expect(outlookTable(col(months), col(cols[0]), col(cols[1]), empty as never, "lag=1")).toEqual(none);
  });
});

describe("CYCLE.OUTLOOK in Chinese", () => {
  it("labels rows and words in Chinese, numbers unchanged", () => {
    const { months, cols } = rowsOf(["cn.demand_yoy", "cn.inventory_yoy"]);
    const en = outlookTable(col(months), col(cols[0]), col(cols[1]), undefined, "lag=1");
    const zh = outlookTable(col(months), col(cols[0]), col(cols[1]), undefined, "lag=1; lang=zh");
    expect(zh.length).toBe(en.length);
    const id = en.find((r) => r[0] === "phase")![2] as string;
    expect(zh.find((r) => r[0] === "名义阶段")![2]).toBe(id);
    expect(zh.find((r) => r[0] === "名义阶段")![1]).toBe(phaseLabel(phaseCodeOfId(id), "zh"));
    expect(zh.some((r) => r[0] === "库存")).toBe(true);
    const num = (t: unknown[][]) => t.flatMap((r) => r.filter((c) => typeof c === "number"));
    expect(num(zh)).toEqual(num(en));
  });
});
