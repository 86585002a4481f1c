/**
 * Offline schema check of an add-in-only manifest with xmllint (Debian/Ubuntu: libxml2-utils;
 * macOS ships it; Windows: WSL or a libxml2 build) against Microsoft's manifest schemas vendored
 * in test/fixtures/office-xsd (see its PROVENANCE.md). Office's own validator is an online service;
 * this is the part of it that runs anywhere.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const XSD_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "office-xsd");
export const MANIFEST_XSD = join(XSD_DIR, "OfficeAppManifestV1_1.xsd");

export interface XsdResult {
  ok: boolean;
  /** xmllint's messages, one per line, with the manifest's line numbers. */
  messages: string[];
}

/** Validates one manifest file; throws when xmllint itself is missing (say how to install it). */
export function validateXsd(manifest: string, xmllint = process.env.KITCHIN_XMLLINT ?? "xmllint"): XsdResult {
  const r = spawnSync(xmllint, ["--noout", "--nonet", "--schema", MANIFEST_XSD, manifest], { encoding: "utf8" });
  if (r.error) {
    throw new Error(
      `cannot run ${xmllint} (${(r.error as NodeJS.ErrnoException).code ?? r.error.message}): install it — Debian/Ubuntu: apt-get install libxml2-utils; macOS: it comes with the system; Windows: run it in WSL, or set KITCHIN_XMLLINT to an xmllint.exe from a libxml2 build`,
    );
  }
  const messages = r.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/ validates$/.test(l));
  return { ok: r.status === 0, messages };
}
