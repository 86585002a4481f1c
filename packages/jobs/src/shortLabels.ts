/**
 * Short column labels for a set of series ids: what they all share in front (up to its last dot)
 * and behind (from an underscore) is dropped, so the contribution tables of `kitchin contrib` and the
 * report head their columns `manufacturing`, `wholesale`, `retail` rather than the full ids
 * (us.census.manufacturing_inventory → manufacturing). Browser-safe.
 */
export function shortLabels(names: string[]): string[] {
  if (names.length < 2) return names;
  let pre = names[0],
    suf = names[0];
  for (const n of names) {
    while (!n.startsWith(pre)) pre = pre.slice(0, -1);
    while (!n.endsWith(suf)) suf = suf.slice(1);
  }
  pre = pre.slice(0, pre.lastIndexOf(".") + 1);
  suf = suf.startsWith("_") ? suf : "";
  const out = names.map((n) => n.slice(pre.length, n.length - suf.length));
  return out.every((x) => x !== "") ? out : names;
}
