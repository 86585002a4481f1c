/**
 * `pnpm watch`: rebuilds dist/ whenever the add-in's sources, pages or manifest change, or the
 * workspace packages it bundles (core, backtest, datasets). Run it beside `pnpm start` (the server
 * serves dist/ as it is); then reload the add-in in Excel (task pane: right-click → Reload; custom
 * functions: reopen the workbook). Changes to function metadata (JSDoc) may not reach Excel until
 * its functions.json cache is cleared (docs/excel.md, "Releasing").
 *   pnpm --filter @kitchin/excel-addin watch [--base https://host/path/]
 */
import { spawnSync } from "node:child_process";
import { existsSync, watch } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const watched = [
  join(root, "src"),
  join(root, "static"),
  join(root, "manifest.xml"),
  join(root, "scripts", "build.ts"),
  ...["core", "backtest", "datasets"].map((p) => join(root, "..", p, "src")),
  join(root, "..", "datasets", "data"),
].filter(existsSync);

function build(): void {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", join(root, "scripts", "build.ts"), ...process.argv.slice(2)],
    { cwd: root, stdio: "inherit" },
  );
  console.log(
    r.status === 0
      ? `watch: waiting for changes (${new Date().toLocaleTimeString()})`
      : "watch: build failed; fix it and save again",
  );
}

let timer: NodeJS.Timeout | undefined;
let changed = new Set<string>();
for (const path of watched) {
  watch(path, { recursive: true }, (_event, file) => {
    changed.add(relative(root, file ? join(path, String(file)) : path));
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(
        `watch: ${[...changed].slice(0, 3).join(", ")}${changed.size > 3 ? ` and ${changed.size - 3} more` : ""} changed`,
      );
      changed = new Set();
      build();
    }, 200);
  });
}
console.log(`watch: ${watched.map((p) => relative(root, p)).join(", ")}`);
build();
