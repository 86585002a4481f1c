/**
 * Reads the BCDating reference folder (`../shared/reference/bcdating`, its PROVENANCE.md): the
 * 300 synthetic monthly series and R BCDating 0.9.8's turns on them. Node only (scripts and tests).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ReferenceTurn {
  index: number;
  type: "peak" | "trough";
  value: number;
}
export interface ReferenceSeries {
  id: string;
  values: Float64Array;
  turns: ReferenceTurn[];
}
export interface Reference {
  settings: { window: number; minCycle: number; minPhase: number; censor: number };
  series: ReferenceSeries[];
}

/**
 * Parses the wide CSV and the JSON of one folder; throws with the file's name when either does not read as documented.
 */
export function readReference(dir: string): Reference {
  const csvPath = join(dir, "synthetic_series.csv");
  const lines = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
  const head = lines[0].split(",");
  if (head[0] !== "date") throw new Error(`${csvPath}: first column is "${head[0]}", expected "date"`);
  const cols = head.slice(1).map(() => [] as number[]);
  for (let r = 1; r < lines.length; r++) {
    const cells = lines[r].split(",");
    for (let c = 1; c < head.length; c++) {
      const cell = cells[c] ?? "";
      if (cell === "") continue;
      const v = Number(cell);
      if (!Number.isFinite(v))
        throw new Error(`${csvPath}: row ${r + 1}, column ${head[c]}: "${cell}" is not a number`);
      if (cols[c - 1].length !== r - 1)
        throw new Error(`${csvPath}: row ${r + 1}, column ${head[c]}: a value after the series ended`);
      cols[c - 1].push(v);
    }
  }
  const jsonPath = join(dir, "bcdating_turns.json");
  const json = JSON.parse(readFileSync(jsonPath, "utf8")) as {
    settings: Reference["settings"];
    series: Record<string, { n: number; turns: [number, string, string, number][] }>;
  };
  const series = head.slice(1).map((id, c) => {
    const entry = json.series[id];
    if (!entry) throw new Error(`${jsonPath}: no turns for ${id}`);
    if (entry.n !== cols[c].length)
      throw new Error(`${jsonPath}: ${id} has n = ${entry.n}, the CSV ${cols[c].length} values`);
    const turns = entry.turns.map(([index, , type, value]) => {
      if (type !== "peak" && type !== "trough") throw new Error(`${jsonPath}: ${id}: turn type "${type}"`);
      return { index, type, value } as ReferenceTurn;
    });
    return { id, values: Float64Array.from(cols[c]), turns };
  });
  return { settings: json.settings, series };
}
