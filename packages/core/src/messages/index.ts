/**
 * The message table's areas kept in files of their own (one per area of the faces), merged into
 * `MESSAGES` (phases/messages.ts). A new area is a file here and one line below.
 */
import { USAGE_MESSAGES } from "./usage.ts";

export const AREA_MESSAGES = {
  ...USAGE_MESSAGES,
} as const;
