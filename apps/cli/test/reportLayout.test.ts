/**
 * The report as a client reads it, in a real headless Chromium: English and Chinese,
 * China, the US and a user's own file. Measured, not looked at: no two visible text boxes of a
 * chart overlap (heat-map headers, axes, legends); every axis has tick labels at both ends of its
 * range (a log axis whose labels stop at 100 under a line at 170 fails); no series id, `kitchin `
 * instruction or docs path in the visible text; no Latin-only heading in Chinese; every table and
 * chart fits A4's printable width with text of at least 8 pt; the PDF the CLI prints has no page less
 * than half full but the last (pdftotext from poppler-utils, installed by .ci/run); and `--pdf`
 * warns on stderr when no CJK font is installed. Screenshots go to test-artifacts/ (git-ignored).
 */
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { chmodSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { fixture, runEnv, tmpFile, tmpPath } from "./helpers.ts";
import { heatmapParts, logTicks } from "@kitchin/report";
import { clientText, specName } from "@kitchin/report";
import { figureCell } from "@kitchin/report";

const artifacts = fileURLToPath(new URL("../test-artifacts/", import.meta.url));
const env = { KITCHIN_TODAY: "2026-07", KITCHIN_CHROMIUM: process.env.KITCHIN_CHROMIUM ?? "/usr/bin/chromium" };
const FAST = ["--permutations", "0", "--bootstrap", "0"];
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
/** A4 (210 mm) less the report's 12 mm margins, in CSS px: the width the PDF lays the page out at. */
const A4_TEXT_PX = Math.floor(((210 - 24) / 25.4) * 96);
/** 8 pt in CSS px. */
const MIN_PX = (8 / 72) * 96;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
}
interface Axis {
  vertical: boolean;
  from: number;
  to: number;
  labels: { at: number; text: string }[];
}
interface Measured {
  charts: { name: string; texts: Box[]; axes: Axis[] }[];
  text: string;
  headings: string[];
  h3: string[];
  /** Widest element's right edge, and the smallest text (CSS px, after the SVG's scaling). */
  right: number;
  smallest: { px: number; text: string };
}

