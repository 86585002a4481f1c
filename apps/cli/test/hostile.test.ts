/**
 * The permanent hostile-input suite: every case of hostile/cases.ts through the CLI's
 * `main` in process (fast), and a sample through the real bin (a child process, as users run it).
 * A refusal must be exit 2, nothing on stdout, exactly one line on stderr matching the case, no
 * stack trace, at most 600 characters and no raw control character; an odd but valid input must
 * give exit 0 and the same answer as the plain file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "./helpers.ts";
import { CASES, SHARED_FILES, type HostileCase } from "./hostile/cases.ts";

const dir = mkdtempSync(join(tmpdir(), "kitchin-hostile-"));
const path = (name: string) => join(dir, name);
const resolve = (args: string[]) => args.map((a) => (a.startsWith("@") ? path(a.slice(1)) : a));

beforeAll(async () => {
  const ExcelJS = (await import("exceljs")).default;
  const written = new Set<string>();
  for (const c of [{ files: SHARED_FILES } as Pick<HostileCase, "files">, ...CASES]) {
    for (const [name, body] of Object.entries(c.files ?? {})) {
      if (written.has(name)) continue;
      written.add(name);
      if (typeof body === "string" || Buffer.isBuffer(body)) writeFileSync(path(name), body);
      else if ("dir" in body) mkdirSync(path(name));
      else {
        const wb = new ExcelJS.Workbook();
        body.xlsx(wb.addWorksheet("Sheet1"));
        await wb.xlsx.writeFile(path(name));
      }
    }
  }
}, 120_000);

/** The part of a JSON answer that must not change: turns or phases. */
function answer(out: string): unknown {
  const j = JSON.parse(out);
  return j.turns ?? j.phases;
}

function expectOneLine(err: string, re: RegExp) {
  const lines = err.split("\n");
  expect(lines.at(-1), "stderr ends with a newline").toBe("");
  expect(lines.length - 1, `one line on stderr, got: ${err.slice(0, 300)}`).toBe(1);
  expect(err).not.toMatch(/\n\s+at /);
  expect(err.length).toBeLessThanOrEqual(601);
  // eslint-disable-next-line no-control-regex
  expect(err.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f]/);
  expect(err.slice(0, -1)).toMatch(re);
}

async function check(c: HostileCase) {
  const args = resolve(c.args);
  if (c.refuse) {
    const r = await run(...args);
    expect(r.code, r.err).toBe(2);
    expect(r.out).toBe("");
    expectOneLine(r.err, c.refuse);
  } else if (c.same) {
    const a = await run(...args, "--format", "json");
    const b = await run(...resolve(c.same), "--format", "json");
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    expect(answer(a.out)).toEqual(answer(b.out));
    expect((answer(a.out) as unknown[]).length).toBeGreaterThan(2);
  } else {
    const r = await run(...args);
    expect(r.code, r.err).toBe(0);
    if (c.note) expect(c.noteOnStdout ? r.out : r.err).toMatch(c.note);
    if (args.includes("json")) expect(JSON.parse(r.out).notes.length).toBeGreaterThan(0);
  }
}

describe(`hostile inputs through the CLI (${CASES.length} cases)`, () => {
  it("has at least 110 cases over every input class", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(110);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });
  for (const c of CASES) it(`${c.kind}: ${c.name}`, () => check(c), 30_000);
});

/** A sample through the installed bin: the same exit codes and lines outside the test process. */
describe("hostile inputs through the real bin", () => {
  const bin = fileURLToPath(new URL("../bin/kitchin.mjs", import.meta.url));
  const sample = CASES.filter((c, i) => c.refuse && !c.name.includes("20 MB") && i % 6 === 0).slice(0, 12);
  for (const c of sample) {
    it(`bin: ${c.name}`, () => {
      const r = spawnSync(process.execPath, [bin, ...resolve(c.args)], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stdout).toBe("");
      expectOneLine(r.stderr, c.refuse!);
    }, 30_000);
  }
  it("bin: an odd but valid file gives the plain answer", () => {
    const valid = CASES.find((c) => c.name === "GBK NBS layout, newest first, preamble and notes")!;
    const a = spawnSync(process.execPath, [bin, ...resolve(valid.args), "--format", "json"], { encoding: "utf8" });
    const b = spawnSync(process.execPath, [bin, ...resolve(valid.same!), "--format", "json"], { encoding: "utf8" });
    expect(a.status, a.stderr).toBe(0);
    expect(answer(a.stdout)).toEqual(answer(b.stdout));
  }, 30_000);
});
