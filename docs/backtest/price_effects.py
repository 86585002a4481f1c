"""Effect of smoothed prices and roll gaps on backtest figures (docs/backtest.md, issue 24).

    /usr/bin/python3 docs/backtest/price_effects.py ../shared/data

1. US equity: the shipped us.spx is Shiller's monthly AVERAGE of daily closes. The shared data have a
   month-end series of the US market: Fama-French's market return (Mkt-RF + RF, value-weighted,
   month-end to month-end, dividends included). Over their common months, compare the lag-1
   autocorrelation of monthly returns, the annualised volatility, the maximum drawdown and the
   Sharpe ratio over RF. (The FF return includes dividends, about 2 pp a year: compare the risk
   figures, not the means.)
2. China futures: the shipped cn.fut.* are unadjusted main-contract month-end closes (roll gaps).
   The shared data have a back-adjusted 2010-2021 set for 30 products: per product, the annualised
   return, volatility and lag-1 autocorrelation of both over the common complete months, and the
   average over products.
"""
import glob
import math
import os
import sys

import pandas as pd

raw = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
data = "packages/datasets/data"


def shipped(region, sid):
    s = pd.read_csv(f"{data}/{region}/{sid}.csv", dtype={"date": str})
    return s.set_index(pd.PeriodIndex(s["date"], freq="M"))["value"].astype(float)


def stats(r, rf=None):
    x = r - (rf if rf is not None else 0)
    w = (1 + r).cumprod()
    dd = (w / w.cummax() - 1).min()
    return {
        "ann. return": (1 + r).prod() ** (12 / len(r)) - 1,
        "vol": r.std(ddof=1) * math.sqrt(12),
        "AC1": r.autocorr(1),
        "max DD": dd,
        "Sharpe": x.mean() / x.std(ddof=1) * math.sqrt(12),
    }


ff = pd.read_csv(f"{raw}/us/ff_research_data_factors_monthly_to_2024-08.csv", dtype={"Date": str})
ff = ff[ff["Date"].str.strip().str.len() == 6]
ff.index = pd.PeriodIndex(ff["Date"].str.strip().str[:4] + "-" + ff["Date"].str.strip().str[4:], freq="M")
mkt = (ff["Mkt-RF"].astype(float) + ff["RF"].astype(float)) / 100
rf = ff["RF"].astype(float) / 100
spx = shipped("us", "us.spx").pct_change()
for lo in ["1990-01", "2011-02"]:
    idx = spx.index[(spx.index >= pd.Period(lo, "M")) & (spx.index <= pd.Period("2024-08", "M"))].intersection(mkt.index)
    a, b = stats(spx[idx], rf[idx]), stats(mkt[idx], rf[idx])
    print(f"US equity {idx[0]}..{idx[-1]} ({len(idx)} months)")
    for k in a:
        print(f"  {k:12s} monthly average (us.spx) {a[k]: .3f}   month-end (FF market) {b[k]: .3f}")

rows = []
for f in sorted(glob.glob(f"{raw}/cn/futures_adjusted_2010_2021/adjusted_*.csv")):
    code = os.path.basename(f)[len("adjusted_"):-4].lower()
    sid = f"cn.fut.{code}"
    if not os.path.exists(f"{data}/cn/{sid}.csv"):
        continue
    d = pd.read_csv(f)
    d.index = pd.to_datetime(d["DATETIME"])
    adj = d["price"].astype(float).groupby(d.index.to_period("M")).last()
    last_day = d.index.to_series().groupby(d.index.to_period("M")).max()
    complete = last_day[last_day.dt.day >= last_day.dt.days_in_month - 3].index
    un = shipped("cn", sid)
    # The adjusted series' price change over the month on the unadjusted level (as DATA.md's cross-check).
    ra = (adj.diff() / un.shift(1)).dropna()
    ru = un.pct_change().dropna()
    idx = ra.index.intersection(ru.index).intersection(complete)
    if len(idx) < 24:
        continue
    u, a = stats(ru[idx]), stats(ra[idx])
    rows.append({"id": sid, "months": len(idx), "ann unadj": u["ann. return"], "ann adj": a["ann. return"],
                 "vol unadj": u["vol"], "vol adj": a["vol"], "AC1 unadj": u["AC1"], "AC1 adj": a["AC1"]})
t = pd.DataFrame(rows).set_index("id")
print(f"\nChina futures, {len(t)} products, unadjusted (shipped) vs back-adjusted, common complete months 2010-2021")
print(t.round(3).to_string())
m = t.mean(numeric_only=True)
print(f"  mean over products: ann. return {m['ann unadj']:.3f} vs {m['ann adj']:.3f} (diff {m['ann unadj'] - m['ann adj']:+.3f}); "
      f"vol {m['vol unadj']:.3f} vs {m['vol adj']:.3f}; AC1 {m['AC1 unadj']:.3f} vs {m['AC1 adj']:.3f}")
d = (t["ann unadj"] - t["ann adj"]).abs()
print(f"  |ann. return difference|: median {d.median():.3f}, max {d.max():.3f} ({d.idxmax()})")
