/**
 * `--lang zh` across every table — each table header cell and each command's first line
 * (its title) carries Chinese; ids and symbols are the only Latin-only cells allowed.
 */
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";
import { INVOCATIONS } from "./invocations.ts";

const HAN = /[\u4e00-\u9fff]/;
/** Cells that are symbols or ids in either language (an asset id column, a rank, a correlation). */
const ALLOWED = new Set(["#", "id", "r", "t", "p", "q", "", "n?"]);

/** The header cells of every table in `out`: the line above each rule line of box characters. */
function headers(out: string): string[][] {
  const lines = out.split("\n");
  const found: string[][] = [];
  lines.forEach((l, i) => {
    if (i > 0 && /^─[─ ]*$/.test(l)) found.push(lines[i - 1].trim().split(/ {2,}/));
  });
  return found;
}

describe("--lang zh tables and titles", () => {
  for (const [name, argv] of Object.entries(INVOCATIONS)) {
    it(name, async () => {
      const r = await run(...argv, "--lang", "zh");
      expect(r.code, r.err).toBe(0);
      const first = r.out.split("\n").find((l) => l.trim() !== "")!;
      expect(first, `${name}: title`).toMatch(HAN);
      // Shipped series by their Chinese names in titles, not ids.
      // data show names the id asked for, then its name
      if (name !== "data show") expect(first, `${name}: title`).not.toMatch(/\bcn\.(inventory|demand)_yoy\b/);
      const hs = headers(r.out);
      if (name !== "outlook") expect(hs.length, `${name}: a table`).toBeGreaterThan(0); // outlook prints lines
      for (const h of hs)
        for (const cell of h) {
          if (!ALLOWED.has(cell) && !/%/.test(cell)) expect(cell, `${name}: header "${h.join(" | ")}"`).toMatch(HAN);
        }
    }, 60_000);
  }

  it("kitchin --lang zh --help is accepted, in Chinese; a command's help too", async () => {
    const r = await run("--lang", "zh", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("命令：");
    const c = await run("--lang", "zh", "score", "--help");
    expect(c.code).toBe(0);
    expect(c.out).toContain("用法: kitchin score");
    expect(c.out).toMatch(/^ {2}p +置换检验 p 值/m);
    const bad = await run("--lang", "fr", "--help");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang must be one of en, zh/);
    // A leading --lang reaches the command.
    const o = await run("--lang", "zh", "cycles", "--dataset", "cn");
    expect(o.out.split("\n")[0]).toMatch(HAN);
  });
});
