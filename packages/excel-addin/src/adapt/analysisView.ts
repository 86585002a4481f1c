/**
 * A shipped series as the analytics should see it — the rule `kitchin` applies to `--dataset`
 * input (apps/cli inputs.ts `cleaned`): months flagged `anomaly` (known glitches kept as published,
 * e.g. China's inventory YoY 2019-03 = 0.3) are read as missing, so CYCLE.PHASE over CYCLE.DATA
 * agrees with `kitchin phase --dataset cn`.
 */
import { FLAG_ANOMALY, type DatasetSeries } from "@kitchin/datasets";

export function analysisValues(d: DatasetSeries): Float64Array {
  const out = Float64Array.from(d.values);
  for (let i = 0; i < out.length; i++) if (d.flags[i] & FLAG_ANOMALY) out[i] = NaN;
  return out;
}
