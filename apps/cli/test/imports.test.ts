/**
 * The house holds: no import cycles in product code, no command module imported by
 * another module, packages imported only downwards (core ← datasets/backtest ← faces), and no
 * second backtester under apps/cli/src/backtest. scripts/imports.mjs reads the real tree; the
 * second test builds a small tree with a known cycle and a command import, so the check itself
 * is shown to catch them.
 */
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
// @ts-expect-error: a plain .mjs script without types
import { importGraph } from "../../../scripts/imports.mjs";

type Graph = { modules: number; cycles: string[][]; problems: string[] };

describe("import graph of the product code", () => {
  it("has no cycles, no imported commands and no upward package imports", () => {
    const g = importGraph() as Graph;
    expect(g.modules).toBeGreaterThan(100);
    expect(g.problems).toEqual([]);
  });

  it("finds a cycle, an imported command and an upward import in a tree that has them", () => {
    const root = mkdtempSync(join(tmpdir(), "kitchin-imports-"));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    put("packages/core/src/a.ts", 'import { b } from "./b.ts";\nexport const a = 1;\n');
    put("packages/core/src/b.ts", 'import type { a } from "./a.ts";\nexport const b = 2;\n');
    put("packages/core/src/c.ts", 'import { x } from "@kitchin/backtest";\n');
    put("apps/cli/src/commands/one.ts", "export const one = 1;\n");
    put("apps/cli/src/commands/two.ts", 'import { one } from "./one.ts";\n');
    put("apps/cli/src/commands/index.ts", 'import { one } from "./one.ts";\nimport { two } from "./two.ts";\n');
    const g = importGraph(root) as Graph;
    expect(g.cycles).toEqual([["packages/core/src/a.ts", "packages/core/src/b.ts"]]);
    expect(
      g.problems.some((p) =>
        p.startsWith("command imported: apps/cli/src/commands/two.ts imports apps/cli/src/commands/one.ts"),
      ),
    ).toBe(true);
    expect(g.problems.some((p) => p.startsWith("layering: packages/core/src/c.ts"))).toBe(true);
    expect(g.problems.filter((p) => p.includes("commands/index.ts imports"))).toEqual([]);
  });
});
