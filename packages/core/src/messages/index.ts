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

export const AREA_MESSAGES = {
  ...USAGE_MESSAGES,
  ...PRICE_MESSAGES,
  ...FILE_MESSAGES,
  ...IMPORT_MESSAGES,
  ...BACKTEST_MESSAGES,
  ...CONTRIB_MESSAGES,
} as const;
