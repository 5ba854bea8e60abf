#!/usr/bin/env python3
"""Scores `indicators extract` against the figures the dataset holds from the five seed articles.

    python3 Datasets/local-diplomacy/tools/score_extract.py [--binary .build/debug/indicators] [-v]

For each seed it runs `indicators extract <seed> --date <date> --format csv` and compares the
candidates with the rows of observations.csv and reported_growth.csv whose source is that seed.
A candidate matches a dataset row when its number lies inside the row's quote (located in the
seed text) and its value equals the row's value (`percent` for a stated growth). Each row and
each candidate match at most once.

  recall            matched rows / dataset rows                                  (>= 95%)
  non-figures       candidates that match no dataset row / candidates            (<= 10%)
  unit/scale/qual.  matched candidates with unit, scale and qualifier all right  (>= 95%)
  period            matched candidates with period_start and period_end right   (>= 80%)
                    (a stated growth is compared with the period of the level it describes)
  quotes            every candidate quote is a contiguous substring of its seed (whitespace
                    collapsed, as the loader checks) and holds the number as written (100%)

Exit status 0 when every threshold holds, 1 otherwise, 2 when the binary cannot be run.

Article dates: sources.csv gives the dates of seeds 000, 001 and 002. Seeds 003 and 004 have none;
their date notes bound them ("between 2021-12-02 and 2021-12-13"; "about 2023-12-13 to
2023-12-18"), and the dataset reads their periods to the latest day the bounds allow, so that day
is used here.
"""
import csv, io, os, re, subprocess, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(DATA))
UNDATED = {"seed-003": "2021-12-13", "seed-004": "2023-12-18"}
THRESHOLDS = {"recall": 0.95, "non_figures": 0.10, "attributes": 0.95, "period": 0.80, "quotes": 1.0}


