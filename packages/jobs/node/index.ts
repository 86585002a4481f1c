/**
 * @kitchin/jobs/node: the readers stage (files → tables → series, price panels, phase timelines), the user-data store
 * and the file-based jobs. Node only.
 */
export * from "./io/csv.ts";
export * from "./io/inputFile.ts";
export * from "./io/json.ts";
export * from "./io/numericCsv.ts";
export * from "./io/tables.ts";
export * from "./io/table.ts";
export * from "./io/write.ts";
export * from "./io/xls.ts";
export * from "./io/xlsx.ts";
export * from "./io/xlsxSheetNames.ts";
export * from "./userData/aliases.ts";
export * from "./userData/derived.ts";
export * from "./userData/guard.ts";
export * from "./userData/history.ts";
export * from "./userData/home.ts";
export * from "./userData/import.ts";
export * from "./userData/lock.ts";
export * from "./userData/merge.ts";
export * from "./userData/store.ts";
export * from "./readers/backtestInputs.ts";
export * from "./readers/cycleInputs.ts";
export * from "./readers/industries.ts";
export * from "./readers/inputs.ts";
export * from "./readers/outlookInputs.ts";
export * from "./readers/phaseInputs.ts";
export * from "./readers/priceInputs.ts";
export * from "./readers/readers.ts";
export * from "./readers/riskFree.ts";
export * from "./readers/seriesSpecs.ts";
export * from "./readers/vintagePhases.ts";
export * from "./jobs/call.ts";
export * from "./jobs/contrib.ts";
export * from "./jobs/datasets.ts";
export * from "./jobs/decompose.ts";
export * from "./jobs/lead.ts";
export * from "./jobs/overview.ts";
export * from "./jobs/reportExtras.ts";
export * from "./jobs/sectors.ts";
export * from "./jobs/strategies.ts";
export * from "./jobs/sweep.ts";
export * from "./jobs/sync.ts";
export * from "./dataframes.ts";
