/**
 * CYCLE.CONTRIB in headless Chromium with Microsoft's real custom-functions-runtime.js gives the
 * numbers `kitchin contrib` gives (the CLI run as a child process) on the same data: the Census
 * total business inventories and its manufacturing / wholesale / retail sectors shipped in
 * @kitchin/datasets, fetched in the page with CYCLE.DATA as a user would.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST, call, openRuntime, type CallResult, type Runtime } from "./harness.ts";
import { col } from "./helpers.ts";

const REPO = join(DIST, "..", "..", "..");
const SECTORS = ["manufacturing", "wholesale", "retail"] as const;

let rt: Runtime;
beforeAll(async () => {
  rt = await openRuntime();
});
afterAll(async () => {
  await rt?.close();
});

function value(r: CallResult): unknown[][] {
  if ("error" in r) throw new Error(`${r.error.code} ${r.error.message}`);
  return r.value as unknown[][];
}

function kitchin(...args: string[]): any {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join(REPO, "apps", "cli", "src", "main.ts"), ...args, "--format", "json"],
    { cwd: REPO, encoding: "utf8" },
  );
  return JSON.parse(out);
}

/** Relative 1e-12: Chromium's and Node's V8 agree on + − × ÷, but keep the margin the other browser tests use. */
function close(got: unknown, want: unknown): void {
  if (want === null) expect(got).toBe("");
  else if (typeof want === "number")
    expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
  else expect(got).toEqual(want);
}

/** The CLI's JSON as the table CYCLE.CONTRIB spills: rows, then the window row. */
function asTable(j: any, names: string[], shares = false): unknown[][] {
  const line = (first: string, r: any) => [
    first,
    r.totalYoy,
    ...j.components.map((c: string) => r.contributions[c]),
    r.residual,
    ...(shares ? j.components.map((c: string) => r.shares[c]) : []),
  ];
  return [
    ["date", "total YoY", ...names, "residual", ...(shares ? names.map((n) => `share ${n}`) : [])],
    ...j.rows.map((r: any) => line(r.date, r)),
    line(`${j.window.from}…${j.window.to}`, j.window),
  ];
}

describe("CYCLE.CONTRIB = kitchin contrib, in the real runtime", () => {
  let dates: unknown[][], total: unknown[][], block: unknown[][];
  beforeAll(async () => {
    const t = value(await call(rt.page, "DATA", "us.census.total_inventory", null, null));
    const parts = await Promise.all(
      SECTORS.map(async (s) => value(await call(rt.page, "DATA", `us.census.${s}_inventory`, null, null))),
    );
    for (const p of parts) expect(p.map((r) => r[0])).toEqual(t.map((r) => r[0]));
    dates = col(t.map((r) => r[0] as string));
    total = col(t.map((r) => r[1] as number));
    block = [[...SECTORS], ...t.map((_, i) => parts.map((p) => p[i][1]))];
  });

  it("Census sectors, every month 1993-01…2019-06 and the last-12-months window (--dataset us)", async () => {
    const cli = kitchin("contrib", "--dataset", "us");
    const got = value(await call(rt.page, "CONTRIB", dates, total, block, null));
    const want = asTable(cli, [...SECTORS]);
    expect(got).toHaveLength(want.length);
    expect(got.length).toBe(1 + 318 + 1);
    got.forEach((row, i) => row.forEach((c, j) => close(c, want[i][j])));
  });

  it("the 2008–09 destocking with a 6-month window of average levels and shares (from/to/window/aggregate/shares)", async () => {
    const cli = kitchin(
      "contrib",
      "--dataset",
      "us",
      "--from",
      "2008-01",
      "--to",
      "2009-12",
      "--window",
      "6",
      "--aggregate",
      "mean",
    );
    const got = value(
      await call(
        rt.page,
        "CONTRIB",
        dates,
        total,
        block,
        "from=2008-01; to=2009-12; window=6; aggregate=mean; shares=true",
      ),
    );
    const want = asTable(cli, [...SECTORS], true);
    expect(got[got.length - 1][0]).toBe("2009-07…2009-12");
    expect(got).toHaveLength(want.length);
    got.forEach((row, i) => row.forEach((c, j) => close(c, want[i][j])));
  });

  it("a zero base is #VALUE! with the core's message, as the CLI's one line", async () => {
    const z = total.map((r, i) => [i === 5 ? 0 : r[0]]);
    const r = await call(rt.page, "CONTRIB", dates, z, block, null);
    expect(r).toMatchObject({
      error: { code: "#VALUE!", real: true, message: expect.stringMatching(/total is 0 in the year before 1993-06/) },
    });
  });
});