def rows(name):
    with open(os.path.join(DATA, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def collapse_map(raw):
    """Whitespace-collapsed text and, for each of its characters, the UTF-8 byte offset in raw."""
    out, offs = [], []
    b = 0
    prev_space = False
    for ch in raw:
        n = len(ch.encode("utf-8"))
        if ch.isspace():
            if not prev_space:
                out.append(" "); offs.append(b)
            prev_space = True
        else:
            out.append(ch); offs.append(b); prev_space = False
        b += n
    offs.append(b)
    return "".join(out), offs


def spans(text, offs, quote):
    q = re.sub(r"\s+", " ", quote).strip()
    i, found = text.find(q), []
    while i >= 0:
        found.append((offs[i], offs[i + len(q)]))
        i = text.find(q, i + 1)
    return found


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    binary = os.path.join(ROOT, ".build", "debug", "indicators")
    if "--binary" in args:
        binary = args[args.index("--binary") + 1]
    sources = {s["id"]: s for s in rows("sources.csv")}
    obs = rows("observations.csv")
    obs_by_id = {o["id"]: o for o in obs}
    growth = rows("reported_growth.csv")
    totals = dict(rows=0, matched=0, candidates=0, unmatched=0, attr_ok=0, period_ok=0, quotes=0, quotes_ok=0)
    print(f"{'seed':<9} {'date':<10} {'rows':>4} {'found':>5} {'cands':>5} {'extra':>5} {'attrs':>5} {'period':>6}")
    for sid in sorted(s for s in sources if sources[s]["seed_file"]):
        src = sources[sid]
        date = src["date"] or UNDATED[sid]
        path = os.path.join(DATA, "seeds", src["seed_file"])
        raw = open(path, encoding="utf-8").read()
        text, offs = collapse_map(raw)
        truth = []
        for o in obs:
            if o["source"] == sid:
                truth.append(dict(id=o["id"], value=Decimal(o["value"]), unit=o["unit"], scale=o["scale"],
                                  qualifier=o["qualifier"], start=o["period_start"], end=o["period_end"], quote=o["quote"]))
        for g in growth:
            if g["source"] == sid:
                lv = obs_by_id[g["observation"]]
                truth.append(dict(id=g["id"], value=Decimal(g["percent"]), unit="percent", scale="one",
                                  qualifier=g["qualifier"], start=lv["period_start"], end=lv["period_end"], quote=g["quote"]))
        try:
            run = subprocess.run([binary, "extract", path, "--date", date, "--format", "csv"], capture_output=True, text=True)
        except OSError as e:
            print(f"cannot run {binary}: {e}", file=sys.stderr); return 2
        if run.returncode != 0:
            print(f"{binary} extract {path} failed ({run.returncode}): {run.stderr}", file=sys.stderr); return 2
        cands = list(csv.DictReader(io.StringIO(run.stdout)))
        used = set()
        matched = []
        for t in truth:
            where = spans(text, offs, t["quote"])
            if not where:
                print(f"  {t['id']}: quote not found in {src['seed_file']}", file=sys.stderr)
            best = None
            for k, c in enumerate(cands):
                if k in used: continue
                off = int(c["byte_offset"])
                if any(a <= off < b for a, b in where) and Decimal(c["value"]) == t["value"]:
                    best = k; break
            if best is None:
                if verbose: print(f"  MISSED  {t['id']} {t['value']} | {t['quote'][:70]}")
                continue
            used.add(best)
            matched.append((t, cands[best]))
        attr_ok = period_ok = 0
        for t, c in matched:
            a = (c["unit"], c["scale"], c["qualifier"]) == (t["unit"], t["scale"], t["qualifier"])
            p = (c["period_start"], c["period_end"]) == (t["start"], t["end"])
            attr_ok += a; period_ok += p
            if verbose and not a: print(f"  ATTRS   {t['id']}: {c['unit']},{c['scale']},{c['qualifier']} vs {t['unit']},{t['scale']},{t['qualifier']}")
            if verbose and not p: print(f"  PERIOD  {t['id']}: {c['period_start']}..{c['period_end']} vs {t['start']}..{t['end']} | {c['period_note'][:90]}")
        for k, c in enumerate(cands):
            q = re.sub(r"\s+", " ", c["quote"]).strip()
            ok = bool(q) and q in text and c["literal"].split()[0] in c["quote"] and "\n" not in c["quote"]
            totals["quotes"] += 1; totals["quotes_ok"] += ok
            if verbose and not ok: print(f"  QUOTE   byte {c['byte_offset']}: {c['quote'][:80]}")
            if k not in used and verbose:
                print(f"  EXTRA   byte {c['byte_offset']} {c['literal']!r} {c['role']} | {c['quote'][:70]}")
        extra = len(cands) - len(used)
        print(f"{sid:<9} {date:<10} {len(truth):>4} {len(matched):>5} {len(cands):>5} {extra:>5} {attr_ok:>5} {period_ok:>6}")
        totals["rows"] += len(truth); totals["matched"] += len(matched); totals["candidates"] += len(cands)
        totals["unmatched"] += extra; totals["attr_ok"] += attr_ok; totals["period_ok"] += period_ok
    m = totals["matched"] or 1
    scores = {
        "recall": totals["matched"] / totals["rows"],
        "non_figures": totals["unmatched"] / (totals["candidates"] or 1),
        "attributes": totals["attr_ok"] / m,
        "period": totals["period_ok"] / m,
        "quotes": totals["quotes_ok"] / (totals["quotes"] or 1),
    }
    print()
    print(f"recall            {scores['recall']:7.1%}  ({totals['matched']}/{totals['rows']} dataset rows found; need >= 95%)")
    print(f"non-figures       {scores['non_figures']:7.1%}  ({totals['unmatched']}/{totals['candidates']} candidates match no row; need <= 10%)")
    print(f"unit/scale/qual.  {scores['attributes']:7.1%}  ({totals['attr_ok']}/{totals['matched']} matched; need >= 95%)")
    print(f"period            {scores['period']:7.1%}  ({totals['period_ok']}/{totals['matched']} matched; need >= 80%)")
    print(f"quotes verbatim   {scores['quotes']:7.1%}  ({totals['quotes_ok']}/{totals['quotes']} candidates; need 100%)")
    ok = (scores["recall"] >= THRESHOLDS["recall"] and scores["non_figures"] <= THRESHOLDS["non_figures"]
          and scores["attributes"] >= THRESHOLDS["attributes"] and scores["period"] >= THRESHOLDS["period"]
          and scores["quotes"] >= THRESHOLDS["quotes"])
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
