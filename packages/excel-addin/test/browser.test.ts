/**
 * The built add-in in headless Chromium against Microsoft's real custom-functions-runtime.js:
 * every function in functions.json is associated, and each returns the right result on the
 * shipped data — CYCLE.PHASE, CYCLES, TURNS, LEAD, SYNC, SECTORS and DECOMPOSE agree with
 * `kitchin phase`, `cycles`, `turns`, `lead`, `sync`, `sectors` and `decompose` (the CLI run as a
 * child process), the others with the library on the same data.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatMonth, monthlyFromCumulative, parseMonth, turns, yoy } from "@kitchin/core";
import { FLAG_ANOMALY, analysisView, catalog, findEntry, parseCuratedCsv } from "@kitchin/datasets";
import {
  compare,
  equalWeight,
  market,
  pricePanel,
  runStrategy,
  scorePhases,
  scoreRows,
  topKRotation,
} from "@kitchin/backtest";
import { DIST, associatedIds, call, openRuntime, type CallResult, type Runtime } from "./harness.ts";
import { col } from "./helpers.ts";

const require = createRequire(import.meta.url);
const DATA = dirname(require.resolve("@kitchin/datasets/data/catalog.json"));
const REPO = join(DIST, "..", "..", "..");

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
});
afterAll(async () => {
  await rt?.close();
});

const meta = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };

function value(r: CallResult): unknown[][] {
  if ("error" in r) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value as unknown[][];
}

/** `kitchin …` as a user runs it (root script: tsx apps/cli/src/main.ts), JSON output. */
function kitchin(...args: string[]): any {
  // an empty data folder of its own: the user's ~/.kitchin imports must not change the comparison
  const env = { ...process.env, KITCHIN_HOME: join(REPO, "node_modules", ".kitchin-test-home-empty") };
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(REPO, "apps", "cli", "src", "main.ts"), ...args, "--format", "json"],
    { cwd: REPO, encoding: "utf8", env },
  );
  return JSON.parse(out);
}

function shipped(id: string) {
  const e = findEntry(id);
  return parseCuratedCsv(readFileSync(join(DATA, e.file), "utf8"), e);
}

/**
 * Deep equality with numbers compared to 1e-12 relative: Chromium's and Node's V8 may round
 * `Math.pow`/`Math.log` differently in the last bit.
 */
function expectClose(got: unknown, want: unknown): void {
  if (typeof want === "number" && typeof got === "number") {
    expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  } else if (Array.isArray(want) && Array.isArray(got)) {
    expect(got.length).toBe(want.length);
    want.forEach((w, i) => expectClose(got[i], w));
  } else expect(got).toEqual(want);
}

/** Two (month, value, flags) tables on the union of their months, blanks where a series has none. */
function unionRows(a: unknown[][], b: unknown[][]) {
  const months = [...new Set([...a, ...b].map((r) => r[0] as string))].sort();
  const ma = new Map(a.map((r) => [r[0], r[1]]));
  const mb = new Map(b.map((r) => [r[0], r[1]]));
  return { months, a: months.map((m) => ma.get(m) ?? ""), b: months.map((m) => mb.get(m) ?? "") };
}

