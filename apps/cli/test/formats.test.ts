/**
 * Every command accepts or explicitly refuses each `--format` — an accepted format is what
 * stdout holds (JSON parses, CSV is comma-separated with no table rule), a refused one exits 2 naming
 * the formats that exist — and each usage line agrees with the command's flag declarations.
 */
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/index.ts";
import { formatsOf, usageLine } from "../src/help.ts";
import { run, tmpPath } from "./helpers.ts";
import { INVOCATIONS } from "./invocations.ts";

const ALL: Record<string, string[]> = {
  ...INVOCATIONS,
  report: [
    "report",
    "--dataset",
    "cn",
    "--out",
    tmpPath("formats-report.html"),
    "--permutations",
    "0",
    "--bootstrap",
    "0",
  ],
  "data export": ["data", "export", "cn.ppi_yoy", "--from", "2020-01", "--to", "2020-03"],
  "data history": ["data", "history"],
};

function looksLike(format: string, out: string): boolean {
  if (format === "json") {
    try {
      JSON.parse(out);
      return true;
    } catch {
      return false;
    }
  }
  if (format === "csv") return /^[^\n]*,[^\n]*\n/.test(out) && !out.includes("──");
  return out.length > 0;
}

describe("--format on every command", () => {
  it("every command that prints a result is exercised here", () => {
    for (const c of COMMANDS)
      expect(
        Object.keys(ALL).some((k) => k.split(" ")[0] === c.name),
        c.name,
      ).toBe(true);
  });

  for (const [name, argv] of Object.entries(ALL)) {
    it(`${name}: table, json and csv each printed or refused with the formats that exist`, async () => {
      for (const format of ["table", "json", "csv"]) {
        const r = await run(...argv, "--format", format);
        if (r.code === 0) {
          expect(looksLike(format, r.out), `${name} --format ${format}: ${r.out.slice(0, 120)}`).toBe(true);
        } else {
          expect(r.code, `${name} --format ${format}: ${r.err}`).toBe(2);
          expect(r.err).toMatch(new RegExp(`--format ${format}: .* prints (table|json|csv)( or (table|json|csv))+`));
          expect(r.out).toBe("");
        }
      }
    }, 120_000);
  }

  it("report --format json prints JSON, not a 'wrote' line; overview --format csv is refused as its usage says", async () => {
    const r = await run(...ALL.report, "--format", "json");
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/^wrote/);
    expect(JSON.parse(r.out).report).toBe(tmpPath("formats-report.html"));
    const o = await run("overview", "--format", "csv");
    expect(o.code).toBe(2);
    expect(o.err).toContain("overview prints table or json");
    const help = (await run("overview", "--help")).out;
    expect(help).toContain("[--format table|json]");
    expect(help).toMatch(/--format table\|json +output format/);
  }, 60_000);

  it("usage lines are generated from the declarations: every flag they name exists, the formats are the command's", async () => {
    for (const c of COMMANDS) {
      const u = usageLine(c);
      for (const m of u.matchAll(/--([a-z][a-z0-9-]*)/g))
        expect(Object.keys(c.flags), `${c.name}: usage names --${m[1]}`).toContain(m[1]);
      const f = formatsOf(c);
      if (f.length) expect(u).toContain(`[--format ${f.join("|")}]`);
      expect((await run(c.name, "--help")).out).toContain(`Usage: ${u}`);
    }
  });
});
