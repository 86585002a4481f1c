/**
 * `kitchin report` writes one self-contained HTML file; headless Chromium (playwright-core) opens
 * it and checks that the three charts rendered, and keeps a screenshot in test-artifacts/.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { run, tmpPath } from "./helpers.ts";
import { fixtures } from "./backtestFixtures.ts";

const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));

describe("kitchin report", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });

  async function check(file: string, shot: string) {
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script|<link |src="http|href="http/); // self-contained, nothing to fetch
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.goto("file://" + file, { waitUntil: "load" });
    const charts = await page.$$eval("figure.chart", (figs) =>
      figs.map((f) => {
        const svg = f.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return { name: f.getAttribute("data-chart"), width: box?.width ?? 0, height: box?.height ?? 0, marks: svg ? svg.querySelectorAll("path, rect, line, text").length : 0 };
      }),
    );
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: artifacts + shot, fullPage: true });
    await page.close();
    expect(failed).toEqual([]);
    expect(charts.map((c) => c.name)).toEqual(["phases", "cumulative", "scores"]);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(300);
      expect(c.height).toBeGreaterThan(100);
      expect(c.marks).toBeGreaterThan(20);
    }
    return html;
  }

  it("renders on the shipped China data", async () => {
    const out = tmpPath("cn-report.html");
    const r = await run("report", "--dataset", "cn", "--out", out, "--permutations", "49", "--bootstrap", "49");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wrote .*cn-report\.html/);
    const html = await check(out, "report-cn.png");
    // the same "now" as kitchin phase (issue 11)
    const now = JSON.parse((await run("phase", "--dataset", "cn", "--format", "json")).out).current;
    expect(html).toContain(`Now (as of ${now.asOf}, as-of phases; docs/phases.md): ${now.label.en} / ${now.label.zh}, ${now.monthsInPhase} months.`);
    expect(html).not.toMatch(/class="stamp"/);
  }, 60000);

  it("renders from files, and an ex-post run carries the stamp", async () => {
    const f = fixtures("rep");
    const out = tmpPath("file-report.html");
    const r = await run("report", "--prices", f.prices, "--phases", f.phases, "--out", out, "--permutations", "0", "--bootstrap", "0");
    expect(r.code).toBe(0);
    const html = await check(out, "report-file.png");
    expect(html).toMatch(/class="stamp" id="stamp">USES FUTURE INFORMATION/);
  }, 60000);

  it("refuses an --out that is not HTML", async () => {
    const r = await run("report", "--dataset", "cn", "--out", tmpPath("x.pdf"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out must name an \.html file/);
  });
});