describe("the report's layout, measured in headless Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: env.KITCHIN_CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  }, 30000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Lays the page out at `width` (print media at A4's text width, or a 1,000 px screen) and measures it. */
  async function measure(file: string, width: number, print: boolean, shot?: string): Promise<Measured> {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    if (print) await page.emulateMedia({ media: "print" });
    await page.goto("file://" + file, { waitUntil: "load" });
    // runs in the page (the test's tsconfig has no DOM types: the page's objects are typed loosely)
    const got = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const win = globalThis as any;
      const visible = (e: any) => {
        for (let n = e; n && n.tagName !== "svg"; n = n.parentNode) {
          const s = win.getComputedStyle(n);
          if (
            s.opacity === "0" ||
            s.display === "none" ||
            s.visibility === "hidden" ||
            n.getAttribute?.("opacity") === "0"
          )
            return false;
        }
        return (e.textContent ?? "").trim() !== "";
      };
      const box = (e: any) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height, text: (e.textContent ?? "") as string };
      };
      const charts = [...d.querySelectorAll("figure.chart")].map((f: any) => {
        const svg = f.querySelector("svg");
        const texts = [...svg.querySelectorAll("text")].filter(visible).map(box);
        const axes = [...svg.querySelectorAll("g.role-axis")]
          .map((g: any) => {
            const dom = g.querySelector(".role-axis-domain path, .role-axis-domain line");
            if (!dom) return null;
            const r = dom.getBoundingClientRect();
            const vertical = r.height > r.width;
            const labels = [...g.querySelectorAll(".role-axis-label text")].filter(visible).map((t: any) => {
              const b = t.getBoundingClientRect();
              return { at: vertical ? b.y + b.height / 2 : b.x + b.width / 2, text: (t.textContent ?? "") as string };
            });
            return { vertical, from: vertical ? r.y : r.x, to: vertical ? r.y + r.height : r.x + r.width, labels };
          })
          .filter(Boolean);
        return { name: f.getAttribute("data-chart") as string, texts, axes };
      });
      // the smallest text anywhere: HTML by its computed size, SVG text by its size times the SVG's scale
      let smallest = { px: Infinity, text: "" };
      for (const e of d.querySelectorAll("body *")) {
        const own = [...e.childNodes].some((n: any) => n.nodeType === 3 && n.textContent.trim() !== "");
        if (!own || (e.closest("svg") && e.tagName !== "text" && e.tagName !== "tspan")) continue;
        let px = parseFloat(win.getComputedStyle(e).fontSize);
        const svg = e.closest("svg");
        if (svg) {
          const vb = svg.viewBox?.baseVal;
          const drawn = svg.getBoundingClientRect().width;
          const natural = vb?.width ? vb.width : parseFloat(svg.getAttribute("width"));
          px = parseFloat(e.getAttribute("font-size") ?? win.getComputedStyle(e).fontSize) * (drawn / natural);
          if (!visible(e)) continue;
        }
        if (px < smallest.px) smallest = { px, text: e.textContent.trim().slice(0, 40) };
      }
      let right = 0;
      for (const e of d.querySelectorAll("table, figure, svg, p, h1, h2, h3, h4, div, ul"))
        right = Math.max(right, e.getBoundingClientRect().right);
      return {
        charts,
        text:
          (d.body.innerText as string) +
          "\n" +
          [...d.querySelectorAll("svg text")].map((t: any) => t.textContent).join("\n"),
        headings: [...d.querySelectorAll("h1, h2, h3, h4, th")].map((h: any) => (h.textContent ?? "") as string),
        h3: [...d.querySelectorAll("#strategies h3")].map((h: any) => (h.textContent ?? "") as string),
        right,
        smallest,
      };
    });
    if (shot) {
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: artifacts + shot, fullPage: true });
    }
    await page.close();
    return got as Measured;
  }

  const overlaps = (a: Box, b: Box) =>
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5;

  /** Everything the issue asks of one rendered report. */
  function check(m: Measured, lang: "en" | "zh", what: string, minCharts = 3) {
    expect(m.charts.length, what).toBeGreaterThanOrEqual(minCharts);
    for (const c of m.charts) {
      // no two visible text boxes of a chart overlap
      const clash: string[] = [];
      for (let i = 0; i < c.texts.length; i++) {
        for (let j = i + 1; j < c.texts.length; j++)
          if (overlaps(c.texts[i], c.texts[j])) clash.push(`"${c.texts[i].text}" × "${c.texts[j].text}"`);
      }
      expect(clash, `${what} ${c.name}`).toEqual([]);
      // every axis labelled at both ends of its range (within a quarter of its length)
      expect(c.axes.length, `${what} ${c.name}`).toBeGreaterThan(0);
      for (const a of c.axes) {
        expect(a.labels.length, `${what} ${c.name}`).toBeGreaterThanOrEqual(2);
        const at = a.labels.map((l) => l.at);
        const q = (a.to - a.from) / 4;
        expect(
          Math.min(...at),
          `${what} ${c.name} ${a.vertical ? "y" : "x"} ${a.labels.map((l) => l.text).join(",")}`,
        ).toBeLessThanOrEqual(a.from + q);
        expect(
          Math.max(...at),
          `${what} ${c.name} ${a.vertical ? "y" : "x"} ${a.labels.map((l) => l.text).join(",")}`,
        ).toBeGreaterThanOrEqual(a.to - q);
      }
    }
    // client words: no series id, no tool instruction, no repository path
    expect(m.text.match(/\b(?:cn|us)\.[a-z][a-z0-9_.]*/g) ?? [], what).toEqual([]);
    expect(m.text.match(/kitchin [a-z-]+/g) ?? [], what).toEqual([]);
    expect(m.text.match(/docs\/\S+|\S+\.md\b|topk:\d|\b(?:passive|active)-(?:de|re)stock\b/g) ?? [], what).toEqual([]);
    // every table and figure of the strategies section says its window (a cycle-only report has none)
    if (minCharts > 1) expect(m.h3.length, what).toBeGreaterThanOrEqual(3);
    for (const h of m.h3) expect(h, what).toMatch(/\d{4}-\d\d\.\.\d{4}-\d\d/);
    if (lang === "zh") {
      const latinOnly = m.headings.filter(
        (h) =>
          /[A-Za-z]{3,}/.test(h) &&
          !/[\u3400-\u9fff]/.test(h) &&
          !/^(CSI|SSE|PTA|LLDPE|LPG|PVC|TSR|WTI|Census|MTIS|OECD|PPI|CLI|M1|M2)\b/.test(h),
      );
      expect(latinOnly, what).toEqual([]);
    }
  }

  /** Fill of each PDF page: the lowest text's bottom over the page's height (pdftotext -bbox). */
  function pageFill(pdf: string): number[] {
    const r = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.error) throw new Error("pdftotext not found: install poppler-utils (.ci/run does)");
    const fills: number[] = [];
    let h = 0;
    for (const line of r.stdout.split("\n")) {
      const p = /<page width="[\d.]+" height="([\d.]+)"/.exec(line);
      if (p) {
        h = Number(p[1]);
        fills.push(0);
        continue;
      }
      const w = /yMax="([\d.]+)"/.exec(line);
      if (w && fills.length) fills[fills.length - 1] = Math.max(fills[fills.length - 1], Number(w[1]) / h);
    }
    return fills;
  }

  const cases = [
    { what: "China, English", args: ["--dataset", "cn"], lang: "en" as const, file: "cn-en" },
    { what: "China, Chinese", args: ["--dataset", "cn", "--lang", "zh"], lang: "zh" as const, file: "cn-zh" },
    { what: "US, English", args: ["--dataset", "us"], lang: "en" as const, file: "us-en" },
    { what: "US, Chinese", args: ["--dataset", "us", "--lang", "zh"], lang: "zh" as const, file: "us-zh" },
    { what: "own file, English", args: OWN, lang: "en" as const, file: "own-en" },
    // the cycle part alone: a user's file without prices, and a report as of a past month
    {
      what: "own file without prices, Chinese",
      args: [...OWN.slice(0, -2), "--lang", "zh"],
      lang: "zh" as const,
      file: "own-noprices-zh",
      cycleOnly: true,
    },
    {
      what: "China as of 2019-06, English",
      args: ["--dataset", "cn", "--as-of", "2019-06"],
      lang: "en" as const,
      file: "cn-asof-en",
      cycleOnly: true,
    },
    {
      what: "China as of 2019-06, Chinese",
      args: ["--dataset", "cn", "--as-of", "2019-06", "--lang", "zh"],
      lang: "zh" as const,
      file: "cn-asof-zh",
      cycleOnly: true,
    },
  ] as { what: string; args: string[]; lang: "en" | "zh"; file: string; cycleOnly?: boolean }[];

  for (const c of cases) {
    it(`${c.what}: legible on screen and on A4, client words, PDF pages filled`, async () => {
      const out = tmpPath(`layout-${c.file}.html`);
      const pdf = tmpPath(`layout-${c.file}.pdf`);
      const r = await runEnv(env, "report", ...c.args, "--out", out, "--pdf", pdf, ...FAST);
      expect(r.code, r.err).toBe(0);
      check(await measure(out, 1000, false, `layout-${c.file}.png`), c.lang, `${c.what} (screen)`, c.cycleOnly ? 1 : 3);
      const a4 = await measure(out, A4_TEXT_PX, true);
      check(a4, c.lang, `${c.what} (A4)`, c.cycleOnly ? 1 : 3);
      // nothing wider than A4's printable width (Chromium would shrink the whole page to fit) and no text under 8 pt
      expect(a4.right, c.what).toBeLessThanOrEqual(A4_TEXT_PX + 1);
      expect(a4.smallest.px, `${c.what}: "${a4.smallest.text}"`).toBeGreaterThanOrEqual(MIN_PX - 0.01);
      const fill = pageFill(pdf);
      if (!c.cycleOnly) expect(fill.length, c.what).toBeGreaterThan(1);
      else expect(r.out, c.what).toContain("cycle part only");
      expect(
        fill.slice(0, -1).filter((f) => f < 0.5),
        `${c.what}: page fills ${fill.map((f) => f.toFixed(2)).join(" ")}`,
      ).toEqual([]);
    }, 120000);
  }

  it("the growth chart shows the headline's walk-forward rotation, over the headline's own months", async () => {
    const out = tmpPath("layout-cn-en.html");
    const m = await measure(out, 1000, false);
    const g = m.charts.find((c) => c.name === "headline-growth");
    expect(g).toBeDefined();
    expect(g!.texts.map((t) => t.text)).toContain("walk-forward");
    expect(m.h3.find((h) => h.startsWith("Headline: out of sample"))).toMatch(
      /^Headline: out of sample (\d{4}-\d\d)\.\.(\d{4}-\d\d)/,
    );
  }, 60000);

  it("--pdf warns on stderr, with how to install one, when no CJK font is installed — and not when one is", async () => {
    const none = tmpFile("fc-none.sh", "#!/bin/sh\nexit 0\n");
    const some = tmpFile("fc-some.sh", "#!/bin/sh\necho 'Noto Sans CJK SC'\n");
    chmodSync(none, 0o755);
    chmodSync(some, 0o755);
    const args = ["report", "--dataset", "us", "--out", tmpPath("cjk.html"), "--pdf", tmpPath("cjk.pdf"), ...FAST];
    const without = await runEnv({ ...env, KITCHIN_FC_LIST: none }, ...args);
    expect(without.code, without.err).toBe(0);
    expect(without.err).toMatch(/^warning: no Chinese \(CJK\) font is installed.*apt-get install fonts-noto-cjk/m);
    expect(without.out).not.toMatch(/warning/);
    const withFont = await runEnv({ ...env, KITCHIN_FC_LIST: some }, ...args);
    expect(withFont.code, withFont.err).toBe(0);
    expect(withFont.err).not.toMatch(/CJK/);
  }, 90000);
});

