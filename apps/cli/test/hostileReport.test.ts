/**
 * Hostile names in every place a name can reach the report: asset names (price columns:
 * price charts, heat map, tables, the intro, a note), a buy-and-hold strategy of such an asset (the
 * headline sentence, the cumulative chart's legend), a map strategy whose file name is markup, the
 * demand and inventory column names (the call, the phase chart's legend), the prices file's name (the
 * title) and the phase file's name (the notes) — in English and Chinese. Each page is parsed by a
 * real Chromium: no element or attribute was injected, no script ran and no request left, with the
 * page's Content-Security-Policy and without it (escaping alone must hold). `--pdf` with a name that
 * points at a local server must not fetch it.
 */
import { createServer, type Server } from "node:http";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { run, runEnv, tmpPath } from "./helpers.ts";
import { N, inv, rev, ym } from "./hostile/data.ts";
import { CHROMIUM_PRINT_FLAGS } from "@kitchin/report/pdf";

let server: Server;
let port = 0;
const hits: string[] = [];
let browser: Browser;

beforeAll(async () => {
  server = createServer((q, r) => {
    hits.push(q.url ?? "");
    r.end("x");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  port = (server.address() as { port: number }).port;
  browser = await chromium.launch({
    executablePath: process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
}, 30000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Payloads: each would inject an element, an attribute or a script, or fetch the local server. */
const payload = (k: string) => [
  `<img src=x onerror="__pwn('${k}')">`,
  `"><img src="http://127.0.0.1:PORT/${k}">`,
  `</title></style><script>__pwn('${k}')</script>`,
  `'><svg onload=__pwn('${k}')>`,
];
const withPort = (s: string) => s.replace("PORT", String(port));
const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The files of one hostile report: data, prices, phases and a map, all named or headed with payloads. */
function hostileFiles(dir: string) {
  mkdirSync(dir, { recursive: true });
  const assets = payload("asset").map(withPort);
  const [invName, revName] = [withPort(payload("inventory")[1]), payload("demand")[0]];
  writeFileSync(
    join(dir, "own.csv"),
    [
      ["date", invName, revName].map(csvQuote).join(","),
      ...Array.from({ length: N }, (_, i) => `${ym(i)},${inv[i]},${rev[i]}`),
    ].join("\n") + "\n",
  );
  const lines = [["date", ...assets].map(csvQuote).join(",")];
  for (let i = 0; i < N; i++) {
    // the last asset is listed late (blank first months): a note names it
    lines.push(
      [
        `${ym(i)}-28`,
        ...assets.map((_, a) =>
          a === 3 && i < 6 ? "" : (100 * Math.exp(0.01 * i * (a + 1) + 0.05 * Math.sin((i + 7 * a) / 6))).toFixed(3),
        ),
      ].join(","),
    );
  }
  // file names cannot hold "/": these payloads have none
  const pricesFile = join(dir, `<img src=x onerror=__pwn('title')>.csv`);
  writeFileSync(pricesFile, lines.join("\n") + "\n");
  const mapFile = join(dir, `<svg onload=__pwn('map')>.json`);
  writeFileSync(
    mapFile,
    JSON.stringify({
      "passive-destock": { [assets[0]]: 1 },
      "active-restock": { [assets[1]]: 0.5, [assets[2]]: 0.5 },
      "passive-restock": { [assets[3]]: 1 },
      "active-destock": {},
    }),
  );
  const phasesFile = join(dir, `<img src=x onerror=__pwn('phases')>.csv`);
  const code = (i: number) =>
    ["passive-destock", "active-restock", "passive-restock", "active-destock"][Math.floor(((i + 11) % 40) / 10)];
  writeFileSync(
    phasesFile,
    ["date,phase", ...Array.from({ length: N }, (_, i) => `${ym(i)},${code(i)}`)].join("\n") + "\n",
  );
  return { own: join(dir, "own.csv"), invName, revName, pricesFile, mapFile, phasesFile, assets };
}

interface Parsed {
  requests: string[];
  pwned: string[];
  injected: string[];
  text: string;
  svgText: string;
  errors: string[];
}

/** The page in Chromium: what loaded, what ran, which elements or attributes a name could have made. */
async function parse(html: string, file: string): Promise<Parsed> {
  writeFileSync(file, html);
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (r.url() !== "file://" + file) requests.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript("window.__pwned = []; window.__pwn = (k) => window.__pwned.push(String(k));");
  await page.goto("file://" + file, { waitUntil: "load" });
  const got = await page.evaluate(() => {
    const d = (globalThis as any).document;
    const all: any[] = [...d.querySelectorAll("*")];
    const injected: string[] = [];
    for (const el of all) {
      const tag = String(el.tagName).toLowerCase();
      if (
        [
          "script",
          "img",
          "iframe",
          "object",
          "embed",
          "link",
          "base",
          "form",
          "foreignobject",
          "image",
          "use",
          "a",
          "meta",
        ].includes(tag) &&
        !(tag === "meta" && el.parentElement?.tagName === "HEAD")
      )
        injected.push(tag);
      if (tag === "svg" && !el.closest("figure.chart")) injected.push("stray svg");
      for (const at of [...el.attributes])
        if (/^on/i.test(at.name) || /^(src|href|xlink:href|srcdoc)$/i.test(at.name))
          injected.push(`${tag}[${at.name}]`);
    }
    return {
      pwned: [...((globalThis as any).__pwned ?? [])] as string[],
      injected,
      text: d.body.innerText as string,
      svgText: all
        .filter((e) => e.closest?.("figure.chart") && String(e.tagName).toLowerCase() === "text")
        .map((e) => e.textContent)
        .join("\n") as string,
    };
  });
  await page.close();
  return { requests, errors, ...got };
}

describe("hostile names in every place of the report", () => {
  for (const lang of ["en", "zh"] as const) {
    it(`--lang ${lang}: own data, prices, map, hold and phase file named with markup: nothing injected, nothing run, nothing fetched`, async () => {
      const f = hostileFiles(tmpPath(`hostile-report-${lang}`));
      const out = tmpPath(`hostile-${lang}.html`);
      const strategies = [
        "--strategy",
        "topk:1",
        "--strategy",
        `map:${f.mapFile}`,
        "--strategy",
        `hold:${f.assets[0]}`,
        "--strategy",
        "equal",
      ];
      const r = await runEnv(
        { KITCHIN_TODAY: "2020-06" },
        "report",
        "--file",
        f.own,
        "--inventory",
        f.invName,
        "--demand",
        f.revName,
        "--lag",
        "0",
        "--prices",
        f.pricesFile,
        ...strategies,
        "--lang",
        lang,
        "--out",
        out,
        "--permutations",
        "0",
        "--bootstrap",
        "0",
      );
      expect(r.code, r.err).toBe(0);
      const html = readFileSync(out, "utf8");
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      // the phase file's name (the notes) in a second report on --phases
      const out2 = tmpPath(`hostile-phases-${lang}.html`);
      const r2 = await run(
        "report",
        "--prices",
        f.pricesFile,
        "--phases",
        f.phasesFile,
        ...strategies,
        "--lang",
        lang,
        "--out",
        out2,
        "--permutations",
        "0",
        "--bootstrap",
        "0",
      );
      expect(r2.code, r2.err).toBe(0);
      for (const [name, text] of [
        ["file", html],
        ["phases", readFileSync(out2, "utf8")],
      ] as const) {
        for (const csp of [true, false]) {
          const page = csp ? text : text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
          expect(page.includes("Content-Security-Policy")).toBe(csp);
          const p = await parse(page, tmpPath(`hostile-${lang}-${name}-${csp}.html`));
          expect(p.pwned, `${name}, csp ${csp}`).toEqual([]);
          expect(p.injected, `${name}, csp ${csp}`).toEqual([]);
          expect(p.requests, `${name}, csp ${csp}`).toEqual([]);
          expect(p.errors).toEqual([]);
          // the names are shown as text, where they belong (the test is not vacuous)
          for (const a of f.assets) expect(p.text).toContain(a);
          expect(p.svgText).toContain(f.assets[0].slice(0, 12));
          expect(p.text).toContain(`<svg onload=__pwn('map')>.json`);
          if (name === "file") {
            expect(p.text).toContain(f.invName);
            expect(p.text).toContain(f.revName);
            expect(p.text).toContain(`<img src=x onerror=__pwn('title')>.csv`);
          } else expect(p.text).toContain(`<img src=x onerror=__pwn('phases')>.csv`);
        }
      }
      expect(hits).toEqual([]);
    }, 120000);
  }

  it("--pdf with a name that points at a local server: nothing is fetched", async () => {
    const f = hostileFiles(tmpPath("hostile-pdf"));
    const r = await run(
      "report",
      "--prices",
      f.pricesFile,
      "--phases",
      f.phasesFile,
      "--strategy",
      `hold:${f.assets[1]}`,
      "--strategy",
      "equal",
      "--out",
      tmpPath("hostile-pdf.html"),
      "--pdf",
      tmpPath("hostile.pdf"),
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(tmpPath("hostile.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(hits).toEqual([]);
  }, 120000);

  it("the PDF printer's own switches keep Chromium off the network, even for a page without escaping or CSP", async () => {
    // a page kitchin would never write: loads from the local server by address and by name, a script that fetches
    const page = tmpPath("raw-loads.html");
    writeFileSync(
      page,
      `<html><body><p>x</p><img src="http://127.0.0.1:${port}/img"><img src="http://localhost:${port}/byname"><link rel="stylesheet" href="http://127.0.0.1:${port}/css"><script>fetch("http://127.0.0.1:${port}/fetch")</script></body></html>`,
    );
    const before = hits.length;
    const { spawn } = await import("node:child_process");
    // the same switches as printPdf, run asynchronously so this process's server can answer
    const code = await new Promise<number | null>((ok) =>
      spawn(process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium", [
        ...CHROMIUM_PRINT_FLAGS,
        `--user-data-dir=${tmpPath("pdf-profile")}`,
        `--print-to-pdf=${tmpPath("raw.pdf")}`,
        "file://" + page,
      ]).on("exit", ok),
    );
    expect(code).toBe(0);
    expect(hits.slice(before)).toEqual([]);
    // and without the switches the same page does reach the server (the check is not vacuous)
    const code2 = await new Promise<number | null>((ok) =>
      spawn(process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium", [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        `--user-data-dir=${tmpPath("pdf-profile2")}`,
        `--print-to-pdf=${tmpPath("raw2.pdf")}`,
        "file://" + page,
      ]).on("exit", ok),
    );
    expect(code2).toBe(0);
    expect(hits.slice(before).length).toBeGreaterThan(0);
    hits.length = before;
  }, 120000);
});
