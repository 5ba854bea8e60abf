#!/usr/bin/env python3
"""Vega-Lite peer via vl-convert: vl_chart.py <w1|w2|w3> <png|svg> <out>

The data goes inline into the spec as the CSV text itself ({"values": "<csv>",
"format": {"type": "csv"}}), so parsing the CSV is Vega's (in-process JS) work, as it would
be for a Vega-Lite user; Python only reads the file. Sizes: W1/W2 use autosize "fit" with
"contains": "padding" so the whole view is exactly 1200x675; W3 (a facet, where "fit" is
not supported) sets the per-panel size so the whole view is 1600x1200 (checked by run.py).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import spec  # noqa: E402

import vl_convert as vlc  # noqa: E402

FONT = ", ".join(spec.FONT)
PERIOD_COLOURS = ["#9ecae1", "#4292c6", "#08519c"]
CONFIG = {"font": FONT, "view": {"stroke": None}}


def inline_csv(workload, parse):
    with open(spec.data_path(workload)) as f:
        return {"values": f.read(), "format": {"type": "csv", "parse": parse}}


def fit(workload):
    w, h = spec.SIZES[workload]
    return {"width": w, "height": h, "autosize": {"type": "fit", "contains": "padding"},
            "padding": 10}


def spec_w1():
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        **fit("w1"),
        "config": CONFIG,
        "title": {"text": spec.W1_TITLE, "subtitle": spec.W1_SUBTITLE, "anchor": "start",
                  "fontSize": 22, "subtitleFontSize": 14, "subtitleColor": "#444444",
                  "offset": 16},
        "data": inline_csv("w1", {"value": "number"}),
        "layer": [
            {"mark": "bar",
             "encoding": {
                 "x": {"field": "indicator", "type": "nominal", "sort": None, "title": None,
                       "axis": {"labelAngle": 0, "labelFontSize": 11}},
                 "xOffset": {"field": "period", "type": "nominal", "sort": None},
                 "y": {"field": "value", "type": "quantitative", "title": None},
                 "color": {"field": "period", "type": "nominal", "sort": None, "title": None,
                           "scale": {"range": PERIOD_COLOURS},
                           "legend": {"orient": "top", "direction": "horizontal",
                                      "labelFontSize": 11}}}},
            {"mark": {"type": "text", "dy": -8, "fontSize": 10, "fontWeight": "bold"},
             "encoding": {
                 "x": {"field": "indicator", "type": "nominal", "sort": None},
                 "xOffset": {"field": "period", "type": "nominal", "sort": None},
                 "y": {"field": "value", "type": "quantitative"},
                 "text": {"field": "value", "type": "quantitative", "format": ".1f"}}},
            # Source line under the plot: Vega-Lite has no caption, so a one-datum text layer.
            {"data": {"values": [{}]},
             "mark": {"type": "text", "text": spec.W1_SOURCE, "align": "left",
                      "baseline": "bottom", "fontSize": 9, "color": "#666666",
                      "x": 0, "y": {"expr": "height + 48"}}},
        ],
    }


def spec_w2():
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        **fit("w2"),
        "config": CONFIG,
        "title": {"text": spec.W2_TITLE, "anchor": "start", "fontSize": 18},
        "data": inline_csv("w2", {"x": "number", "y": "number"}),
        "mark": {"type": "line", "strokeWidth": 0.8, "color": "#08519c"},
        "encoding": {"x": {"field": "x", "type": "quantitative"},
                     "y": {"field": "y", "type": "quantitative", "scale": {"zero": False}}},
    }


# Per-panel plot size chosen so the whole W3 view comes out at 1600x1200 with the padding,
# titles and axes below (a facet cannot use autosize "fit").
W3_PANEL_W, W3_PANEL_H = 348, 332


def spec_w3():
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "config": CONFIG,
        "padding": {"left": 10, "right": 10, "top": 10, "bottom": 11},
        "data": inline_csv("w3", {"x": "number", "y": "number"}),
        "facet": {"field": "panel", "type": "nominal", "title": None,
                  "header": {"labelFontSize": 12, "labelFontWeight": "bold",
                             "labelAnchor": "start"}},
        "columns": spec.W3_COLS,
        "resolve": {"scale": {"y": "independent", "x": "independent"}},
        "spacing": {"row": 24, "column": 36},
        "spec": {
            "width": W3_PANEL_W, "height": W3_PANEL_H,
            "mark": {"type": "line", "strokeWidth": 1.2, "color": "#08519c"},
            "encoding": {"x": {"field": "x", "type": "quantitative", "title": None},
                         "y": {"field": "y", "type": "quantitative", "title": None,
                               "scale": {"zero": False}}},
        },
    }


SPECS = {"w1": spec_w1, "w2": spec_w2, "w3": spec_w3}


def main(argv):
    if len(argv) != 4 or argv[1] not in SPECS or argv[2] not in ("png", "svg"):
        sys.exit("usage: vl_chart.py <w1|w2|w3> <png|svg> <out>")
    workload, fmt, out = argv[1:]
    vl = SPECS[workload]()
    if fmt == "png":
        data = vlc.vegalite_to_png(vl, scale=1.0)
        with open(out, "wb") as f:
            f.write(data)
    else:
        svg = vlc.vegalite_to_svg(vl)
        with open(out, "w", encoding="utf-8") as f:
            f.write(svg)


if __name__ == "__main__":
    main(sys.argv)
