/**
 * The jobs' browser-safe part (`src/`, which the Excel add-in bundles) imports nothing Node-only at
 * run time: no `node:*` built-in and no module of `node/` (type-only imports are allowed: they are
 * gone at run time). Bundled for the browser by scripts/browserSafe.mjs; a made-up entry that
 * imports both shows the check finds them.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { nodeImports } from "../../../../scripts/browserSafe.mjs";

type Found = { module: string; imports: string }[];

describe("packages/jobs/src is browser-safe", () => {
  it("imports no Node built-in and no module of packages/*/node", async () => {
    expect((await nodeImports("packages/jobs/src/index.ts")) as Found).toEqual([]);
  }, 60_000);

  it("the check finds a node: import, a bare built-in and a value import of the Node part", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kitchin-browser-safe-"));
    const readers = resolve(import.meta.dirname, "../../node/readers/readers.ts");
    const entry = join(dir, "entry.ts");
    writeFileSync(
      entry,
      [
        'import { join } from "node:path";',
        'import { readFileSync } from "fs";',
        `import { Readers } from ${JSON.stringify(readers)};`,
        `import type { UserTable } from ${JSON.stringify(resolve(import.meta.dirname, "../../node/io/table.ts"))};`,
        "export const x = [join, readFileSync, Readers];",
        "export type T = UserTable;",
      ].join("\n"),
    );
    const found = (await nodeImports(entry)) as Found;
    expect(found.map((f) => f.imports).sort()).toEqual(["fs", "node:path", "packages/jobs/node/readers/readers.ts"]);
  }, 60_000);
});
