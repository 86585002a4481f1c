#!/usr/bin/env node
// The browser-safe entries hold no Node at run time: esbuild bundles each entry for the browser (the
// real module graph, type-only imports dropped as TypeScript drops them) and every import of a Node
// built-in (`node:fs`, `path` …) or of a module in a package's Node part (`packages/*/node/`,
// `@kitchin/datasets/node`) is a finding, with the module that imports it. Heavy libraries the
// report loads lazily and that run in browsers themselves (vega, vega-lite) are not followed.
// `node scripts/browserSafe.mjs` checks the entries below and exits 1 on a finding; the jobs' and the
// report's tests run the same check (packages/*/test/node/browserSafe.test.ts).
import { builtinModules } from "node:module";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The entries that must run in a browser (the add-in's runtime): the jobs' and the report's `src`. */
export const BROWSER_ENTRIES = ["packages/jobs/src/index.ts", "packages/report/src/index.ts"];

const BUILTIN = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SELF = Symbol("browserSafe");
const NODE_PART = /(^|\/)packages\/[^/]+\/node\/|(^|\/)packages\/datasets\/src\/node\.ts$/;

/** Node-only imports reachable from `entry` at run time: `{ module, imports }`, empty when browser-safe. */
export async function nodeImports(entry, { external = ["vega", "vega-lite"] } = {}) {
  const found = [];
  const rel = (p) => relative(ROOT, p) || p;
  await build({
    absWorkingDir: ROOT,
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    platform: "browser",
    format: "esm",
    logLevel: "silent",
    external,
    plugins: [
      {
        name: "node-imports",
        setup(b) {
          b.onResolve({ filter: /.*/ }, async (args) => {
            if (args.pluginData === SELF) return undefined;
            const bare = args.path.split("/")[0];
            if (args.path.startsWith("node:") || BUILTIN.has(args.path) || BUILTIN.has(bare)) {
              found.push({ module: rel(args.importer), imports: args.path });
              return { path: args.path, external: true };
            }
            const { kind, importer, resolveDir } = args;
            const r = await b.resolve(args.path, { kind, importer, resolveDir, pluginData: SELF });
            if (r.errors.length || !r.path) return undefined; // esbuild reports it
            // A module of a Node part: found, and not followed (its own imports are Node's business).
            if (NODE_PART.test(rel(r.path))) {
              found.push({ module: rel(args.importer), imports: rel(r.path) });
              return { path: r.path, external: true };
            }
            return { path: r.path, external: r.external };
          });
        },
      },
    ],
  });
  return found;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  let bad = 0;
  for (const entry of BROWSER_ENTRIES) {
    const found = await nodeImports(entry);
    for (const f of found) console.log(`${entry}: ${f.module} imports ${f.imports}`);
    bad += found.length;
  }
  console.log(`${BROWSER_ENTRIES.length} browser-safe entries: ${bad} Node-only import${bad === 1 ? "" : "s"}`);
  process.exit(bad ? 1 : 0);
}
