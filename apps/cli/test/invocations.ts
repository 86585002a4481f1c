/** One invocation per command that prints a result, on the shipped data (stdoutClean, formats tests). */
export const INVOCATIONS: Record<string, string[]> = {
  overview: ["overview", "--dataset", "cn", "--no-report"],
  turns: ["turns", "--dataset", "cn"],
  phase: ["phase", "--dataset", "cn"],
  cycles: ["cycles", "--dataset", "cn"],
  "data list": ["data", "list", "--dataset", "cn"],
  "data show": ["data", "show", "cn.inventory_yoy", "--from", "2019-01", "--to", "2019-06"],
  score: ["score", "--dataset", "cn", "--permutations", "0", "--bootstrap", "0"],
  backtest: ["backtest", "--dataset", "cn", "--mode", "ex-post"],
  compare: ["compare", "--dataset", "cn"],
  sweep: ["sweep", "--dataset", "cn", "--top-k", "1,2", "--signal-lag", "1"],
  lead: ["lead", "--dataset", "cn"],
  sync: ["sync", "--a", "cn", "--b", "us"],
  decompose: ["decompose", "--dataset", "cn"],
  sectors: ["sectors", "--dataset", "cn"],
  contrib: ["contrib", "--dataset", "us"],
  outlook: ["outlook", "--dataset", "cn"],
};
