import type { Series } from "@kitchin/core";
import { FLAG_ANOMALY, type DatasetSeries } from "./types.ts";

/**
 * The analysis view of a shipped series: the values every face (the `kitchin` CLI with
 * `--dataset`, the Excel add-in's CYCLE.DATA and sample sheet) hands to the analytics. Months
 * flagged `anomaly` — known glitches kept in the file as published (DATA.md; e.g. China's
 * inventory YoY 2019-03 = 0.3 between 6.2 and 4.9) — are read as missing (`NaN`), so the
 * turning-point rules never date a turn on a glitch. Proxy months are kept: they are the
 * series' best estimate, and the faces say where they begin.
 *
 * Same `start` and length as the series. The values are copied only when a month is flagged;
 * otherwise the series' own array is returned (treat it as read-only). An empty series gives an
 * empty view.
 */
export function analysisView(series: DatasetSeries): Series {
  const { flags } = series;
  let values = series.values;
  for (let i = 0; i < values.length; i++) {
    if (flags[i] & FLAG_ANOMALY) {
      if (values === series.values) values = Float64Array.from(values);
      values[i] = NaN;
    }
  }
  return { start: series.start, values };
}
