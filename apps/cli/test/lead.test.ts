import { describe, expect, it } from "vitest";
import { leadTableSection } from "@kitchin/jobs/node";
import { run, runJson, tmpFile } from "./helpers.ts";

/** Triangle wave with troughs at phase + k·period, amplitude 10. */
function triangle(t: number, period: number, phase: number): number {
  const u = (((t - phase) % period) + period) % period;
  const h = period / 2;
  return u <= h ? (10 * u) / h : (10 * (period - u)) / h;
}

/** A monthly CSV from 2000-01 with the named columns. */
function csv(name: string, n: number, cols: Record<string, (t: number) => number>): string {
  const names = Object.keys(cols);
  const lines = [["date", ...names].join(",")];
  for (let t = 0; t < n; t++) {
    const m = 12 * 2000 + t;
    lines.push(
      [
        `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`,
        ...names.map((k) => cols[k](t).toFixed(4)),
      ].join(","),
    );
  }
  return tmpFile(name, lines.join("\n") + "\n");
}

describe("kitchin lead", () => {
  const file = csv("lead.csv", 240, {
    inventory: (t) => triangle(t, 40, 0),
    ppi: (t) => triangle(t, 40, -4), // leads by 4
    "中国:库销比:同比": (t) => 50 - triangle(t, 40, -9), // inverted, leads by 9 (a Wind-style name with colons)
  });

  it("JSON rows with the issue's fields; hand-built leads are recovered exactly", async () => {
    const j = await runJson(
      "lead",
      "--file",
      file,
      "--target",
      "inventory",
      "--indicator",
      "ppi",
      "--indicator",
      "中国:库销比:同比:inv",
      "--min-amplitude",
      "0",
    );
    expect(j.rows).toHaveLength(2);
    for (const r of j.rows) {
      for (const k of [
        "indicator",
        "matched",
        "missed",
        "extra",
        "meanLead",
        "medianLead",
        "minLead",
        "maxLead",
        "bestLag",
        "bestCorr",
      ])
        expect(r).toHaveProperty(k);
    }
    const [ppi, ratio] = j.rows;
    expect(ppi).toMatchObject({
      indicator: "ppi",
      missed: 0,
      extra: 0,
      meanLead: 4,
      medianLead: 4,
      minLead: 4,
      maxLead: 4,
      bestLag: 4,
    });
    expect(ppi.matched).toBeGreaterThanOrEqual(9);
    expect(ppi.bestCorr).toBeCloseTo(1, 6);
    expect(ratio).toMatchObject({
      indicator: "中国:库销比:同比:inv",
      inverted: true,
      medianLead: 9,
      minLead: 9,
      maxLead: 9,
      bestLag: 9,
    });
    expect(ratio.bestCorr).toBeCloseTo(-1, 6);
    expect(j.details[0].matches[0]).toEqual(
      expect.objectContaining({ target: expect.stringMatching(/^\d{4}-\d{2}$/), lead: 4 }),
    );
  });

  it("--indicator takes several names at once", async () => {
    const j = await runJson(
      "lead",
      "--file",
      file,
      "--target",
      "inventory",
      "--min-amplitude",
      "0",
      "--indicator",
      "ppi",
      "中国:库销比:同比:inv",
    );
    expect(j.rows.map((r: any) => r.indicator)).toEqual(["ppi", "中国:库销比:同比:inv"]);
    expect((await run("lead", "--target", "inventory", "ppi")).err).toMatch(/indicators follow --indicator/);
  });

  it("--max-lead narrows the window: a 9-month lead is not matched within 6", async () => {
    const j = await runJson(
      "lead",
      "--file",
      file,
      "--target",
      "inventory",
      "--indicator",
      "中国:库销比:同比:inv",
      "--min-amplitude",
      "0",
      "--max-lead",
      "6",
    );
    expect(j.rows[0].matched).toBe(0);
    expect(j.rows[0].missed).toBeGreaterThan(0);
    expect(j.rows[0].meanLead).toBeNull();
  });

  it("on the shipped data: --dataset cn gives the default table (PPI, M1, M2, M1−M2, demand)", async () => {
    const j = await runJson("lead", "--dataset", "cn");
    expect(j.target).toBe("cn.inventory_yoy");
    expect(j.rows.map((r: any) => r.indicator)).toEqual([
      "cn.ppi_yoy",
      "cn.m1_yoy",
      "cn.m2_yoy",
      "cn.m1_yoy:minus=cn.m2_yoy",
      "cn.demand_yoy",
    ]);
    const ppi = j.rows[0];
    expect(ppi.matched).toBeGreaterThanOrEqual(10);
    expect(ppi.bestLag).toBeGreaterThan(0); // PPI leads inventory (note 003 第4则)
    expect(j.params).toMatchObject({ maxLead: 12, maxLag: 6, maxCorrLag: 24 });
  });

  it("modifiers: :yoy, :amp, :real and a --from/--to window", async () => {
    const j = await runJson(
      "lead",
      "--target",
      "us.inventory_yoy:realdiff=us.ppi_yoy",
      "--indicator",
      "us.isratio:yoy:inv",
      "--indicator",
      "us.cli:amp=0.5",
      "--from",
      "2000-01",
      "--to",
      "2019-12",
    );
    expect(j.rows).toHaveLength(2);
    expect(j.rows[0].inverted).toBe(true);
    expect(j.params).toMatchObject({ from: "2000-01", to: "2019-12" });
    for (const d of j.details)
      for (const m of d.matches) expect(m.target >= "2000-01" && m.target <= "2019-12").toBe(true);
  });

  it("table and csv formats", async () => {
    const t = await run(
      "lead",
      "--file",
      file,
      "--target",
      "inventory",
      "--indicator",
      "ppi",
      "--min-amplitude",
      "0",
      "--details",
    );
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/indicator\s+matched\s+missed\s+extra/);
    expect(t.out).toMatch(/← 2000-\d\d \(\+4\)|← \d{4}-\d\d \(\+4\)/);
    const c = await run(
      "lead",
      "--file",
      file,
      "--target",
      "inventory",
      "--indicator",
      "ppi",
      "--min-amplitude",
      "0",
      "--format",
      "csv",
    );
    expect(c.out.split("\n")[0]).toBe(
      "indicator,inverted,matched,missed,extra,meanLead,medianLead,minLead,maxLead,bestLag,bestCorr",
    );
  });
});

