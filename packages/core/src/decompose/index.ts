/** Decomposition of inventory growth into volume, price and the inventory/sales ratio (methods.md §6). */
export * from "./decompose.ts";
