#!/usr/bin/env python3
"""matplotlib peer: mpl_chart.py <w1|w2|w3> <png|svg> <out>

Agg backend, figure size in inches at dpi=100 so the PNG is exactly 1200x675 / 1600x1200.
The SVG is the same figure; matplotlib writes its size in points (864x486 pt / 1152x864 pt,
i.e. 72 units per inch), which is the same drawing, only a different user-unit scale.
W1/W3 are read with the stdlib csv module; W2 (1M rows) with pandas.read_csv (C parser),
the fastest ordinary way to load it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spec  # noqa: E402

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

DPI = 100
plt.rcParams["font.family"] = spec.FONT
plt.rcParams["svg.fonttype"] = "path"  # matplotlib default: text as paths
PERIOD_COLOURS = ["#9ecae1", "#4292c6", "#08519c"]


def load(workload):
    if workload == "w2":
        import pandas as pd
        df = pd.read_csv(spec.data_path("w2"), dtype={"x": "int64", "y": "float64"}, engine="c")
        return df["x"].to_numpy(), df["y"].to_numpy()
    rows = spec.read_small_csv(workload)
    return spec.w1_table(rows) if workload == "w1" else spec.w3_panels(rows)


def figure(workload):
    w, h = spec.SIZES[workload]
    return plt.figure(figsize=(w / DPI, h / DPI), dpi=DPI)


def draw_w1(data):
    inds, pers, vals = data
    fig = figure("w1")
    ax = fig.add_axes([0.07, 0.16, 0.90, 0.64])
    width = 0.8 / len(pers)
    for j, per in enumerate(pers):
        xs = [i + (j - (len(pers) - 1) / 2) * width for i in range(len(inds))]
        ys = [vals[(ind, per)] for ind in inds]
        bars = ax.bar(xs, ys, width * 0.92, label=per, color=PERIOD_COLOURS[j % 3])
        ax.bar_label(bars, labels=[f"{v:.1f}" for v in ys], padding=3, fontsize=10,
                     fontweight="bold")
    ax.set_xticks(range(len(inds)), inds, fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_ylim(0, max(vals.values()) * 1.15)
    ax.legend(loc="upper left", ncols=len(pers), frameon=False, fontsize=11)
    fig.text(0.07, 0.93, spec.W1_TITLE, fontsize=22, fontweight="bold", va="bottom")
    fig.text(0.07, 0.88, spec.W1_SUBTITLE, fontsize=14, va="bottom", color="#444444")
    fig.text(0.07, 0.03, spec.W1_SOURCE, fontsize=9, color="#666666")
    return fig


def draw_w2(data):
    x, y = data
    fig = figure("w2")
    ax = fig.add_axes([0.07, 0.10, 0.90, 0.78])
    ax.plot(x, y, linewidth=0.8, color="#08519c")
    ax.set_xlim(x[0], x[-1])
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title(spec.W2_TITLE, fontsize=18, fontweight="bold", loc="left")
    return fig


def draw_w3(data):
    fig = figure("w3")
    axes = fig.subplots(spec.W3_ROWS, spec.W3_COLS,
                        gridspec_kw=dict(left=0.05, right=0.98, bottom=0.05, top=0.95,
                                         wspace=0.25, hspace=0.35))
    for ax, (name, xs, ys) in zip(axes.flat, data):
        ax.plot(xs, ys, linewidth=1.2, color="#08519c")
        ax.set_title(name, fontsize=12, fontweight="bold", loc="left")
        ax.tick_params(labelsize=9)
    return fig


DRAW = {"w1": draw_w1, "w2": draw_w2, "w3": draw_w3}


def render(workload, data, fmt, out):
    fig = DRAW[workload](data)
    fig.savefig(out, format=fmt, dpi=DPI)
    plt.close(fig)


def main(argv):
    if len(argv) != 4 or argv[1] not in DRAW or argv[2] not in ("png", "svg"):
        sys.exit("usage: mpl_chart.py <w1|w2|w3> <png|svg> <out>")
    render(argv[1], load(argv[1]), argv[2], argv[3])


if __name__ == "__main__":
    main(sys.argv)
