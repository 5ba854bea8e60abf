#!/bin/sh
# Checks that the start-up font shortcut of `indicators plot` (fontconfig holding only Noto Sans
# and DejaVu Sans until other text needs more) draws byte-identical files to the system font
# configuration (INDICATORS_SYSTEM_FONTS=1), for the benchmark charts, Vietnamese text, and text
# that needs fallback fonts (Thai, Greek: the shortcut switches to the system configuration).
# usage: Benchmarks/check-pinned-fonts.sh [path/to/indicators]
set -eu
BIN=${1:-.build/release/indicators}
DATA=$(dirname "$0")/data
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
printf 'indicator,period,value\nSố thỏa thuận,2016-2018,46.7\nFDI (tỷ USD),2016-2018,24.9\nAgreements,2019-2021,53.4\n' > "$TMP/vi.csv"
printf 'indicator,period,value\nไทย ภาษา,2016,4\nΑλφα,2017,5\n' > "$TMP/th.csv"
status=0
for fmt in png svg pdf; do
    for mode in pinned system; do
        mkdir -p "$TMP/$mode"
        if [ "$mode" = system ]; then export INDICATORS_SYSTEM_FONTS=1; else unset INDICATORS_SYSTEM_FONTS || true; fi
        "$BIN" plot --csv "$DATA/w1.csv" --kind bar --title "Engagement indicators by period" --subtitle "Four indicators" --source "Source: x" -o "$TMP/$mode/w1.$fmt"
        "$BIN" plot --csv "$DATA/w2.csv" --kind line --title "Random walk" -o "$TMP/$mode/w2.$fmt"
        "$BIN" plot --csv "$DATA/w3.csv" --kind small-multiples --columns 4 --width 1600 --height 1200 -o "$TMP/$mode/w3.$fmt"
        "$BIN" plot --csv "$TMP/vi.csv" --kind bar --title "Số thỏa thuận quốc tế do các địa phương ký kết" -o "$TMP/$mode/vi.$fmt"
        "$BIN" plot --csv "$TMP/th.csv" --kind bar --title "Thai ไทย and Greek Ωμέγα" -o "$TMP/$mode/th.$fmt"
    done
    unset INDICATORS_SYSTEM_FONTS || true
    for f in w1 w2 w3 vi th; do
        if cmp -s "$TMP/pinned/$f.$fmt" "$TMP/system/$f.$fmt"; then echo "same      $f.$fmt"; else echo "DIFFERENT $f.$fmt"; status=1; fi
    done
done
exit $status
