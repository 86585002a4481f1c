"""Sector means of `kitchin score --format json` (stdin): per phase and sector, the mean note-004
score and the mean of the assets' mean episode returns, over assets with data. Sectors follow the
usual Chinese futures-research grouping (东证 note 004's 板块); rubber sits with energy & chemicals,
and "property-related" is an overlapping group (rebar, hot-rolled coil, glass, PVC, soda ash).
Usage: kitchin score … --format json | python3 docs/backtest/sector_means.py [phase …]
"""
import json
import sys

SECTORS = {
    "precious metals": "au ag",
    "energy": "sc fu lu bu pg zc",
    "chemicals": "ta ma l pp v eg eb sa ur pf ru nr",
    "ferrous": "rb hc i j jm sf sm ss",
    "non-ferrous": "cu al zn pb ni sn bc si",
    "agriculture": "a m y p c cs oi rm cf sr jd ap lh",
    "pulp": "sp",
    "property-related*": "rb hc fg v sa",
}
data = json.load(sys.stdin)
phases = sys.argv[1:] or ["passive-destock", "active-restock"]
print(f"{'phase':16} {'sector':18} {'assets':>6} {'mean score':>10} {'mean ep. return':>15}  members with score ≥ 4")
for ph in phases:
    rows = {r["asset"].split(".")[-1]: r for r in data["scores"] if r["phase"] == ph and r["episodes"] > 0}
    for name, members in SECTORS.items():
        xs = [rows[m] for m in members.split() if m in rows]
        if not xs:
            continue
        ms = sum(x["score"] for x in xs) / len(xs)
        mr = sum(x["meanEpisodeReturn"] for x in xs) / len(xs)
        good = ",".join(f"{x['asset'].split('.')[-1]}({x['score']})" for x in xs if x["score"] >= 4)
        print(f"{ph:16} {name:18} {len(xs):6d} {ms:10.2f} {100 * mr:14.1f}%  {good}")
    print(f"{ph:16} {'cross-asset mean':18} {'':6} {'':10} {100 * data['crossAssetMean'][ph]:14.1f}%")