describe("the report's layout rules", () => {
  it("log ticks cover a narrow range at both ends and a wide one in 1-2-5 steps", () => {
    const nanhua = logTicks(47 / 1.05, 180 * 1.05);
    expect(nanhua.length).toBeGreaterThanOrEqual(4);
    expect(Math.max(...nanhua)).toBeGreaterThan(100); // the line reaches ~170: a label above 100
    expect(Math.min(...nanhua)).toBeLessThan(60);
    expect(logTicks(0.5, 200)).toEqual([0.5, 2, 10, 50, 200]);
    expect(logTicks(1, 100)).toEqual([1, 2, 5, 10, 20, 50, 100]);
    expect(logTicks(0.66, 2.2)).toEqual([0.7, 1, 1.5, 2]);
    // 1.5-3-7 stops at 150, short of the top fifth: the finest steps, thinned
    expect(logTicks(95, 195)).toEqual([100, 120, 140, 160, 190]);
    expect(logTicks(95, 205)).toEqual([100, 150, 200]);
    expect(logTicks(-1, 2)).toEqual([]);
  });

  it("the heat map's parts hold at most 20 assets, in order, sizes within one", () => {
    const a = Array.from({ length: 57 }, (_, i) => i);
    const p = heatmapParts(a);
    expect(p.map((x) => x.length)).toEqual([19, 19, 19]);
    expect(p.flat()).toEqual(a);
    expect(heatmapParts(a.slice(0, 20)).length).toBe(1);
    expect(heatmapParts(a.slice(0, 21)).map((x) => x.length)).toEqual([11, 10]);
    expect(heatmapParts([])).toEqual([[]]);
  });

  it("client words: series specs by name, instructions and paths dropped", () => {
    expect(specName("cn.m1_yoy:minus=cn.m2_yoy", "en")).toBe("M1 money supply, YoY minus M2 money supply, YoY");
    expect(specName("cn.fut.ap", "zh")).toBe("苹果");
    expect(specName("us.isratio:yoy:inv", "en")).toBe("Total business inventories/sales ratio YoY (inverted)");
    expect(specName("own_column", "en")).toBe("own_column"); // a name is never invented
    expect(
      clientText("Staleness: 8 months old — the call is old: bring newer data with `kitchin data import`", "en"),
    ).toBe("Staleness: 8 months old — the call is old");
    expect(clientText("set beside equal weight over the same months (docs/backtest.md).", "en")).toBe(
      "set beside equal weight over the same months.",
    );
    expect(clientText("与基准比较（docs/backtest.md）。", "zh")).toBe("与基准比较。");
    expect(clientText("passive-destock: only 3 episodes", "en")).toBe("Passive destocking: only 3 episodes");
  });

  it("figures and dates stay on one line, names may wrap", () => {
    for (const c of ["-24%", "−6.1 pp", "9.1% (56)", "0.29", "+0.7 pp"]) expect(figureCell(c), c).toBe(true);
    for (const c of ["buy-and-hold CSI 300", "top 1 by phase score", "−6.1 pp ▼ trails", "2015-05→2024-01", "沪深300"])
      expect(figureCell(c), c).toBe(false);
  });
});