describe("functions.html in Chromium with the real Custom Functions runtime", () => {
  it("associates every function listed in functions.json, and nothing else", async () => {
    const ids = await associatedIds(rt.page);
    expect(ids.sort()).toEqual(meta.functions.map((f) => f.id).sort());
    expect(meta.functions.map((f) => f.id)).toEqual(
      expect.arrayContaining(["PHASE", "LEAD", "SYNC", "SECTORS", "DECOMPOSE"]),
    );
    expect(meta.functions).toHaveLength(16);
    expect(rt.log.filter((l) => l.startsWith("pageerror"))).toEqual([]);
  });

  // First of the calls below: no CYCLE.DATA has run in this page yet.
  it("PHASE gives the same rows before and after CYCLE.DATA returned the same ranges (no memory of other cells)", async () => {
    const asData = (id: string) => {
      const s = shipped(id);
      const v = analysisView(s).values;
      return Array.from(v, (x, i) => [formatMonth(s.start + i), Number.isFinite(x) ? x : ""]);
    };
    const r = unionRows(asData("cn.demand_yoy"), asData("cn.inventory_yoy"));
    const phaseOf = async (opts: string) =>
      value(await call(rt.page, "PHASE", col(r.months), col(r.a as number[]), col(r.b as number[]), opts));
    const before = await phaseOf("mode=as-of; format=id");
    const beforeOf = await phaseOf("mode=as-of; lagOf=cn.inventory_yoy; format=id");
    const d = unionRows(
      value(await call(rt.page, "DATA", "cn.demand_yoy", null, null)),
      value(await call(rt.page, "DATA", "cn.inventory_yoy", null, null)),
    );
    expect(d).toEqual(r); // DATA returned exactly these ranges
    expect(await phaseOf("mode=as-of; format=id")).toEqual(before);
    expect(await phaseOf("mode=as-of; lagOf=cn.inventory_yoy; format=id")).toEqual(beforeOf);
    expect(beforeOf).not.toEqual(before); // the catalog's lag matters, when the call names it
    expect(
      await call(
        rt.page,
        "PHASE",
        col(r.months),
        col(r.a as number[]),
        col(r.b as number[]),
        "mode=as-of; lagOf=cn.nothing",
      ),
    ).toMatchObject({
      error: { code: "#VALUE!", message: expect.stringMatching(/option lagOf=cn\.nothing: unknown series id/) },
    });
  });

  it("SERIES lists the catalog; DATA fetches the shipped files over HTTP", async () => {
    const list = value(await call(rt.page, "SERIES"));
    expect(list.slice(1).map((r) => r[0])).toEqual(catalog.map((e) => e.id));
    const d = value(await call(rt.page, "DATA", "cn.inventory_yoy", null, null));
    const s = shipped("cn.inventory_yoy");
    expect(d.map((r) => r[0])).toEqual(Array.from(s.values, (_, i) => formatMonth(s.start + i)));
    expect(d.map((r) => r[1])).toEqual(
      Array.from(s.values, (v, i) => (Number.isFinite(v) && !(s.flags[i] & FLAG_ANOMALY) ? v : "")),
    );
    const cut = value(await call(rt.page, "DATA", "us.spx", "2020-01", "2020-12"));
    expect(cut).toHaveLength(12);
    expect(await call(rt.page, "DATA", "cn.nothing", null, null)).toMatchObject({
      error: { code: "#N/A", real: true, message: expect.stringMatching(/unknown series id "cn.nothing"/) },
    });
  });

  describe("on China's shipped series (cn.demand_yoy × cn.inventory_yoy)", () => {
    let rows: { months: string[]; a: unknown[]; b: unknown[] };
    beforeAll(async () => {
      rows = unionRows(
        value(await call(rt.page, "DATA", "cn.demand_yoy", null, null)),
        value(await call(rt.page, "DATA", "cn.inventory_yoy", null, null)),
      );
    });

    it("PHASE equals `kitchin phase --dataset cn` (ex-post)", async () => {
      const cli = kitchin("phase", "--dataset", "cn");
      const byMonth = new Map<string, string>(
        cli.phases.map((p: { date: string; phase: string | null }) => [p.date, p.phase ?? "unknown"]),
      );
      expect(cli.phases.map((p: { date: string }) => p.date)).toEqual(rows.months);
      const out = value(
        await call(rt.page, "PHASE", col(rows.months), col(rows.a as number[]), col(rows.b as number[]), "format=id"),
      );
      expect(out.map((r) => r[0])).toEqual(rows.months.map((m) => byMonth.get(m)));
      expect(new Set(out.map((r) => r[0])).size).toBe(5);
      const zh = value(
        await call(rt.page, "PHASE", col(rows.months), col(rows.a as number[]), col(rows.b as number[]), "lang=zh"),
      );
      expect(zh.find((r) => r[0] !== "未知")?.[0]).toMatch(/^(被动去库|主动补库|被动补库|主动去库)$/);
    });

    it("PHASE on newest-first rows (Wind's native order) answers newest first, row for row the oldest-first answer", async () => {
      const asc = value(
        await call(rt.page, "PHASE", col(rows.months), col(rows.a as number[]), col(rows.b as number[]), "format=id"),
      );
      const rev = <T>(x: T[]) => x.slice().reverse();
      const desc = value(
        await call(
          rt.page,
          "PHASE",
          col(rev(rows.months)),
          col(rev(rows.a) as number[]),
          col(rev(rows.b) as number[]),
          "format=id",
        ),
      );
      expect(desc.map((r) => r[0])).toEqual(rev(asc.map((r) => r[0])));
      const asOf = value(
        await call(
          rt.page,
          "PHASE",
          col(rows.months),
          col(rows.a as number[]),
          col(rows.b as number[]),
          "mode=as-of; lag=1; format=id",
        ),
      );
      const asOfDesc = value(
        await call(
          rt.page,
          "PHASE",
          col(rev(rows.months)),
          col(rev(rows.a) as number[]),
          col(rev(rows.b) as number[]),
          "mode=as-of; lag=1; format=id",
        ),
      );
      expect(asOfDesc.map((r) => r[0])).toEqual(rev(asOf.map((r) => r[0])));
    });

    it("OUTLOOK on CYCLE.DATA's ranges gives `kitchin outlook --dataset cn`'s call, persistence and odds (issue 19)", async () => {
      const cli = kitchin("outlook", "--dataset", "cn");
      const out = value(
        await call(
          rt.page,
          "OUTLOOK",
          col(rows.months),
          col(rows.a as number[]),
          col(rows.b as number[]),
          null,
          "demandLagOf=cn.demand_yoy; inventoryLagOf=cn.inventory_yoy",
        ),
      );
      const find = (label: string) => out.find((r) => r[0] === label)!;
      expect(find("as of")[1]).toBe(cli.asOf);
      expect(find("phase")[2]).toBe(cli.phase);
      expect(find("phase")[4]).toBe(cli.monthsInPhase);
      expect(find("persistence, real-time")[2]).toBe(cli.persistence.realTime.episodes);
      expect(find("persistence, real-time")[6]).toBe(cli.persistence.realTime.shareLonger);
      for (const o of cli.odds) expect(find(`within ${o.horizon}m`)[4]).toBe(o.skill);
    });

    it("PHASE as-of on CYCLE.DATA's ranges with demandLagOf/inventoryLagOf equals `kitchin phase --dataset cn --mode as-of`", async () => {
      const cli = kitchin("phase", "--dataset", "cn", "--mode", "as-of");
      const byMonth = new Map<string, string>(
        cli.phases.map((p: { date: string; phase: string | null }) => [p.date, p.phase ?? "unknown"]),
      );
      const out = value(
        await call(
          rt.page,
          "PHASE",
          col(rows.months),
          col(rows.a as number[]),
          col(rows.b as number[]),
          "mode=as-of; demandLagOf=cn.demand_yoy; inventoryLagOf=cn.inventory_yoy; format=id",
        ),
      );
      expect(out.map((r) => r[0])).toEqual(rows.months.map((m) => byMonth.get(m) ?? "unknown"));
      // the same with the lags spelled out as numbers
      const lags = `demandLag=${findEntry("cn.demand_yoy").lag}; inventoryLag=${findEntry("cn.inventory_yoy").lag}`;
      expect(
        value(
          await call(
            rt.page,
            "PHASE",
            col(rows.months),
            col(rows.a as number[]),
            col(rows.b as number[]),
            `mode=as-of; ${lags}; format=id`,
          ),
        ),
      ).toEqual(out);
      const noLag = value(
        await call(
          rt.page,
          "PHASE",
          col(rows.months),
          col(rows.a as number[]),
          col(rows.b as number[]),
          "mode=as-of; lag=0; format=id",
        ),
      );
      const lastKnown = (x: unknown[][]) => {
        let i = x.length - 1;
        while (i >= 0 && x[i][0] === "unknown") i--;
        return i;
      };
      expect(lastKnown(out)).toBeGreaterThan(lastKnown(noLag)); // with the lags each phase is known later
      // "now": the add-in's last known row is the CLI's asOf, with the same phase and months in phase
      const ids = out.map((r) => r[0] as string);
      let last = ids.length - 1;
      while (last >= 0 && ids[last] === "unknown") last--;
      let k = last;
      while (k > 0 && ids[k - 1] === ids[last]) k--;
      expect(rows.months[last]).toBe(cli.current.asOf);
      expect(ids[last]).toBe(cli.current.phase);
      expect(last - k + 1).toBe(cli.current.monthsInPhase);
    });

    it("CYCLES equals `kitchin cycles --dataset cn`, the published troughs from 2000-05", async () => {
      const cli = kitchin("cycles", "--dataset", "cn");
      const out = value(
        await call(rt.page, "CYCLES", col(rows.months), col(rows.a as number[]), col(rows.b as number[]), null),
      );
      const body = out.slice(1).filter((r) => r[0] !== "current");
      expect(body.map((r) => r.slice(1))).toEqual(
        cli.cycles.map((c: Record<string, string | number>) => [
          c.startTrough,
          c.peak,
          c.endTrough,
          c.months,
          c.restockMonths,
          c.destockMonths,
          c.activeRestockMonths,
          c.passiveRestockMonths,
          c.activeDestockMonths,
          c.passiveDestockMonths,
        ]),
      );
      expect(body[0][1]).toBe("2000-05");
      expect(out[out.length - 1][0]).toBe("current");
      expect(out[out.length - 1][1]).toBe(cli.current.cycle.startTrough);
      expect(out[out.length - 1][4]).toBe(cli.current.cycle.months);
    });

    it("TURNS equals `kitchin turns --dataset cn` (China's inventory YoY)", async () => {
      const cli = kitchin("turns", "--dataset", "cn");
      const out = value(await call(rt.page, "TURNS", col(rows.months), col(rows.b as number[]), null));
      expect(out.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual(
        cli.turns.map((t: { date: string; type: string; value: number }) => [t.date, t.type, t.value]),
      );
    });

    it("STATE equals the core's states of China's inventory series", async () => {
      const inv = rows.b.map((v) => (v === "" ? NaN : (v as number)));
      const out = value(await call(rt.page, "STATE", col(rows.months), col(rows.b as number[]), "format=code"));
      const t = turns(inv, {}, "monthly");
      expect(out[t[1].index][0]).toBe(t[0].type === "trough" ? 1 : -1);
      expect(out[t[0].index][0]).toBe(0);
      expect(out.every((r) => [1, -1, 0].includes(r[0] as number))).toBe(true);
    });
  });

  describe("macro analytics on the shipped data", () => {
    /** A shipped series as CYCLE.DATA gives it, on the union of months with another. */
    async function pair(a: string, b: string) {
      return unionRows(
        value(await call(rt.page, "DATA", a, null, null)),
        value(await call(rt.page, "DATA", b, null, null)),
      );
    }

    it("LEAD equals `kitchin lead --dataset cn` for PPI, M1, M2 and demand against China's inventory", async () => {
      const cli = kitchin("lead", "--dataset", "cn");
      for (const id of ["cn.ppi_yoy", "cn.m1_yoy", "cn.m2_yoy", "cn.demand_yoy"]) {
        const want = cli.rows.find((r: { indicator: string }) => r.indicator === id);
        const rows = await pair(id, "cn.inventory_yoy");
        const out = value(
          await call(
            rt.page,
            "LEAD",
            col(rows.months),
            col(rows.a as number[]),
            col(rows.b as number[]),
            "detail=true",
          ),
        );
        const blank = (x: number | null) => (x === null ? "" : x);
        expectClose(out[1], [
          want.matched,
          want.missed,
          want.extra,
          blank(want.meanLead),
          blank(want.medianLead),
          blank(want.minLead),
          blank(want.maxLead),
          want.bestLag,
          want.bestCorr,
        ]);
        const d = cli.details.find((x: { indicator: string }) => x.indicator === id);
        expect(
          out
            .slice(3)
            .filter((r) => r[0] === "matched")
            .map((r) => [r[2], r[1], r[3], r[4]]),
        ).toEqual(d.matches.map((m: Record<string, unknown>) => [m.target, m.type, m.indicator, m.lead]));
      }
      expect(cli.rows.find((r: { indicator: string }) => r.indicator === "cn.ppi_yoy").matched).toBeGreaterThan(10);
    });

    it("SYNC equals `kitchin sync --a cn --b us`: shares from CYCLE.STATE's inventory states, the phase table from the phases", async () => {
      const cli = kitchin("sync", "--a", "cn", "--b", "us");
      const inv = await pair("cn.inventory_yoy", "us.inventory_yoy");
      const stateA = value(
        await call(rt.page, "STATE", col(inv.months), col(inv.a as number[]), "preset=inventory; format=code"),
      );
      const stateB = value(
        await call(rt.page, "STATE", col(inv.months), col(inv.b as number[]), "preset=inventory; format=code"),
      );
      const states = value(await call(rt.page, "SYNC", stateA, stateB, null));
      expect(states.map((r) => r[1]).slice(1, 7)).toEqual([
        cli.months,
        cli.counts.inStep,
        cli.counts.coRestock,
        cli.counts.coDestock,
        cli.counts.aRestockBDestock,
        cli.counts.aDestockBRestock,
      ]);
      expectClose(states.map((r) => r[2]).slice(2, 9), [
        cli.inStep,
        cli.coRestock,
        cli.coDestock,
        cli.aRestockBDestock,
        cli.aDestockBRestock,
        cli.concordance,
        cli.concordanceIfIndependent,
      ]);
      const cn = kitchin("phase", "--dataset", "cn"),
        us = kitchin("phase", "--dataset", "us");
      type P = { date: string; phase: string | null };
      const usBy = new Map<string, P>(us.phases.map((p: P) => [p.date, p]));
      const common: P[] = cn.phases.filter((p: P) => usBy.has(p.date));
      const phases = value(
        await call(
          rt.page,
          "SYNC",
          col(common.map((p) => p.phase ?? "unknown")),
          col(common.map((p) => usBy.get(p.date)!.phase ?? "unknown")),
          "lang=zh",
        ),
      );
      expect(phases.slice(-4).map((r) => r.slice(1))).toEqual(cli.phaseTable.counts);
    });

    it("SECTORS equals `kitchin sectors --file apps/cli/examples/sectors-census-mtis.csv`, with weight shares and with at=2008-12 as --at 2008-12", async () => {
      const file = join(REPO, "apps", "cli", "examples", "sectors-census-mtis.csv");
      const cli = kitchin("sectors", "--file", file);
      const rows = readFileSync(file, "utf8")
        .trim()
        .split(/\r?\n/)
        .map((l, i) => l.split(",").map((c) => (i > 0 && c !== "" && Number.isFinite(Number(c)) ? Number(c) : c)));
      const out = value(await call(rt.page, "SECTORS", rows, null));
      type S = {
        name: string;
        phase: string | null;
        monthsInPhase: number;
        inventoryState: string | null;
        monthsInState: number;
        lastMonth: string;
        weightShare: number | null;
      };
      const latest = (x: S[]) =>
        x.map((s) => [s.name, s.lastMonth, "unknown", "", s.inventoryState, s.monthsInState, s.weightShare ?? ""]);
      expectClose(out.slice(1, 1 + cli.sectors.length), latest(cli.sectors));
      expect(out[out.length - 1][0]).toBe("note"); // Census sectors have no sales
      // at=YYYY-MM is `kitchin sectors --at`: the panel on data up to that month.
      const at = kitchin("sectors", "--file", file, "--at", "2008-12");
      const atOut = value(await call(rt.page, "SECTORS", rows, "at=2008-12"));
      expectClose(atOut.slice(1, 1 + at.sectors.length), latest(at.sectors));
      expect(atOut[1][1]).toBe("2008-12");
      const atHistory = value(await call(rt.page, "SECTORS", rows, "at=2008-12; history=true"));
      expect(atHistory.slice(1).map((r) => [r[0], r[10], r[11]])).toEqual(
        at.months.map((m: { month: string; restocking: number; knownState: number }) => [
          m.month,
          m.restocking,
          m.knownState,
        ]),
      );
      const history = value(await call(rt.page, "SECTORS", rows, "history=true"));
      type M = {
        month: string;
        counts: number[];
        restocking: number;
        knownState: number;
        restockingWeightShare: number | null;
      };
      expect(history.slice(1).map((r) => [r[0], r.slice(1, 5), r[10], r[11]])).toEqual(
        cli.months.map((m: M) => [m.month, m.counts, m.restocking, m.knownState]),
      );
      expectClose(
        history.slice(1).map((r) => r[12]),
        cli.months.map((m: M) => m.restockingWeightShare ?? ""),
      );
    });
  });

  describe("SECTORS on shipped industry groups (issue 25)", () => {
    type I = {
      name: string;
      nameZh: string;
      phase: string;
      monthsInPhase: number;
      inventoryState: string;
      monthsInState: number;
      weight: number | null;
    };
    const PH: Record<string, string> = {
      "passive-destock": "Passive destocking",
      "active-restock": "Active restocking",
      "passive-restock": "Passive restocking",
      "active-destock": "Active destocking",
    };
    const rowsOf = (g: { month: string; industries: I[] }) =>
      g.industries.map((x) => [
        x.name,
        g.month,
        PH[x.phase] ?? "unknown",
        x.phase === "unknown" ? "" : x.monthsInPhase,
        x.inventoryState === "unknown" ? "unknown" : x.inventoryState,
        x.inventoryState === "unknown" ? "" : x.monthsInState,
        x.weight ?? "",
      ]);

    it('"us.wholesale" with at=2024-01 equals `kitchin sectors --dataset us --group wholesale --at 2024-01` (a text argument arrives as a 1×1 range)', async () => {
      const cli = kitchin("sectors", "--dataset", "us", "--group", "wholesale", "--at", "2024-01");
      const out = value(await call(rt.page, "SECTORS", [["us.wholesale"]], "at=2024-01"));
      expect(out[0]).toEqual([
        "sector",
        "month",
        "phase",
        "months in phase",
        "inventory",
        "months in state",
        "weight share",
      ]);
      expect(out).toHaveLength(1 + 19);
      expectClose(out.slice(1), rowsOf(cli.groups[0]));
      const plain = value(await call(rt.page, "SECTORS", "us.wholesale", "at=2024-01"));
      expect(plain).toEqual(out);
    });

    it('"cn.manufacturing": China\'s 24 manufacturing industries, real, inventory state only (a note says so); lang=zh names; history', async () => {
      const cli = kitchin("sectors", "--dataset", "cn", "--group", "manufacturing");
      const out = value(await call(rt.page, "SECTORS", [["cn.manufacturing"]], null));
      expectClose(out.slice(1, 25), rowsOf(cli.groups[0]));
      expect(out[25][0]).toBe("note");
      const zh = value(await call(rt.page, "SECTORS", [["cn.manufacturing"]], "lang=zh"));
      expect(zh[1][0]).toBe(cli.groups[0].industries[0].nameZh);
      const nominal = kitchin("sectors", "--dataset", "cn", "--group", "manufacturing", "--nominal");
      expectClose(
        value(await call(rt.page, "SECTORS", [["cn.manufacturing"]], "nominal=true")).slice(1, 25),
        rowsOf(nominal.groups[0]),
      );
      const history = value(await call(rt.page, "SECTORS", [["us.retail"]], "history=true; at=2024-01"));
      const retail = kitchin("sectors", "--dataset", "us", "--group", "retail", "--at", "2024-01").groups[0];
      const byMonth = new Map(
        retail.breadth.map((b: { month: string; restocking: number; known: number }) => [
          b.month,
          [b.restocking, b.known],
        ]),
      );
      expect(history[history.length - 1][0]).toBe("2024-01");
      for (const r of history.slice(1)) expect([r[10], r[11]]).toEqual(byMonth.get(r[0] as string));
    });

    it("an unknown group id is #N/A with the groups to try", async () => {
      expect(await call(rt.page, "SECTORS", [["us.mining"]], null)).toMatchObject({
        error: {
          code: "#N/A",
          real: true,
          message: expect.stringMatching(
            /"us.mining" is not a shipped industry group; try us.manufacturing, us.wholesale, us.retail/,
          ),
        },
      });
    });
  });

  describe("DECOMPOSE equals `kitchin decompose` on the shipped series", () => {
    type Row = {
      month: string;
      inventory: number;
      valueAdded: number;
      price: number;
      ratio: number;
      explained: number;
      residual: number;
      realExact: number;
      realDifference: number;
    };
    /**
     * Ranges on the inventory's months (as decomposeSeries puts every input), from CYCLE.DATA (and CYCLE.YOY for
     * levels).
     */
    async function ranges(inventory: string, others: (string | { levels: string })[]) {
      const inv = value(await call(rt.page, "DATA", inventory, null, null));
      const months = inv.map((r) => r[0] as string);
      const cols: unknown[][] = [inv.map((r) => r[1])];
      for (const o of others) {
        let rows: unknown[][];
        if (typeof o === "string") rows = value(await call(rt.page, "DATA", o, null, null));
        else {
          const levels = value(await call(rt.page, "DATA", o.levels, null, null));
          const g = value(
            await call(
              rt.page,
              "YOY",
              col(levels.map((r) => r[0] as string)),
              col(levels.map((r) => r[1] as number)),
              null,
            ),
          );
          rows = levels.map((r, i) => [r[0], g[i][0]]);
        }
        const by = new Map(rows.map((r) => [r[0], r[1]]));
        cols.push(months.map((m) => by.get(m) ?? ""));
      }
      return { months, cols: cols.map((c) => col(c as number[])) };
    }
    /** The CLI lists the months where every term is known; the add-in keeps every row, blank where one is missing. */
    function known(out: unknown[][], months: string[]) {
      return out
        .slice(1)
        .map((r, i) => [months[i], ...r])
        .filter((r) => r[6] !== "");
    }
    const terms = (r: Row) => [
      r.month,
      r.inventory,
      r.valueAdded,
      r.price,
      r.ratio,
      r.explained,
      r.residual,
      r.realExact,
      r.realDifference,
    ];

    it("China (cn.inventory_yoy ≈ cn.iva_cum_yoy + cn.ppi_yoy + ratio from cn.revenue_yoy): percent and log forms", async () => {
      const { months, cols } = await ranges("cn.inventory_yoy", ["cn.iva_cum_yoy", "cn.ppi_yoy", "cn.revenue_yoy"]);
      for (const form of ["additive", "log"]) {
        const cli = kitchin("decompose", "--dataset", "cn", "--form", form);
        const out = value(
          await call(rt.page, "DECOMPOSE", col(months), ...cols, `sales=true; real=true; form=${form}`),
        );
        expect(out).toHaveLength(months.length + 1);
        expect(out[0]).toEqual([
          "inventory",
          "value added",
          "price",
          "ratio",
          "explained",
          "residual",
          "real (exact)",
          "real (difference)",
        ]);
        expectClose(known(out, months), cli.rows.map(terms));
        // runs to the earliest last month of its inputs (value added, since revenue reaches 2026-05 in the newer batch)
        const ends = ["cn.inventory_yoy", "cn.iva_cum_yoy", "cn.ppi_yoy", "cn.revenue_yoy"]
          .map((id) => findEntry(id).end)
          .sort();
        expect(cli.rows.at(-1).month).toBe(ends[0]);
      }
    });

    it("the US (industrial production YoY via CYCLE.YOY, PPI, ratio from total business sales), 2000–2019", async () => {
      const cli = kitchin("decompose", "--dataset", "us", "--from", "2000-01", "--to", "2019-12");
      const { months, cols } = await ranges("us.inventory_yoy", [
        { levels: "us.indpro" },
        "us.ppi_yoy",
        "us.sales_yoy",
      ]);
      const out = value(await call(rt.page, "DECOMPOSE", col(months), ...cols, "sales=true; real=true"));
      expectClose(
        known(out, months).filter((r) => (r[0] as string) >= "2000-01" && (r[0] as string) <= "2019-12"),
        cli.rows.map(terms),
      );
      expect(cli.rows).toHaveLength(240);
    });
  });

  it("YOY and MONTHLYYOY agree with the core on shipped levels and NBS year-to-date data", async () => {
    const spx = shipped("us.spx");
    const y = value(
      await call(
        rt.page,
        "YOY",
        col(Array.from(spx.values, (_, i) => formatMonth(spx.start + i))),
        col(Array.from(spx.values)),
        null,
      ),
    );
    expect(y.map((r) => r[0])).toEqual(Array.from(yoy(spx.values), (v) => (Number.isFinite(v) ? v : "")));
    // cn.iva_cum_yoy is a year-to-date growth; pair it with a synthetic YTD level on the same months.
    const g = shipped("cn.iva_cum_yoy");
    const months = Array.from(g.values, (_, i) => formatMonth(g.start + i)).slice(-36);
    const growth = Array.from(g.values).slice(-36);
    const level = months.map((m) => 100 * +m.slice(5));
    const out = value(
      await call(rt.page, "MONTHLYYOY", col(months), col(level), col(growth.map((v) => (Number.isFinite(v) ? v : "")))),
    );
    const want = monthlyFromCumulative(parseMonth(months[0]), level, growth).yoy;
    expect(out.map((r) => r[0])).toEqual(Array.from(want, (v) => (Number.isFinite(v) ? v : "")));
  });

  it("SCORE and BACKTEST equal the backtester on China's as-of phases and shipped asset prices", async () => {
    const assets = ["cn.csi300", "cn.cgb10y_tr", "cn.nanhua"].filter((id) => catalog.some((e) => e.id === id));
    expect(assets.length).toBeGreaterThanOrEqual(2);
    const cli = kitchin("phase", "--dataset", "cn", "--mode", "as-of");
    const series = assets.map(shipped);
    const from = Math.max(
      parseMonth(cli.phases[0].date),
      ...series.map((s) => s.start + s.values.findIndex(Number.isFinite)),
    );
    const to = Math.min(
      parseMonth(cli.phases[cli.phases.length - 1].date),
      ...series.map((s) => s.start + s.values.length - 1),
    );
    const T = to - from + 1;
    const phases = Array.from(
      { length: T },
      (_, t) => cli.phases.find((p: { date: string }) => p.date === formatMonth(from + t))?.phase ?? "unknown",
    );
    const prices = Array.from({ length: T }, (_, t) => series.map((s) => s.values[from + t - s.start]));
    const flat = new Float64Array(assets.length * T);
    prices.forEach((r, t) => r.forEach((v, a) => (flat[a * T + t] = v)));
    const codes = Int8Array.from(phases, (p) =>
      ["passive-destock", "active-restock", "passive-restock", "active-destock"].indexOf(p),
    );

    const dates = Array.from({ length: T }, (_, t) => formatMonth(from + t));
    const sc = value(
      await call(
        rt.page,
        "SCORE",
        col(dates),
        col(phases),
        prices,
        [assets],
        "mode=as-of; seed=3; bootstrap=100; permutations=99",
      ),
    );
    const want = scoreRows(
      scorePhases(pricePanel(assets, from, T, flat.slice()), codes, { seed: 3, bootstrap: 100, permutations: 99 }),
    );
    expectClose(
      sc.slice(1, 1 + want.length).map((r) => [r[1], r[2], r[3], r[5], r[8]]),
      want.map((r) => [r.asset, r.score, r.episodes, r.meanEpisodeReturn ?? "", r.pValue ?? ""]),
    );

    const bt = value(
      await call(
        rt.page,
        "BACKTEST",
        col(["date", ...dates]),
        col(["phase", ...phases]),
        [assets, ...prices],
        "mode=as-of",
      ),
    );
    const m = market(pricePanel(assets, from, T, flat.slice()));
    const rows = compare([
      runStrategy(topKRotation({ timeline: { mode: "as-of", start: from, codes }, topK: 1, cost: 10 }), m),
      runStrategy(equalWeight("equal-weight", 10), m),
    ]).rows;
    expectClose(
      bt.slice(1, 1 + rows.length).map((r) => [r[0], r[2], r[3], r[4], r[8]]),
      rows.map((r) => [r.strategy, r.months, r.totalReturn, r.cagr, r.maxDrawdown]),
    );
  });

  it("errors are the runtime's CustomFunctions.Error with the core's message", async () => {
    const d3 = col(["2020-01", "2020-02", "2020-03"]);
    const r = await call(rt.page, "PHASE", d3, col([1, 2, 3]), col([1, 2]), null);
    expect(r).toEqual({
      error: { code: "#VALUE!", message: "dates and inventory ranges differ in length: 3 vs 2", real: true },
    });
    const t = await call(rt.page, "STATE", d3, col(["1", 2, "x"]), null);
    expect(t).toEqual({
      error: { code: "#VALUE!", message: 'row 3, column "values": "x" is not a number', real: true },
    });
    const hex = await call(rt.page, "STATE", d3, col([1, "0x10", 3]), null);
    expect(hex).toMatchObject({
      error: {
        code: "#VALUE!",
        message: expect.stringMatching(/row 2, column "values": "0x10" is not a number \(hexadecimal/),
        real: true,
      },
    });
    const ragged = await call(rt.page, "STATE", d3, [[1], [2, 9], [3]], null);
    expect(ragged).toMatchObject({
      error: { code: "#VALUE!", message: "values is ragged: row 2 has 2 cells, row 1 has 1", real: true },
    });
    const o = await call(rt.page, "TURNS", d3, col([1, 2, 3]), "window=a");
    expect(o).toMatchObject({
      error: { code: "#VALUE!", message: expect.stringMatching(/window=a must be a whole number/), real: true },
    });
  });
});
