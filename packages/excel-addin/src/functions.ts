/**
 * The CYCLE.* custom functions. Each is a thin adapter — range in, core call, range out — and
 * its JSDoc is the source of functions.json (custom-functions-metadata). Options are one text
 * argument, e.g. "lang=zh; window=5; minPhase=6" or "mode=as-of; lag=1" (see src/options.ts).
 * Chinese descriptions: src/i18n.ts → functions.zh-CN.json.
 */
import { guard, guardAsync, guardWithOptions, guardWithOptionsAsync } from "./errors.ts";
import { phaseOf, stateOf } from "./adapt/states.ts";
import { cyclesOf, turnsOf } from "./adapt/turns.ts";
import { monthlyYoyOf, yoyOf } from "./adapt/growth.ts";
import { dataOf, seriesList } from "./adapt/data.ts";
import { backtestOf, scoreOf } from "./adapt/backtest.ts";
import { leadOf } from "./adapt/lead.ts";
import { syncOf } from "./adapt/sync.ts";
import { sectorsAny } from "./adapt/sectors.ts";
import { decomposeOf } from "./adapt/decompose.ts";
import { contribOf } from "./adapt/contrib.ts";
import { outlookOf } from "./adapt/outlook.ts";

/**
 * Inventory-cycle phase per row from demand and inventory growth: passive destocking, active restocking, passive
 * restocking, active destocking.
 * @customfunction PHASE
 * @helpurl https://localhost:3000/help.html#PHASE
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param demand Demand series, e.g. revenue (sales) YoY %, one value per month (a column or a row).
 * @param inventory Inventory series, e.g. finished-goods inventory YoY %, same rows as demand.
 * @param [options] Text like "lang=zh; format=id", "window=6; minPhase=6; demandPreset=monthly" or "mode=as-of; lag=1".
 * @returns A column of phase labels aligned with the input rows.
 */
export function phase(dates: any[][], demand: any[][], inventory: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => phaseOf(dates, demand, inventory, o));
}

/**
 * The current as-of phase with how sure it is: persistence on real-time and hindsight bases, odds of a phase change
 * with their out-of-sample skill, what the next prints must be to flip it, and the real (PPI-deflated) phase.
 * @customfunction OUTLOOK
 * @helpurl https://localhost:3000/help.html#OUTLOOK
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first.
 * @param demand Demand series, e.g. revenue (sales) YoY %, one value per month (a column or a row).
 * @param inventory Inventory series, e.g. finished-goods inventory YoY %, same rows as demand.
 * @param [deflator] PPI YoY % on the same rows, for the real call (inventory YoY − PPI YoY; year-to-date demand minus
 * the PPI mean since January).
 * @param [options] Text like "lang=zh; lag=1; horizons=1/3/6", "asOf=2020-06", "reversal=1; confirm=2" or
 * "demandKind=cumulative_yoy; deflatorLag=1".
 * @returns A table: the call, persistence, odds with Brier scores and skill, what flips the call, the real phase.
 */
export function outlookTable(
  dates: any[][],
  demand: any[][],
  inventory: any[][],
  deflator?: any[][],
  options?: string,
): any[][] {
  return guardWithOptions(options, (o) => outlookOf(dates, demand, inventory, deflator, o));
}

/**
 * Rising or falling state of a series per row: ex-post from its turning points, or as-of (real time).
 * @customfunction STATE
 * @helpurl https://localhost:3000/help.html#STATE
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param values A series, one value per month (a column or a row); blank cells are missing.
 * @param [options] Text like "lang=zh; mode=as-of; reversal=1; confirm=2" or "window=6; extend=true".
 * @returns A column of states aligned with the input rows.
 */
export function state(dates: any[][], values: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => stateOf(dates, values, o));
}

/**
 * Turning points (peaks and troughs) of a series by Bry–Boschan / Harding–Pagan dating.
 * @customfunction TURNS
 * @helpurl https://localhost:3000/help.html#TURNS
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param values A series, one value per month; blank cells are missing.
 * @param [options] Text like "lang=zh; preset=monthly; window=5; minPhase=5; minCycle=15; minAmplitude=1".
 * @returns A table with a header row: date, type, value, close call.
 */
export function turnsTable(dates: any[][], values: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => turnsOf(dates, values, o));
}

/**
 * Inventory cycles, trough to trough, with restocking and destocking months (split into active and passive when demand
 * is given).
 * @customfunction CYCLES
 * @helpurl https://localhost:3000/help.html#CYCLES
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param demand Demand series on the same rows, to split restocking and destocking into active and passive months;
 * leave it empty ("" or ,,) for inventory alone.
 * @param inventory Inventory series, e.g. finished-goods inventory YoY %.
 * @param [options] Text like "lang=zh; window=6; minPhase=6; minCycle=24".
 * @returns A table with a header row: one row per cycle and one for the cycle in progress.
 */
