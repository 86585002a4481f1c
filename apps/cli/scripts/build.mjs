#!/usr/bin/env node
// Builds the `kitchin` CLI bundle: one ES module, `apps/cli/dist/kitchin.mjs`, with the
// workspace TypeScript (core, datasets, backtest, cli) compiled and bundled by esbuild, plus the
// worker-thread entries next to it. Plain JavaScript, so it runs without tsx: the root `prepare`
// script runs it on `pnpm install`, and the bin reruns it when a source file is newer than the bundle.
//
// Rules of the bundle:
// - Heavy libraries stay outside it and are loaded with `import()` only by the code paths that need
//   them: danfojs-node and exceljs from node_modules, vega and vega-lite from bundles of their own
//   next to it (LIBRARIES); dev-only tools (playwright-core, tsx, esbuild) stay out too.
// - `import.meta.url` in a workspace source keeps meaning "where this source file is" (the datasets
//   package finds its `data/` folder that way), rewritten relative to the bundle. The exception is
//   the worker-spawning modules under `packages/*/node/`: there it means the bundle's folder, where
//   each worker is emitted under the name the module asks for (`sweepWorker.mjs`, …).
// - `dist/inputs.json` lists the workspace files that went in and the build time: the bin's
//   freshness check.
import { build } from "esbuild";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const cliDir = resolve(here, "..");
export const repoRoot = resolve(cliDir, "../..");
export const distDir = join(cliDir, "dist");

/** Worker entries: output name (what the spawning module's `new URL(name, import.meta.url)` asks for) → source. */
const WORKERS = {
  sweepWorker: "packages/backtest/node/sweepWorker.ts",
  scoreWorker: "packages/backtest/node/scoreWorker.ts",
};

const EXTERNAL = ["danfojs-node", "exceljs", "@e965/xlsx", "playwright-core", "tsx", "esbuild"];

/**
 * Libraries bundled on their own, next to the CLI bundle, and still imported lazily (the report's
 * charts): vega and vega-lite are ES modules spread over ~270 files each, which Node resolves and
 * loads one by one (~0.15 s); one file each loads in about half that. They do not depend on the
 * workspace, so the bin's freshness rebuild leaves them alone; `pnpm install` rebuilds them.
 */
const LIBRARIES = ["vega", "vega-lite"];

/** `import("vega")` in the CLI bundle → `import("./vega.mjs")`, the library's own bundle beside it. */
const libraryBundles = {
  name: "kitchin-library-bundles",
  setup(b) {
    const filter = new RegExp(`^(${LIBRARIES.join("|")})$`);
    b.onResolve({ filter }, (args) => ({ path: `./${args.path}.mjs`, external: true }));
  },
};

/** Rewrites `import.meta.url` in workspace sources to the source file's own URL, relative to the bundle. */
const sourceUrls = {
  name: "kitchin-source-urls",
  setup(b) {
    b.onLoad({ filter: /\.(ts|mts|js|mjs)$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta.url") || args.path.includes(`${sep}node${sep}`)) return undefined;
      const rel = relative(distDir, args.path).split(sep).join("/");
      const expr = `new URL(${JSON.stringify(rel)}, import.meta.url).href`;
      return {
        contents: text.replaceAll("import.meta.url", expr),
        loader: args.path.endsWith("ts") ? "ts" : "js",
        resolveDir: dirname(args.path),
      };
    });
  },
};

/**
 * Builds the bundle into `dist/` (written to temporary names, then renamed, so a concurrent run
 * never loads half a file). Returns the number of workspace source files bundled.
 */
export async function buildBundle({ quiet = false, libraries = true } = {}) {
  const builtAt = Date.now();
  const tmp = join(distDir, `.tmp-${process.pid}-${builtAt}`);
  mkdirSync(tmp, { recursive: true });
  const entryPoints = { kitchin: join(cliDir, "src/main.ts") };
  for (const [name, src] of Object.entries(WORKERS)) entryPoints[name] = join(repoRoot, src);
  const res = await build({
    entryPoints,
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: false,
    platform: "node",
    format: "esm",
    target: "node20",
    external: EXTERNAL,
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: quiet ? "error" : "warning",
    legalComments: "none",
    plugins: [sourceUrls, libraryBundles],
    absWorkingDir: repoRoot,
  });
  const libs = libraries || LIBRARIES.some((l) => !existsSync(join(distDir, `${l}.mjs`))) ? LIBRARIES : [];
  for (const l of libs) {
    await build({
      stdin: { contents: `export * from ${JSON.stringify(l)};`, resolveDir: cliDir, loader: "js" },
      outfile: join(tmp, `${l}.mjs`),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: quiet ? "error" : "warning",
      legalComments: "none",
    });
  }
  const files = Object.keys(res.metafile.inputs)
    .map((p) => resolve(repoRoot, p))
    .filter((p) => !p.includes(`${sep}node_modules${sep}`))
    .map((p) => relative(repoRoot, p).split(sep).join("/"))
    .sort();
  writeFileSync(join(tmp, "inputs.json"), JSON.stringify({ builtAt, files }, null, 1) + "\n");
  const outs = [
    ...["kitchin", ...Object.keys(WORKERS)].flatMap((n) => [`${n}.mjs`, `${n}.mjs.map`]),
    ...libs.map((l) => `${l}.mjs`),
  ];
  // inputs.json last: a reader that sees the new build time sees the new bundle.
  for (const f of [...outs, "inputs.json"]) renameSync(join(tmp, f), join(distDir, f));
  rmSync(tmp, { recursive: true, force: true });
  return files.length;
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const t0 = performance.now();
  const n = await buildBundle();
  console.log(
    `kitchin: CLI bundle built (${n} source files, ${Math.round(performance.now() - t0)} ms) → ${relative(process.cwd(), join(distDir, "kitchin.mjs")) || "dist/kitchin.mjs"}`,
  );
}
