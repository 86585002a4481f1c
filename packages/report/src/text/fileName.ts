/**
 * The last part of a path, as the report names a user's file (its title, its footnote): after the
 * last `/` or `\\` (a path written on Windows reads the same on any machine), trailing separators
 * ignored — `data/prices.csv` → `prices.csv`, `C:\\data\\prices.csv` → `prices.csv`, `dir/` → `dir`.
 * The report runs where there is no `node:path` (a browser), so it does not use it.
 */
export function fileName(path: string): string {
  const trimmed = path.replace(/[/\\]+$/, "");
  return trimmed.slice(Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\")) + 1);
}
