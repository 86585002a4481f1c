/**
 * `--pdf F`: the HTML report printed to PDF by a Chromium or Chrome found on the machine (its own
 * `--print-to-pdf`, no library). Which browser: `KITCHIN_CHROMIUM` when set, else the usual install
 * places on Linux, macOS and Windows. None found: one message that says where it looked and what to
 * do; the HTML has been written by then and is kept.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { inLang, KitchinError, say, wordOf, type Lang, type Message } from "@kitchin/core";
import { UsageError } from "@kitchin/jobs";
import { checkWritable, writeChecked } from "@kitchin/jobs/node";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

/** The browser to print with, or null. */
export function findChromium(env: Record<string, string | undefined>): string | null {
  const own = env.KITCHIN_CHROMIUM;
  if (own !== undefined && own !== "") return existsSync(own) ? own : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

/**
 * Chromium's switches for printing: no extras, and no network — every request goes to
 * a proxy at a closed port (loopback included: `<-loopback>` drops Chromium's implicit bypass) and
 * every host name resolves to nothing. With the page's own Content-Security-Policy (no loads at
 * all) a name in the report cannot make kitchin's run fetch anything.
 */
export const CHROMIUM_PRINT_FLAGS = [
  "--headless",
  "--disable-gpu",
  "--no-sandbox",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-extensions",
  "--disable-default-apps",
  "--no-default-browser-check",
  "--disable-domain-reliability",
  "--metrics-recording-only",
  "--proxy-server=http://127.0.0.1:9",
  "--proxy-bypass-list=<-loopback>",
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--no-pdf-header-footer",
];

/**
 * Prints `html` (a file) to `pdf`; throws one actionable KitchinError when it cannot. Chromium
 * prints into a private temporary folder; the PDF is checked (a `%PDF-` file) and then written to
 * the target by `writeChecked`, so a folder, a read-only file or a full disk is an error, never a
 * "wrote" with nothing written.
 */
export function printPdf(
  html: string,
  pdf: string,
  env: Record<string, string | undefined>,
  err?: (line: string) => void,
  lang: Lang = "en",
): void {
  const browser = findChromium(env);
  if (!browser) {
    throw new KitchinError(
      "not-found",
      say("noChromium", { env: env.KITCHIN_CHROMIUM, looked: CANDIDATES.slice(0, 5), html }),
    );
  }
  checkWritable(pdf);
  const dir = mkdtempSync(join(tmpdir(), "kitchin-pdf-"));
  try {
    const printed = join(dir, "report.pdf");
    const r = spawnSync(
      browser,
      [
        ...CHROMIUM_PRINT_FLAGS,
        `--user-data-dir=${join(dir, "profile")}`,
        `--print-to-pdf=${printed}`,
        pathToFileURL(html).href,
      ],
      { timeout: 120_000, encoding: "utf8" },
    );
    const bytes = existsSync(printed) && statSync(printed).isFile() ? readFileSync(printed) : null;
    if (r.status !== 0 || !bytes || bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
      const why = r.error ? r.error.message : (r.stderr ?? "").trim().split("\n").pop() || `exit ${r.status}`;
      throw new KitchinError("bad-file", say("pdfFailed", { browser, why, html }), { file: pdf });
    }
    writeChecked(pdf, bytes);
    // Printed, but with boxes for every Chinese character when no CJK font is installed.
    const lack = cjkFontWarning(env);
    if (lack && err) err(`${wordOf("warning", lang)}: ${inLang(lack, lang)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether Chromium can draw Chinese: on Linux it finds fonts through fontconfig, so `fc-list
 * :lang=zh` (or `KITCHIN_FC_LIST`, a program printing the same) listing no font means every Chinese
 * character prints as an empty box — the phase names (主动补库 …) in English reports too. True,
 * false, or null when there is no fontconfig to ask (macOS and Windows ship CJK fonts).
 */
export function hasCjkFont(env: Record<string, string | undefined>): boolean | null {
  const r = spawnSync(env.KITCHIN_FC_LIST || "fc-list", [":lang=zh", "family"], { encoding: "utf8", timeout: 20_000 });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim() !== "";
}

/** The warning for a machine without a CJK font (null when there is one or nothing to ask), with how to install one. */
export function cjkFontWarning(env: Record<string, string | undefined>): Message | null {
  if (hasCjkFont(env) !== false) return null;
  return say("noCjkFont");
}

/** `--pdf F`: a name ending in .pdf that can be written (checked before the report is computed). */
export function pdfTarget(pdf: string): string {
  const target = resolve(pdf);
  if (!/\.pdf$/i.test(target)) throw new UsageError(say("fileKind", { flag: "--pdf", ext: ".pdf" }));
  checkWritable(target);
  return target;
}
