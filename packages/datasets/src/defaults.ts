import type { Region } from "./types.ts";

/**
 * Default inventory and demand series per region for phase work (methods.md §3):
 * China uses finished-goods inventory YoY against industrial revenue YoY (spliced with the
 * nominal-output proxy after 2019-04, see DATA.md); the US uses total business inventories YoY
 * against nominal total business sales YoY (BUSINVx / ISRATIOx).
 */
export const REGION_DEFAULTS: Readonly<Record<Region, { inventory: string; demand: string }>> = {
  cn: { inventory: "cn.inventory_yoy", demand: "cn.demand_yoy" },
  us: { inventory: "us.inventory_yoy", demand: "us.sales_yoy" },
};
