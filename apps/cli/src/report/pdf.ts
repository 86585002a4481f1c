/**
 * `--pdf F`: the HTML report printed to PDF by a Chromium or Chrome found on the machine (its own
 * `--print-to-pdf`, no library). Which browser: `KITCHIN_CHROMIUM` when set, else the usual install
 * places on Linux, macOS and Windows. None found: one message that says where it looked and what to
 * do; the HTML has been written by then and is kept.
 */
import { existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { KitchinError } from "@kitchin/core";
import { UsageError } from "../errors.ts";

const CANDIDATES = [
  "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

/** The browser to print with, or null. */
export function findChromium(env: Record<string, string | undefined>): string | null {
  const own = env.KITCHIN_CHROMIUM;
  if (own !== undefined && own !== "") return existsSync(own) ? own : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/** Prints `html` (a file) to `pdf`; throws one actionable KitchinError when it cannot. */
export function printPdf(html: string, pdf: string, env: Record<string, string | undefined>): void {
  const browser = findChromium(env);
  if (!browser) {
    const where = env.KITCHIN_CHROMIUM ? `KITCHIN_CHROMIUM=${env.KITCHIN_CHROMIUM} does not exist` : `looked for ${CANDIDATES.slice(0, 5).join(", ")} and the macOS/Windows install places`;
    throw new KitchinError("not-found", `--pdf needs Chromium or Chrome and none was found (${where}); install one (Debian/Ubuntu: apt-get install chromium) or set KITCHIN_CHROMIUM to its path. The HTML report was written: ${html}`);
  }
  const r = spawnSync(browser, [
    "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-pdf-header-footer", `--print-to-pdf=${pdf}`, pathToFileURL(html).href,
  ], { timeout: 120_000, encoding: "utf8" });
  if (r.status !== 0 || !existsSync(pdf) || statSync(pdf).size === 0) {
    const why = r.error ? r.error.message : (r.stderr ?? "").trim().split("\n").pop() ?? `exit ${r.status}`;
    throw new KitchinError("bad-file", `${browser} could not print the report to PDF (${why}); the HTML report was written: ${html}`, { file: pdf });
  }
}

/** `--pdf F`: an existing folder, a name ending in .pdf. */
export function pdfTarget(pdf: string): string {
  const target = resolve(pdf);
  if (!/\.pdf$/i.test(target)) throw new UsageError("--pdf must name a .pdf file");
  if (!existsSync(dirname(target))) throw new KitchinError("bad-file", "folder does not exist", { file: target });
  return target;
}
