/**
 * The message table's areas kept in files of their own (one per area of the faces), merged into
 * `MESSAGES` (phases/messages.ts). A new area is a file here and one line below.
 */
import { BACKTEST_MESSAGES } from "./backtest.ts";
import { CONTRIB_MESSAGES } from "./contrib.ts";
import { FILE_MESSAGES } from "./files.ts";
import { IMPORT_MESSAGES } from "./import.ts";
import { PRICE_MESSAGES } from "./prices.ts";
import { USAGE_MESSAGES } from "./usage.ts";
import { SERIES_MESSAGES } from "./series.ts";
import { ANALYTICS_MESSAGES } from "./analytics.ts";
import { GROWTH_MESSAGES } from "./growth.ts";
import { SECTOR_MESSAGES } from "./sectors.ts";

export const AREA_MESSAGES = {
  ...USAGE_MESSAGES,
  ...PRICE_MESSAGES,
  ...FILE_MESSAGES,
  ...IMPORT_MESSAGES,
  ...BACKTEST_MESSAGES,
  ...CONTRIB_MESSAGES,
  ...SERIES_MESSAGES,
  ...ANALYTICS_MESSAGES,
  ...GROWTH_MESSAGES,
  ...SECTOR_MESSAGES,
} as const;
