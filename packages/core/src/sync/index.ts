/** Synchronisation of two inventory cycles: concordance, co-restocking shares, phase table (methods.md §5). */
export * from "./concordance.ts";
export * from "./phaseTable.ts";
export * from "./sync.ts";
export * from "./timelines.ts";
