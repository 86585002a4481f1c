/**
 * Benchmarks (methods.md §9): equal weight of the universe, and buy-and-hold of a named asset.
 * They are strategies like any other — the same runner, the same cost step — so that a benchmark
 * pays `bps × turnover` exactly as the rotations do (as `bt` and vectorbt charge every portfolio:
 * a benchmark that trades for free would flatter itself against the rotations). Equal weight rebalances monthly back to
 * 1/n and so pays on the drift each month; buy-and-hold pays once, on the month it buys.
 */
import { strategy, type Strategy } from "./types.ts";
import { runMonthly, runUntilInvested } from "./steps/rebalance.ts";
import { selectAll, selectAssets } from "./steps/select.ts";
import { weighEqually } from "./steps/weigh.ts";
import { costBps } from "./steps/cost.ts";
import { BACKTEST_DEFAULTS } from "../constants.ts";

/** Equal weight of every asset with a price, rebalanced monthly, net of `cost` bps of turnover. */
export function equalWeight(name = "equal-weight", cost: number = BACKTEST_DEFAULTS.costBps): Strategy {
  return strategy(name, [runMonthly(), selectAll(), weighEqually(), costBps(cost)]);
}

/** Buy `asset` at the first month-end it has a price and hold it, net of `cost` bps of turnover. */
export function buyAndHold(
  asset: string,
  name = `buy-and-hold ${asset}`,
  cost: number = BACKTEST_DEFAULTS.costBps,
): Strategy {
  return strategy(name, [runUntilInvested(), selectAssets([asset]), weighEqually(), costBps(cost)]);
}
