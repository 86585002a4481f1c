/**
 * One resampling default everywhere — `overview`, `score` and `report` print the same
 * p-value (and Benjamini–Hochberg q-value) for the same asset × phase cell.
 */
import { describe, expect, it } from "vitest";
import { runOverview as mainJobExtras } from "../src/format/overview.ts";
import { overviewJob } from "@kitchin/jobs/node";
import type { Io } from "../src/context.ts";
import { run, runJson, tmpPath } from "./helpers.ts";
import { readFileSync } from "node:fs";

describe("the same p for the same cell on every face", () => {
  it("score, the report's scores and the overview's best-in-phase rows agree, p and q", async () => {
    const score = await runJson<{
      scores: { asset: string; phase: string; pValue: number | null; qValue: number | null }[];
    }>("score", "--dataset", "cn", "--from", "2011-01");
    const key = (r: { asset: string; phase: string }) => `${r.asset} ${r.phase}`;
    const byCell = new Map(score.scores.map((r) => [key(r), r]));
    expect(score.scores.filter((r) => r.pValue !== null).length).toBeGreaterThan(100);
    // The report's scores: the overview job as `kitchin report` runs it (ex-post, every shipped asset, from 2011-01).
    const rep = (await overviewJob({ source: { own: { dataset: "cn" } } })).scores;
    expect(rep.scores.length).toBe(score.scores.length);
    for (const r of rep.scores) {
      expect(r.pValue, key(r)).toBe(byCell.get(key(r))!.pValue);
      expect(r.qValue, key(r)).toBe(byCell.get(key(r))!.qValue);
    }
    // The overview's rows.
    const io: Io = { out: () => {}, err: () => {}, isTTY: false, env: {} };
    const j = await mainJobExtras("cn", io, { report: null, print: false });
    const shown = [...j.classesNow, ...j.topNow];
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) {
      expect(r.pValue, key(r)).toBe(byCell.get(key(r))!.pValue);
      expect(r.qValue, key(r)).toBe(byCell.get(key(r))!.qValue);
    }
  }, 120000);

  it("the written report prints those p and q values", async () => {
    const out = tmpPath("one-p.html");
    const r = await run("report", "--dataset", "cn", "--out", out);
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/q \(BH\)/);
    const score = await runJson<{
      scores: { asset: string; phase: string; pValue: number | null; qValue: number | null }[];
    }>("score", "--dataset", "cn", "--from", "2011-01");
    // The best-five table: every p printed there (3 decimals) is one of score's, next to its q.
    const cells = [...html.matchAll(/<td class="n">(\d\.\d{3})<\/td><td class="n">(\d\.\d{3})<\/td><\/tr>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(cells.length).toBeGreaterThan(4);
    const pairs = new Set(
      score.scores.filter((s) => s.pValue !== null).map((s) => `${s.pValue!.toFixed(3)} ${s.qValue!.toFixed(3)}`),
    );
    for (const [p, q] of cells) expect(pairs.has(`${p} ${q}`), `${p} ${q}`).toBe(true);
  }, 120000);
});
