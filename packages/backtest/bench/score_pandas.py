"""Reference implementation of the phase scoring in pandas (Debian python3-pandas), for the bench.

Same definitions as @kitchin/backtest's scorePhases without the bootstrap and the permutations:
monthly returns, per asset x phase months / compound annualised return / volatility / Sharpe /
t-stat, complete episodes (runs touching the window edges are censored), episode returns from the
month-end before the start to the last month-end, note-004 score, cross-asset mean, median, hit
rate, rank. Reads a wide CSV (month rows x asset columns, first column "phase" code), prints JSON
with the median compute time of 5 runs (excluding the CSV read) and the scores.
"""
import json
import sys
import time

import numpy as np
import pandas as pd

prices = pd.read_csv(sys.argv[1], index_col=0)
codes = prices.pop("phase").to_numpy()

def score():
    ret = prices / prices.shift(1) - 1
    ppy = 12
    phase = pd.Series(codes, index=prices.index)
    out = {}
    for p in range(4):
        r = ret[phase == p]
        n = r.count()
        mean = r.mean()
        sd = r.std(ddof=1)
        ann = np.expm1(np.log1p(r).mean() * ppy)
        out[p] = dict(months=n, ann=ann, vol=sd * np.sqrt(ppy), sharpe=mean / sd * np.sqrt(ppy), t=mean / (sd / np.sqrt(n)))
    # complete episodes
    runid = (phase != phase.shift(1)).cumsum()
    T = len(phase)
    eps = []
    for _, idx in phase.groupby(runid).groups.items():
        s, e = prices.index.get_loc(idx[0]), prices.index.get_loc(idx[-1])
        c = codes[s]
        if c < 0 or s == 0 or e == T - 1:
            continue
        eps.append((c, s, e))
    scores = []
    for p in range(4):
        pe = [(s, e) for (c, s, e) in eps if c == p]
        if pe:
            er = pd.DataFrame({k: prices.iloc[e] / prices.iloc[s - 1] - 1 for k, (s, e) in enumerate(pe)})
        else:
            er = pd.DataFrame(index=prices.columns)
        n = er.count(axis=1)
        pos = (er > 0).sum(axis=1)
        m = er.mean(axis=1)
        cross = m.mean()
        score = pos + ((pos == n) & (n > 0)).astype(int) + ((m > cross) & (n > 0)).astype(int)
        med = er.median(axis=1)
        hit = pos / n.replace(0, np.nan)
        key = pd.DataFrame({"score": score, "m": m.fillna(-np.inf)})[n > 0]
        rank = key.sort_values(["score", "m"], ascending=False, kind="mergesort").assign(r=lambda d: np.arange(1, len(d) + 1))["r"]
        scores.append(score.to_numpy().tolist())
    return scores


times = []
for _ in range(5):
    t0 = time.perf_counter()
    scores = score()
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
print(json.dumps({"ms": times[len(times) // 2], "scores": scores}))
