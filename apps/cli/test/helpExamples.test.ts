/**
 * `--help` per command with two or three examples that run, and a glossary of the column
 * names its tables print (eps, pos, hit, p, q …), the same glossary as docs/cli.md.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/index.ts";
import { EXAMPLES, GLOSSARY } from "../src/helpText.ts";
import { run, tmpPath } from "./helpers.ts";

describe("--help: examples and columns", () => {
  it("every command has two or three examples of itself in its help", async () => {
    for (const c of COMMANDS) {
      const ex = EXAMPLES[c.name] ?? [];
      expect(ex.length, c.name).toBeGreaterThanOrEqual(2);
      expect(ex.length, c.name).toBeLessThanOrEqual(3);
      const help = (await run(c.name, "--help")).out;
      for (const e of ex) {
        expect(e.startsWith(`kitchin ${c.name} `), e).toBe(true);
        expect(help).toContain(e);
      }
    }
  });

  it("the examples on shipped data run (exit 0)", async () => {
    let ran = 0;
    for (const ex of Object.values(EXAMPLES).flat()) {
      const line = ex.replace(/#.*$/, "").trim();
      // needs a user's file, Chromium, or minutes
      if (/mine\.xlsx|wind\.xlsx|--pdf|>|walk-forward/.test(line)) continue;
      const argv = line
        .split(/\s+/)
        .slice(1)
        .map((a) => (/\.(html|xlsx)$/.test(a) ? tmpPath(`example-${a}`) : a));
      const r = await run(
        ...argv,
        ...(argv[0] === "score" || argv[0] === "report" ? ["--permutations", "0", "--bootstrap", "0"] : []),
      );
      expect(r.code, `${line}: ${r.err}`).toBe(0);
      ran++;
    }
    expect(ran).toBeGreaterThan(20);
  }, 300_000);

  it("score's help explains eps, pos, hit, p and q; docs/cli.md has the same glossary", async () => {
    const help = (await run("score", "--help")).out;
    for (const k of ["eps", "pos", "hit", "p", "q"])
      expect(help).toMatch(new RegExp(`^  ${k.replace(/[.*]/g, "\\$&")} +\\S`, "m"));
    const doc = readFileSync(new URL("../../../docs/cli.md", import.meta.url), "utf8");
    for (const [cmd, g] of Object.entries(GLOSSARY))
      for (const [k, w] of Object.entries(g)) expect(doc, `${cmd} ${k}`).toContain(`| \`${k}\` | ${w.en} |`);
  });
});
