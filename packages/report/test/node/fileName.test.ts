/** The report's fileName agrees with Node's basename (POSIX paths, and Windows paths as win32 reads them). */
import { posix, win32 } from "node:path";
import { describe, expect, it } from "vitest";
import { fileName } from "../../src/text/fileName.ts";

describe("fileName against node:path", () => {
  it("POSIX paths: posix.basename", () => {
    for (const p of [
      "a.csv",
      "x/a.csv",
      "/x/y/a.b.csv",
      "x/y/",
      "x//y//",
      "./a",
      "../a",
      "数据/价格.csv",
      "a b/c d.xlsx",
    ])
      expect(fileName(p), p).toBe(posix.basename(p));
  });
  it("Windows paths: win32.basename", () => {
    for (const p of ["C:\\a\\b.csv", "\\\\server\\share\\d\\b.xlsx", "a\\b\\", "a/b\\c.csv"])
      expect(fileName(p), p).toBe(win32.basename(p));
  });
});
