#!/usr/bin/env python3
"""Side-by-side benchmark: Indicators vs matplotlib, vl-convert (Vega-Lite) and gnuplot.

    python3 Benchmarks/run.py [--runs 5] [--only w1,w2] [--formats png,svg]
                              [--tools indicators,matplotlib,vl-convert,gnuplot]
                              [--skip-peers] [--bin PATH] [--warm] [--no-cold]
                              [--runs-for vl-convert:w2=3,gnuplot=10] [--warmup 1]

Cold: every measured run is a fresh process. For each workload x format x tool the command
runs --warmup times unmeasured (page cache, font caches), then N measured times; we report
the median and min wall time, the peak RSS of that child process alone (os.wait4 on its pid
-> its own ru_maxrss; RUSAGE_CHILDREN would be a running max over all children), the size
of the output file and its pixel size. "x Indicators" = tool median / Indicators median.

Warm (--warm): in-process per-chart timings from peers/mpl_warm.py and, when it exists, the
Indicators warm harness (INDICATORS_WARM below), which must print the same JSON shape:
    {"results": {"w1": {"png": {"median_ms": 12.3, ...}, "svg": {...}}, ...}}

Needs only the standard library; the Python peers run in Benchmarks/.venv (setup.sh).
Results: Markdown on stdout (progress on stderr), JSON in Benchmarks/out/results.json.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PEERS = os.path.join(HERE, "peers")
sys.path.insert(0, PEERS)
import spec  # noqa: E402  (stdlib-only: the shared titles and sizes)

# ----------------------------------------------------------------------------------------
# Indicators commands: the ONE place to configure them. Placeholders: {bin} {data} {out}
# {fmt} {runs}. `indicators plot --help` documents the flags (columns default by position).
# ----------------------------------------------------------------------------------------
DEFAULT_BIN = os.path.join(REPO, ".build", "release", "indicators")

INDICATORS = {
    "w1": ["{bin}", "plot", "--csv", "{data}/w1.csv", "--kind", "bar",
           "--x", "indicator", "--series", "period", "--y", "value", "--value-labels",
           "--title", spec.W1_TITLE, "--subtitle", spec.W1_SUBTITLE, "--source", spec.W1_SOURCE,
           "--width", "1200", "--height", "675", "--format", "{fmt}", "--output", "{out}"],
    "w2": ["{bin}", "plot", "--csv", "{data}/w2.csv", "--kind", "line",
           "--x", "x", "--y", "y", "--title", spec.W2_TITLE,
           "--width", "1200", "--height", "675", "--format", "{fmt}", "--output", "{out}"],
    "w3": ["{bin}", "plot", "--csv", "{data}/w3.csv", "--kind", "small-multiples",
           "--x", "x", "--y", "y", "--facet", "panel", "--columns", str(spec.W3_COLS),
           "--width", "1600", "--height", "1200", "--format", "{fmt}", "--output", "{out}"],
}
# Warm harness: renders every chart in one process, prints the JSON shape described above.
# (Built only with `swift build -c release --traits Benchmarks`: the shipped binary has no bench-warm.)
INDICATORS_WARM = ["{bin}", "bench-warm", "--data", "{data}", "--runs", "{runs}", "--formats", "{fmt}"]

VENV_PY = os.path.join(HERE, ".venv", "bin", "python")
PEER_CMDS = {
    "matplotlib": ["{py}", f"{PEERS}/mpl_chart.py", "{w}", "{fmt}", "{out}"],
    "vl-convert": ["{py}", f"{PEERS}/vl_chart.py", "{w}", "{fmt}", "{out}"],
    "gnuplot": ["gnuplot", "-e", "fmt='{fmt}'; out='{out}'; data='{data}/{w}.csv'",
                f"{PEERS}/gnuplot/{{w}}.gp"],
}
TOOLS = ["indicators", "matplotlib", "vl-convert", "gnuplot"]
WORKLOADS = ["w1", "w2", "w3"]
FORMATS = ["png", "svg"]
# Per-tool run caps (vl-convert on W2 takes ~10-15 s and >1 GB per run). --runs-for overrides.
DEFAULT_RUNS_FOR = {("vl-convert", "w2"): 3}
TIMEOUT_S = 300


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ measuring one process
def run_once(argv, timeout=TIMEOUT_S):
    """Run argv as a fresh process. -> (wall_s, maxrss_kb, exit_code, stderr_tail)."""
    with tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        try:
            p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=err, cwd=REPO)
        except OSError as e:
            return 0.0, 0, 127, str(e)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)  # this child's own rusage, not cumulative
        finally:
            timer.cancel()
        wall = time.perf_counter() - t0
        p.returncode = code = os.waitstatus_to_exitcode(status)  # reaped: stop Popen waiting
        err.seek(0)
        tail = err.read()[-600:].decode("utf-8", "replace").strip()
    return wall, ru.ru_maxrss, code, tail  # ru_maxrss is in KiB on Linux


def image_px(path):
    """'WxH' from a PNG header or the root <svg> element's width/height (units kept)."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        w, h = struct.unpack(">II", head[16:24])
        return f"{w}x{h}"
    m = re.search(rb"<svg\b[^>]*>", head, re.S)
    if m:
        tag = m.group(0)
        w = re.search(rb'\swidth="([^"]+)"', tag)
        h = re.search(rb'\sheight="([^"]+)"', tag)
        if w and h:
            return f"{w.group(1).decode()}x{h.group(1).decode()}"
    return "?"


