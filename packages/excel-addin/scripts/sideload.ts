/**
 * Sideloads dist/manifest.xml into Excel desktop (Windows, macOS), or removes it; elsewhere prints
 * the Excel-on-the-web steps.
 *   pnpm --filter @kitchin/excel-addin sideload [--remove] [--dry-run]
 * Then start the server (pnpm --filter @kitchin/excel-addin serve) and open Excel.
 * --dry-run prints the plan and changes nothing, on every platform (exit 0). Without it, on a
 * platform with no Excel desktop the steps are printed and the exit code is 1 (nothing was done).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { describe, sideloadPlan } from "./sideload-plan.ts";

const manifest = resolve(join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "manifest.xml"));
const remove = process.argv.includes("--remove");
const dryRun = process.argv.includes("--dry-run");

if (!existsSync(manifest)) {
  console.error(`${manifest} does not exist: run the build first (pnpm --filter @kitchin/excel-addin build)`);
  process.exit(1);
}
const info = await OfficeAddinManifest.readManifestFile(manifest);
if (!info.id) {
  console.error(`${manifest} has no <Id>`);
  process.exit(1);
}
const plan = sideloadPlan(process.platform, manifest, info.id, homedir(), remove);
let manual = false;
for (const a of plan) {
  if (a.kind === "manual") {
    manual = true;
    console.log(a.steps.join("\n"));
    continue;
  }
  console.log(dryRun ? `would ${describe(a)}` : describe(a));
  if (dryRun) continue;
  if (a.kind === "run") execFileSync(a.command, a.args, { stdio: "inherit" });
  else if (a.kind === "copy") {
    mkdirSync(dirname(a.to), { recursive: true });
    copyFileSync(a.from, a.to);
  } else rmSync(a.path, { force: true });
}
if (manual) process.exit(dryRun ? 0 : 1);
if (!dryRun)
  console.log(
    remove
      ? `${info.displayName} removed; restart Excel.`
      : `${info.displayName} (${info.id}) registered; start the server and restart Excel.`,
  );
