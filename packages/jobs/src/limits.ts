import { KitchinError, SIZE_LIMITS, say } from "@kitchin/core";

/**
 * The report draws every asset of its inputs (heat map rows, strategy legends): more than
 * `SIZE_LIMITS.reportAssets` is refused before any work, with what to do (the renderer fails on
 * about a thousand rows; a heat map that tall is not read anyway).
 */
export function checkReportAssets(n: number): void {
  if (n > SIZE_LIMITS.reportAssets) {
    throw new KitchinError("bad-option", say("reportTooManyAssets", { max: SIZE_LIMITS.reportAssets, n }));
  }
}
