/**
 * Sideloads dist/manifest.xml into Excel desktop (Windows, macOS), or removes it.
 *   pnpm --filter @kitchin/excel-addin sideload [--remove] [--dry-run]
 * Then start the server (pnpm --filter @kitchin/excel-addin serve) and open Excel.
 * Excel on the web: upload dist/manifest.xml by hand (docs/excel.md).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { sideloadPlan } from "./sideload-plan.ts";

const manifest = resolve(join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "manifest.xml"));
const remove = process.argv.includes("--remove");
const dryRun = process.argv.includes("--dry-run");

if (!existsSync(manifest)) {
  console.error(`${manifest} does not exist: run the build first (pnpm --filter @kitchin/excel-addin build)`);
  process.exit(1);
}
const info = await OfficeAddinManifest.readManifestFile(manifest);
if (!info.id) throw new Error(`${manifest} has no <Id>`);
let plan;
try {
  plan = sideloadPlan(process.platform, manifest, info.id, homedir(), remove);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
for (const a of plan) {
  const text = a.kind === "run" ? `${a.command} ${a.args.map((x) => (/\s/.test(x) ? `"${x}"` : x)).join(" ")}` : a.kind === "copy" ? `copy ${a.from} → ${a.to}` : `remove ${a.path}`;
  console.log(dryRun ? `would ${text}` : text);
  if (dryRun) continue;
  if (a.kind === "run") execFileSync(a.command, a.args, { stdio: "inherit" });
  else if (a.kind === "copy") {
    mkdirSync(dirname(a.to), { recursive: true });
    copyFileSync(a.from, a.to);
  } else rmSync(a.path, { force: true });
}
if (!dryRun) console.log(remove ? `${info.displayName} removed; restart Excel.` : `${info.displayName} (${info.id}) registered; start the server and restart Excel.`);
