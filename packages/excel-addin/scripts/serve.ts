/**
 * Serves dist/ at https://localhost:3000/ (the URLs in manifest.xml) with the Office development
 * certificate from office-addin-dev-certs. Excel only loads add-ins over trusted https: run
 * `npx office-addin-dev-certs install` once (it asks to trust a local CA; needs admin rights).
 *   pnpm --filter @kitchin/excel-addin serve [--port 3000]
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:https";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { getHttpsServerOptions } from "office-addin-dev-certs";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const portArg = process.argv.indexOf("--port");
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3000;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8", ".xml": "application/xml; charset=utf-8", ".png": "image/png",
};

if (!existsSync(join(dist, "manifest.xml"))) {
  console.error("dist/ is empty: run the build first (pnpm --filter @kitchin/excel-addin build)");
  process.exit(1);
}
let options;
try {
  options = await getHttpsServerOptions();
} catch (e) {
  console.error(`${(e as Error).message.split("\n")[0]}\nExcel needs a trusted certificate for https://localhost: run \`npx office-addin-dev-certs install\` once (it asks for admin rights), then serve again.`);
  process.exit(1);
}
createServer(options, (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname)).replace(/^([/\\])+/, "");
  const file = join(dist, path || "taskpane.html");
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end("not found");
    return;
  }
  // Excel caches add-in files aggressively; during development always revalidate.
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache", "access-control-allow-origin": "*" });
  createReadStream(file).pipe(res);
}).listen(port, () => console.log(`Kitchin add-in: https://localhost:${port}/ (dist/). Ctrl+C to stop.`));