def check_output(path, fmt, expected):
    """Whether `path` is a valid file of the requested size: 'ok', or what is wrong.

    PNG: the signature, every chunk's CRC, IHDR's size against `expected` (w, h), and the IDAT
    stream inflated to exactly the bytes the rows need. SVG: well-formed XML whose root is
    <svg>, with width and height (px or no unit) equal to `expected`; other units are reported
    with their CSS pixel size (96 per inch), since a viewer shows that size.
    """
    import xml.etree.ElementTree as ET
    import zlib
    w, h = expected
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return f"unreadable: {e}"
    if fmt == "png":
        if data[:8] != b"\x89PNG\r\n\x1a\n":
            return "not a PNG"
        i, idat, ihdr = 8, b"", None
        while i + 8 <= len(data):
            n = struct.unpack(">I", data[i:i + 4])[0]
            kind, body = data[i + 4:i + 8], data[i + 8:i + 8 + n]
            if len(body) != n or i + 12 + n > len(data):
                return "truncated chunk"
            if struct.unpack(">I", data[i + 8 + n:i + 12 + n])[0] != zlib.crc32(kind + body):
                return f"bad CRC in {kind.decode(errors='replace')}"
            if kind == b"IHDR":
                ihdr = struct.unpack(">IIBBBBB", body)
            elif kind == b"IDAT":
                idat += body
            elif kind == b"IEND":
                break
            i += 12 + n
        if ihdr is None:
            return "no IHDR"
        pw, ph, depth, ctype, _, _, interlace = ihdr
        if (pw, ph) != (w, h):
            return f"size {pw}x{ph}, asked {w}x{h}"
        channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(ctype)
        if channels is None or interlace != 0:
            return f"colour type {ctype} / interlace {interlace} not checked"
        try:
            raw = zlib.decompress(idat)
        except zlib.error as e:
            return f"bad image data: {e}"
        need = ph * (1 + (pw * channels * depth + 7) // 8)
        return "ok" if len(raw) == need else f"image data {len(raw)} bytes, rows need {need}"
    try:
        root = ET.fromstring(data)
    except ET.ParseError as e:
        return f"not well-formed XML: {e}"
    if not root.tag.endswith("svg"):
        return f"root element is {root.tag}"
    units = {"": 1, "px": 1, "pt": 96 / 72, "in": 96, "cm": 96 / 2.54, "mm": 96 / 25.4}
    sizes = []
    for attr in ("width", "height"):
        m = re.fullmatch(r"\s*([0-9.]+)\s*([a-z]*)\s*", root.get(attr, ""))
        if not m or m.group(2) not in units:
            return f"{attr} is {root.get(attr)!r}"
        sizes.append((float(m.group(1)), m.group(2)))
    (sw, uw), (sh, uh) = sizes
    if uw in ("", "px") and uh in ("", "px"):
        return "ok" if (round(sw), round(sh)) == (w, h) else f"size {sw:g}x{sh:g}, asked {w}x{h}"
    cw, ch = sw * units[uw], sh * units[uh]
    return f"size {sw:g}{uw} x {sh:g}{uh} = {cw:.0f}x{ch:.0f} px, asked {w}x{h}"


def fill(template, **kw):
    return [part.format(**kw) for part in template]


def measure(tool, argv, out, runs, warmup):
    """Warm-up + N cold runs of argv. -> result dict (status 'ok' or 'n/a' with a reason)."""
    res = {"tool": tool, "argv": argv, "runs": runs}
    for i in range(warmup + runs):
        if os.path.exists(out):
            os.remove(out)
        wall, rss, code, tail = run_once(argv)
        if code != 0 or not os.path.exists(out):
            why = f"exit {code}" if code != 0 else "no output written"
            res.update(status="n/a", reason=f"{why}: {tail[-300:]}" if tail else why)
            return res
        if i >= warmup:
            res.setdefault("wall_ms", []).append(round(wall * 1000, 1))
            res.setdefault("maxrss_kb", []).append(rss)
    res.update(status="ok",
               median_ms=round(statistics.median(res["wall_ms"]), 1),
               min_ms=min(res["wall_ms"]),
               peak_mb=round(max(res["maxrss_kb"]) / 1024, 1),
               output_kb=round(os.path.getsize(out) / 1024, 1),
               px=image_px(out), output=os.path.relpath(out, REPO))
    return res


# ------------------------------------------------------------------------------ helpers
def parse_runs_for(text):
    """'vl-convert:w2=3,gnuplot=10' -> {('vl-convert','w2'): 3, ('gnuplot', None): 10}."""
    caps = dict(DEFAULT_RUNS_FOR)
    for item in filter(None, (text or "").split(",")):
        key, _, n = item.partition("=")
        tool, _, w = key.partition(":")
        caps[(tool.strip(), w.strip() or None)] = int(n)
    return caps


def runs_for(caps, tool, w, default):
    return caps.get((tool, w), caps.get((tool, None), default))


def versions(py):
    v = {"python_peers": None, "gnuplot": None}
    if os.path.exists(py):
        r = subprocess.run([py, "-c", "import matplotlib, vl_convert, pandas, numpy, json; "
                            "print(json.dumps({'matplotlib': matplotlib.__version__, "
                            "'vl-convert': vl_convert.__version__, 'pandas': pandas.__version__,"
                            " 'numpy': numpy.__version__}))"], capture_output=True, text=True)
        if r.returncode == 0:
            v["python_peers"] = json.loads(r.stdout)
    if shutil.which("gnuplot"):
        v["gnuplot"] = subprocess.run(["gnuplot", "--version"], capture_output=True,
                                      text=True).stdout.strip()
    return v


def fmt_num(x, nd=0):
    return "n/a" if x is None else f"{x:,.{nd}f}"


def one_line(text, limit=200):
    return " / ".join(line.strip() for line in text.strip().splitlines() if line.strip())[:limit]


def ratio(a, b):
    return f"{a / b:.2f}x" if a is not None and b else "n/a"


def cold_table(rows, caps_note):
    lines = ["| workload | format | tool | runs | median ms | min ms | peak MB | output KB "
             "| px | valid, asked size | x Indicators |",
             "|---|---|---|---:|---:|---:|---:|---:|---|---|---:|"]
    base = {(r["workload"], r["format"]): r.get("median_ms") for r in rows
            if r["tool"] == "indicators" and r["status"] == "ok"}
    for r in rows:
        ok = r["status"] == "ok"
        b = base.get((r["workload"], r["format"]))
        lines.append("| {w} | {f} | {t} | {n} | {med} | {mn} | {rss} | {kb} | {px} | {valid} | {x} |".format(
            w=r["workload"], f=r["format"], t=r["tool"], n=r["runs"] if ok else "-",
            med=fmt_num(r.get("median_ms")) if ok else "n/a",
            mn=fmt_num(r.get("min_ms")) if ok else "n/a",
            rss=fmt_num(r.get("peak_mb"), 1) if ok else "n/a",
            kb=fmt_num(r.get("output_kb"), 1) if ok else "n/a",
            px=r.get("px") or "n/a", valid=r.get("valid", "n/a") if ok else "n/a",
            x=(ratio(r.get("median_ms"), b) if r["tool"] != "indicators" else
               ("1.00x" if ok else "n/a")) if ok else "n/a"))
    notes = [f"- {r['workload']}/{r['format']}/{r['tool']}: n/a ({one_line(r['reason'])})"
             for r in rows if r["status"] != "ok"]
    if caps_note:
        notes.append(caps_note)
    return "\n".join(lines + ([""] + notes if notes else []))


def run_warm(args, data_dir, out_dir, py):
    """-> {'matplotlib': {...}|None, 'indicators': {...}|None, notes...}."""
    warm = {}
    only = ",".join(args.only)
    fmts = ",".join(args.formats)
    if "matplotlib" in args.tools and os.path.exists(py):
        log(f"warm: matplotlib in-process, {args.warm_runs} runs per chart ...")
        r = subprocess.run([py, os.path.join(PEERS, "mpl_warm.py"), "--runs", str(args.warm_runs),
                            "--only", only, "--formats", fmts, "--out", out_dir],
                           capture_output=True, text=True, cwd=REPO,
                           env=dict(os.environ, BENCH_DATA=data_dir))
        warm["matplotlib"] = json.loads(r.stdout) if r.returncode == 0 else \
            {"status": "n/a", "reason": r.stderr[-300:]}
    if "indicators" in args.tools:
        if not os.access(args.bin, os.X_OK):
            warm["indicators"] = {"status": "n/a", "reason": f"{args.bin} not found"}
        else:
            argv = fill(INDICATORS_WARM, bin=args.bin, data=data_dir, runs=args.warm_runs,
                        out=out_dir, fmt=fmts)
            log(f"warm: indicators {' '.join(argv[1:])} ...")
            r = subprocess.run(argv, capture_output=True, text=True, cwd=REPO)
            try:
                warm["indicators"] = json.loads(r.stdout) if r.returncode == 0 else \
                    {"status": "n/a", "reason": f"exit {r.returncode}: {r.stderr[-300:]}"}
            except json.JSONDecodeError:
                warm["indicators"] = {"status": "n/a", "reason": "output is not JSON"}
    return warm


def warm_table(warm, args):
    def get(tool, w, f):
        return (((warm.get(tool) or {}).get("results") or {}).get(w) or {}).get(f, {}) \
            .get("median_ms")
    lines = ["| workload | format | matplotlib warm ms | Indicators warm ms | x Indicators |",
             "|---|---|---:|---:|---:|"]
    for w in args.only:
        for f in args.formats:
            m, i = get("matplotlib", w, f), get("indicators", w, f)
            lines.append(f"| {w} | {f} | {fmt_num(m, 1)} | {fmt_num(i, 1)} | {ratio(m, i)} |")
    notes = [f"- {t}: n/a ({one_line(v.get('reason', ''))})"
             for t, v in warm.items() if v.get("status") == "n/a"]
    return "\n".join(lines + ([""] + notes if notes else []))


# --------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="measured cold runs per cell (5)")
    ap.add_argument("--runs-for", default="",
                    help="per-tool caps, e.g. 'vl-convert:w2=3,gnuplot=10' "
                         "(default caps vl-convert:w2=3)")
    ap.add_argument("--warmup", type=int, default=1, help="unmeasured runs per cell first (1)")
    ap.add_argument("--only", default=",".join(WORKLOADS), help="workloads, e.g. w1,w2")
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--skip-peers", action="store_true", help="Indicators only")
    ap.add_argument("--bin", default=os.environ.get("INDICATORS_BIN", DEFAULT_BIN))
    ap.add_argument("--data", default=os.path.join(HERE, "data"))
    ap.add_argument("--out", default=os.path.join(HERE, "out"))
    ap.add_argument("--warm", action="store_true", help="also run the warm in-process part")
    ap.add_argument("--warm-runs", type=int, default=10)
    ap.add_argument("--no-cold", action="store_true", help="skip the cold part")
    args = ap.parse_args()
    args.only = args.only.split(",")
    args.formats = args.formats.split(",")
    args.tools = ["indicators"] if args.skip_peers else args.tools.split(",")
    args.bin = os.path.abspath(args.bin)
    caps = parse_runs_for(args.runs_for)
    data_dir, out_dir = os.path.abspath(args.data), os.path.abspath(args.out)
    os.makedirs(out_dir, exist_ok=True)
    py = VENV_PY

    missing = [w for w in args.only if not os.path.exists(os.path.join(data_dir, f"{w}.csv"))]
    if missing:
        log(f"data missing ({', '.join(missing)}): running data/generate.py")
        gen_py = py if os.path.exists(py) else sys.executable
        subprocess.run([gen_py, os.path.join(HERE, "data", "generate.py"), data_dir], check=True)

    started = time.time()
    load_before = os.getloadavg()
    if load_before[0] > 0.5:
        log(f"warning: load average {load_before[0]:.2f} on {os.cpu_count()} cores; "
            "timings will be noisy")
    meta = {"date": datetime.datetime.now().isoformat(timespec="seconds"),
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                        "python": platform.python_version()},
            "versions": versions(py), "bin": args.bin, "runs": args.runs, "warmup": args.warmup,
            "runs_for": {f"{t}:{w or '*'}": n for (t, w), n in caps.items()},
            "loadavg_before": load_before, "argv": sys.argv[1:]}

    rows = []
    if not args.no_cold:
        for w in args.only:
            for f in args.formats:
                for tool in [t for t in TOOLS if t in args.tools]:
                    out = os.path.join(out_dir, f"{tool}-{w}.{f}")
                    n = runs_for(caps, tool, w, args.runs)
                    row = {"workload": w, "format": f, "tool": tool}
                    if tool == "indicators":
                        argv = fill(INDICATORS[w], bin=args.bin, data=data_dir, out=out, fmt=f,
                                    runs=n)
                        if not os.access(args.bin, os.X_OK):
                            row.update(status="n/a", reason=f"{args.bin} not found", runs=n,
                                       argv=argv)
                            rows.append(row)
                            continue
                    else:
                        if tool != "gnuplot" and not os.path.exists(py):
                            row.update(status="n/a", reason="no Benchmarks/.venv: run setup.sh",
                                       runs=n)
                            rows.append(row)
                            continue
                        argv = fill(PEER_CMDS[tool], py=py, w=w, fmt=f, out=out, data=data_dir)
                    t0 = time.time()
                    row.update(measure(tool, argv, out, n, args.warmup))
                    log(f"{w} {f} {tool:<10} " + (
                        f"median {row['median_ms']:,.0f} ms  peak {row['peak_mb']:,.0f} MB  "
                        f"{row['output_kb']:,.0f} KB  {row['px']}  "
                        f"({time.time() - t0:.0f} s for {args.warmup}+{n} runs)"
                        if row["status"] == "ok" else f"n/a: {row['reason'][:160]}"))
                    rows.append(row)

    # Every output checked after all runs: parsing a 15 MB SVG here would grow this process, and
    # a child forked afterwards would report this process's memory as its own peak.
    for r in rows:
        if r["status"] == "ok":
            r["valid"] = check_output(os.path.join(REPO, r["output"]), r["format"], spec.SIZES[r["workload"]])
            if r["valid"] != "ok":
                log(f"{r['workload']} {r['format']} {r['tool']}: {r['valid']}")

    capped = sorted({(r["tool"], r["workload"], r["runs"]) for r in rows
                     if r["status"] == "ok" and r["runs"] != args.runs})
    caps_note = "; ".join(f"{t} {w}: {n} runs instead of {args.runs}" for t, w, n in capped)
    caps_note = f"- runs capped: {caps_note}" if caps_note else ""

    warm = run_warm(args, data_dir, out_dir, py) if args.warm else None
    meta["loadavg_after"] = os.getloadavg()
    meta["elapsed_s"] = round(time.time() - started, 1)

    md = []
    if rows:
        md += [f"### Cold (fresh process; median of N; {args.warmup} unmeasured warm-up run(s))",
               "", cold_table(rows, caps_note), ""]
    if warm is not None:
        md += [f"### Warm (in-process, median of {args.warm_runs} per chart after 1 warm-up)",
               "", warm_table(warm, args), ""]
    md.append(f"_{meta['date']}, {os.cpu_count()} cores, load average before/after "
              f"{load_before[0]:.2f}/{meta['loadavg_after'][0]:.2f}, "
              f"total {meta['elapsed_s']:.0f} s_")
    text = "\n".join(md)
    print(text)
    with open(os.path.join(out_dir, "results.json"), "w") as fh:
        json.dump({"meta": meta, "cold": rows, "warm": warm}, fh, indent=1)
    with open(os.path.join(out_dir, "results.md"), "w") as fh:
        fh.write(text + "\n")
    log(f"wrote {os.path.relpath(os.path.join(out_dir, 'results.json'), REPO)} "
        f"and results.md ({meta['elapsed_s']:.0f} s)")


if __name__ == "__main__":
    main()
