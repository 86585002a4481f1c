/**
 * The built bundles: within the size goal (300 KB minified, data not bundled), and free of library
 * methods newer than ES2020 that esbuild cannot lower (Excel's runtimes: WebView2 on Windows,
 * WKWebView on the Mac, the browser on the web).
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./harness.ts";

describe("dist bundles", () => {
  it("functions.js stays under 300 KB minified and holds no data file", () => {
    const js = readFileSync(join(DIST, "functions.js"), "utf8");
    expect(statSync(join(DIST, "functions.js")).size).toBeLessThan(300 * 1024);
    expect(js).not.toMatch(/date,value,flags\n\d{4}-\d{2},/); // a curated CSV inlined by mistake
    expect(js).not.toMatch(/"provenance":/); // the build bundles the slim catalog
  });

  for (const file of ["functions.js", "taskpane.js"]) {
    it(`${file} bundles no spreadsheet parser (the CLI's .xls reader, SheetJS, stays in the CLI)`, () => {
      const js = readFileSync(join(DIST, file), "utf8");
      expect(js).not.toMatch(/SheetJS|@e965\/xlsx|exceljs/i);
    });
    it(`${file} uses no library method newer than ES2020`, () => {
      const js = readFileSync(join(DIST, file), "utf8");
      for (const m of [
        /\.replaceAll\(/,
        /\.at\(-?\d/,
        /Object\.hasOwn\(/,
        /structuredClone\(/,
        /\.findLast(Index)?\(/,
        /\.toSorted\(/,
        /Object\.groupBy\(/,
      ]) {
        expect(js, String(m)).not.toMatch(m);
      }
    });
  }
});
