import { KitchinError, SIZE_LIMITS } from "@kitchin/core";

/**
 * The report draws every asset of its inputs (heat map rows, strategy legends): more than
 * `SIZE_LIMITS.reportAssets` is refused before any work, with what to do (the renderer fails on
 * about a thousand rows; a heat map that tall is not read anyway).
 */
export function checkReportAssets(n: number): void {
  if (n > SIZE_LIMITS.reportAssets) {
    throw new KitchinError("bad-option", `the report draws at most ${SIZE_LIMITS.reportAssets} assets and the prices have ${n}: choose them with --assets and --score-assets (kitchin score lists every asset)`);
  }
}
