/** Benchmarks (methods.md §9): equal weight of the universe, and buy-and-hold of a named asset. */
import { strategy, type Strategy } from "./types.ts";
import { runMonthly, runUntilInvested } from "./steps/rebalance.ts";
import { selectAll, selectAssets } from "./steps/select.ts";
import { weighEqually } from "./steps/weigh.ts";

/** Equal weight of every asset with a price, rebalanced monthly. */
export function equalWeight(name = "equal-weight"): Strategy {
  return strategy(name, [runMonthly(), selectAll(), weighEqually()]);
}

/** Buy `asset` at the first month-end it has a price and hold it. */
export function buyAndHold(asset: string, name = `buy-and-hold ${asset}`): Strategy {
  return strategy(name, [runUntilInvested(), selectAssets([asset]), weighEqually()]);
}
