/**
 * The data folder under concurrent writers and crashes, with real processes of the
 * `kitchin` bin: 20 imports started at once on one KITCHIN_HOME lose nothing (each waits for the
 * lock); a writer killed with SIGKILL at every step of a commit (between the files, before and
 * after the pointer) and at random moments leaves the old or the new state, never a mixture, and
 * the next import finishes the job.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { monthIndex, formatMonth } from "@kitchin/core";
import { currentState, importedIds, readDataFiles, readHistory, readManifest } from "@kitchin/jobs/node";
import { fixture, runEnv } from "./helpers.ts";

const bin = fileURLToPath(new URL("../bin/kitchin.mjs", import.meta.url));
const home = () => mkdtempSync(join(tmpdir(), "kitchin-home-"));
const baseEnv = (h: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  KITCHIN_HOME: h,
  KITCHIN_TODAY: "2026-11",
  KITCHIN_LOCK_TIMEOUT_MS: "300000",
  ...extra,
});

/** Runs the bin; resolves with its exit code or the signal that ended it. */
function cli(
  h: string,
  argv: string[],
  extra: Record<string, string> = {},
  killAfterMs?: number,
): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [bin, ...argv], { env: baseEnv(h, extra), stdio: ["ignore", "pipe", "pipe"] });
    let out = "",
      err = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      err += d;
    });
    if (killAfterMs !== undefined) setTimeout(() => p.kill("SIGKILL"), killAfterMs);
    p.on("close", (code, signal) => done({ code, signal, out, err }));
  });
}

function dataFiles(h: string): Record<string, string> {
  const f = readDataFiles(currentState(h));
  const out: Record<string, string> = {};
  for (const [id, b] of f.series) out[`series/${id}.csv`] = b.toString("latin1");
  if (f.manifest) out["imports.json"] = f.manifest.toString("latin1");
  return out;
}

/**
 * A consistent folder: CURRENT names a complete generation whose manifest and series files agree and whose history ends
 * with it.
 */
function consistent(h: string): void {
  const s = currentState(h);
  const ids = importedIds(h, s);
  expect(Object.keys(readManifest(h, s)).sort()).toEqual(ids);
  const hist = readHistory(h, s);
  if (s.generation) expect(hist.at(-1)!.generation).toBe(s.generation);
}

async function inProcess(h: string, ...argv: string[]) {
  const r = await runEnv({ KITCHIN_HOME: h, KITCHIN_TODAY: "2026-11" }, ...argv);
  expect(r.code, r.err).toBe(0);
}

beforeAll(() => {
  // builds the bundle once if a source changed, before processes race to do it
  expect(spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" }).stdout).toBe("kitchin 0.1.0\n");
});

describe("concurrent imports", () => {
  it("20 imports started at once on one folder, twice over: every month of every file is there, 40 change sets in order", async () => {
    const h = home();
    const dir = mkdtempSync(join(tmpdir(), "kitchin-many-"));
    const first = monthIndex(2027, 1);
    const expected = new Map<string, string>();
    for (const round of [0, 1]) {
      const files = Array.from({ length: 20 }, (_, k) => {
        const m = formatMonth(first + round * 20 + k);
        const f = join(dir, `r${round}-${k}.csv`);
        const v = (10 + k / 10 + round).toFixed(1);
        writeFileSync(f, `月份,营业收入累计增长(%)\n${m},${v}\n`);
        expected.set(m, String(Number(v)));
        return f;
      });
      const runs = await Promise.all(files.map((f) => cli(h, ["data", "import", f, "--format", "json"])));
      for (const r of runs) expect(r.code, r.err).toBe(0);
      consistent(h);
    }
    const s = currentState(h);
    expect(s.generation).toBe("g000040");
    expect(readHistory(h, s).map((e) => e.n)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const rows = new Map(
      readDataFiles(s)
        .series.get("cn.revenue_yoy")!
        .toString("utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","))
        .filter((c) => c[1] !== "")
        .map((c) => [c[0], c[1]]),
    );
    expect(rows).toEqual(expected);
    // demand follows revenue in every one of those months
    const demand = readDataFiles(s).series.get("cn.demand_yoy")!.toString("utf8");
    for (const [m, v] of expected) expect(demand).toContain(`${m},${v},`);
  }, 600_000);
});

describe("a writer killed with SIGKILL", () => {
  const STEPS = ["file-1", "file-2", "manifest", "history", "generation", "pointer", "committed"];

  it("at every step of a commit leaves the old state (or, once the pointer is replaced, the new one); the next import completes", async () => {
    const money = fixture("nbs/money_supply_gbk.csv");
    const ref = home();
    await inProcess(ref, "data", "import", fixture("import/fred_BUSINV.csv"));
    await inProcess(ref, "data", "import", money, "--accept-revisions");
    const after = dataFiles(ref);
    for (const step of STEPS) {
      const h = home();
      await inProcess(h, "data", "import", fixture("import/fred_BUSINV.csv"));
      const before = dataFiles(h);
      const r = await cli(h, ["data", "import", money, "--accept-revisions"], { KITCHIN_CRASH_AT: step });
      expect(r.signal, `${step}: ${r.err}`).toBe("SIGKILL");
      consistent(h);
      expect(dataFiles(h), step).toEqual(step === "committed" ? after : before);
      // the lock of the dead writer is stale: the next import breaks it and cleans its leftovers
      const again = await cli(h, ["data", "import", money, "--accept-revisions"]);
      expect(again.code, again.err).toBe(0);
      consistent(h);
      expect(dataFiles(h), step).toEqual(after);
      expect(readdirSync(join(h, "generations")).filter((n) => n.startsWith(".tmp-"))).toEqual([]);
    }
  }, 600_000);

  it("at random moments leaves the old or the new state, never a mixture", async () => {
    const money = fixture("nbs/money_supply_gbk.csv");
    const ref = home();
    await inProcess(ref, "data", "import", fixture("import/fred_BUSINV.csv"));
    await inProcess(ref, "data", "import", money, "--accept-revisions");
    const after = dataFiles(ref);
    // how long a whole import takes here, to spread the kills over it
    const t = home();
    await inProcess(t, "data", "import", fixture("import/fred_BUSINV.csv"));
    const t0 = Date.now();
    expect((await cli(t, ["data", "import", money, "--accept-revisions"])).code).toBe(0);
    const span = Date.now() - t0;
    const seen = { old: 0, new: 0 };
    for (let i = 0; i < 10; i++) {
      const h = home();
      await inProcess(h, "data", "import", fixture("import/fred_BUSINV.csv"));
      const before = dataFiles(h);
      const r = await cli(
        h,
        ["data", "import", money, "--accept-revisions"],
        {},
        Math.floor(Math.random() * span * 1.1),
      );
      consistent(h);
      const now = dataFiles(h);
      const which =
        JSON.stringify(now) === JSON.stringify(before)
          ? "old"
          : JSON.stringify(now) === JSON.stringify(after)
            ? "new"
            : "mixed";
      expect(which, `killed: ${r.signal}`).not.toBe("mixed");
      seen[which as "old" | "new"]++;
      const again = await cli(h, ["data", "import", money, "--accept-revisions"]);
      expect(again.code, again.err).toBe(0);
      expect(dataFiles(h)).toEqual(after);
    }
    expect(seen.old + seen.new).toBe(10);
  }, 600_000);
});
