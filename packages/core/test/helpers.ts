import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seriesFromObservations, type Series } from "../src/index.ts";

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8");
}

/** Reads one column of a fixture CSV as a monthly series. */
export function fixtureSeries(name: string, column: string): Series {
  const lines = fixture(name).trim().split(/\r?\n/);
  const header = lines[0].split(",");
  const c = header.indexOf(column);
  const rows = lines.slice(1).map((l) => l.split(","));
  return seriesFromObservations(
    rows.map((r) => r[0]),
    rows.map((r) => r[c]),
    { column, file: name, firstRow: 2 },
  );
}
