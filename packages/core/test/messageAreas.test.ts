/**
 * The message table's areas (packages/core/src/messages/: the CLI's usage, price and phase files,
 * files, the data folder, the backtest package and the catalog, contrib; the core's own readers,
 * analytics, growth and sectors): each sentence in English
 * and Chinese from the same parameters, the English free of Chinese (except where it quotes the
 * Chinese words it reads), and no area's key taken by another area or by the main table (a spread
 * would silently keep the later one).
 */
import { describe, expect, it } from "vitest";
import { MESSAGES, type MessageKey, type MessageParams } from "../src/index.ts";
import { AREA_MESSAGES } from "../src/messages/index.ts";
import { BACKTEST_MESSAGES } from "../src/messages/backtest.ts";
import { CONTRIB_MESSAGES } from "../src/messages/contrib.ts";
import { FILE_MESSAGES } from "../src/messages/files.ts";
import { IMPORT_MESSAGES, type Clash, type Damage } from "../src/messages/import.ts";
import { PRICE_MESSAGES } from "../src/messages/prices.ts";
import { USAGE_MESSAGES, type NumberRule } from "../src/messages/usage.ts";
import { SERIES_MESSAGES, type NumberProblem } from "../src/messages/series.ts";
import { ANALYTICS_MESSAGES } from "../src/messages/analytics.ts";
import { GROWTH_MESSAGES } from "../src/messages/growth.ts";
import { SECTOR_MESSAGES } from "../src/messages/sectors.ts";

const HAN = /[\u4e00-\u9fff]/;
type AreaKey = keyof typeof AREA_MESSAGES;
const CLASH: Clash = { id: "cn.ppi_yoy", change: "yoy", span: "month", unit: "%", says: "mom" };

