"""Reference for `kitchin score` in pandas (Debian python3-pandas), for apps/cli/bench/cli.mjs.

Reads the same two files kitchin reads — a wide month-end price CSV (date column + one column per
asset) and a phase CSV (date,phase with the phase ids) — and computes the same per asset x phase
figures without bootstrap or permutations, following methods.md section 8 as written, not
kitchin's code:
  monthly returns p[t]/p[t-1]-1, each belonging to the phase of month t; per asset x phase: months,
  compound annualised return expm1(mean(log1p r) * 12), volatility sd*sqrt(12) (ddof 1), Sharpe
  mean/sd*sqrt(12), t = mean/(sd/sqrt(n)); complete episodes (runs of one phase, dropping the runs
  that touch either end of the window); episode return p[end]/p[start-1]-1; note-004 score =
  positive episodes + 1 if all positive + 1 if the mean episode return beats the cross-asset mean;
  median episode return, hit rate, rank by score then mean episode return.
Prints JSON: {"assets": [...], "phases": [...], "<field>": [[phase 0 values by asset], ...]}.
The bench times the whole process (start-up, import, CSV read, compute, JSON out), like kitchin's.
"""
import json
import sys

import numpy as np
import pandas as pd

PHASES = ["passive-destock", "active-restock", "passive-restock", "active-destock"]

prices = pd.read_csv(sys.argv[1], index_col=0)
phase_ids = pd.read_csv(sys.argv[2], index_col=0)["phase"].reindex(prices.index)
codes = phase_ids.map({p: i for i, p in enumerate(PHASES)}).fillna(-1).astype(int).to_numpy()
T = len(prices)
ret = prices / prices.shift(1) - 1
phase = pd.Series(codes, index=prices.index)

out = {"assets": list(prices.columns), "phases": PHASES}
fields = ["months", "annualizedReturn", "volatility", "sharpe", "tStat", "score", "episodes", "positive",
          "meanEpisodeReturn", "medianEpisodeReturn", "hitRate", "rank"]
for f in fields:
    out[f] = []

runid = (phase != phase.shift(1)).cumsum().to_numpy()
eps = []
start = 0
for t in range(1, T + 1):
    if t == T or runid[t] != runid[start]:
        if codes[start] >= 0 and start > 0 and t - 1 < T - 1:
            eps.append((codes[start], start, t - 1))
        start = t

for p in range(4):
    r = ret[(phase == p).to_numpy()]
    n = r.count()
    mean = r.mean()
    sd = r.std(ddof=1)
    out["months"].append(n.tolist())
    out["annualizedReturn"].append(np.expm1(np.log1p(r).mean() * 12).tolist())
    out["volatility"].append((sd * np.sqrt(12)).tolist())
    out["sharpe"].append((mean / sd * np.sqrt(12)).tolist())
    out["tStat"].append((mean / (sd / np.sqrt(n))).tolist())
    pe = [(s, e) for (c, s, e) in eps if c == p]
    if pe:
        er = pd.DataFrame({k: prices.iloc[e] / prices.iloc[s - 1] - 1 for k, (s, e) in enumerate(pe)})
    else:
        er = pd.DataFrame(index=prices.columns, dtype=float)
    k = er.count(axis=1)
    pos = (er > 0).sum(axis=1)
    m = er.mean(axis=1)
    cross = m.mean()
    score = pos + ((pos == k) & (k > 0)).astype(int) + ((m > cross) & (k > 0)).astype(int)
    score = score.where(k > 0, 0)
    out["score"].append(score.astype(int).tolist())
    out["episodes"].append(k.astype(int).tolist())
    out["positive"].append(pos.astype(int).tolist())
    out["meanEpisodeReturn"].append(m.tolist())
    out["medianEpisodeReturn"].append(er.median(axis=1).tolist())
    out["hitRate"].append((pos / k.replace(0, np.nan)).tolist())
    key = pd.DataFrame({"score": score, "m": m, "i": np.arange(len(score))})[k > 0]
    order = key.sort_values(["score", "m", "i"], ascending=[False, False, True], kind="mergesort")
    rank = pd.Series(0, index=prices.columns)
    rank[order.index] = np.arange(1, len(order) + 1)
    out["rank"].append(rank.astype(int).tolist())

json.dump(out, sys.stdout, allow_nan=True)
