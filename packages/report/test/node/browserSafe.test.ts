/**
 * The report's `src/` imports nothing Node-only at run time (no `node:*` built-in, no module of a
 * package's `node/` part; type-only imports of `@kitchin/jobs/node` are allowed): it can draw in a
 * browser. The PDF printer (`node/pdf.ts`) is the report's Node part. Checked by bundling for the
 * browser (scripts/browserSafe.mjs, whose own test is in packages/jobs).
 */
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { nodeImports } from "../../../../scripts/browserSafe.mjs";

describe("packages/report/src is browser-safe", () => {
  it("imports no Node built-in and no module of packages/*/node", async () => {
    expect(await nodeImports("packages/report/src/index.ts")).toEqual([]);
  }, 60_000);
});
