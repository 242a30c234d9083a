#!/usr/bin/env bash
# Whole-process figures for `civicdata fix` beside `civicdata validate`, as users run them, on the
# validator's benchmark file (ConformingCsv: 1,000,000 rows x 10 columns, ~124 MB UTF-8 by default).
#
#   mvn -B -q -Pbench package -DskipTests && benchmarks/scripts/fix-vs-validate.sh [rows] [runs] [heap] [dir]
#
# Each run validates the file, then fixes it (`fix IN -o OUT --changes LOG`, which also validates
# the written output again, as the CLI always does), both with -Xmx<heap> (default 256m, to show
# that memory does not grow with the file). Prints wall time and peak resident memory of every
# process, the load before and after, and per run the ratio validate/fix (the fixer's throughput
# relative to the validator's, whole process). The files are deleted at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-1000000}"
RUNS="${2:-3}"
HEAP="${3:-256m}"
DIR="${4:-/tmp}"
CSV="$DIR/civicdata-fix-bench.csv"
SCHEMA="$DIR/civicdata-fix-bench.schema.json"
OUT="$DIR/civicdata-fix-bench.out.csv"
LOG="$DIR/civicdata-fix-bench.changes.csv"
TIME="$DIR/civicdata-fix-bench.time"
trap 'rm -f "$CSV" "$SCHEMA" "$OUT" "$LOG" "$TIME"' EXIT
JAR=cli/target/civicdata.jar
java -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.validation.ConformingCsv "$CSV" "$ROWS"
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); heap: -Xmx$HEAP"
measure() { # label, command...: prints "label seconds peakKB"
    local label="$1"; shift
    /usr/bin/time -f "%e %M" -o "$TIME" "$@" > /dev/null 2>&1 || true
    read -r secs kb < "$TIME"
    echo "$label $secs $kb"
}
for run in $(seq 1 "$RUNS"); do
    echo "run $run, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    v=$(measure validate java "-Xmx$HEAP" -jar "$JAR" validate --fail-on never "$CSV")
    f=$(measure fix java "-Xmx$HEAP" -jar "$JAR" fix "$CSV" -o "$OUT" --changes "$LOG" --fail-on never)
    read -r _ vs vkb <<< "$v"
    read -r _ fs fkb <<< "$f"
    printf '  validate %6.1f s  peak RSS %4d MB\n' "$vs" $((vkb / 1024))
    printf '  fix      %6.1f s  peak RSS %4d MB  (fix + validation of the output)\n' "$fs" $((fkb / 1024))
    printf '  validate/fix throughput ratio %.2f; load after: %s\n' "$(echo "$vs / $fs" | bc -l)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "output rows: $(($(wc -l < "$OUT") - 1)); change log lines: $(($(wc -l < "$LOG") - 1))"
