/** A cell as a reader gives it: text, a number, a boolean, or nothing (CSV, XLSX, an Excel range). */
export type Cell = string | number | boolean | null | undefined;