/** One set of parameters per message (the type makes the list complete). */
const SAMPLES: { [K in AreaKey]: MessageParams<K> } = {
  panelAssetTwice: { id: "x" },
  panelPriceNotPositive: { id: "x", month: "x", price: 3 },
  panelPriceGap: { id: "x", month: "x", first: "x", last: "x" },
  panelUnknownAsset: { id: "x", known: ["a", "b"], more: true },
  panelNoOverlap: { from: "x", to: "x", start: "x", end: "x" },
  phasesEmpty: undefined,
  phasesEndEarly: { end: "x", lag: 3, known: "x", to: "x" },
  phasesStartLate: { start: "x", lag: 3, known: "x", from: "x" },
  backtestWindow: { from: "x", to: "x", start: "x", end: "x" },
  mapWeightNegative: { asset: "x", phase: "x", weight: 3 },
  mapWeightsOverOne: { phase: "x", sum: 3 },
  mapNotObject: { phase: "x", ids: ["a", "b"], found: "x" },
  mapWeightRange: { phase: "x", asset: "x", found: "x" },
  walkForwardSplit: { fit: 3, test: 3 },
  walkForwardShort: { months: 3, fit: 3 },
  idTooLong: { n: 3, max: 3 },
  unknownSeriesId: { id: "x", near: ["a", "b"] },
  noVintage: { id: "x", vintage: "x", have: ["a", "b"], withVintages: ["a", "b"] },
  contribWindowSkipped: { from: "x", to: "x", skipped: ["a", "b"], months: 3 },
  divergenceNarrowed: { skipped: ["a", "b"], total: "x", vs: "x", from: "x", to: "x" },
  divergenceSkipped: { from: "x", to: "x", skipped: ["a", "b"], total: "x", vs: "x", months: 3 },
  isFolder: undefined,
  notRegularFile: undefined,
  fileTooLarge: { size: "x", what: "x", max: "x" },
  notXls: undefined,
  unreadableWorkbook: { ext: "x", why: "x" },
  noSheet: { sheet: "x", sheets: "x" },
  noSheets: undefined,
  sheetTooWide: { column: "x", max: 3, cell: true },
  fileEmpty: undefined,
  noDateColumn: { column: "x", columns: "x" },
  noDates: { column: "x" },
  rowWidth: { cells: 3, columns: 3 },
  notAColumn: { flag: "x", name: "x", columns: "x" },
  columnNamedTwice: { flag: "x", name: "x", columns: [4, 9] },
  openQuote: { line: 3 },
  noFolder: undefined,
  pathNotFolder: undefined,
  writeToFolder: undefined,
  writeNotRegular: undefined,
  readOnly: undefined,
  notWritten: { bytes: 3 },
  jsonTooDeep: { depth: 3, max: 3 },
  badJson: { why: "x" },
  outKind: { path: "x" },
  mixedPercent: undefined,
  quarterlyPhases: undefined,
  notColumnNorId: { name: "x" },
  quarterlySpec: { name: "x" },
  noMonthsIn: { from: "x", to: "x" },
  noSalesColumn: { name: "x" },
  noPairs: undefined,
  pdfFailed: { browser: "x", why: "x", html: "x" },
  noChromium: { env: "x", looked: ["a", "b"], html: "x" },
  undatedRowsSkipped: { rows: [4, 9], last: "x", lastRow: 3 },
  noCjkFont: undefined,
  conceptClash: CLASH,
  importConceptRefused: { id: "x", clash: CLASH },
  importNoKnownColumn: { columns: "x" },
  importQuarterly: { column: "x" },
  importNoValues: { column: "x" },
  importRevisions: { n: 3, id: "x", month: "x", old: 3, new: 3 },
  importByFileName: { column: "x", id: "x", token: "x" },
  importIndexOffset: { column: "x", id: "x" },
  undoNothing: undefined,
  undoTooMany: { n: 3 },
  removeNothing: { id: "x" },
  generationGone: { name: "x" },
  cannotWrite: { what: "data folder", why: "x" },
  lockBusy: { owner: { pid: 7, host: "h", what: "data import f.csv", at: "2026-01-01T00:00:00Z" }, seconds: 3 },
  dataFolderDamaged: { damage: { kind: "json", why: "x" }, home: "x" },
  importHead: { how: "dry-run", file: "x", home: "x", entry: 3, generation: "x" },
  importRevisionLine: { id: "x", month: "x", old: 3, new: 3 },
  importUnchanged: undefined,
  importForced: { id: "x", column: "x", reason: "x" },
  importSkipped: { names: ["a", "b"] },
  historyEmpty: { home: "x" },
  undid: { undid: ["a", "b"], restored: "x", entry: 3 },
  removed: { ids: ["a", "b"], entry: 3 },
  listExtended: { n: 3, home: "x" },
  listImportedCell: { months: 3, end: "x" },
  exportWrote: { series: 3, months: 3, out: "x" },
  dataSubCommand: { sub: "x" },
  monthsAcross: { file: "x" },
  priceMonthMissing: { from: "x", to: "x", missing: "x" },
  unknownShippedAsset: { id: "x", region: "x" },
  yieldNotPrice: { id: "x" },
  kindNotPrice: { id: "x", kind: "x" },
  priceNotPositive: { price: 3 },
  assetBlank: undefined,
  priceTwice: { asset: "x", date: "x", first: 3 },
  noPrices: undefined,
  unknownFileAsset: { asset: "x", assets: ["a", "b"], more: true },
  priceGapInside: { asset: "x" },
  phasesTwoColumns: undefined,
  phasesNotDate: { cell: "x" },
  phasesNotConsecutive: { prev: "x", month: "x" },
  notPhaseId: { text: "x", ids: ["a", "b"], unknown: true },
  phasesNoRows: undefined,
  windowOutsidePrices: { from: "x", to: "x", start: "x", end: "x" },
  riskFreeNotRate: { id: "x", kind: "x" },
  reportTooManyAssets: { max: 3, n: 3 },
  seeHelp: { line: "x" },
  unknownCommand: { name: "x", commands: ["a", "b"] },
  unexpectedArgument: { arg: "x", more: 3, command: "x" },
  unknownOption: { name: "x", near: "x" },
  flagTakesNoValue: { flag: "x" },
  flagNeedsValue: { flag: "x", arg: "x" },
  flagTwice: { flag: "x" },
  flagNumber: { flag: "x", rule: { kind: "range", integer: true, min: 0, max: 24 }, got: "x" },
  flagOneOf: { flag: "x", allowed: ["a", "b"], got: "x" },
  flagOnlyWith: { flag: "lag", with: ["file", "phases"] },
  flagMustBe: { flag: "x", allowed: ["a", "b"], got: "x", what: "x" },
  flagListOf: { flag: "x", allowed: ["a", "b"], got: "x" },
  formatNotApplicable: { command: "x" },
  formatNotPrinted: { command: "x", given: "x", formats: ["a", "b"], why: "x" },
  fromAfterTo: { from: "x", to: "x" },
  eitherNotBoth: { a: "x", b: "x" },
  noInput: undefined,
  noBacktestInput: undefined,
  fileOrPhases: undefined,
  datasetOrFilePrices: undefined,
  filePricesMissing: undefined,
  phasesAsOfNeeded: undefined,
  vintagesNeedUs: undefined,
  vintagesAsOf: undefined,
  noVintages: { region: "x" },
  riskFreeShippedNeedsDataset: undefined,
  pricesGoWithFile: undefined,
  fileColumnsNeeded: { columns: "x" },
  oneColumnNeeded: { n: 3, columns: "x" },
  seriesNotInDataset: { id: "x", region: "x" },
  mapForm: { got: "x" },
  mapNoColumn: { column: "x", columns: "x" },
  mapTwice: { a: "x", b: "x", id: "x" },
  contribModifiers: { spec: "x" },
  contribNeedsLevels: { spec: "x", level: "x" },
  cumulativeYoyAlone: undefined,
  componentTwice: { names: ["a", "b"] },
  totalAsComponent: { total: "x" },
  cumulativeYoyCount: { n: 3, got: 3 },
  industriesKind: undefined,
  salesFileForFile: undefined,
  pairsAlone: undefined,
  fileKind: { flag: "x", ext: "x" },
  specAmp: { spec: "x", got: "x" },
  specModifier: { spec: "x", modifier: "x" },
  specEmpty: { spec: "x" },
  syncRegion: { region: "x" },
  syncBoth: undefined,
  reportOrOut: undefined,
  noReportContradicts: undefined,
  asOfNeedsInput: undefined,
  leadStray: { word: "x" },
  leadTarget: undefined,
  leadIndicator: undefined,
  decomposeRatioOrSales: undefined,
  decomposeSeries: undefined,
  contribDataset: { got: "x" },
  contribTotal: undefined,
  salesFileLong: undefined,
  groupNominal: undefined,
  sectorsNoInput: undefined,
  industriesGroup: { group: "x", region: "x", known: ["a", "b"], positions: ["a", "b"] },
  industriesAt: { at: "x", from: "x", to: "x" },
  sweepNoFile: undefined,
  sweepTopK: { n: 3 },
  sweepTooBig: { size: 200000, rules: 2, lags: 3, schedules: 1, topK: 4, weightings: 3, costs: 2, max: 100000 },
  sweepPhasesFile: undefined,
  sweepMinPhase: undefined,
  sweepReversal: undefined,
  walkForwardForm: { got: "x" },
  walkForwardTooBig: { n: 3 },
  dataImportOneFile: undefined,
  dataHistoryNoArg: undefined,
  dataUndoOne: undefined,
  dataUndoN: { got: "x" },
  dataOneId: { sub: "x", example: "x" },
  dataListNoArg: { got: "x" },
  dataExportNothing: undefined,
  strategyTopK: { spec: "x" },
  strategyWord: { spec: "x", what: "weighting", allowed: ["a", "b"] },
  strategyClock: undefined,
  strategyMapFile: undefined,
  strategyHold: undefined,
  strategyUnknown: { spec: "x" },
  // the core's readers and analytics
  numberProblem: { problem: "fullWidth" },
  decimalMarksMixed: { comma: '"2,2"', point: '"3.1"' },
  decimalMarkAmbiguous: { cell: '"1,234"' },
  mixedPercentText: { percent: '"3%"', plain: '"4"' },
  noNumericValues: { name: "the target" },
  noObservations: undefined,
  lengthsDiffer: { what: "indicator and target", a: 3, b: 4, axis: true },
  noSharedMonths: { what: "inventory and price", observed: true },
  notAMonth: { what: "option at", text: "x" },
  bomNotUtf8: undefined,
  bomNotUtf16: { label: "UTF-16LE" },
  binaryFile: undefined,
  notUtf8NorGb: undefined,
  optionBound: { name: "reversal", kind: "number", op: ">", min: 0, got: -1 },
  unknownPreset: { preset: "x" },
  unknownTurnMethod: { method: "x" },
  turnsTooShort: { need: 3, got: 2 },
  targetNoTurns: undefined,
  indicatorNoTurns: undefined,
  notMonthly: { name: "the indicator", every: 3 },
  noIndicators: undefined,
  nothingKnownAt: { cutoff: "x", demandLag: 1, inventoryLag: 2 },
  horizonsNone: undefined,
  horizonRange: { max: 24, got: 30 },
  horizonsRepeat: { horizons: [3, 3] },
  statesNeverBothKnown: undefined,
  timelineModes: { a: "ex-post", b: "as-of" },
  syncFromAfterTo: { from: "x", to: "x" },
  timelinesNoMonths: undefined,
  noComponents: undefined,
  namesForComponents: { names: 3, components: 2 },
  componentNoMonth: { component: "component 2", total: "total" },
  baseNotPositive: { name: "total", base: 0, month: "x" },
  windowBaseNotPositive: { name: "series", end: true, from: "x", to: "x", base: 0 },
  ytdImpliesFall: { month: "x", fall: "-100.0" },
  totalNoYearEarlier: { name: "total" },
  firstShownAfterLast: { from: "x", to: "x" },
  windowEndsBeforeStart: { from: "x", to: "x" },
  unknownAggregate: { aggregate: "x" },
  unknownDecompositionForm: { form: "x" },
  ratioOrSales: undefined,
  noIndustries: undefined,
  industryTwice: { name: "x" },
  noIndustry: { id: "x" },
  sectorKind: { got: "x" },
  sectorMode: { got: "x" },
  atMonthIndex: { got: 1.5 },
  noInventoryUpTo: { at: "x", start: "x" },
  sectorTableEmpty: undefined,
  sectorColumnNeeded: { column: "x", header: "x" },
  sectorNameEmpty: undefined,
  sectorMonthTwice: { name: "x", month: "x" },
  sectorMonthsMissing: { n: 3, from: "x", to: "x" },
};

