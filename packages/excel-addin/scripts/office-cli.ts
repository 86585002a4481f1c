/** Runs one of Microsoft's office-addin-* command-line tools installed with this package. */
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export function officeCli(
  tool: "office-addin-debugging" | "office-addin-dev-certs" | "office-addin-manifest",
  args: string[],
  opts: SpawnSyncOptions = {},
): SpawnSyncReturns<string> {
  const cli = join(dirname(require.resolve(`${tool}/package.json`)), "cli.js");
  return spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", ...opts }) as SpawnSyncReturns<string>;
}