describe("kitchin lead: bad input", () => {
  const flat = csv("flat.csv", 120, { target: () => 5, wave: (t) => triangle(t, 40, 0) });

  it("a target that never turns", async () => {
    const r = await run("lead", "--file", flat, "--target", "target", "--indicator", "wave");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/target has no turning points/);
  });

  it("no common months", async () => {
    const r = await run(
      "lead",
      "--target",
      "cn.inventory_yoy",
      "--indicator",
      "cn.ppi_yoy",
      "--from",
      "1950-01",
      "--to",
      "1950-12",
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no numeric values|share no months|no months/);
  });

  it("misaligned frequencies: a quarterly file", async () => {
    const lines = ["date,a,b"];
    for (let q = 0; q < 60; q++)
      lines.push(
        `${2000 + Math.floor(q / 4)}-${String(3 * (q % 4) + 3).padStart(2, "0")},${triangle(q, 12, 0)},${triangle(q, 12, -1)}`,
      );
    const r = await run("lead", "--file", tmpFile("q.csv", lines.join("\n")), "--target", "a", "--indicator", "b");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/quarterly/);
  });

  it("unknown series, unknown modifier, missing flags", async () => {
    expect((await run("lead", "--target", "cn.nope", "--indicator", "cn.ppi_yoy")).err).toMatch(
      /unknown series id "cn.nope"/,
    );
    expect((await run("lead", "--target", "cn.inventory_yoy", "--indicator", "cn.ppi_yoy:amp=x")).err).toMatch(
      /amp must be a number/,
    );
    const r = await run("lead", "--target", "cn.inventory_yoy");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/at least one --indicator/);
  });
});

describe("report hook", () => {
  it("leadTableSection returns the same table as kitchin lead --dataset", async () => {
    for (const region of ["cn", "us"] as const) {
      const j = await runJson("lead", "--dataset", region);
      const d = leadTableSection(region);
      expect(
        JSON.parse(JSON.stringify(d.rows, (_k, x) => (typeof x === "number" && !Number.isFinite(x) ? null : x))),
      ).toEqual(j.rows);
    }
  });
});
