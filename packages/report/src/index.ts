/**
 * @kitchin/report: render(ReportData) → one self-contained HTML page; the words and numbers both faces print (text/).
 * The PDF printer is `@kitchin/report/pdf`.
 */
export * from "./call.ts";
export * from "./charts.ts";
export { clientPage, clientText, specName, seriesName as clientSeriesName } from "./clientText.ts";
export * from "./contrib.ts";
export * from "./cycleReport.ts";
export * from "./html.ts";
export * from "./industries.ts";
export * from "./legend.ts";
export * from "./macro.ts";
export * from "./outlookBox.ts";
export * from "./report.ts";
export * from "./safeHtml.ts";
export * from "./text/fileName.ts";
export * from "./text/industryLabels.ts";
export * from "./text/names.ts";
export * from "./text/numbers.ts";
export * from "./text/priceCaveats.ts";
export * from "./text/results.ts";
