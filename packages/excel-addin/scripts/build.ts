/**
 * Builds the add-in into dist/ (well under a few seconds, no webpack):
 *   functions.json (+ functions.zh-CN.json)  ← custom-functions-metadata over src/functions.ts JSDoc
 *   functions.js                             ← esbuild IIFE: src/functions.ts + CustomFunctions.associate calls
 *   taskpane.js                              ← esbuild IIFE: src/taskpane/main.ts
 *   functions.html, taskpane.html, help.html, manifest.xml, assets/icon-*.png
 *   data/<region>/<id>.csv                   ← the curated series, fetched lazily by CYCLE.DATA
 *
 * Usage: tsx scripts/build.ts [--base https://host/path/]   (default base: https://localhost:3000/)
 */
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS_ZH } from "../src/i18n.ts";
import { requiredAfterOptional } from "./metadataRules.ts";
import { iconPng } from "./icons.ts";
import { checkManifestVersion } from "./version.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const DEV_BASE = "https://localhost:3000/";

interface MetaParam {
  name: string;
  description?: string;
  optional?: boolean;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: MetaParam[];
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const baseArg = process.argv.indexOf("--base");
  const base = baseArg > 0 ? withSlash(process.argv[baseArg + 1] ?? "") : DEV_BASE;
  if (!/^https:\/\//.test(base))
    throw new Error(`--base must be an https:// URL (Office loads add-ins over https), got "${base}"`);

  // The manifest version moves with the package version (Excel's functions.json cache: scripts/version.ts).
  const manifest = await readFile(join(root, "manifest.xml"), "utf8");
  const pkg = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
  checkManifestVersion(manifest, pkg.version);

  await rm(dist, { recursive: true, force: true });
  await mkdir(join(dist, "assets"), { recursive: true });

  // 1. Metadata from JSDoc, and its Chinese twin (descriptions only: ids and names stay CYCLE.*).
  const source = join(root, "src", "functions.ts");
  const meta = await generateCustomFunctionsMetadata(source, false);
  if (meta.errors.length) throw new Error(`custom-functions-metadata:\n  ${meta.errors.join("\n  ")}`);
  const json = JSON.parse(meta.metadataJson) as { functions: MetaFunction[] };
  const misordered = requiredAfterOptional(json.functions);
  if (misordered.length)
    throw new Error(
      `a required parameter follows an optional one, which Excel refuses to load (office-js #1749): ${misordered.join(", ")}`,
    );
  for (const f of json.functions) if (f.helpUrl) f.helpUrl = f.helpUrl.replace(DEV_BASE, base);
  // A description wrapped over several JSDoc lines is one sentence in Excel's function dialog, not lines.
  const oneLine = (d: string | undefined) => d?.replace(/\s*\n\s*/g, " ");
  for (const f of json.functions) {
    f.description = oneLine(f.description);
    for (const p of f.parameters) p.description = oneLine(p.description);
  }
  await writeFile(join(dist, "functions.json"), JSON.stringify(json, null, 2));
  await writeFile(join(dist, "functions.zh-CN.json"), JSON.stringify(localize(json), null, 2));

  // 2. The bundle: every function the metadata names is associated with its id.
  const entry = [
    `import * as f from "./functions.ts";`,
    ...meta.associate.map((a) => `CustomFunctions.associate(${JSON.stringify(a.id)}, f.${a.functionName});`),
  ].join("\n");
  const common: BuildOptions = {
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    define: { KITCHIN_DATA_BASE: JSON.stringify(base + "data/") },
    plugins: [slimCatalog],
    metafile: true,
  };
  const fn = await build({
    ...common,
    stdin: { contents: entry, resolveDir: join(root, "src"), sourcefile: "functions-entry.ts", loader: "ts" },
    outfile: join(dist, "functions.js"),
  });
  const out = Object.values(fn.metafile!.outputs)[0];
  const catalogBytes = Object.entries(out.inputs).find(([k]) => k.endsWith("catalog.json"))?.[1].bytesInOutput ?? 0;
  await build({
    ...common,
    entryPoints: [join(root, "src", "taskpane", "main.ts")],
    outfile: join(dist, "taskpane.js"),
  });

  // 3. Pages, manifest, icons, help.
  for (const page of ["functions.html", "taskpane.html"]) await cp(join(root, "static", page), join(dist, page));
  // URLs move to the base; the AppDomain is its origin.
  await writeFile(
    join(dist, "manifest.xml"),
    manifest.replaceAll(DEV_BASE, base).replaceAll(DEV_BASE.slice(0, -1), new URL(base).origin),
  );
  for (const size of [16, 32, 64, 80]) await writeFile(join(dist, "assets", `icon-${size}.png`), iconPng(size));
  await writeFile(join(dist, "help.html"), helpPage(json.functions));

  // 4. The curated data, served beside the bundle and fetched only when CYCLE.DATA asks.
  const data = join(root, "node_modules", "@kitchin", "datasets", "data");
  await cp(data, join(dist, "data"), {
    recursive: true,
    filter: (p) => !/\.\w+$/.test(p) || p.endsWith(".csv") || /[\\/]industries[\\/]\w+\.json$/.test(p),
  });

  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(
    `excel-addin: ${json.functions.length} functions → dist/ in ${Math.round(performance.now() - t0)} ms; functions.js ${kb(out.bytes)} (of which the slim catalog ${kb(catalogBytes)})`,
  );
}

/**
 * The datasets catalog carries provenance, terms and caveats for every series (DATA.md); the
 * add-in needs only what locates, checks and lists a file. Bundling the slim copy keeps the
 * bundle small as the catalog grows (the full catalog stays in the repository and the CLI).
 */
const CATALOG_FIELDS = [
  "id",
  "region",
  "group",
  "name",
  "nameZh",
  "unit",
  "kind",
  "frequency",
  "source",
  "lag",
  "start",
  "end",
  "file",
  "vintage",
] as const;
const slimCatalog: Plugin = {
  name: "slim-catalog",
  setup(b) {
    b.onLoad({ filter: /[\\/]datasets[\\/]data[\\/]catalog\.json$/ }, async (args) => {
      const full = JSON.parse(await readFile(args.path, "utf8")) as Record<string, Record<string, unknown>[]>;
      const slim = (list: Record<string, unknown>[]) =>
        list.map((e) => Object.fromEntries(CATALOG_FIELDS.filter((k) => k in e).map((k) => [k, e[k]])));
      return {
        contents: JSON.stringify({ series: slim(full.series), vintages: slim(full.vintages ?? []) }),
        loader: "json",
      };
    });
  },
};

function withSlash(u: string): string {
  return u.endsWith("/") ? u : u + "/";
}

/** functions.json with Chinese descriptions; every function and parameter must have one. */
function localize(json: { functions: MetaFunction[] }): { functions: MetaFunction[] } {
  const missing: string[] = [];
  const functions = json.functions.map((f) => {
    const zh = FUNCTIONS_ZH[f.id];
    if (!zh) {
      missing.push(f.id);
      return f;
    }
    const parameters = f.parameters.map((p) => {
      const d = zh.params[p.name];
      if (d === undefined) missing.push(`${f.id}(${p.name})`);
      return { ...p, description: d ?? p.description };
    });
    return { ...f, description: zh.description, parameters };
  });
  if (missing.length) throw new Error(`src/i18n.ts has no Chinese text for: ${missing.join(", ")}`);
  return { functions };
}

function helpPage(functions: MetaFunction[]): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const rows = functions
    .map((f) => {
      const zh = FUNCTIONS_ZH[f.id];
      const params = f.parameters
        .map(
          (p) =>
            `<li><code>${esc(p.name)}</code>: ${esc(p.description ?? "")}<br>${esc(zh?.params[p.name] ?? "")}</li>`,
        )
        .join("");
      return `<section id="${esc(f.id)}"><h2>CYCLE.${esc(f.name)}(${f.parameters.map((p) => (p.optional ? `[${esc(p.name)}]` : esc(p.name))).join(", ")})</h2><p>${esc(f.description ?? "")}</p><p lang="zh">${esc(zh?.description ?? "")}</p><ul>${params}</ul></section>`;
    })
    .join("\n");
  return `<!doctype html><html><head><meta charset="utf-8"><title>Kitchin CYCLE functions</title>
<style>body{font-family:system-ui,"Microsoft YaHei",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1f2a44}h2{font-size:1.1rem}code{background:#f3f3f3}</style>
</head><body><h1>Kitchin: CYCLE.* functions · 库存周期函数</h1>
<p>Options are one text argument in the style of Bloomberg's BDH overrides, e.g. <code>"lang=zh; mode=as-of; lag=1"</code> or <code>"window=5; minPhase=6"</code>; a key the chosen mode ignores is <code>#VALUE!</code> with a message. Where Excel shows only a generic text for an error, add <code>"errors=text"</code> to any function's options to get the message in the cell as text. Each example on this page runs in the add-in's tests.</p>
${rows}</body></html>`;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
