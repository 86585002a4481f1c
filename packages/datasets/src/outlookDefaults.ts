/**
 * Each region's inputs to the outlook besides its demand and inventory series: the
 * deflator of the real call (PPI YoY; note 003 deflates inventory by PPI, note 000 reads US
 * inventories in real terms) and the indicators released before the inventory and demand prints
 * that the nowcast may use (only those with a shorter release lag are used: China's PMI and its
 * sub-indices, lag 0, against industrial profits' 1; US PPI, CPI and the OECD CLI, lag 1, against
 * business inventories' 2).
 */
import type { Region } from "./types.ts";

export const OUTLOOK_DEFAULTS: Readonly<Record<Region, { deflator: string; indicators: readonly string[] }>> = {
  cn: { deflator: "cn.ppi_yoy", indicators: ["cn.pmi", "cn.pmi_new_orders", "cn.pmi_finished_inventory"] },
  us: { deflator: "us.ppi_yoy", indicators: ["us.ppi_yoy", "us.cpi_yoy", "us.cli"] },
};
