/**
 * `render(ReportData)` draws and computes nothing: built from the overview job and the report extras
 * on the shipped China data, the same data renders to the same bytes twice, and taking one extra away
 * (`macro: null`) takes away exactly its sections (leading indicators, China–US sync) and nothing else.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { overviewJob, reportExtras } from "@kitchin/jobs/node";
import { render, type ReportData } from "../../src/report.ts";

process.env.KITCHIN_HOME = mkdtempSync(join(tmpdir(), "kitchin-report-home-")); // no user imports

/** The page's sections by id (a section holds no other section). */
function sections(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of page.matchAll(/<section id="([^"]+)">[\s\S]*?<\/section>/g)) out.set(m[1], m[0]);
  return out;
}

describe("render", () => {
  const data = (async (): Promise<ReportData> => {
    const job = await overviewJob({ source: "cn", permutations: 0, bootstrap: 0, forReport: true });
    return {
      inputs: job.inputs,
      runs: job.runs,
      scoreInputs: job.scoreInputs,
      scores: job.scores,
      headline: job.headline,
      lang: "en",
      made: "2026-01",
      extras: await reportExtras(job.inputs, job.runs, job.headline),
    };
  })();

  it("the same data gives the same page, twice", async () => {
    const d = await data;
    const a = await render(d);
    const b = await render(d);
    expect(b).toBe(a);
    expect(a.startsWith("<!doctype html>") || a.startsWith("<!DOCTYPE html>")).toBe(true);
    const ids = [...sections(a).keys()];
    for (const id of ["phases", "prices", "strategies", "scores", "leading", "sync", "industries"])
      expect(ids, id).toContain(id);
    expect(ids).not.toContain("imports"); // no contributions for China
  }, 300_000);

  it("macro: null takes away the leading-indicator and sync sections, and nothing else", async () => {
    const d = await data;
    const full = await render(d);
    const less = await render({ ...d, extras: { ...d.extras, macro: null } });
    const f = sections(full);
    const l = sections(less);
    expect([...f.keys()].filter((id) => !l.has(id))).toEqual(["leading", "sync"]);
    for (const [id, html] of l) expect(html, id).toBe(f.get(id));
    // outside the sections (each followed by the line break that joins it to the next), the page is the same
    const strip = (page: string) => page.replace(/<section id="[^"]+">[\s\S]*?<\/section>\n?/g, "");
    expect(strip(less)).toBe(strip(full));
  }, 300_000);

  it("the headline's growth chart is drawn only with the headline's growth line", async () => {
    const d = await data;
    expect(d.extras.headlineGrowth).not.toBeNull();
    const withLine = await render(d);
    const without = await render({ ...d, extras: { ...d.extras, headlineGrowth: null } });
    expect(withLine).toContain('data-chart="headline-growth"');
    expect(without).not.toContain('data-chart="headline-growth"');
  }, 300_000);
});
