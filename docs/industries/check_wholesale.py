"""Independent check of `kitchin sectors --dataset us --group wholesale --at 2024-01` (docs/macro.md §4a).

Reads the raw Census MWTS CSVs with pandas (not the project's parser), builds the 19 industries
(4234 minus 42343), and applies methods.md §3's real-time reversal rule (reversal 1 pp, confirm 2)
to the 12-month growth of inventories and sales, written here from the spec. Prints the phase and
the inventory weight of each industry at 2024-01, to set beside the command's JSON:

    /usr/bin/python3 docs/industries/check_wholesale.py ../shared/data/incoming2
"""
import io
import sys
import pandas as pd

RAW = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/incoming2"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def read(kind):
    path = f"{RAW}/us_census_mwts_wholesale_{kind}_sa_by_naics_1992_2025-07_michaelarg.csv"
    lines = open(path, encoding="utf-8-sig").read().splitlines()
    head = next(i for i, l in enumerate(lines) if l.startswith("Month,Year"))
    df = pd.read_csv(io.StringIO("\n".join(lines[head:])), thousands=",", na_values=["NA"])
    df.columns = [str(c).split()[0] for c in df.columns]
    df = df.dropna(subset=["Year"])
    df["date"] = pd.to_datetime(df["Year"].astype(int).astype(str) + "-" + df["Month"].str.split().str[0].str[:3].map(lambda m: MONTHS.index(m) + 1).astype(str) + "-01")
    df = df.set_index("date").sort_index().drop(columns=["Month", "Year"])
    df["4234x"] = df["4234"] - df["42343"]
    return df[[c for c in df.columns if c not in ("42", "423", "424", "4234")]]


def states(x, reversal=1.0, confirm=2):
    out, state, hi, lo, up, down = [], 0, None, None, 0, 0
    for v in x:
        if pd.notna(v):
            if hi is None:
                hi = lo = v
            if state >= 0:
                hi = max(hi, v)
                down = down + 1 if v <= hi - reversal else 0
            if state <= 0:
                lo = min(lo, v)
                up = up + 1 if v >= lo + reversal else 0
            if state >= 0 and down >= confirm:
                state, lo, down, up = -1, v, 0, 0
            elif state <= 0 and up >= confirm:
                state, hi, up, down = 1, v, 0, 0
        out.append(state)
    return pd.Series(out, index=x.index)


PHASE = {(1, -1): "passive-destock", (1, 1): "active-restock", (-1, 1): "passive-restock", (-1, -1): "active-destock"}
inv, sales = read("inventories"), read("sales")
inv, sales = inv[:"2024-01"], sales[:"2024-01"]
w = inv.loc["2024-01-01"] / inv.loc["2024-01-01"].sum()
rows = []
for c in inv.columns:
    si = states(100 * inv[c].pct_change(12, fill_method=None)).iloc[-1]
    ss = states(100 * sales[c].pct_change(12, fill_method=None)).iloc[-1]
    rows.append((c, PHASE.get((ss, si), "unknown"), round(float(w[c]), 6)))
for r in rows:
    print(*r)
ar = [r for r in rows if r[1] == "active-restock"]
print("active restocking:", len(ar), "weight", round(sum(r[2] for r in ar), 4))
