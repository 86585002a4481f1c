import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkManifestVersion, manifestVersionIn, manifestVersionOf } from "../scripts/version.ts";
import { DIST } from "./harness.ts";

const ROOT = join(DIST, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("manifest version tied to the package version", () => {
  it("manifest.xml and dist/manifest.xml carry package.json's version as n.n.n.0", () => {
    const want = manifestVersionOf(pkg.version);
    expect(want).toMatch(/^\d+\.\d+\.\d+\.0$/);
    expect(manifestVersionIn(readFileSync(join(ROOT, "manifest.xml"), "utf8"))).toBe(want);
    expect(manifestVersionIn(readFileSync(join(DIST, "manifest.xml"), "utf8"))).toBe(want);
  });

  it("the build's check refuses a manifest left behind by a version bump, and pre-release versions", () => {
    const xml = "<OfficeApp><Id>x</Id><Version>0.1.0.0</Version></OfficeApp>";
    expect(checkManifestVersion(xml, "0.1.0")).toBe("0.1.0.0");
    expect(() => checkManifestVersion(xml, "0.2.0")).toThrowError(
      /<Version> is 0\.1\.0\.0 but package\.json's version 0\.2\.0 needs 0\.2\.0\.0/,
    );
    expect(() => manifestVersionOf("1.0.0-beta.1")).toThrowError(/not major\.minor\.patch/);
    expect(() => manifestVersionIn("<OfficeApp/>")).toThrowError(/no <Version>/);
  });
});
