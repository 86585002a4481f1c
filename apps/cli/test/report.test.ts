/**
 * The report in a real headless Chromium (playwright-core): English and Chinese, shipped
 * data and a user's own file. Each page must be self-contained, raise no console error, carry its
 * sections in order with rendered charts, and — in Chinese — no English heading. Screenshots go to
 * test-artifacts/ (git-ignored) for people to look at; nothing here depends on installed fonts.
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { fixture, run, runEnv, runJson, tmpPath } from "./helpers.ts";
import { fixtures } from "./backtestFixtures.ts";

const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const env = { KITCHIN_TODAY: "2026-07" };
/** The user's own data: a Wind-layout export of China's inventory and revenue, and a prices file. */
const OWN = [
  "--file",
  fixture("wind_export_cn_2000_2019.csv"),
  "--inventory",
  "工业企业:产成品存货:累计同比",
  "--demand",
  "工业企业:营业收入:累计同比",
  "--lag",
  "1",
  "--prices",
  fixture("own_prices_cn.csv"),
];

interface Page {
  html: string;
  sections: string[];
  headings: string[];
  charts: { name: string | null; width: number; height: number; marks: number }[];
  text: string;
}

describe("kitchin report in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
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
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string, shot: string): Promise<Page> {
    const html = readFileSync(file, "utf8");
    expect(html).not.toMatch(/<script|<link |src="http|href="http/); // self-contained, nothing to fetch
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const failed: string[] = [];
    const errors: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto("file://" + file, { waitUntil: "load" });
    // runs in the page (the test's tsconfig has no DOM types: the page's objects are typed loosely)
    const got = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const all = (q: string): any[] => [...d.querySelectorAll(q)];
      return {
        sections: all("section[id]").map((s) => s.id as string),
        headings: all("h1, h2, h3, th").map((h) => (h.textContent ?? "") as string),
        text: d.body.innerText as string,
        charts: all("figure.chart").map((f) => {
          const svg = f.querySelector("svg");
          const box = svg?.getBoundingClientRect();
          return {
            name: f.getAttribute("data-chart") as string | null,
            width: (box?.width ?? 0) as number,
            height: (box?.height ?? 0) as number,
            marks: (svg ? svg.querySelectorAll("path, rect, line, text").length : 0) as number,
          };
        }),
      };
    });
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: artifacts + shot, fullPage: true });
    await page.close();
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    for (const c of got.charts) {
      expect(c.width, c.name ?? "").toBeGreaterThan(300);
      expect(c.height, c.name ?? "").toBeGreaterThan(100);
      expect(c.marks, c.name ?? "").toBeGreaterThan(20);
    }
    return { html, ...got };
  }

  /** Words of three or more Latin letters in headings, apart from series ids, file columns and names. */
  const english = (headings: string[]) =>
    headings
      .flatMap((h) => h.split(/[\s,;:()（），：；、]+/))
      .filter(
        (w) =>
          /[A-Za-z]{3,}/.test(w) &&
          !/[._:]/.test(w) &&
          !/^(CSI|SSE|PTA|LLDPE|LPG|PVC|TSR|Harding–Pagan|Census|MTIS|BOPTIMP|topk)$/.test(w),
      );

  it("shipped China data, English: the call first, then every section, the same 'now' as kitchin phase", async () => {
    const out = tmpPath("cn-report.html");
    const r = await runEnv(env, "report", "--dataset", "cn", "--out", out, "--permutations", "49", "--bootstrap", "49");
    expect(r.code, r.err).toBe(0);
    const p = await open(out, "report-cn-en.png");
    expect(p.sections).toEqual([
      "outlook",
      "call",
      "cycles",
      "phases",
      "prices",
      "strategies",
      "scores",
      "best",
      "leading",
      "sync",
      "industries",
      "notes",
      "warnings",
    ]);
    expect(p.charts.map((c) => c.name)).toEqual([
      "phases",
      "price:cn.csi300",
      "price:cn.cgb10y_tr",
      "price:cn.nanhua",
      "headline-growth",
      "cumulative",
      "scores",
      "scores-2",
      "scores-3",
      "industry-breadth",
    ]);
    // the industries section: China's 31 industries at their last month and the China–US pairs (kitchin sectors'
    // numbers)
    const cnInd = await runJson("sectors", "--dataset", "cn");
    expect(p.text).toContain(
      `Manufacturing · ${cnInd.groups[1].month} · inventory state only · real — restocking ${cnInd.groups[1].states.counts.restocking}/24`,
    );
    const pairs = await runJson("sectors", "--pairs");
    expect(p.text).toContain(
      `${pairs.at} · same ${pairs.summary.same}, opposite ${pairs.summary.opposite}, unknown ${pairs.summary.unknown}`,
    );
    const now = JSON.parse((await runEnv(env, "phase", "--dataset", "cn", "--format", "json")).out).current;
    const since = (() => {
      const [y, m] = now.asOf.split("-").map(Number);
      const k = y * 12 + m - 1 - now.monthsInPhase + 1;
      return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
    })();
    expect(p.text).toContain(
      `As of ${now.asOf}: ${now.label.en} (${now.label.zh}), ${now.monthsInPhase} months in it (since ${since})`,
    );
    expect(p.text).toContain(`made ${env.KITCHIN_TODAY}`);
    expect(p.text).toMatch(
      /Headline: the walk-forward rotation .* out of sample \d{4}-\d\d\.\.\d{4}-\d\d, against equal weight -?\d+\.\d%, buy-and-hold CSI 300 -?\d+\.\d%/,
    );
    expect(p.text).toContain("CSI 300");
    expect(p.html).not.toMatch(/class="stamp"/);
  }, 90000);

  it("overview --lang zh: the call, China's troughs, names, the date, and no English heading", async () => {
    const out = tmpPath("cn-zh.html");
    const r = await runEnv(env, "overview", "--dataset", "cn", "--lang", "zh", "--report", out);
    expect(r.code, r.err).toBe(0);
    const p = await open(out, "report-cn-zh.png");
    expect(p.sections.slice(0, 7)).toEqual(["outlook", "call", "cycles", "phases", "prices", "strategies", "scores"]);
    const now = JSON.parse((await runEnv(env, "phase", "--dataset", "cn", "--format", "json")).out).current;
    expect(p.text).toContain(`截至 ${now.asOf}：${now.label.zh}，已持续 ${now.monthsInPhase} 个月`);
    const cycles = (await runJson("cycles", "--dataset", "cn")).cycles as { startTrough: string; endTrough: string }[];
    expect(cycles.length).toBeGreaterThan(4);
    for (const c of cycles) expect(p.text).toContain(c.startTrough);
    expect(p.text).toContain("沪深300");
    expect(p.text).toContain("南华商品指数");
    expect(p.text).toContain(`生成于 ${env.KITCHIN_TODAY}`);
    expect(p.headings[0]).toBe("库存周期报告 — 中国");
    expect(english(p.headings)).toEqual([]);
    // the same check finds English where there is English (the check is not vacuous)
    const en = await open(tmpPath("cn-report.html"), "report-cn-en-again.png");
    expect(english(en.headings).length).toBeGreaterThan(10);
  }, 90000);

  it("a user's own file (--file --inventory --demand --prices): the same sections as shipped data, en and zh", async () => {
    for (const lang of ["en", "zh"] as const) {
      const out = tmpPath(`own-${lang}.html`);
      const r = await runEnv(
        env,
        "report",
        ...OWN,
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
      const p = await open(out, `report-file-${lang}.png`);
      expect(p.sections).toEqual([
        "outlook",
        "call",
        "cycles",
        "phases",
        "prices",
        "strategies",
        "scores",
        "best",
        "notes",
        "warnings",
      ]);
      expect(p.charts.map((c) => c.name)).toEqual([
        "phases",
        "price:沪深300",
        "price:国债全收益",
        "price:南华商品",
        "price:螺纹钢",
        "headline-growth",
        "cumulative",
        "scores",
      ]);
      if (lang === "zh") expect(english(p.headings)).toEqual([]);
      // the file's phases are as-of phases: the strategies are not stamped as using future information
      expect(p.html).not.toMatch(/class="stamp"/);
      // the demand and inventory lines are drawn from the file (not an empty chart)
      expect(p.html).toContain("工业企业:产成品存货:累计同比");
    }
    // and the whole job in one command
    const out = tmpPath("own-overview.html");
    const r = await runEnv(env, "overview", ...OWN, "--report", out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Inventory cycle: 工业企业:产成品存货:累计同比/);
    expect(r.out).toMatch(/Rotation backtest 2005-01\.\.2019-05/);
    expect(r.out).toMatch(/Report: .*own-overview\.html/);
    const p = await open(out, "overview-file-en.png");
    expect(p.sections.slice(0, 3)).toEqual(["outlook", "call", "cycles"]);
  }, 120000);

  it("a phase file dated with hindsight carries the stamp", async () => {
    const f = fixtures("rep");
    const out = tmpPath("file-report.html");
    const r = await run(
      "report",
      "--prices",
      f.prices,
      "--phases",
      f.phases,
      "--out",
      out,
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    expect(r.code).toBe(0);
    const p = await open(out, "report-phases-file.png");
    expect(p.html).toMatch(/class="stamp" id="stamp">USES FUTURE INFORMATION/);
    expect(p.sections[0]).toBe("phases"); // no demand and inventory: no call, no cycle table
  }, 60000);

  it("--pdf prints with the machine's Chromium, and says so clearly when there is none", async () => {
    const out = tmpPath("pdf-report.html");
    const pdf = tmpPath("pdf-report.pdf");
    const ok = await runEnv(
      { ...env, KITCHIN_CHROMIUM: process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium" },
      "report",
      "--dataset",
      "us",
      "--out",
      out,
      "--pdf",
      pdf,
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    expect(ok.code, ok.err).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const none = await runEnv(
      { ...env, KITCHIN_CHROMIUM: "/no/such/chrome" },
      "report",
      "--dataset",
      "us",
      "--out",
      tmpPath("nopdf.html"),
      "--pdf",
      tmpPath("nopdf.pdf"),
      "--permutations",
      "0",
      "--bootstrap",
      "0",
    );
    expect(none.code).not.toBe(0);
    expect(none.err).toMatch(
      /--pdf needs Chromium or Chrome and none was found \(KITCHIN_CHROMIUM=\/no\/such\/chrome does not exist\); install one/,
    );
    expect(none.err.trim().split("\n")).toHaveLength(1);
    expect(existsSync(tmpPath("nopdf.html"))).toBe(true); // the HTML is kept
    expect(existsSync(tmpPath("nopdf.pdf"))).toBe(false);
  }, 90000);

  it("refuses an --out that is not HTML and a --pdf that is not PDF", async () => {
    const r = await run("report", "--dataset", "cn", "--out", tmpPath("x.pdf"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out must name an \.html file/);
    const q = await run("report", "--dataset", "cn", "--out", tmpPath("x.html"), "--pdf", tmpPath("x.html"));
    expect(q.code).toBe(2);
    expect(q.err).toMatch(/--pdf must name a \.pdf file/);
  });
});
