import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

describe("browser bundle", () => {
  it("src/index.ts bundles for the browser with the catalog inlined", async () => {
    const r = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "K",
      write: false,
      logLevel: "silent",
    });
    const js = r.outputFiles[0].text;
    expect(js).toContain("cn.inventory_yoy");
    const K = new Function(`${js}; return K;`)() as typeof import("../src/index.ts");
    expect(K.findEntry("us.sales_yoy").lag).toBe(2);
    expect(K.NBER.length).toBeGreaterThan(60);
  });
});
