#!/usr/bin/env python3
"""Deterministic benchmark data (fixed seed). Writes w1.csv, w2.csv, w3.csv next to this file.

Needs numpy (run it with Benchmarks/.venv/bin/python, or any python with numpy);
the output is byte-identical on every run for a given numpy version.
"""
import csv
import os
import sys

try:
    import numpy as np
except ImportError:  # plain python3 without numpy: re-run with the benchmarks venv
    _venv_py = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                            ".venv", "bin", "python")
    if os.path.exists(_venv_py) and os.path.abspath(sys.executable) != _venv_py:
        os.execv(_venv_py, [_venv_py, *sys.argv])
    sys.exit("generate.py needs numpy: run Benchmarks/setup.sh first")

SEED = 20231218
HERE = os.path.dirname(os.path.abspath(__file__))

W1_INDICATORS = ["Agreements", "FDI (US$ bn)", "UNESCO titles", "Visits"]
W1_PERIODS = ["2016-2018", "2019-2021", "2021-2023"]
W2_ROWS = 1_000_000
W3_PANELS = 12
W3_POINTS = 40


def write_w1(rng, path):
    base = {"Agreements": 40, "FDI (US$ bn)": 25, "UNESCO titles": 12, "Visits": 60}
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["indicator", "period", "value"])
        for ind in W1_INDICATORS:
            for i, per in enumerate(W1_PERIODS):
                v = base[ind] * (1 + 0.25 * i) * rng.uniform(0.8, 1.2)
                w.writerow([ind, per, f"{v:.1f}"])


def write_w2(rng, path):
    steps = rng.standard_normal(W2_ROWS)
    y = 100.0 + np.cumsum(steps)
    x = np.arange(W2_ROWS)
    with open(path, "w") as f:
        f.write("x,y\n")
        # Chunked formatting keeps memory modest and stays fast (~1-2 s).
        chunk = 100_000
        for s in range(0, W2_ROWS, chunk):
            f.write("".join(f"{xi},{yi:.4f}\n" for xi, yi in zip(x[s:s + chunk].tolist(),
                                                                y[s:s + chunk].tolist())))


def write_w3(rng, path):
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["panel", "x", "y"])
        for p in range(W3_PANELS):
            level = rng.uniform(20, 80)
            ys = level + np.cumsum(rng.normal(0, 2, W3_POINTS))
            for x, y in enumerate(ys):
                w.writerow([f"Panel {p + 1:02d}", x, f"{y:.3f}"])


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    # One independent stream per workload so changing one never shifts the others.
    ss = np.random.SeedSequence(SEED)
    r1, r2, r3 = (np.random.default_rng(s) for s in ss.spawn(3))
    write_w1(r1, os.path.join(out, "w1.csv"))
    write_w2(r2, os.path.join(out, "w2.csv"))
    write_w3(r3, os.path.join(out, "w3.csv"))
    for n in ("w1.csv", "w2.csv", "w3.csv"):
        p = os.path.join(out, n)
        print(f"{p}: {os.path.getsize(p):,} bytes")


if __name__ == "__main__":
    main()
