/**
 * manifest.xml and dist/manifest.xml against Microsoft's manifest schemas (vendored in
 * test/fixtures/office-xsd, validated offline with xmllint). The broken copies prove the check can
 * fail: each is the real manifest with one mistake Office's validator rejects.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateXsd } from "../scripts/xsd.ts";
import { DIST } from "./harness.ts";

const SOURCE = join(DIST, "..", "manifest.xml");
const BUILT = join(DIST, "manifest.xml");
const tmp = mkdtempSync(join(tmpdir(), "kitchin-xsd-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("manifest XSD validation (xmllint, offline)", () => {
  for (const [name, file] of [
    ["manifest.xml", SOURCE],
    ["dist/manifest.xml", BUILT],
  ] as const) {
    it(`${name} validates against OfficeAppManifestV1_1.xsd and its VersionOverrides schemas`, () => {
      const r = validateXsd(file);
      expect(r.messages).toEqual([]);
      expect(r.ok).toBe(true);
    });
  }

  const xml = readFileSync(SOURCE, "utf8");
  const broken: [string, string, RegExp][] = [
    [
      "Version before Id (order matters)",
      xml.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, "$3$2$1"),
      /Version.*not expected|Expected is.*Id/,
    ],
    [
      "an unknown element",
      xml.replace("<ProviderName>", "<Publisher>Kitchin</Publisher><ProviderName>"),
      /Publisher.*not expected/,
    ],
    [
      "a four-part version with a letter",
      xml.replace(/<Version>[^<]*<\/Version>/, "<Version>0.1.0-beta</Version>"),
      /Version.*not (a )?valid|pattern/,
    ],
    [
      "a miscapitalised extension point inside VersionOverrides",
      xml.replace('xsi:type="CustomFunctions"', 'xsi:type="customFunctions"'),
      /customFunctions|xsi:type/,
    ],
  ];
  for (const [what, text, message] of broken) {
    it(`rejects ${what}`, () => {
      expect(text).not.toBe(xml);
      const file = join(tmp, `${what.replace(/\W+/g, "-")}.xml`);
      writeFileSync(file, text);
      const r = validateXsd(file);
      expect(r.ok).toBe(false);
      expect(r.messages.join("\n")).toMatch(message);
    });
  }
});
