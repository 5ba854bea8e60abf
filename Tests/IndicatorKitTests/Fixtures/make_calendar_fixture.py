#!/usr/bin/env python3
"""Generate calendar-growth.csv: growth over calendar-true elapsed time computed with pandas
(and, on regular grids, with Excel's RRI formula), for CalendarGrowthTests.swift. Nothing here
shares code with IndicatorKit.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install pandas
    /tmp/venv/bin/python make_calendar_fixture.py > calendar-growth.csv

Elapsed time in years, the rule of GrowthAnalysis.md done with pandas' own calendar arithmetic:
whole months m (pandas DateOffset(months=m), or MonthEnd(m) from a month's last day), then the
leftover days over the length of the month they fall in; years = (m + days / length) / 12. A
flow's period [start, end] runs from start to the day after end.

Rows:
* stock: a figure at a date. cagr = ((b/a)^(1/years) - 1) x 100. On regular grids (yearly,
  quarterly, monthly) rri is Excel's RRI(n, a, b) x 100 with n the number of years the grid
  counts (steps / steps a year).
* flow: a total over a period. per_year = value / years of its period.
"""
import sys
import pandas as pd

def after(d, m):
    d = pd.Timestamp(d)
    return d + pd.offsets.MonthEnd(m) if d.is_month_end and m > 0 else d + pd.DateOffset(months=m)

def years(a, b):
    a, b = pd.Timestamp(a), pd.Timestamp(b)
    m = (b.year - a.year) * 12 + (b.month - a.month)
    while m > 0 and after(a, m) > b:
        m -= 1
    anchor, nxt = after(a, m), after(a, m + 1)
    days, length = (b - anchor).days, (nxt - anchor).days
    return (m + (days / length if days else 0)) / 12

def main(out):
    rows = []
    def stock(a_end, a, b_end, b, rri_n=None):
        y = years(a_end, b_end)
        rows.append(dict(kind="stock", a_start="", a_end=a_end, a_value=repr(a), b_start="", b_end=b_end,
                         b_value=repr(b), years=repr(y), cagr=repr(((b / a) ** (1 / y) - 1) * 100),
                         rri="" if rri_n is None else repr(((b / a) ** (1 / rri_n) - 1) * 100), per_year=""))
    def flow(start, end, v):
        y = years(start, pd.Timestamp(end) + pd.Timedelta(days=1))
        rows.append(dict(kind="flow", a_start=start, a_end=end, a_value=repr(v), b_start="", b_end="", b_value="",
                         years=repr(y), cagr="", rri="", per_year=repr(v / y)))

    # Yearly grid: year ends 2015..2020, +10% a year (100 -> 161.051 over five calendar years).
    ends = pd.date_range("2015-12-31", periods=6, freq="YE")
    vals = [round(100 * 1.1 ** k, 6) for k in range(6)]
    for k in range(1, 6):
        stock(ends[k - 1].strftime("%Y-%m-%d"), vals[k - 1], ends[k].strftime("%Y-%m-%d"), vals[k], 1)
    stock(ends[0].strftime("%Y-%m-%d"), vals[0], ends[5].strftime("%Y-%m-%d"), vals[5], 5)
    # Quarterly grid: quarter ends and quarter starts, +2% a quarter.
    for freq in ("QE", "QS"):
        q = pd.date_range("2019-12-31" if freq == "QE" else "2020-01-01", periods=9, freq=freq)
        v = [100 * 1.02 ** k for k in range(9)]
        for k in range(1, 9):
            stock(q[k - 1].strftime("%Y-%m-%d"), v[k - 1], q[k].strftime("%Y-%m-%d"), v[k], 0.25)
        stock(q[0].strftime("%Y-%m-%d"), v[0], q[8].strftime("%Y-%m-%d"), v[8], 2)
    # Monthly grid: month ends, +1% a month (February of a leap year included).
    mth = pd.date_range("2019-12-31", periods=13, freq="ME")
    v = [50 * 1.01 ** k for k in range(13)]
    for k in range(1, 13):
        stock(mth[k - 1].strftime("%Y-%m-%d"), v[k - 1], mth[k].strftime("%Y-%m-%d"), v[k], 1 / 12)
    stock(mth[0].strftime("%Y-%m-%d"), v[0], mth[12].strftime("%Y-%m-%d"), v[12], 1)
    # Irregular spans between dates.
    for a_end, a, b_end, b in [("2021-12-14", 189.0, "2023-08-29", 192.0), ("2015-02-28", 10.0, "2016-02-29", 11.0),
                               ("2016-01-31", 10.0, "2016-03-15", 10.5), ("2016-07-01", 8.0, "2021-07-01", 9.0),
                               ("2013-12-15", 3.0, "2016-08-13", 4.0), ("2020-01-15", 100.0, "2020-02-14", 101.0)]:
        stock(a_end, a, b_end, b)
    # Flows: calendar years (one a leap year), quarters, months, and irregular periods.
    for y in (2019, 2020, 2021):
        flow(f"{y}-01-01", f"{y}-12-31", 545.0)
    for p in pd.period_range("2020Q1", "2020Q4", freq="Q"):
        flow(p.start_time.strftime("%Y-%m-%d"), p.end_time.strftime("%Y-%m-%d"), 100.0)
    for p in pd.period_range("2020-01", "2020-03", freq="M"):
        flow(p.start_time.strftime("%Y-%m-%d"), p.end_time.strftime("%Y-%m-%d"), 30.0)
    for s, e, v in [("2013-12-15", "2016-08-13", 51.53), ("2021-01-01", "2023-12-18", 48.2),
                    ("2022-01-01", "2022-11-20", 25.13), ("2019-01-01", "2021-12-31", 200.0)]:
        flow(s, e, v)
    cols = ["kind", "a_start", "a_end", "a_value", "b_start", "b_end", "b_value", "years", "cagr", "rri", "per_year"]
    pd.DataFrame(rows, columns=cols).to_csv(out, index=False, lineterminator="\n")

if __name__ == "__main__":
    main(sys.stdout)
