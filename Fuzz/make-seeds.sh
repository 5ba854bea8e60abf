#!/bin/sh
# Seed corpus for the fuzz targets, from the repository's own fixtures: the bundled dataset's CSV
# files, the benchmark and test CSV files, the chart specs of Charts/, and period names.
set -eu
cd "$(dirname "$0")"
root=..
mkdir -p seeds/FuzzDatasetCSV seeds/FuzzNumericCSV seeds/FuzzPeriod seeds/FuzzSpec
for f in "$root"/Datasets/*/*.csv "$root"/Tests/IndicatorKitTests/Fixtures/*.csv; do
    [ -f "$f" ] || continue
    head -c 65536 "$f" > "seeds/FuzzDatasetCSV/$(basename "$(dirname "$f")")-$(basename "$f")"
done
printf 'x,y\n1,2\n2,3.5\n' > seeds/FuzzNumericCSV/line.csv
printf 'panel,x,y\nA,0,1\nA,1,2\nB,0,-3\n"C, q",0,4\n' > seeds/FuzzNumericCSV/panels.csv
printf 'x,y\r\n1,2.0e2\r\n2,-0.5\r\n' > seeds/FuzzNumericCSV/crlf.csv
head -c 4096 "$root"/Tests/IndicatorKitTests/Fixtures/gapminder-growth.csv > seeds/FuzzNumericCSV/gapminder.csv
for f in "$root"/Charts/*.yaml "$root"/Charts/*.json; do
    [ -f "$f" ] && cp "$f" seeds/FuzzSpec/
done
i=0
for p in 18 NFAC-21 nfac-18 2021-12-31 2019-01-01..2021-12-31 2024-02-29 1900-02-29 0000-01-01 9999-12-31..0001-01-01; do
    printf '%s' "$p" > "seeds/FuzzPeriod/p$i"; i=$((i + 1))
done
