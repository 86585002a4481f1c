/**
 * Bounds of every numeric option, one table for the CLI (`--min-phase`) and the add-in
 * (`minPhase=`). A value outside is refused with the bounds in the message, so `--bootstrap 1e9`
 * or `--permutations 50000000` never allocates gigabytes, and `--confidence 1.5` is not a
 * "150 % interval". Keys are the add-in's names; the CLI's flags are the same words in kebab case.
 *
 * Why these bounds: turning-point windows and phase lengths are in months (120 = ten years);
 * release lags beyond two years are not releases; resampling beyond 100,000 draws changes no
 * printed digit; confidence is a two-sided level between 50 % and 99.9 %.
 */
export interface NumericLimit {
  integer: boolean;
  min: number;
  max: number;
}

const int = (min: number, max: number): NumericLimit => ({ integer: true, min, max });
const num = (min: number, max: number): NumericLimit => ({ integer: false, min, max });

export const LIMITS = {
  window: int(1, 120),
  censor: int(0, 120),
  minPhase: int(1, 240),
  minCycle: int(2, 480),
  minAmplitude: num(0, 1e9),
  reversal: num(0, 1e9),
  confirm: int(1, 120),
  lag: int(0, 24),
  signalLag: int(0, 24),
  demandLag: int(0, 24),
  inventoryLag: int(0, 24),
  bootstrap: int(0, 100000),
  permutations: int(0, 100000),
  confidence: num(0.5, 0.999),
  seed: int(0, 2147483647),
  thin: int(1, 100),
  topK: int(1, 1000),
  cost: num(0, 10000),
  maxLead: int(0, 120),
  maxLag: int(0, 120),
  maxCorrLag: int(0, 120),
  smooth: int(1, 24),
  threads: int(1, 64),
  top: int(1, 100000),
  last: int(1, 100000),
  minHistory: int(2, 600),
} as const satisfies Record<string, NumericLimit>;

export type LimitName = keyof typeof LIMITS;

/** The limit of an option by its add-in name (`minPhase`) or CLI flag (`min-phase`, `top-k`). */
export function limitOf(name: string): NumericLimit | undefined {
  const key = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(LIMITS, key) ? LIMITS[key as LimitName] : undefined;
}

/** Why a value breaks its limit (`must be a whole number from 1 to 120`), or `null` when it is within. */
export function limitProblem(x: number, limit: NumericLimit): string | null {
  const what = limit.integer ? "a whole number" : "a number";
  if (!Number.isFinite(x) || (limit.integer && !Number.isInteger(x)) || x < limit.min || x > limit.max) {
    return `must be ${what} from ${limit.min} to ${limit.max}`;
  }
  return null;
}

/**
 * Sizes of inputs and of the work they ask for: one table for the CLI and the add-in, so
 * no file or argument can make kitchin read, compute or draw without end. Each is refused with a
 * message naming the limit (docs/cli.md and docs/excel.md list them, with the reasons):
 * - `inputFileBytes`: a CSV/XLSX table of monthly series or prices. 2,000 assets × 600 months of
 *   prices is ~10 MB; 256 MB is 25× that, and is checked before reading (so `/dev/zero` or a
 *   multi-gigabyte file is refused at once). Only regular files are read.
 * - `jsonFileBytes`, `jsonDepth`: a strategy map is a few hundred bytes, two levels deep
 *   (phase → asset → weight); 1 MB and 8 levels leave room and stop a 100,000-level nesting.
 * - `sweepConfigurations`: a sweep runs ~10,000 configurations a second on one core (945 in 0.1 s
 *   on the shipped China data); 100,000 is about ten seconds and a table no one reads whole.
 * - `reportAssets`: assets in the report's score heat map and strategies — the chart renderer draws
 *   a few hundred rows (1,000 assets overflowed vega's stack, 600 rendered); 300 rows is
 *   already a 4,800-pixel map.
 * - `seriesIdLength`: a series id is under 40 characters; the "did you mean" search compares the
 *   id with every catalog id (edit distance: length × length work), measured at ~10 s for a
 *   32,767-character id (the most an Excel cell holds); a longer id is refused without the search.
 * - `excelRows`: rows (or columns) of a range given to an add-in function (50 years of months is
 *   600 rows); `excelPanelRows`: rows of the price range of `CYCLE.SCORE`/`CYCLE.BACKTEST`, whose
 *   work grows faster than the rows (in the real runtime, headless Chromium here: 20,000 rows with
 *   the default resampling 0.3 s, 100,000 rows 3.4 s).
 * - `excelResampleWork`: (bootstrap + permutations) × assets × months for `CYCLE.SCORE`, so that it
 *   answers within ~2 s (Excel's custom functions must answer promptly): 100,000 + 100,000 draws on
 *   100 assets × 180 months (3.6 billion) is refused; in the real runtime here 200 million took
 *   0.35–3.4 s depending on the panel's shape, so the bound is 100 million.
 */
export const SIZE_LIMITS = {
  inputFileBytes: 256 * 1024 * 1024,
  jsonFileBytes: 1024 * 1024,
  jsonDepth: 8,
  sweepConfigurations: 100_000,
  reportAssets: 300,
  seriesIdLength: 100,
  excelRows: 100_000,
  excelPanelRows: 20_000,
  excelResampleWork: 100_000_000,
} as const;

/** A byte count in words for messages (`256 MB`, `1 MB`, `12.5 kB`). */
export function bytesText(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
