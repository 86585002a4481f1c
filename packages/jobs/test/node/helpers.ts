/** Temp files for the Node tests: written with the real file system, removed by the OS's temp cleaning. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "kitchin-jobs-test-"));
// Shipped series are read without the user's imports: an empty data folder of our own.
process.env.KITCHIN_HOME = mkdtempSync(join(tmpdir(), "kitchin-jobs-home-"));

export function tmpFile(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const ym = (t: number, start = 2000 * 12) => {
  const m = start + t;
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
};

/** A user's file: monthly demand and inventory YoY (a ~40-month cycle, demand leading), 2000-01 on. */
export function cycleCsv(name: string, months = 240): string {
  const rows = ["date,inv,dem"];
  for (let t = 0; t < months; t++) {
    const inv = 8 * Math.sin((2 * Math.PI * t) / 40) + 5;
    const dem = 8 * Math.sin((2 * Math.PI * (t + 8)) / 40) + 5;
    rows.push(`${ym(t)},${inv.toFixed(3)},${dem.toFixed(3)}`);
  }
  return tmpFile(name, `${rows.join("\n")}\n`);
}

/** A user's month-end prices, wide: date and one column per asset, 2000-01 on. */
export function pricesCsv(name: string, months = 240, assets = ["A", "B", "C"]): string {
  const rows = [["date", ...assets].join(",")];
  const p = assets.map(() => 100);
  for (let t = 0; t < months; t++) {
    rows.push([ym(t), ...p.map((x) => x.toFixed(4))].join(","));
    assets.forEach((_, a) => {
      p[a] *= 1 + 0.002 * (a + 1) + 0.03 * Math.sin((t + 7 * a) / (3 + a));
    });
  }
  return tmpFile(name, `${rows.join("\n")}\n`);
}
