#!/usr/bin/env node
// The installable `kitchin` bin: runs the esbuild bundle `dist/kitchin.mjs` (plain JavaScript, no
// TypeScript compiled at start-up; see scripts/build.mjs). `pnpm install` builds the bundle (the root
// `prepare` script); in a workspace checkout the bin also rebuilds it first when a source file that
// went into it has changed since (a stat of each listed file, about a millisecond), so edits show at
// the next run. `--debug` maps stacks back to the TypeScript sources.
import { readFileSync, statSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);
const root = new URL("../../../", import.meta.url);

function fresh() {
  try {
    const { builtAt, files } = JSON.parse(readFileSync(new URL("inputs.json", dist), "utf8"));
    for (const f of files) if (statSync(new URL(f, root)).mtimeMs > builtAt) return false;
    return true;
  } catch {
    return false; // no bundle yet, or a listed source is gone
  }
}

if (!fresh()) {
  let build;
  try {
    ({ buildBundle: build } = await import("../scripts/build.mjs"));
  } catch {
    build = undefined; // no esbuild (an install without dev dependencies): run the bundle there is
  }
  if (build) {
    try {
      await build({ quiet: true, libraries: false }); // vega's bundles do not depend on the sources
    } catch (e) {
      process.stderr.write(
        `kitchin: could not rebuild the CLI bundle (${String(e?.message ?? e).split("\n")[0]}); run \`pnpm install\` in the repository\n`,
      );
      process.exit(1);
    }
  }
}
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);
let main;
try {
  ({ main } = await import("../dist/kitchin.mjs"));
} catch (e) {
  if (e?.code !== "ERR_MODULE_NOT_FOUND" || !String(e.message).includes("kitchin.mjs")) throw e;
  process.stderr.write(
    "kitchin: the CLI bundle (apps/cli/dist/kitchin.mjs) is missing; run `pnpm install` (or `pnpm build`) in the repository\n",
  );
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
