/**
 * `kitchin outlook`: the JSON contract, no look-ahead through `--as-of`, the same call,
 * persistence and odds in `overview`, `phase` and the report, and bad input as one clear error.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PHASE_IDS, flipText, oddsText, outlookWord, persistenceText, type Outlook } from "@kitchin/core";
import { fixture, run, runJson, tmpFile, tmpPath } from "./helpers.ts";

const isPhase = (x: unknown) => (PHASE_IDS as readonly string[]).includes(x as string);

describe("kitchin outlook", () => {
  it("keeps the JSON contract (China)", async () => {
    const j = await runJson("outlook", "--dataset", "cn");
    expect(j.asOf).toMatch(/^\d{4}-\d{2}$/);
    expect(isPhase(j.phase)).toBe(true);
    expect(j.monthsInPhase).toBeGreaterThan(0);
    for (const b of ["realTime", "hindsight"]) {
      const p = j.persistence[b];
      expect(p.episodes).toBe(p.lengths.length);
      expect(p.shareLonger).toBeCloseTo(
        p.lengths.filter((l: number) => l > j.monthsInPhase).length / p.lengths.length,
        12,
      );
    }
    expect(j.flips.length).toBeGreaterThanOrEqual(2);
    for (const f of j.flips) {
      expect(["inventory", "demand"]).toContain(f.input);
      expect(["rising", "falling", "unknown"]).toContain(f.state);
      expect(Number.isFinite(f.threshold)).toBe(true);
      expect(f.months).toBeGreaterThanOrEqual(1);
      expect(isPhase(f.nextPhase)).toBe(true);
    }
    expect(j.odds.map((o: any) => o.horizon)).toEqual([1, 3, 6]);
    for (const o of j.odds) {
      expect(o.skill).toBeCloseTo(1 - o.brier / o.brierBase, 12);
      expect(o.probability === null ? o.skill <= 0 : o.probability === o.forecast && o.skill > 0).toBe(true);
      expect(o.events).toBeLessThanOrEqual(o.months);
      expect(o.reliability.reduce((s: number, r: any) => s + r.count, 0)).toBe(o.months);
    }
    expect(j.history.at(-1).month).toBe(j.asOf);
    expect(j.history.at(-1).p3).toBe(j.odds[1].forecast);
    expect(isPhase(j.real.phase)).toBe(true);
    expect(j.real.deflator).toBe("cn.ppi_yoy");
    expect(j.real.agrees).toBe(j.real.phase === j.phase);
    for (const k of ["inventory", "demand"]) {
      const n = j.nowcast[k];
      expect(n.shown).toBe(n.rmse < n.rmseNaive && n.month !== null);
      expect(n.value === null).toBe(!n.shown);
    }
  });

  it("the real call deflates China's inventory by PPI of the month (note 003): real = nominal − PPI", async () => {
    const j = await runJson("outlook", "--dataset", "cn");
    const inv = j.real.inputs.find((x: any) => x.input === "inventory");
    expect(inv.real).toBeCloseTo(inv.nominal - inv.deflator, 9);
  });

  it("no look-ahead through --as-of: the odds at t are the out-of-sample path's value at t; flips from what was known then", async () => {
    const full = await runJson("outlook", "--dataset", "us");
    for (const t of ["1985-03", "2001-09", "2013-06"]) {
      const cut = await runJson("outlook", "--dataset", "us", "--as-of", t);
      expect(cut.asOf).toBe(t);
      const h = full.history.find((r: any) => r.month === t);
      expect([cut.odds[0].forecast, cut.odds[1].forecast, cut.odds[2].forecast]).toEqual([h.p1, h.p3, h.p6]);
      expect(cut.history).toEqual(full.history.filter((r: any) => r.month <= t));
      // the call at t is the as-of phase path's value at t
      const phase = await runJson("phase", "--dataset", "us", "--mode", "as-of");
      expect(cut.phase).toBe(phase.phases.find((p: any) => p.date === t).phase);
    }
  }, 120_000);

  it("overview, phase and the report give the outlook's call, persistence and odds", async () => {
    const o = await runJson("outlook", "--dataset", "cn");
    const ov = await runJson("overview", "--dataset", "cn", "--no-report");
    expect(ov.outlook.asOf).toBe(o.asOf);
    expect(ov.outlook.phase).toBe(o.phase);
    expect(ov.outlook.persistence).toEqual(o.persistence);
    expect(ov.outlook.odds).toEqual(o.odds);
    expect(ov.outlook.flips).toEqual(o.flips);
    expect(ov.current.phase).toBe(o.phase);
    const strip = (p: any) => ({ episodes: p.episodes, medianMonths: p.medianMonths, shareLonger: p.shareLonger });
    expect(ov.current.persistence).toEqual({
      realTime: strip(o.persistence.realTime),
      hindsight: strip(o.persistence.hindsight),
    });
    const ph = await runJson("phase", "--dataset", "cn");
    expect(ph.current.phase).toBe(o.phase);
    expect(ph.current.monthsInPhase).toBe(o.monthsInPhase);
    expect(ph.current.persistence).toEqual(ov.current.persistence);
    // the table: real-time basis first
    const table = await run("overview", "--dataset", "cn", "--no-report");
    const rt = table.out.indexOf("past episodes (real-time basis)");
    expect(rt).toBeGreaterThan(0);
    expect(rt).toBeLessThan(table.out.indexOf("past episodes (hindsight basis)"));
    expect(table.out).toContain("Odds of a phase change:");
    // the report's call box carries the same sentences, escaped
    const out = tmpPath("outlook-report.html");
    const r = await run("report", "--dataset", "cn", "--out", out, "--permutations", "0", "--bootstrap", "0");
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    const box = html.slice(
      html.indexOf('<section id="outlook">'),
      html.indexOf("</section>", html.indexOf('<section id="outlook">')),
    );
    expect(html.indexOf('<section id="outlook">')).toBeLessThan(html.indexOf('<section id="call">'));
    const esc = (s: string) =>
      s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    const pct = (p: number) => `${Math.round(100 * p)}%`;
    expect(box).toContain(esc(`${o.persistence.realTime.episodes} past episodes`));
    expect(box).toContain(outlookWord("odds", "en"));
    for (const d of o.odds)
      expect(box).toContain(
        esc(
          `within ${d.horizon} month${d.horizon === 1 ? "" : "s"}: ${d.probability === null ? "no skill out of sample" : pct(d.probability)}`,
        ),
      );
    expect(box).toContain("the rise is price");
    // the same sentences as the core's text table (one source for every face)
    const fake = {
      horizon: 3,
      probability: null,
      brier: 0.2,
      brierBase: 0.1,
      skill: -1,
      events: 1,
      months: 2,
    } as unknown as Outlook["odds"][number];
    expect(oddsText(fake, "en")).toContain("no skill out of sample");
    expect(typeof flipText).toBe("function");
    expect(
      persistenceText({ episodes: 0, medianMonths: NaN, shareLonger: NaN, lengths: [] }, "realTime", 3, "zh"),
    ).toContain("无已完成");
  }, 180_000);

  it("prints in Chinese, and the odds path as CSV", async () => {
    const zh = await run("outlook", "--dataset", "us", "--lang", "zh");
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("展望");
    expect(zh.out).toContain("实时口径");
    expect(zh.out).toContain("阶段切换概率");
    const csv = await run("outlook", "--dataset", "us", "--format", "csv", "--horizons", "2,12");
    expect(csv.out.split("\n")[0]).toBe("month,p2,p12");
  });

  it("with a file: the real call with --deflator and --demand-kind", async () => {
    const args = [
      "outlook",
      "--file",
      fixture("wind_export_cn_2000_2019.csv"),
      "--inventory",
      "工业企业:产成品存货:累计同比",
      "--demand",
      "工业企业:营业收入:累计同比",
      "--lag",
      "1",
    ];
    const plain = await runJson(...args);
    expect(plain.real).toBeNull();
    expect(plain.nowcast).toBeNull();
    // A constant PPI column: the real series are the nominal ones shifted, so the real call equals the nominal one.
    const lines = readFileSync(fixture("wind_export_cn_2000_2019.csv"), "utf8").trim().split(/\r?\n/);
    const f = tmpFile(
      "outlook-ppi.csv",
      lines.map((l, i) => `${l},${i === 0 ? "PPI" : /^\d{4}-\d{2}-\d{2},/.test(l) ? "2.5" : ""}`).join("\n") + "\n",
    );
    const real = await runJson(
      "outlook",
      ...args.slice(1).map((a) => (a === fixture("wind_export_cn_2000_2019.csv") ? f : a)),
      "--deflator",
      "PPI",
      "--demand-kind",
      "cumulative_yoy",
    );
    expect(real.real.deflator).toBe("PPI");
    expect(real.real.phase).toBe(plain.phase);
    expect(real.real.monthsInPhase).toBe(plain.monthsInPhase);
    const inv = real.real.inputs.find((x: any) => x.input === "inventory");
    expect(inv.real).toBeCloseTo(inv.nominal - 2.5, 9);
    // a column name with control characters reaches the terminal escaped (one inert line)
    const evil = tmpFile(
      "outlook-evil.csv",
      lines
        .map((l, i) => `${l},${i === 0 ? '"PPI\x1b[31m\nX"' : /^\d{4}-\d{2}-\d{2},/.test(l) ? "2.5" : ""}`)
        .join("\n") + "\n",
    );
    const t = await run(
      "outlook",
      ...args.slice(1).map((a) => (a === fixture("wind_export_cn_2000_2019.csv") ? evil : a)),
      "--deflator",
      "PPI\x1b[31m\nX",
      "--demand-kind",
      "cumulative_yoy",
    );
    expect(t.code, t.err).toBe(0);
    expect(t.out).not.toContain("\x1b");
    expect(t.out).toContain("deflated by PPI\\x1b[31m\\nX");
    const dem = real.real.inputs.find((x: any) => x.input === "demand");
    expect(dem.real).toBeCloseTo(dem.nominal - 2.5, 9); // the year-to-date mean of a constant PPI
  });

  it("bad input: one clear error, non-zero exit", async () => {
    const h = await run("outlook", "--dataset", "cn", "--horizons", "0");
    expect(h.code).not.toBe(0);
    expect(h.err).toMatch(/--horizons must be a whole number ≥ 1, got "0"/);
    const rep = await run("outlook", "--dataset", "cn", "--horizons", "3,3");
    expect(rep.code).not.toBe(0);
    expect(rep.err).toMatch(/horizons repeat: 3,3/);
    const big = await run("outlook", "--dataset", "cn", "--horizons", "30");
    expect(big.err).toMatch(/from 1 to 24, got 30/);
    const col = await run(
      "outlook",
      "--file",
      fixture("wind_export_cn_2000_2019.csv"),
      "--inventory",
      "工业企业:产成品存货:累计同比",
      "--demand",
      "工业企业:营业收入:累计同比",
      "--deflator",
      "nope",
    );
    expect(col.code).not.toBe(0);
    expect(col.err).toMatch(/nope/);
    // a flag that does not apply is refused, not ignored: the shipped series' kind is in the catalog
    const kind = await run("outlook", "--dataset", "cn", "--demand-kind", "yoy");
    expect(kind.code).toBe(2);
    expect(kind.err).toMatch(/--demand-kind applies only with --file/);
    const badKind = await run(
      "outlook",
      "--file",
      fixture("wind_export_cn_2000_2019.csv"),
      "--inventory",
      "工业企业:产成品存货:累计同比",
      "--demand",
      "工业企业:营业收入:累计同比",
      "--demand-kind",
      "monthly",
    );
    expect(badKind.code).toBe(2);
    expect(badKind.err).toMatch(/--demand-kind/);
    expect((await run("outlook", "--dataset", "cn", "--as-of", "1990-01")).err).toMatch(
      /nothing was known yet at 1990-01/,
    );
    for (const r of [h, rep, big, col]) expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
});
