/**
 * The manifest's <Version> follows package.json. Excel keeps an add-in's functions.json for up to 24
 * hours whatever the server's cache headers (office-js #2777); a new manifest version makes Office
 * fetch the add-in's files again (Microsoft's advice in office-js #4722). So a release that changes
 * function metadata bumps package.json and manifest.xml together, and the build refuses a mismatch.
 */

/** Office's four-part version for a package version: 1.2.3 → 1.2.3.0 (pre-release tags have no place). */
export function manifestVersionOf(packageVersion: string): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion.trim());
  if (!m)
    throw new Error(
      `package.json version "${packageVersion}" is not major.minor.patch; the manifest's <Version> needs four numbers (n.n.n.n)`,
    );
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

/** The <Version> of a manifest's text. */
export function manifestVersionIn(xml: string): string {
  const m = /<Version>\s*([^<\s]+)\s*<\/Version>/.exec(xml);
  if (!m) throw new Error("manifest.xml has no <Version>");
  return m[1];
}

/** Throws when manifest.xml and package.json disagree, saying what to change. */
export function checkManifestVersion(xml: string, packageVersion: string): string {
  const want = manifestVersionOf(packageVersion);
  const got = manifestVersionIn(xml);
  if (got !== want) {
    throw new Error(
      `manifest.xml <Version> is ${got} but package.json's version ${packageVersion} needs ${want}: change both together (a new version is what makes Excel refetch functions.json; see docs/excel.md, "Releasing")`,
    );
  }
  return want;
}
