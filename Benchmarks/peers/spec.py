"""The chart specification shared by the Python peers (gnuplot scripts repeat these strings).

Keep in sync with peers/gnuplot/*.gp and with the INDICATORS templates in run.py.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.environ.get("BENCH_DATA", os.path.join(os.path.dirname(HERE), "data"))

FONT = ["Noto Sans", "DejaVu Sans"]  # Indicators' default theme family list

SIZES = {"w1": (1200, 675), "w2": (1200, 675), "w3": (1600, 1200)}

W1_TITLE = "Engagement indicators by period"
W1_SUBTITLE = "Four indicators across three periods, grouped"
W1_SOURCE = "Source: synthetic benchmark data (seed 20231218)"
W2_TITLE = "Random walk, 1,000,000 points"
W3_COLS, W3_ROWS = 4, 3  # 12 panels: 4 columns x 3 rows, each titled with its panel name


def data_path(workload):
    return os.path.join(DATA_DIR, f"{workload}.csv")


def read_small_csv(workload):
    """W1 and W3 are tiny: the stdlib csv module is the cheapest way to read them."""
    with open(data_path(workload), newline="") as f:
        return list(csv.DictReader(f))


def w1_table(rows):
    """-> (indicators in order, periods in order, {(indicator, period): value})."""
    inds, pers, vals = [], [], {}
    for r in rows:
        if r["indicator"] not in inds:
            inds.append(r["indicator"])
        if r["period"] not in pers:
            pers.append(r["period"])
        vals[(r["indicator"], r["period"])] = float(r["value"])
    return inds, pers, vals


def w3_panels(rows):
    """-> [(panel name, [x...], [y...])] in file order."""
    panels = {}
    for r in rows:
        xs, ys = panels.setdefault(r["panel"], ([], []))
        xs.append(float(r["x"]))
        ys.append(float(r["y"]))
    return [(name, xs, ys) for name, (xs, ys) in panels.items()]
