#!/usr/bin/env python3
"""A national-scale dataset in the Indicators dataset format, and chart specs for it.

63 provinces x 200 measures = 12,600 indicators (one per province and measure), each with a
figure for 10 yearly conference periods: 126,000 observations, plus one stated growth figure per
indicator (its last period against the one before, rounded to 0.1%, so every check is
consistent). `--fraction 0.1` keeps 10% of the measures (20), for the scaling runs. Also writes
`charts/` with one spec per chart (1,000 at full size, scaled by the fraction), each charting one
province's measure over the ten periods.

Deterministic: a fixed seed, the same files for the same arguments.

    python3 Benchmarks/national/generate.py --out /tmp/national --fraction 1.0
"""
import argparse
import csv
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BUNDLED = os.path.join(HERE, "..", "..", "Datasets", "local-diplomacy", "datapackage.json")
PROVINCES = 63
MEASURES = 200
PERIODS = 10
CHARTS = 1000


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def generate(out, fraction, seed=20240101):
    rng = random.Random(seed)
    measures = max(1, round(MEASURES * fraction))
    os.makedirs(out, exist_ok=True)

    # The schema is the bundled dataset's, under another name.
    with open(BUNDLED, encoding="utf-8") as f:
        package = json.load(f)
    package["name"] = "national-benchmark"
    package["title"] = f"Generated benchmark: {PROVINCES} provinces x {measures} measures x {PERIODS} periods"
    package["description"] = "Synthetic figures for benchmarking (Benchmarks/national/generate.py); not real data."
    with open(os.path.join(out, "datapackage.json"), "w", encoding="utf-8") as f:
        json.dump(package, f, indent=2, ensure_ascii=False)

    years = [2014 + k for k in range(PERIODS)]
    conferences = [f"NFAC-{k + 1}" for k in range(PERIODS)]
    write_csv(os.path.join(out, "conferences.csv"),
              ["id", "series", "ordinal", "name_en", "name_vi", "start", "end", "location", "date_note", "source_url"],
              [[c, "NFAC", k + 1, f"Benchmark conference {k + 1}", f"Hội nghị thử {k + 1}",
                f"{y}-12-15", f"{y}-12-15", "Hanoi", "", f"https://example.org/nfac-{k + 1}"]
               for k, (c, y) in enumerate(zip(conferences, years))])
    write_csv(os.path.join(out, "sources.csv"),
              ["id", "title", "publisher", "date", "date_note", "url", "seed_file", "language", "kind"],
              [[f"report-{k + 1}", f"Review of period {k + 1}", "Benchmark Ministry", f"{y}-12-16", "",
                f"https://example.org/report-{k + 1}", "", "en", "table"] for k, y in enumerate(years)])

    indicators, observations, growth = [], [], []
    for p in range(1, PROVINCES + 1):
        for m in range(1, measures + 1):
            ind = f"p{p:02d}m{m:03d}"  # no hyphen: one family per indicator (see README)
            flow = m % 2 == 1
            usd = m % 3 == 0
            indicators.append([ind, f"Province {p:02d}: measure {m:03d}", f"Tỉnh {p:02d}: chỉ số {m:03d}",
                               "flow" if flow else "stock", "USD" if usd else "count",
                               "US$" if usd else "items", "USD" if usd else "mục", "", "localities",
                               f"Generated series {m} for province {p}."])
            level = rng.uniform(50, 5000)
            previous = None
            for k, (c, y) in enumerate(zip(conferences, years)):
                level = max(1.0, level * rng.uniform(0.85, 1.3))
                value = round(level, 2) if usd else round(level)
                oid = f"o-{ind}-{k + 1:02d}"
                start = f"{y - 1}-12-16" if flow else ""
                observations.append([oid, ind, start, f"{y}-12-15", value, "USD" if usd else "count",
                                     "million" if usd else "one", "about" if rng.random() < 0.02 else "exact",
                                     c, f"report-{k + 1}", f"{value} in the period", "", "", "true", ""])
                if k == PERIODS - 1 and previous is not None:
                    pct = round((value / previous[1] - 1) * 100, 1)
                    growth.append([f"g-{ind}", oid, pct, "exact", "previous-period", "", "", previous[0],
                                   f"report-{k + 1}", f"up {pct} percent", ""])
                previous = (oid, value)
    write_csv(os.path.join(out, "indicators.csv"),
              ["id", "name_en", "name_vi", "kind", "unit", "unit_label_en", "unit_label_vi", "per", "scope", "definition"],
              indicators)
    write_csv(os.path.join(out, "observations.csv"),
              ["id", "indicator", "period_start", "period_end", "value", "unit", "scale", "qualifier", "conference",
               "source", "quote", "period_label", "period_note", "preferred", "note"], observations)
    write_csv(os.path.join(out, "reported_growth.csv"),
              ["id", "observation", "percent", "qualifier", "basis", "baseline_start", "baseline_end",
               "baseline_observation", "source", "quote", "note"], growth)

    # Chart specs: one indicator each, spread over provinces and measures, bar and line.
    charts = os.path.join(out, "charts")
    shutil.rmtree(charts, ignore_errors=True)
    os.makedirs(charts)
    n = max(1, round(CHARTS * fraction))
    ids = [row[0] for row in indicators]
    step = len(ids) / n
    for i in range(n):
        ind = ids[int(i * step)]
        kind = "bar" if i % 2 == 0 else "line"
        with open(os.path.join(charts, f"c{i + 1:04d}.yaml"), "w", encoding="utf-8") as f:
            f.write(f"chart: {kind}\nindicators: [{ind}]\npreset: small-slide\nlocale: {'vi' if i % 5 == 0 else 'en'}\n"
                    f"output:\n  formats: [png]\n")
    return {"indicators": len(indicators), "observations": len(observations), "growth": len(growth), "charts": n,
            "brief_indicators": ids[:max(1, round(200 * fraction))]}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fraction", type=float, default=1.0)
    a = ap.parse_args()
    r = generate(a.out, a.fraction)
    print(f"{a.out}: {r['indicators']} indicators, {r['observations']} observations, {r['growth']} stated growth figures, {r['charts']} chart specs")
