/**
 * `pnpm stop`: undoes `pnpm start`. Windows/macOS: office-addin-debugging stop (unregisters the
 * add-in from Excel desktop and ends the background server it started). Elsewhere nothing was
 * registered and the server runs in the foreground of `pnpm start` (Ctrl+C ends it).
 */
import { join } from "node:path";
import { officeCli } from "./office-cli.ts";
import { webSteps } from "./sideload-plan.ts";
import { DIST } from "./serve.ts";

if (process.platform === "win32" || process.platform === "darwin") {
  const r = officeCli("office-addin-debugging", ["stop", join(DIST, "manifest.xml")], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}
console.log(
  [
    `Nothing was registered on ${process.platform}: the server of pnpm start runs in the foreground; Ctrl+C there ends it.`,
    ...webSteps(join(DIST, "manifest.xml"), true),
  ].join("\n"),
);
