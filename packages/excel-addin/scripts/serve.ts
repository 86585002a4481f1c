/**
 * The development server: dist/ at https://localhost:3000/ (the URLs in manifest.xml), with the
 * certificate from scripts/dev-cert.ts. It is the package's `dev-server` script, the one
 * office-addin-debugging starts, and `pnpm start` runs it in the foreground where Excel desktop
 * cannot be sideloaded (Excel on the web, Linux).
 *   pnpm --filter @kitchin/excel-addin serve [--port 3000] [--cert file --key file] [--new-cert]
 * Without a usable certificate it prints what to do (scripts/dev-cert.ts) and exits 1. `--new-cert`
 * makes Microsoft's development CA and localhost certificate in ~/.office-addin-dev-certs without
 * trusting them anywhere (no admin rights): import the CA in the browser for Excel on the web.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCertificates } from "office-addin-dev-certs";
import { certificateHelp, devCertPaths, findDevCert, type DevCert } from "./dev-cert.ts";

export const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
export const DEV_PORT = 3000;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

/** Serves `root` over https on `port` (0: any free port); resolves once listening. */
export function serveHttps(cert: DevCert, port: number, root = DIST): Promise<Server> {
  const server = createServer({ cert: cert.cert, key: cert.key, ca: cert.ca }, (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname)).replace(
      /^([/\\])+/,
      "",
    );
    const file = join(root, path || "taskpane.html");
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    // Excel caches add-in files aggressively; during development always revalidate (functions.json
    // is cached by Excel regardless: docs/excel.md, "Releasing").
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
      "access-control-allow-origin": "*",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, () => ok(server));
  });
}

/** Parses `--port`, `--cert`, `--key` from argv. */
export function serveArgs(argv: string[]): { port: number; cert?: string; key?: string } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const port = get("--port") === undefined ? DEV_PORT : Number(get("--port"));
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a whole number 0–65535, got "${get("--port")}"`);
  const cert = get("--cert");
  const key = get("--key");
  if ((cert === undefined) !== (key === undefined)) throw new Error("--cert and --key go together");
  return { port, cert, key };
}

/** The CLI: returns the listening server, or exits 1 with a message. */
export async function serveMain(argv: string[]): Promise<Server> {
  let args: ReturnType<typeof serveArgs>;
  try {
    args = serveArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  if (!existsSync(join(DIST, "manifest.xml"))) {
    console.error("dist/ is empty: run the build first (pnpm --filter @kitchin/excel-addin build)");
    process.exit(1);
  }
  if (argv.includes("--new-cert")) {
    const p = devCertPaths();
    await generateCertificates(p.ca, p.cert, p.key, 30, ["127.0.0.1", "localhost"]);
    console.log(
      `New development certificate (30 days) in ${p.dir}, trusted nowhere yet. For Excel on the web, import ${p.ca} in your browser's certificate settings (Authorities → Import, trust it for websites); no admin rights needed.`,
    );
  }
  const found = findDevCert(args);
  if (!found.ok) {
    console.error(certificateHelp(found.reason).join("\n"));
    process.exit(1);
  }
  try {
    const server = await serveHttps(found.value, args.port);
    const port = (server.address() as { port: number }).port;
    console.log(
      `Kitchin add-in: https://localhost:${port}/ serving dist/ (certificate ${found.value.certFile}, valid to ${found.value.validTo.toISOString().slice(0, 10)}). Ctrl+C to stop.`,
    );
    if (port !== DEV_PORT)
      console.log(`Note: manifest.xml points at port ${DEV_PORT}; Excel will not find the add-in on ${port}.`);
    return server;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(
      code === "EADDRINUSE"
        ? `port ${args.port} is in use: another server (an earlier pnpm start?) is running; stop it (pnpm stop, or Ctrl+C where it runs) or pick --port`
        : (e as Error).message,
    );
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await serveMain(process.argv.slice(2));
