/**
 * The overview job, behind `kitchin overview` and `kitchin report`: on a shipped region or the
 * user's own demand, inventory and prices — the rotation backtest (as-of phases) against its
 * benchmarks, the honest walk-forward headline, every asset scored by phase (ex-post, descriptive),
 * and the best of them in the phase known now. Plain data out; the faces print it and the report
 * package draws it.
 */
import { PHASE_IDS, formatMonth, type Note, uniqueNotes } from "@kitchin/core";
import { checkReportAssets } from "../../src/limits.ts";
import { priceCaveats, type PriceCaveats } from "@kitchin/datasets";
import {
  BACKTEST_DEFAULTS,
  bestInPhase,
  codesOnAxis,
  scoreJson,
  scorePhases,
  type Headline,
  type ScoreJson,
  type ScoreRow,
  type StrategyMetrics,
} from "@kitchin/backtest";
import { backtestInputs, type InputOptions, type Inputs } from "../readers/backtestInputs.ts";
import { Readers } from "../readers/readers.ts";
import { defaultSpecs } from "../../src/strategies.ts";
import { runHeadline, runSpecs, type RunOptions, type Runs } from "./strategies.ts";

/**
 * The source of the overview: a shipped region, or the user's own data — a file with its inventory
 * and demand columns (phases computed as of each month) and a price file.
 */
export type OverviewSource = "cn" | "us" | { own: InputOptions };

export interface OverviewRequest {
  source: OverviewSource;
  /** First month of the scores and the backtest (`YYYY-MM`; default: `overviewFrom`). */
  from?: string;
  /** `zero`, `shipped` or a series id; default the region's shipped rate. */
  riskFree?: string;
  /** The US as-of signal from the shipped FRED-MD vintages. */
  vintages?: boolean;
  /** Strategy specs (default: the region's default set). */
  strategies?: readonly string[];
  run?: RunOptions;
  /** Assets of the scores (default: every shipped asset, or the user's prices). */
  scoreAssets?: string;
  permutations?: number;
  bootstrap?: number;
  /**
   * "Now" from the cycle analysis (the core's one definition): the phase whose best assets are
   * listed. Without it, the last as-of phase of the backtest window.
   */
  now?: { code: number; month: number };
  /** The report will draw every asset: refuse more than it can draw, before the work. */
  forReport?: boolean;
}

export interface OverviewJob {
  /** The strategies' inputs (as-of phases by default) and their runs. */
  inputs: Inputs;
  runs: Runs;
  /** The scores' inputs (ex-post phases) and the scores. */
  scoreInputs: Inputs;
  scores: ScoreJson;
  /** The walk-forward rotation out of sample beside the benchmarks (null: window too short). */
  headline: Headline | null;
  now: { code: number; id: string | null; month: number };
  topNow: ScoreRow[];
  classesNow: ScoreRow[];
  warnings: Note[];
}

/** The JSON of the overview's `mainJob` field (docs/cli.md). */
export interface OverviewJson {
  phaseNow: { id: string | null; knownAt: string };
  topNow: ScoreRow[];
  classesNow: ScoreRow[];
  backtest: StrategyMetrics[];
  headline: Headline | null;
  /** The headline's assets that are monthly averages or roll-gapped futures. */
  priceCaveats: PriceCaveats;
  report: string | null;
  warnings: Note[];
}

/**
 * The overview's first month: on shipped data note 004's window (2011-01 on, where the futures
 * panel is broad), on the user's data its whole window, unless `from` says otherwise. `overview`
 * and `report` both take it, so their headlines are the same figures.
 */
export function overviewFrom(dataset: string | undefined, from: string | undefined): string | undefined {
  return from ?? (dataset ? "2011-01" : undefined);
}

export async function overviewJob(q: OverviewRequest, readers = new Readers()): Promise<OverviewJob> {
  const base: InputOptions = {
    ...(typeof q.source === "string" ? { dataset: q.source } : q.source.own),
    ...(q.riskFree !== undefined ? { riskFree: q.riskFree } : {}),
    ...(q.vintages ? { vintages: true } : {}),
  };
  const from = overviewFrom(base.dataset, q.from ?? base.from);
  // The rotation: shipped asset classes (or the user's prices), as-of phases.
  const inputs = await backtestInputs({ ...base, from }, { defaultMode: "as-of", assets: "classes" }, readers);
  if (q.forReport) checkReportAssets(inputs.panel.assets.length);
  const specs = q.strategies?.length ? q.strategies : defaultSpecs(inputs.region, inputs.panel.assets);
  const runs = runSpecs(inputs, specs, q.run);
  const headline = runHeadline(inputs, runs);
  const known = codesOnAxis(runs.context.timeline, inputs.panel.start, inputs.panel.months, runs.context.signalLag);
  const code = q.now ? q.now.code : known[known.length - 1];
  const id = code >= 0 ? PHASE_IDS[code] : null;
  // Scores: every asset (or those asked for), ex-post phases (descriptive).
  const scoreAssets = q.scoreAssets ?? base.assets ?? (inputs.region ? "all" : undefined);
  const scoreInputs = await backtestInputs(
    { ...base, from, vintages: false, mode: "ex-post", assets: scoreAssets },
    { defaultMode: "ex-post", assets: "all" },
    readers,
  );
  if (q.forReport) checkReportAssets(scoreInputs.panel.assets.length);
  const scores = scoreJson(
    scorePhases(
      scoreInputs.panel,
      codesOnAxis(scoreInputs.phases.history, scoreInputs.panel.start, scoreInputs.panel.months, 0),
      {
        permutations: q.permutations ?? BACKTEST_DEFAULTS.permutations,
        bootstrap: q.bootstrap ?? BACKTEST_DEFAULTS.bootstrap,
        riskFree: scoreInputs.cash,
        riskFreeLabel: scoreInputs.prices.cashLabel,
        exPost: true,
      },
    ),
  );
  const { classesNow, topNow } = bestInPhase(scores.scores, id, inputs.panel.assets);
  const warnings = uniqueNotes([...scores.warnings, ...runs.results.flatMap((r) => r.warnings)]);
  return {
    inputs,
    runs,
    scoreInputs,
    scores,
    headline,
    now: { code, id, month: q.now ? q.now.month : inputs.to },
    topNow,
    classesNow,
    warnings,
  };
}

/** The overview's `mainJob` JSON: the phase known now, the best in it, the backtest and the headline. */
export function overviewJson(job: OverviewJob, report: string | null): OverviewJson {
  return {
    phaseNow: { id: job.now.id, knownAt: formatMonth(job.now.month) },
    topNow: job.topNow,
    classesNow: job.classesNow,
    backtest: job.runs.metrics,
    headline: job.headline,
    priceCaveats: priceCaveats(job.inputs.panel.assets),
    report,
    warnings: job.warnings,
  };
}
