#!/usr/bin/env python3
"""Warm, in-process matplotlib timing: mpl_warm.py [--runs N] [--only w1,w2] [--out DIR]

Imports matplotlib and loads each workload's data once (not timed), renders each chart once
untimed (to warm caches: fonts, glyphs, code paths), then renders it N more times, timing
figure building + savefig for each. Prints JSON on stdout:
  {"tool": "matplotlib", "runs": N, "results": {"w1": {"png": {"median_ms":..,"min_ms":..}, ...}}}
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mpl_chart  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--only", default="w1,w2,w3")
    ap.add_argument("--formats", default="png,svg")
    ap.add_argument("--out", default=None, help="directory for the outputs (default: a temp dir)")
    a = ap.parse_args()
    out_dir = a.out or tempfile.mkdtemp(prefix="mpl_warm_")
    os.makedirs(out_dir, exist_ok=True)
    results = {}
    for w in a.only.split(","):
        data = mpl_chart.load(w)
        results[w] = {}
        for fmt in a.formats.split(","):
            out = os.path.join(out_dir, f"mpl-warm-{w}.{fmt}")
            mpl_chart.render(w, data, fmt, out)  # warm-up, untimed
            times = []
            for _ in range(a.runs):
                t0 = time.perf_counter()
                mpl_chart.render(w, data, fmt, out)
                times.append((time.perf_counter() - t0) * 1000.0)
            results[w][fmt] = {"median_ms": round(statistics.median(times), 1),
                               "min_ms": round(min(times), 1), "n": a.runs}
    json.dump({"tool": "matplotlib", "runs": a.runs, "results": results}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
