/**
 * The note-004 score (东证 "库存周期定位下的行业中观比较", 2023-07-11; methods.md §8). For one phase and
 * its episodes, per asset:
 *
 *   score = (episodes with a positive return)
 *         + 1 if every episode with data was positive (and there was at least one)
 *         + 1 if the asset's mean episode return beats the cross-asset mean — the mean, over all
 *             assets with data, of their mean episode returns.
 *
 * This reproduces the note's examples: 3 episodes all positive and above the average → 5; 2 both
 * positive and above → 4; 3 all positive but below → 4; 1 positive above → 3; 2 positive below → 3.
 * An asset without data for any episode scores 0 and has `NaN` mean.
 */
export interface Note004Scores {
  score: Float64Array;
  /** Episodes with data (both prices present). */
  episodes: Int32Array;
  positive: Int32Array;
  meanEpisodeReturn: Float64Array;
  /** Mean across assets (with data) of their mean episode returns; `NaN` when no asset has data. */
  crossAssetMean: number;
}

/** The score of one asset from its counts and mean (the formula above); 0 without data. */
export function note004Score(positive: number, episodes: number, mean: number, crossAssetMean: number): number {
  if (episodes === 0) return 0;
  return positive + (positive === episodes ? 1 : 0) + (mean > crossAssetMean ? 1 : 0);
}

/** `ret` is `nAssets × nEpisodes` (row-major) episode returns of one phase, `NaN` = no data. */
export function note004Scores(ret: ArrayLike<number>, nAssets: number, nEpisodes: number): Note004Scores {
  const score = new Float64Array(nAssets);
  const episodes = new Int32Array(nAssets);
  const positive = new Int32Array(nAssets);
  const mean = new Float64Array(nAssets);
  let sumMeans = 0;
  let withData = 0;
  for (let a = 0; a < nAssets; a++) {
    let n = 0;
    let pos = 0;
    let sum = 0;
    for (let e = 0; e < nEpisodes; e++) {
      const r = ret[a * nEpisodes + e];
      if (r !== r) continue;
      n++;
      sum += r;
      if (r > 0) pos++;
    }
    episodes[a] = n;
    positive[a] = pos;
    mean[a] = n ? sum / n : NaN;
    if (n) (sumMeans += mean[a]), withData++;
  }
  const cross = withData ? sumMeans / withData : NaN;
  for (let a = 0; a < nAssets; a++) score[a] = note004Score(positive[a], episodes[a], mean[a], cross);
  return { score, episodes, positive, meanEpisodeReturn: mean, crossAssetMean: cross };
}
