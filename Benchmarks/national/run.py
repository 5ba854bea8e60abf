#!/usr/bin/env python3
"""National-scale benchmark: time and peak memory of each step at 10%, 25%, 50% and 100% of
63 provinces x 200 measures x 10 periods (126,000 observations), and the growth exponent of each
step between sizes (log(t2/t1) / log(n2/n1): 1 is linear, 2 quadratic).

Steps (each a fresh `indicators` process; wall time and peak RSS from os.wait4):
  load      `validate DIR`: load and validate the whole dataset
  compare   `compare --indicators <every indicator> --conferences 1,10`: growth of every indicator
  check     `growth --all`: every stated growth figure checked against the levels
  render    `render DIR/charts`: 1,000 single-indicator charts (PNG), in parallel
  brief     `brief --indicators <200 indicators> --conferences 9,10`: a briefing bundle

    python3 Benchmarks/national/run.py [--bin .build/release/indicators] [--fractions 0.1,0.25,0.5,1] [--runs 3]

Prints a Markdown table; writes Benchmarks/out/national.json.
"""
import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402


def measure(argv, runs):
    """Median wall seconds, median CPU seconds (user + system, all threads) and the largest peak
    RSS (MB) of `runs` fresh processes."""
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        t = time.perf_counter() - t0
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            raise SystemExit(f"{' '.join(argv[:4])} ... exited {code}: {err[-400:]}")
        times.append(t)
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
    times.sort()
    cpus.sort()
    return times[len(times) // 2], cpus[len(cpus) // 2], max(peaks)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.environ.get("INDICATORS_BIN", os.path.join(HERE, "..", "..", ".build", "release", "indicators")))
    ap.add_argument("--fractions", default="0.1,0.25,0.5,1")
    ap.add_argument("--runs", type=int, default=3, help="runs per step (render and brief: 1)")
    ap.add_argument("--work", default="/tmp/indicators-national")
    ap.add_argument("--steps", default="load,compare,check,render,brief")
    a = ap.parse_args()
    steps = a.steps.split(",")
    results = []
    for frac in [float(f) for f in a.fractions.split(",")]:
        d = os.path.join(a.work, f"f{int(frac * 100):03d}")
        info = generate.generate(d, frac)
        ids = [row.split(",")[0] for row in open(os.path.join(d, "indicators.csv"), encoding="utf-8").read().splitlines()[1:]]
        out = os.path.join(a.work, "brief-out")
        shutil.rmtree(out, ignore_errors=True)
        argvs = {
            "load": [a.bin, "validate", d],
            "compare": [a.bin, "compare", "--dataset", d, "--indicators", ",".join(ids), "--conferences", "1,10", "--format", "csv"],
            "check": [a.bin, "growth", "--all", "--dataset", d, "--format", "csv"],
            "render": [a.bin, "render", os.path.join(d, "charts"), "--dataset", d],
            "brief": [a.bin, "brief", "--dataset", d, "--indicators", ",".join(info["brief_indicators"]),
                      "--conferences", "9,10", "-o", out],
        }
        row = {"fraction": frac, "observations": info["observations"], "charts": info["charts"],
               "brief_indicators": len(info["brief_indicators"])}
        for s in steps:
            if s == "render":
                for f in os.listdir(os.path.join(d, "charts")):
                    if f.endswith(".png"):
                        os.remove(os.path.join(d, "charts", f))
            runs = 1 if s in ("render", "brief") else a.runs
            t, cpu, mb = measure(argvs[s], runs)
            if s == "brief":
                shutil.rmtree(out, ignore_errors=True)
            row[s] = {"seconds": t, "cpu_seconds": cpu, "peak_mb": mb}
            print(f"{frac:>5} {s:<8} {t:8.3f} s wall {cpu:8.3f} s cpu {mb:7.0f} MB", file=sys.stderr, flush=True)
        results.append(row)

    os.makedirs(os.path.join(HERE, "..", "out"), exist_ok=True)
    with open(os.path.join(HERE, "..", "out", "national.json"), "w") as f:
        json.dump({"bin": a.bin, "nproc": os.cpu_count(), "loadavg": os.getloadavg(), "results": results}, f, indent=2)

    size = {"load": "observations", "compare": "observations", "check": "observations", "render": "charts", "brief": "brief_indicators"}
    print("| step | " + " | ".join(f"{int(r['fraction'] * 100)}%" for r in results) + " | exponent per step (CPU) |")
    print("|---|" + "---|" * len(results) + "---|")
    for s in steps:
        cells = [f"{r[s]['seconds']:.2f} s wall, {r[s]['cpu_seconds']:.2f} s CPU, {r[s]['peak_mb']:.0f} MB" for r in results]
        exps = []
        for r1, r2 in zip(results, results[1:]):
            n1, n2 = r1[size[s]], r2[size[s]]
            t1, t2 = r1[s]["cpu_seconds"], r2[s]["cpu_seconds"]
            exps.append(f"{math.log(t2 / t1) / math.log(n2 / n1):.2f}" if n2 != n1 and t1 > 0 else "-")
        print(f"| {s} | " + " | ".join(cells) + " | " + ", ".join(exps) + " |")


if __name__ == "__main__":
    main()
