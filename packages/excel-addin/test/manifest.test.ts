/**
 * Offline manifest check (the Office validation service is not reachable here): the built
 * manifest is read with office-addin-manifest's own parser; every resid resolves to a resource,
 * and every URL it names is a file in dist/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OfficeAddinManifest } from "office-addin-manifest";
import { ManifestHandlerXml } from "office-addin-manifest/lib/manifestHandler/manifestHandlerXml.js";
import { DIST } from "./harness.ts";

const BASE = "https://localhost:3000/";
const path = join(DIST, "manifest.xml");

type Node = { $?: Record<string, string>; [child: string]: unknown };

/** Every element (with its tag) in an xml2js tree. */
function* walk(node: unknown, tag = ""): Generator<[string, Node]> {
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n, tag);
  } else if (node && typeof node === "object") {
    yield [tag, node as Node];
    for (const [k, v] of Object.entries(node)) if (k !== "$" && k !== "_") yield* walk(v, k);
  }
}

describe("manifest.xml (dist)", async () => {
  const info = await OfficeAddinManifest.readManifestFile(path);
  const xml = await new ManifestHandlerXml(path).parseXmlAsync();
  const nodes = [...walk(xml)];

  it("is the Kitchin add-in for Excel workbooks", () => {
    expect(info.displayName).toBe("Kitchin");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.defaultSettings?.sourceLocation).toBe(BASE + "taskpane.html");
  });

  const resources = new Map<string, Node>();
  for (const [tag, n] of nodes) if (/^bt:(Image|Url|String)$/.test(tag) && n.$?.id) resources.set(n.$.id, n);

  it("resolves every resid, and declares the CYCLE namespace", () => {
    const used = nodes.filter(([, n]) => n.$?.resid).map(([, n]) => n.$!.resid);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !resources.has(id))).toEqual([]);
    expect(resources.get("Functions.Namespace")?.$?.DefaultValue).toBe("CYCLE");
    // Every resource is used (a stale entry usually means a typo elsewhere).
    expect([...resources.keys()].filter((id) => !used.includes(id))).toEqual([]);
  });

  it("names only files that exist in dist/", () => {
    const urls = new Set<string>();
    for (const [, n] of nodes)
      for (const v of [n.$?.DefaultValue, n.$?.Value]) if (v?.startsWith("https://")) urls.add(v);
    expect(urls.size).toBeGreaterThan(8);
    const missing = [...urls].filter(
      (u) => !u.startsWith(BASE) || !existsSync(join(DIST, u.slice(BASE.length).split("#")[0])),
    );
    expect(missing).toEqual([]);
    for (const id of ["Functions.Script.Url", "Functions.Page.Url", "Functions.Metadata.Url"])
      expect(resources.has(id)).toBe(true);
  });

  it("keeps strings within the manifest's limits (short 125, long 250 characters), overrides included", () => {
    const over = (n: Node) => [
      n.$?.DefaultValue ?? "",
      ...((n["bt:Override"] as Node[] | undefined) ?? []).map((o) => o.$?.Value ?? ""),
    ];
    let checked = 0;
    for (const [tag, n] of nodes) {
      const limit = tag === "bt:ShortStrings" ? 125 : tag === "bt:LongStrings" ? 250 : 0;
      if (!limit) continue;
      for (const str of (n["bt:String"] as Node[]) ?? []) {
        for (const v of over(str)) {
          expect(v.length, str.$?.id).toBeLessThanOrEqual(limit);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
    expect(info.displayName!.length).toBeLessThanOrEqual(125);
    expect(info.description!.length).toBeLessThanOrEqual(250);
  });

  it("points the zh-CN locale at Chinese function metadata with the same ids", () => {
    const en = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
      functions: {
        id: string;
        name: string;
        description: string;
        parameters: { name: string; description: string }[];
      }[];
    };
    const zh = JSON.parse(readFileSync(join(DIST, "functions.zh-CN.json"), "utf8")) as typeof en;
    expect(zh.functions.map((f) => [f.id, f.name])).toEqual(en.functions.map((f) => [f.id, f.name]));
    for (const f of zh.functions) {
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description, `${f.id}(${p.name})`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("gives every function a description, a help URL and parameter descriptions", () => {
    const en = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as {
      functions: {
        id: string;
        description?: string;
        helpUrl?: string;
        parameters: { name: string; description?: string }[];
      }[];
    };
    for (const f of en.functions) {
      expect(f.description, f.id).toBeTruthy();
      expect(f.helpUrl, f.id).toBe(`${BASE}help.html#${f.id}`);
      for (const p of f.parameters) expect(p.description, `${f.id}(${p.name})`).toBeTruthy();
    }
    const help = readFileSync(join(DIST, "help.html"), "utf8");
    for (const f of en.functions) expect(help).toContain(`id="${f.id}"`);
  });
});
