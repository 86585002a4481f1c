/**
 * @kitchin/datasets — curated China and US monthly data with provenance (DATA.md).
 * Browser-safe entry: no Node APIs; series are fetched lazily with `fetchSeries`.
 * Node code can read them synchronously through `@kitchin/datasets/node`.
 */
export * from "./types.ts";
export { conceptOf, sourceIdsOf } from "./concept.ts";
export { catalog, vintages, findEntry, findVintageEntry, entriesOf } from "./catalog.ts";
export { parseCuratedCsv, formatCuratedCsv, CURATED_HEADER } from "./csv.ts";
export { formatFlags, flagNames, parseFlags } from "./flags.ts";
export { fetchSeries, fetchEntry, type FetchLike } from "./fetch.ts";
export { gapFreeView } from "./gap.ts";
export { analysisView } from "./analysisView.ts";
export { REGION_DEFAULTS } from "./defaults.ts";
export { OUTLOOK_DEFAULTS } from "./outlookDefaults.ts";
export { NBER, NBER_CYCLES, type NberCycle, type NberTurn } from "./nber.ts";
export { universe, assetList, type Universe } from "./universe.ts";
export { priceCaveats, type PriceCaveats } from "./priceCaveats.ts";
export { displayName } from "./names.ts";
export * from "./industries.ts";
export {
  DERIVED_SERIES,
  derivedYoy,
  round6,
  salesByMonth,
  salesFromRatio,
  yoyByMonth,
  type DerivedSeries,
  type MonthMap,
  type SeriesAt,
} from "./derive.ts";
