/**
 * CYCLE.SCORE and CYCLE.BACKTEST: the backtester's phase scores and strategy metrics as tables
 * with a header row, followed by its notes (thin samples, open episodes, ex-post stamp).
 */
import {
  KitchinError,
  PHASE_IDS,
  SIZE_LIMITS,
  inLang,
  say,
  phaseCodeOfId,
  phaseLabel,
  type Lang,
  type Note,
} from "@kitchin/core";
import {
  BACKTEST_DEFAULTS,
  compare,
  market,
  runStrategy,
  scorePhases,
  scoreRows,
  topKRotation,
} from "@kitchin/backtest";
import { defaultBenchmarks, strategyOf } from "@kitchin/jobs";
import { table, type Out, type Range } from "../cells.ts";
import { memoized } from "../memo.ts";
import { BACKTEST_OPTIONS, SCORE_OPTIONS, langOf, parseOptions } from "../options.ts";
import { ALL_MONTHS, BACKTEST_HEADERS, SCORE_HEADERS, noteCell } from "../labels.ts";
import { phasesAndPrices } from "./panel.ts";

export const scoreOf = memoized(scoreTable);
export const backtestOf = memoized(backtestTable);

function scoreTable(dates: Range, phases: Range, prices: Range, names?: Range | null, options?: string | null): Out {
  const o = parseOptions(options, SCORE_OPTIONS);
  const lang = langOf(o);
  const p = phasesAndPrices(dates, phases, prices, names);
  checkResampling(
    (o.bootstrap as number | undefined) ?? BACKTEST_DEFAULTS.bootstrap,
    (o.permutations as number | undefined) ?? BACKTEST_DEFAULTS.permutations,
    p.panel.assets.length,
    p.panel.months,
  );
  const s = scorePhases(p.panel, p.codes, {
    exPost: o.mode !== "as-of",
    bootstrap: o.bootstrap as number | undefined,
    permutations: o.permutations as number | undefined,
    confidence: o.confidence as number | undefined,
    seed: o.seed as number | undefined,
    thinEpisodes: o.thin as number | undefined,
    keepOpenEpisodes: o.keepOpen as boolean | undefined,
  });
  const rows: (number | string)[][] = [[...SCORE_HEADERS[lang]]];
  for (const r of scoreRows(s)) {
    rows.push([
      phaseLabel(phaseCodeOfId(r.phase), lang),
      r.asset,
      r.score,
      r.episodes,
      r.positive,
      r.meanEpisodeReturn ?? NaN,
      r.annualizedReturn ?? NaN,
      r.hitRate ?? NaN,
      r.pValue ?? NaN,
      r.qValue ?? NaN,
      r.rank ?? NaN,
    ]);
  }
  return withNotes(rows, s.warnings, lang);
}

/**
 * The resampling's work, (bootstrap + permutations) × assets × months, within
 * `SIZE_LIMITS.excelResampleWork`: each bound alone is reasonable (100,000), together on a large
 * panel they are minutes of work; refused with the numbers and what to lower.
 */
function checkResampling(bootstrap: number, permutations: number, assets: number, months: number): void {
  const work = (bootstrap + permutations) * assets * months;
  if (work > SIZE_LIMITS.excelResampleWork) {
    const most = Math.floor(SIZE_LIMITS.excelResampleWork / (assets * months));
    throw new KitchinError(
      "bad-option",
      say("xlResampling", {
        bootstrap,
        permutations,
        assets,
        months,
        millions: (work / 1e6).toFixed(0),
        max: SIZE_LIMITS.excelResampleWork / 1e6,
        most,
      }),
    );
  }
}

function backtestTable(dates: Range, phases: Range, prices: Range, options?: string | null): Out {
  const o = parseOptions(options, BACKTEST_OPTIONS);
  const lang = langOf(o);
  const p = phasesAndPrices(dates, phases, prices, null);
  const timeline = {
    mode: o.mode === "as-of" ? ("as-of" as const) : ("ex-post" as const),
    start: p.panel.start,
    codes: p.codes,
  };
  const m = market(p.panel);
  const cost = (o.cost as number | undefined) ?? BACKTEST_DEFAULTS.costBps;
  const rotation = topKRotation({
    timeline,
    signalLag: o.lag as number | undefined,
    topK: (o.topK as number | undefined) ?? BACKTEST_DEFAULTS.topK, // the package's defaults, as `kitchin backtest`
    weighting: o.weighting as "equal" | "inverse-vol" | "score" | undefined,
    rebalance: o.rebalance as "monthly" | "quarterly" | "phase-change" | undefined,
    cost,
    fallback: o.fallback as "all" | "cash" | undefined,
  });
  // The default benchmarks for a user's panel (equal weight), read as specs by the jobs' one strategy
  // reader, as `kitchin backtest --prices` reads them; they pay the same cost as the rotation.
  const ctx = { timeline, signalLag: (o.lag as number | undefined) ?? 0, cost, fallback: "all" as const, region: null };
  const benchmarks = defaultBenchmarks(null, p.panel.assets).map((spec) => strategyOf(spec, ctx));
  const results = [runStrategy(rotation, m), ...benchmarks.map((b) => runStrategy(b, m))];
  const c = compare(results);
  const rows: (number | string)[][] = [[...BACKTEST_HEADERS[lang]]];
  for (const r of c.rows) {
    const phase =
      r.phase === "all" ? ALL_MONTHS[lang] : phaseLabel((PHASE_IDS as readonly string[]).indexOf(r.phase), lang);
    rows.push([
      r.strategy,
      phase,
      r.months,
      r.totalReturn,
      r.cagr,
      r.volatility,
      r.sharpe,
      r.sortino,
      r.maxDrawdown,
      r.calmar,
      r.hitRate,
    ]);
  }
  return withNotes(rows, [...new Set(results.flatMap((r) => r.warnings))], lang);
}

/** Notes go below the table, one per row, padded to the table's width (a spill is rectangular). */
function withNotes(rows: (number | string)[][], notes: readonly Note[], lang: Lang): Out {
  const width = rows[0].length;
  for (const n of notes) rows.push([noteCell(lang), inLang(n, lang), ...Array<string>(width - 2).fill("")]);
  return table(rows);
}
