/** Sector panel: phases of N industries and the weighted shares in each phase (methods.md §7). */
export * from "./panel.ts";
export * from "./at.ts";
export * from "./table.ts";
export * from "./breadth.ts";
