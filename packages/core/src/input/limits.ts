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
  revenueLag: int(0, 24),
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
  return Object.prototype.hasOwnProperty.call(LIMITS, key) ? LIMITS[key as LimitName] : undefined;
}

/** Why a value breaks its limit (`must be a whole number from 1 to 120`), or `null` when it is within. */
export function limitProblem(x: number, limit: NumericLimit): string | null {
  const what = limit.integer ? "a whole number" : "a number";
  if (!Number.isFinite(x) || (limit.integer && !Number.isInteger(x)) || x < limit.min || x > limit.max) {
    return `must be ${what} from ${limit.min} to ${limit.max}`;
  }
  return null;
}