export function cyclesTable(dates: any[][], demand: any[][], inventory: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => cyclesOf(dates, demand, inventory, o));
}

/**
 * Year-over-year growth in percent, 100 × (x / x[lag months earlier] − 1), months taken from the dates.
 * @customfunction YOY
 * @helpurl https://localhost:3000/help.html#YOY
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param values Levels, one per month (a column or a row); blank cells are missing.
 * @param [lag] Months back to compare with; 12 when omitted.
 * @returns Growth rates aligned with the input rows; blank where the base is missing or not positive.
 */
export function yoyGrowth(dates: any[][], values: any[][], lag?: number): any[][] {
  return guard(() => yoyOf(dates, values, lag));
}

/**
 * Monthly YoY from China NBS year-to-date values and year-to-date growth (the NBS rule, Jan–Feb merged).
 * @customfunction MONTHLYYOY
 * @helpurl https://localhost:3000/help.html#MONTHLYYOY
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first; they
 * also place January and February in each year.
 * @param cumulativeValues Year-to-date (累计) values, one per month.
 * @param cumulativeYoY Year-to-date growth in percent (累计同比), same rows.
 * @returns Monthly YoY in percent aligned with the input rows.
 */
export function monthlyYoy(dates: any[][], cumulativeValues: any[][], cumulativeYoY: any[][]): any[][] {
  return guard(() => monthlyYoyOf(dates, cumulativeValues, cumulativeYoY));
}
/**
 * A series shipped with Kitchin (date, value), e.g. cn.inventory_yoy; CYCLE.SERIES() lists the ids.
 * @customfunction DATA
 * @helpurl https://localhost:3000/help.html#DATA
 * @param seriesId Series id, e.g. "cn.inventory_yoy" or "cn.demand_yoy".
 * @param [from] First month (a date cell or text like 2005-01); the series' start when omitted.
 * @param [to] Last month; the series' end when omitted.
 * @returns Three columns: month (YYYY-MM), value (blank for a flagged anomaly), flags (proxy, anomaly with the
 * published value).
 */
export async function data(seriesId: string, from?: any, to?: any): Promise<any[][]> {
  return guardAsync(() => dataOf(seriesId, from, to));
}

/**
 * The series shipped with Kitchin: id, names, unit, kind, span, release lag and source.
 * @customfunction SERIES
 * @helpurl https://localhost:3000/help.html#SERIES
 * @returns A table with a header row, one row per series.
 */
export function seriesCatalog(): any[][] {
  return guard(() => seriesList());
}

/**
 * Scores assets by inventory-cycle phase (note 004): per phase and asset, the note-004 score, episodes, mean episode
 * return, annualised return, hit rate, permutation p-value, its Benjamini–Hochberg q-value over the table, and rank.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#SCORE
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first; a
 * header cell above them is skipped when the prices have a name row.
 * @param phases Phase of each month (labels from CYCLE.PHASE, ids such as passive-destock, or codes 0–3).
 * @param prices Month-end prices, one column per asset, same rows as phases; a first row of text is taken as asset
 * names.
 * @param [names] Asset names, one per price column.
 * @param [options] Text like "lang=zh; mode=as-of; bootstrap=1000; permutations=999; seed=1".
 * @returns A table with a header row, one row per phase and asset, then notes (thin samples, open episodes).
 */
export function score(dates: any[][], phases: any[][], prices: any[][], names?: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => scoreOf(dates, phases, prices, names, o));
}

/**
 * Backtests a phase rotation (top-k assets by phase score, scored only on past episodes) against equal weight.
 * @customfunction BACKTEST
 * @helpurl https://localhost:3000/help.html#BACKTEST
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first; a
 * header cell above them is skipped when the prices have a name row.
 * @param phases Phase of each month (labels from CYCLE.PHASE, ids or codes), ideally as-of phases.
 * @param prices Month-end prices, one column per asset, same rows; a first row of text is taken as asset names.
 * @param [options] Text like "lang=zh; mode=as-of; lag=1; topK=1; weighting=equal; rebalance=monthly; cost=10".
 * @returns A metrics table with a header row (all months, then each phase) and notes.
 */
export function backtest(dates: any[][], phases: any[][], prices: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => backtestOf(dates, phases, prices, o));
}

