/**
 * `pnpm validate`: the manifest checked as Microsoft's template does, plus what works offline.
 *   1. XSD (offline, xmllint): manifest.xml and, when built, dist/manifest.xml against the vendored
 *      schemas (scripts/xsd.ts). A failure here fails the command.
 *   2. Microsoft's validation service (office-addin-manifest validate: the same checks as AppSource,
 *      requirement sets and hosts included). It needs the internet; when the service cannot be
 *      reached the command says so and keeps the offline result, when it answers "invalid" it fails.
 *   pnpm --filter @kitchin/excel-addin validate [--offline]
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { officeCli } from "./office-cli.ts";
import { validateXsd } from "./xsd.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export type Online = { status: "valid" | "invalid" | "unreachable"; detail: string };

/** Reads office-addin-manifest validate's outcome from its exit code and output. */
export function onlineOutcome(status: number | null, output: string): Online {
  const text = output.trim();
  if (/Unable to contact the manifest validation service|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/i.test(text)) {
    return { status: "unreachable", detail: text.split("\n")[0] };
  }
  if (status === 0 && /The manifest is valid/i.test(text)) return { status: "valid", detail: text };
  return { status: "invalid", detail: text || `office-addin-manifest validate exited with ${status}` };
}

function main(argv: string[]): number {
  let failed = false;
  const files = [join(root, "manifest.xml"), join(root, "dist", "manifest.xml")].filter(existsSync);
  for (const file of files) {
    const name = relative(root, file);
    let r: ReturnType<typeof validateXsd>;
    try {
      r = validateXsd(file);
    } catch (e) {
      console.error((e as Error).message);
      return 1;
    }
    console.log(`schema (offline, xmllint): ${name} ${r.ok ? "valid" : "INVALID"}`);
    for (const m of r.messages) console.log(`  ${m}`);
    failed ||= !r.ok;
  }
  if (files.length < 2)
    console.log("schema: dist/manifest.xml not built yet (pnpm --filter @kitchin/excel-addin build)");
  if (argv.includes("--offline")) return failed ? 1 : 0;

  const target = files[files.length - 1];
  const r = officeCli("office-addin-manifest", ["validate", target], { timeout: 60_000 });
  const online = r.error
    ? { status: "unreachable" as const, detail: r.error.message }
    : onlineOutcome(r.status, `${r.stdout}\n${r.stderr}`);
  if (online.status === "unreachable") {
    console.log(`online (Microsoft's validation service): not reachable from this machine — ${online.detail}`);
    console.log(
      "  Only the offline schema check ran. Before publishing, run pnpm validate on a machine with internet access.",
    );
  } else {
    console.log(`online (Microsoft's validation service): ${relative(root, target)} ${online.status}`);
    console.log(online.detail.replace(/^/gm, "  "));
    failed ||= online.status === "invalid";
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exit(main(process.argv.slice(2)));
