/**
 * The stable JSON contract of `kitchin score`:
 * `{"scores":[{"asset","phase","score","episodes","positive","meanEpisodeReturn","annualizedReturn",
 * "hitRate","pValue","qValue",…}],"crossAssetMean":{<phase>:…},"warnings":[…]}`. Extra fields may follow the
 * contracted ones; `NaN` becomes `null`.
 */
import type { PhaseId, Note } from "@kitchin/core";
import type { PhaseScores } from "./phaseScores.ts";

export interface ScoreRow {
  asset: string;
  phase: PhaseId;
  score: number;
  episodes: number;
  positive: number;
  meanEpisodeReturn: number | null;
  annualizedReturn: number | null;
  hitRate: number | null;
  pValue: number | null;
  /** Benjamini–Hochberg q-value over the table's p-values (PhaseScores.qValue). */
  qValue: number | null;
  rank: number | null;
  medianEpisodeReturn: number | null;
  months: number;
  volatility: number | null;
  sharpe: number | null;
  tStat: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface ScoreJson {
  scores: ScoreRow[];
  crossAssetMean: Record<PhaseId, number | null>;
  warnings: Note[];
  riskFree: string;
  confidence: number;
  exPost: boolean;
}

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Rows ordered by phase, then rank (unranked assets last, in panel order). */
export function scoreRows(s: PhaseScores): ScoreRow[] {
  const rows: ScoreRow[] = [];
  const n = s.assets.length;
  for (let p = 0; p < 4; p++) {
    const order = Array.from({ length: n }, (_, a) => a).sort((x, y) => {
      const rx = s.rank[x * 4 + p] || Infinity;
      const ry = s.rank[y * 4 + p] || Infinity;
      return rx === ry ? x - y : rx - ry;
    });
    for (const a of order) {
      const i = a * 4 + p;
      rows.push({
        asset: s.assets[a],
        phase: s.phases[p],
        score: s.score[i],
        episodes: s.episodes[i],
        positive: s.positive[i],
        meanEpisodeReturn: num(s.meanEpisodeReturn[i]),
        annualizedReturn: num(s.annualizedReturn[i]),
        hitRate: num(s.hitRate[i]),
        pValue: num(s.pValue[i]),
        qValue: num(s.qValue[i]),
        rank: s.rank[i] || null,
        medianEpisodeReturn: num(s.medianEpisodeReturn[i]),
        months: s.months[i],
        volatility: num(s.volatility[i]),
        sharpe: num(s.sharpe[i]),
        tStat: num(s.tStat[i]),
        ciLow: num(s.ciLow[i]),
        ciHigh: num(s.ciHigh[i]),
      });
    }
  }
  return rows;
}

export function scoreJson(s: PhaseScores): ScoreJson {
  const cross = {} as Record<PhaseId, number | null>;
  for (let p = 0; p < 4; p++) cross[s.phases[p]] = num(s.crossAssetMean[p]);
  return {
    scores: scoreRows(s),
    crossAssetMean: cross,
    warnings: s.warnings,
    riskFree: s.riskFree,
    confidence: s.confidence,
    exPost: s.exPost,
  };
}