/**
 * Lead of an indicator over a target by turning-point matching and cross-correlation. Lead = target turn month −
 * indicator turn month: positive means the indicator turned first.
 * @customfunction LEAD
 * @helpurl https://localhost:3000/help.html#LEAD
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param indicator The indicator, one value per month (a column or a row); blank cells are missing.
 * @param target The series whose turns are led, e.g. inventory YoY, on the same rows.
 * @param [options] Text like "maxLead=12; maxLag=6; maxCorrLag=24", "inverted=true; minAmplitude=0.5" or "lang=zh;
 * detail=true".
 * @returns A header row and one row: matched, missed and extra turns, mean, median, min and max lead (months), best lag
 * and correlation; with detail=true the turns behind them.
 */
export function lead(dates: any[][], indicator: any[][], target: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => leadOf(dates, indicator, target, o));
}

/**
 * Synchronisation of two inventory cycles: months co-restocking, co-destocking and divergent, and the Harding–Pagan
 * concordance; the 4 × 4 phase table when both ranges hold phases.
 * @customfunction SYNC
 * @helpurl https://localhost:3000/help.html#SYNC
 * @param statesA Inventory state of economy A per month: 1 / −1 or rising / falling (CYCLE.STATE), or phases from
 * CYCLE.PHASE.
 * @param statesB The same for economy B, on the same rows.
 * @param [options] Text like "lang=zh".
 * @returns A table: months compared, in step, co-restocking, co-destocking, each divergent case (months and shares),
 * concordance; then the phase table (rows A, columns B).
 */
export function sync(statesA: any[][], statesB: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => syncOf(statesA, statesB, o));
}

/**
 * Sector panel: the latest inventory-cycle phase of each industry and how many months it has lasted, or the monthly
 * count and weighted share of industries per phase.
 * @customfunction SECTORS
 * @helpurl https://localhost:3000/help.html#SECTORS
 * @param table A long table with a header row: sector, month, inventory, and optionally sales and weight (行业, 月份, 存货,
 * 营收, 权重); or a shipped industry group id such as "us.wholesale", "us.retail", "cn.manufacturing", "cn.upstream" or
 * "us".
 * @param [options] Text like "kind=yoy; mode=ex-post", "lang=zh; reversal=1; confirm=2", "at=2009-06" or
 * "history=true".
 * @returns A table with a header row: sector, last month, phase, months in phase, inventory state, months in state,
 * weight share; with history=true one row per month.
 */
export async function sectors(table: any[][], options?: string): Promise<any[][]> {
  return guardWithOptionsAsync(options, (o) => sectorsAny(table, o));
}

/**
 * Decomposition of inventory growth: inventory YoY ≈ value-added YoY + price (PPI) YoY + YoY of the inventory/sales
 * ratio, with the residual, month by month.
 * @customfunction DECOMPOSE
 * @helpurl https://localhost:3000/help.html#DECOMPOSE
 * @param dates Dates of the rows (date cells, text like 2023-07, or numbers like 202307), oldest or newest first;
 * answers keep the input's order.
 * @param inventory Inventory YoY %, one value per month (a column or a row); blank cells are missing.
 * @param valueAdded Value-added (volume) YoY %, e.g. industrial value added, on the same rows.
 * @param price Producer-price YoY %, e.g. PPI, on the same rows; also the deflator of the real-inventory columns.
 * @param ratio YoY % of the inventory/sales ratio on the same rows; with sales=true the sales (demand) YoY % instead,
 * from which the ratio's YoY is derived exactly.
 * @param [options] Text like "sales=true", "form=log; real=true" or "lang=zh".
 * @returns A table with a header row, then one row per input row: inventory, value added, price, ratio, explained
 * (their sum), residual; with real=true real inventory growth (exact, difference).
 */
export function decomposeTable(
  dates: any[][],
  inventory: any[][],
  valueAdded: any[][],
  price: any[][],
  ratio: any[][],
  options?: string,
): any[][] {
  return guardWithOptions(options, (o) => decomposeOf(dates, inventory, valueAdded, price, ratio, o));
}

/**
 * Contributions of components to a total's YoY growth in percentage points (拉动), month by month and over a window, with
 * the residual the components leave unexplained.
 * @customfunction CONTRIB
 * @helpurl https://localhost:3000/help.html#CONTRIB
 * @param dates Dates of the rows (date cells or text like 2023-07), consecutive months.
 * @param total The total as levels (e.g. total business inventories), one value per row; blank cells are missing.
 * @param components The components as levels, one column each, same rows; a first row of text holds their names.
 * @param [options] Text like "from=2024-11; to=2025-09", "window=12; aggregate=mean", "shares=true" or "lang=zh";
 * cumulative=true reads China NBS year-to-date values.
 * @returns A table with a header row: per month the total's YoY (%), each contribution (pp) and the residual (pp); then
 * the window row (from…to).
 */
export function contrib(dates: any[][], total: any[][], components: any[][], options?: string): any[][] {
  return guardWithOptions(options, (o) => contribOf(dates, total, components, o));
}
