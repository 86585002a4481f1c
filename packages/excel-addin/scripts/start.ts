/**
 * `pnpm start` (after `prestart` builds dist/): Microsoft's template loop.
 *   pnpm start            Windows/macOS: office-addin-debugging starts the `dev-server` script (https on
 *                         localhost:3000) in the background and sideloads into Excel desktop; `pnpm stop` undoes both.
 *                         Elsewhere (Linux, CI): the same server in the foreground, and the steps for Excel on the web.
 *   pnpm start web        the server in the foreground and the steps for Excel on the web, on any platform.
 *   pnpm start desktop    Excel desktop explicitly (Windows, macOS).
 * Every run prints how to sideload on each platform. The development certificate is created and
 * trusted on the first run in a terminal (office-addin-dev-certs asks for consent or admin rights,
 * see scripts/dev-cert.ts); without a terminal (CI) it says what to run instead.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { OfficeAddinManifest } from "office-addin-manifest";
import { certificateHelp, findDevCert } from "./dev-cert.ts";
import { officeCli } from "./office-cli.ts";
import { everyPlatform } from "./sideload-plan.ts";
import { DEV_PORT, DIST, serveMain } from "./serve.ts";

export type Target = "desktop" | "web";

/** Which Excel to start for: the argument, else Excel desktop where it exists, else the web. */
export function startTarget(argv: string[], platform: NodeJS.Platform): Target {
  const given = argv.find((a) => !a.startsWith("-"));
  if (given === undefined) return platform === "win32" || platform === "darwin" ? "desktop" : "web";
  if (given !== "desktop" && given !== "web") throw new Error(`pnpm start [desktop|web]: unknown target "${given}"`);
  if (given === "desktop" && platform !== "win32" && platform !== "darwin") {
    throw new Error(`Excel desktop runs on Windows and macOS, not ${platform}: use Excel on the web (pnpm start web)`);
  }
  return given;
}

async function main(argv: string[]): Promise<void> {
  let target: Target;
  try {
    target = startTarget(argv, process.platform);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  const manifest = join(DIST, "manifest.xml");
  if (!existsSync(manifest)) {
    console.error(
      "dist/manifest.xml is missing: pnpm start builds it first (prestart); run pnpm --filter @kitchin/excel-addin build and see its errors",
    );
    process.exit(1);
  }
  let cert = findDevCert();
  if (!cert.ok && process.stdin.isTTY && !process.env.CI) {
    console.log(
      `${cert.reason}: creating and trusting Microsoft's development certificate (office-addin-dev-certs install)…`,
    );
    officeCli("office-addin-dev-certs", ["install"], { stdio: "inherit" });
    cert = findDevCert();
  }
  if (!cert.ok) {
    console.error(certificateHelp(cert.reason).join("\n"));
    process.exit(1);
  }
  const info = await OfficeAddinManifest.readManifestFile(manifest);
  console.log(everyPlatform(manifest, info.id ?? "<id>").join("\n"));
  console.log("");
  if (target === "desktop") {
    // The server office-addin-debugging starts in the background is this package's dev-server script.
    const r = officeCli(
      "office-addin-debugging",
      ["start", manifest, "desktop", "--dev-server", "tsx scripts/serve.ts", "--dev-server-port", String(DEV_PORT)],
      { stdio: "inherit" },
    );
    if (r.status === 0) console.log("Stop the server and unregister the add-in with: pnpm stop");
    process.exit(r.status ?? 1);
  }
  await serveMain(argv.filter((a) => a !== "web"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
