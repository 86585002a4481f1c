/**
 * The real-runtime harness shared by the browser tests and the benchmark: serves the built dist/
 * on 127.0.0.1 (random port) with node:http, opens functions.html (or taskpane.html) in headless
 * Chromium through playwright-core, and answers the Office CDN URLs with the files
 * @microsoft/office-js ships (custom-functions-runtime.js, office.js) — so the bundles run against
 * Microsoft's runtime, offline.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

export const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const require = createRequire(import.meta.url);
const OFFICE_DIST = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
export const RUNTIME = join(OFFICE_DIST, "custom-functions-runtime.js");
const CDN_DIR = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * `isolated` adds the COOP/COEP headers that make the page cross-origin isolated, which gives
 * performance.now() 5 µs resolution instead of 100 µs (the benchmark wants it).
 */
export async function serveDist(root = DIST, isolated = false): Promise<Served> {
  if (!existsSync(join(root, "functions.html"))) throw new Error(`${root} has no functions.html: run the build first`);
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(root, path);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    const isolation = isolated
      ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" }
      : {};
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...isolation });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface Runtime {
  page: Page;
  browser: Browser;
  served: Served;
  /** Page console messages and errors, for diagnosis. */
  log: string[];
  close(): Promise<void>;
}

export async function openRuntime(opts: { isolated?: boolean } = {}): Promise<Runtime> {
  const rt = await openPage("functions.html", opts);
  await rt.page.waitForFunction(
    () => typeof (window as unknown as { CustomFunctions?: { Error?: unknown } }).CustomFunctions?.Error === "function",
  );
  return rt;
}

/**
 * Opens a page of dist/ with the Office CDN (appsforoffice.microsoft.com/lib/1/hosted/…) answered
 * from @microsoft/office-js/dist, which has the same layout; every other outside request is aborted.
 */
export async function openPage(name: string, opts: { isolated?: boolean } = {}): Promise<Runtime> {
  const served = await serveDist(DIST, opts.isolated);
  const browser = await chromium.launch({
    executablePath: process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const page = await browser.newPage();
  const log: string[] = [];
  page.on("console", (m) => log.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => log.push(`pageerror: ${e.message}`));
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(served.url)) return route.continue();
    const hosted = u.startsWith(CDN_DIR) ? join(OFFICE_DIST, u.slice(CDN_DIR.length).split("?")[0]) : "";
    if (hosted && existsSync(hosted)) {
      return route.fulfill({
        path: hosted,
        contentType: "text/javascript",
        headers: { "cross-origin-resource-policy": "cross-origin" },
      });
    }
    return route.abort(); // nothing else leaves the machine
  });
  await page.goto(served.url + name, { waitUntil: "domcontentloaded" });
  return {
    page,
    browser,
    served,
    log,
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

export type CallResult = { value: unknown } | { error: { code: string; message: string; real: boolean } };

/** Calls an associated function by id inside the page, as Excel's runtime would. */
export function call(page: Page, id: string, ...args: unknown[]): Promise<CallResult> {
  return page.evaluate(
    async ([id, args]) => {
      const cf = (
        window as unknown as {
          CustomFunctions: {
            _association: { mappings: Record<string, (...a: unknown[]) => unknown> };
            Error: new (...a: unknown[]) => unknown;
          };
        }
      ).CustomFunctions;
      const f = cf._association.mappings[id];
      if (typeof f !== "function") return { error: { code: "not-associated", message: id, real: false } };
      try {
        return { value: await f(...args) };
      } catch (e) {
        const x = e as { code?: string; message?: string };
        return { error: { code: String(x.code), message: String(x.message), real: e instanceof cf.Error } };
      }
    },
    [id, args] as const,
  );
}

/** Ids associated with a function in the page. */
export function associatedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(
      (window as unknown as { CustomFunctions: { _association: { mappings: object } } }).CustomFunctions._association
        .mappings,
    ),
  );
}
