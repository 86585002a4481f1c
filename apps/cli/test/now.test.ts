/**
 * "Now": the shipped path, the file path (the same series exported with `kitchin data
 * export` and read back with --file --lag) and trailing rows without values give one answer; the
 * call says how stale it is.
 */
import { describe, expect, it } from "vitest";
import { runEnv, tmpFile, tmpPath } from "./helpers.ts";

const TODAY = { KITCHIN_TODAY: "2026-11" };
const json = async (env: Record<string, string>, ...argv: string[]) => {
  const r = await runEnv(env, ...argv, "--format", "json");
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out);
};

describe("one answer to 'where are we now'", () => {
  it("shipped data, the exported file read back with --lag 1, and the file with trailing dated rows without values agree", async () => {
    const shipped = (await json(TODAY, "phase", "--dataset", "cn", "--mode", "as-of")).current;
    const exported = await runEnv({}, "data", "export", "cn.demand_yoy", "cn.inventory_yoy", "--format", "csv");
    expect(exported.code).toBe(0);
    const file = tmpFile("now-export.csv", exported.out);
    const trailing = tmpFile("now-export-trailing.csv", exported.out.trimEnd() + "\n2026-07,,\n2026-08,,\n2026-09,,\n");
    const viaFile = (f: string) =>
      json(
        TODAY,
        "phase",
        "--file",
        f,
        "--demand",
        "cn.demand_yoy",
        "--inventory",
        "cn.inventory_yoy",
        "--lag",
        "1",
        "--mode",
        "as-of",
      );
    const a = (await viaFile(file)).current;
    const b = await viaFile(trailing);
    for (const c of [a, b.current]) {
      expect({
        asOf: c.asOf,
        phase: c.phase,
        monthsInPhase: c.monthsInPhase,
        dataThrough: c.dataThrough,
        inputs: c.inputs,
        staleMonths: c.staleMonths,
      }).toEqual({
        asOf: shipped.asOf,
        phase: shipped.phase,
        monthsInPhase: shipped.monthsInPhase,
        dataThrough: shipped.dataThrough,
        inputs: shipped.inputs,
        staleMonths: shipped.staleMonths,
      });
    }
    // the as-of path stops at "now": no row after asOf carries a phase
    expect(b.phases.at(-1).date).toBe(shipped.asOf);
    expect(b.current.notes.join("\n")).toMatch(
      /cn\.inventory_yoy: 3 trailing months without a value after 2026-06 ignored/,
    );
    // cycles and overview report the same "now"
    const cyc = (
      await json(
        TODAY,
        "cycles",
        "--file",
        trailing,
        "--demand",
        "cn.demand_yoy",
        "--inventory",
        "cn.inventory_yoy",
        "--lag",
        "1",
      )
    ).current;
    const ov = (await json(TODAY, "overview", "--dataset", "cn", "--no-report")).current;
    for (const c of [cyc, ov])
      expect([c.asOf, c.phase, c.monthsInPhase]).toEqual([shipped.asOf, shipped.phase, shipped.monthsInPhase]);
  });

  it("overview's main job lists the best assets of the same current phase as its 'now'", async () => {
    const j = await json(TODAY, "overview", "--dataset", "cn", "--report", tmpPath("now-overview.html"));
    expect(j.mainJob.phaseNow).toEqual({ id: j.current.phase, knownAt: j.current.asOf });
    for (const r of [...j.mainJob.topNow, ...j.mainJob.classesNow]) expect(r.phase).toBe(j.current.phase);
  }, 60000);

  it("asOf is the latest month at which both inputs are known: min(last value + release lag)", async () => {
    const c = (await json(TODAY, "phase", "--dataset", "cn")).current;
    const m = (s: string) => 12 * +s.slice(0, 4) + +s.slice(5, 7) - 1;
    const f = (k: number) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
    expect(c.inputs.revenue.knownAt).toBe(f(m(c.dataThrough.revenue) + 1)); // NBS lag 1 (catalog)
    expect(c.inputs.inventory.knownAt).toBe(f(m(c.dataThrough.inventory) + 1));
    expect(c.asOf).toBe(f(Math.min(m(c.inputs.revenue.knownAt), m(c.inputs.inventory.knownAt))));
    expect(["rising", "falling", null]).toContain(c.inputs.inventory.state);
  });

  it("staleMonths counts from asOf to today (--today beats KITCHIN_TODAY); the table warns above 3 months", async () => {
    const c = (await json(TODAY, "phase", "--dataset", "cn")).current;
    const m = (s: string) => 12 * +s.slice(0, 4) + +s.slice(5, 7) - 1;
    expect(c.today).toBe("2026-11");
    expect(c.staleMonths).toBe(m("2026-11") - m(c.asOf));
    const flag = (await json(TODAY, "phase", "--dataset", "cn", "--today", c.asOf)).current;
    expect(flag.staleMonths).toBe(0);
    const fresh = await runEnv({ KITCHIN_TODAY: c.asOf }, "overview", "--no-report");
    expect(fresh.err).not.toMatch(/warning: this call is/);
    const later = (k: number) => {
      const x = m(c.asOf) + k;
      return `${Math.floor(x / 12)}-${String((x % 12) + 1).padStart(2, "0")}`;
    };
    expect((await runEnv({ KITCHIN_TODAY: later(3) }, "overview", "--no-report")).err).not.toMatch(
      /warning: this call/,
    );
    const stale = await runEnv({ KITCHIN_TODAY: later(4) }, "overview", "--no-report");
    expect(stale.out).not.toMatch(/warning/); // on stderr
    expect(stale.err).toContain(`warning: this call is 4 months old (as of ${c.asOf}, today ${later(4)})`);
    const zh = await runEnv({ KITCHIN_TODAY: later(4) }, "cycles", "--dataset", "cn", "--lang", "zh");
    expect(zh.err).toContain("警告: 该判断已滞后 4 个月");
  });

  it("a malformed --today or KITCHIN_TODAY is one line and exit 2", async () => {
    const r = await runEnv({}, "phase", "--dataset", "cn", "--today", "Nov 2026");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--today "Nov 2026" is not a month; write it as YYYY-MM/);
    const e = await runEnv({ KITCHIN_TODAY: "2026/11" }, "phase", "--dataset", "cn");
    expect(e.code).toBe(2);
    expect(e.err).toMatch(/KITCHIN_TODAY "2026\/11" is not a month/);
  });
});
