#!/bin/sh
# Builds the libFuzzer targets (Fuzz/Package.swift) and runs them, one after another.
#   Fuzz/run.sh                       # every target for 600 s each
#   Fuzz/run.sh FuzzNumericCSV 60     # one target for 60 s
# Seeds come from Fuzz/seeds/<target>/ (made from the test fixtures by Fuzz/make-seeds.sh);
# the corpus grows in Fuzz/corpus/<target>/ and crashes land in Fuzz/crashes/<target>/.
# Each crash input is a test to write: copy it into Tests (see Fuzz/README.md).
set -eu
cd "$(dirname "$0")"
targets=${1:-"FuzzDatasetCSV FuzzNumericCSV FuzzPeriod FuzzSpec"}
seconds=${2:-600}
swift build -c release --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address
bin=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)
[ -d seeds ] || ./make-seeds.sh
status=0
for t in $targets; do
    mkdir -p "corpus/$t" "crashes/$t" logs
    echo "== $t for $seconds s"
    nice -n 10 "$bin/$t" "corpus/$t" "seeds/$t" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -timeout=10 -artifact_prefix="crashes/$t/" -print_final_stats=1 >"logs/$t.log" 2>&1 || status=1
    tail -n 12 "logs/$t.log"
done
exit $status
