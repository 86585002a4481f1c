/** Lead/lag: turning-point matching, cross-correlation and the leading-indicator table (methods.md §4). */
export * from "./defaults.ts";
export * from "./matchTurns.ts";
export * from "./crossCorrelation.ts";
export * from "./monthly.ts";
export * from "./leadLag.ts";
export * from "./leadTable.ts";