/** Messages whose English quotes the Chinese words of a user's file (the concept guard) or of the report. */
const QUOTES_CHINESE = new Set<string>(["conceptClash", "importConceptRefused", "noCjkFont"]);

const render = (key: MessageKey, lang: "en" | "zh", p: unknown) => (MESSAGES[key][lang] as (p: unknown) => string)(p);

describe("message areas", () => {
  it.each(Object.keys(SAMPLES) as AreaKey[])("%s: English and Chinese from the same parameters", (key) => {
    const en = render(key, "en", SAMPLES[key]);
    const zh = render(key, "zh", SAMPLES[key]);
    if (!QUOTES_CHINESE.has(key)) expect(en).not.toMatch(HAN);
    expect(zh).toMatch(HAN);
    expect(zh).not.toBe(en);
  });

  it("no key is in two areas, and the main table takes none of them", () => {
    const areas = [
      USAGE_MESSAGES,
      PRICE_MESSAGES,
      FILE_MESSAGES,
      IMPORT_MESSAGES,
      BACKTEST_MESSAGES,
      CONTRIB_MESSAGES,
      SERIES_MESSAGES,
      ANALYTICS_MESSAGES,
      GROWTH_MESSAGES,
      SECTOR_MESSAGES,
    ];
    const keys = areas.flatMap((a) => Object.keys(a));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.keys(AREA_MESSAGES).length);
    for (const a of areas) for (const [k, m] of Object.entries(a)) expect(MESSAGES[k as MessageKey]).toBe(m);
  });

  it("every variant of the structured reasons renders in both languages", () => {
    const clashes: Clash[] = [
      CLASH,
      { ...CLASH, says: "growth", mom: false },
      { ...CLASH, change: "none", unit: "亿元", says: "money", money: "亿元" },
      { ...CLASH, change: "none", says: "percent" },
      { ...CLASH, says: "cumulative" },
      { ...CLASH, span: "cumulative", says: "single-month" },
    ];
    const damages: Damage[] = [
      { kind: "current-name", found: "x" },
      { kind: "current-missing", name: "g000002", dir: "/h/generations" },
      { kind: "unreadable", why: "EIO" },
      { kind: "json", why: "x" },
      { kind: "not-object", found: "a list" },
      { kind: "not-list", found: "an object" },
      { kind: "unknown-id", id: "x" },
      { kind: "entry-not-object", id: "x", found: "a number" },
      { kind: "entry-no-text", id: "x", key: "source" },
      { kind: "entry-not-text", id: "x", key: "column" },
      { kind: "not-change", n: 2 },
    ];
    const PROBLEMS: NumberProblem[] = [
      "boolean",
      "radix",
      "fullWidth",
      "infinity",
      "tooLarge",
      "formula",
      "excelError",
      "commaInside",
      "pointInCommaColumn",
      "separators",
    ];
    const rules: NumberRule[] = [
      { kind: "range", integer: false, min: 0, max: 1 },
      { kind: "whole", min: 1 },
      { kind: "number", min: -Infinity },
      { kind: "number", min: 0 },
    ];
    const zh = [
      ...clashes.map((c) => render("conceptClash", "zh", c)),
      ...damages.map((d) => render("dataFolderDamaged", "zh", { damage: d, home: "/h" })),
      ...rules.map((r) => render("flagNumber", "zh", { flag: "lag", rule: r, got: "x" })),
      ...PROBLEMS.map((problem) => render("numberProblem", "zh", { problem })),
      ...(["whole", "months", "number"] as const).map((kind) =>
        render("optionBound", "zh", { name: "release lag", kind, min: 0, got: -1 }),
      ),
    ];
    for (const z of zh) expect(z).toMatch(HAN);
    expect(new Set(zh).size).toBe(zh.length);
    expect(render("optionBound", "en", { name: "reversal", kind: "number", op: ">", min: 0, got: -1 })).toBe(
      "reversal must be a number > 0, got -1",
    );
    expect(render("flagNumber", "en", { flag: "cost", rule: rules[3], got: "-1" })).toBe(
      '--cost must be a number ≥ 0, got "-1"',
    );
    expect(render("dataFolderDamaged", "en", { damage: damages[10], home: "/h" })).toBe(
      "entry 2 is not a change set; the data folder is damaged and was not used. Repair the file, or remove the folder /h to return to the shipped data (your import files are not in it)",
    );
  });
});
