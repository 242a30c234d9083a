#!/usr/bin/env bash
# Issue 16, item 5: whole-process speed of `civicdata validate` against a plain FastCSV parse of the
# same file, measured side by side as a user runs them.
#
#   mvn -B -q -Pbench package -DskipTests && benchmarks/scripts/validate-vs-parse.sh [rows] [dir] [runs]
#
# Generates the benchmarks' conforming file (ConformingCsv: default 1,000,000 rows x 10 columns,
# about 125 MB, UTF-8) and its Table Schema in <dir> (default /tmp), then runs each command
# <runs> times (default 3), each in a new JVM with the default heap:
#   parse      PlainParse: FastCSV reads every field, nothing else
#   rules      civicdata validate (every machine-readability rule, no template)
#   schema     civicdata validate --schema (the rules plus the 10-column Table Schema)
#   rules-l    the same as rules through the launcher bin/civicdata (class-data-sharing archive, JVM options
#   schema-l   chosen by input size: docs/startup.md); each of the launcher's two archives (rules, --schema) is written by one untimed
#              run first, in a cache directory of the script's own (removed at the end)
# (java -jar is how the README runs the jar; bin/civicdata is the command a CI job or a user on a shell runs)
# (each must exit with 0: the file conforms) and prints, for each, the best wall time, its throughput (MB/s), the peak resident memory of that
# run, and the ratio of its throughput to the parse's (>= 1.0 means at least as fast as the parse); then the least
# CPU time (user + system, all threads) of its runs and the parse's CPU time divided by it (on a loaded machine the
# CPU time says more than the wall time; a run on two cores can be faster by the wall while using more CPU).
# Extra arguments to civicdata go in CIVICDATA_ARGS (e.g. CIVICDATA_ARGS="--threads 1").
# With BIG=1 it then runs benchmarks/scripts/validate-1gb.sh (10,000,000 rows, about 1.25 GB, in
# -Xmx256m). The load average is printed before and after: figures taken on a loaded machine say
# little; measure on an idle one.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-1000000}"
DIR="${2:-/tmp}"
RUNS="${3:-3}"
CSV="$DIR/civicdata-vs-parse.csv"
SCHEMA="$DIR/civicdata-vs-parse.schema.json"
TIMES="$DIR/civicdata-vs-parse.time"
CDS_DIR="$(mktemp -d)"
trap 'rm -f "$CSV" "$SCHEMA" "$TIMES"; rm -rf "$CDS_DIR"' EXIT
JAR="${JAR:-cli/target/civicdata.jar}"
BENCH="${BENCH:-benchmarks/target/benchmarks.jar}"
for f in "$JAR" "$BENCH"; do
    [ -f "$f" ] || { echo "missing $f: run mvn -B -q -Pbench package -DskipTests first" >&2; exit 2; }
done
echo "load before: $(cat /proc/loadavg)  cores: $(nproc)  $(date -u '+%Y-%m-%d %H:%M UTC')"
java -version 2>&1 | head -n 1
java -cp "$BENCH" io.github.civicdata.benchmarks.validation.ConformingCsv "$CSV" "$ROWS"
BYTES=$(stat -c %s "$CSV")
cat "$CSV" > /dev/null # into the page cache

# best <name> <command...>: runs the command RUNS times; prints "<name> <seconds> <peak KB> <cpu seconds>" with the
# fastest run's wall time and peak RSS, and the least CPU time (user + system) of any run
best() {
    local name="$1"; shift
    local bestS="" bestK="" bestC=""
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M %x %U %S" -o "$TIMES" "$@" > /dev/null || true
        read -r s k x u y < <(tail -n 1 "$TIMES")
        if [ "$x" != "0" ]; then # the file conforms: anything else means the run did not do its work
            echo "$name: exit status $x ($*)" >&2
            exit 1
        fi
        if [ -z "$bestS" ] || awk -v a="$s" -v b="$bestS" 'BEGIN { exit !(a < b) }'; then
            bestS="$s"; bestK="$k"
        fi
        c=$(awk -v a="$u" -v b="$y" 'BEGIN { printf "%.2f", a + b }')
        if [ -z "$bestC" ] || awk -v a="$c" -v b="$bestC" 'BEGIN { exit !(a < b) }'; then
            bestC="$c"
        fi
    done
    echo "$name $bestS $bestK $bestC"
}

# shellcheck disable=SC2086 # CIVICDATA_ARGS is split on purpose
{
    best parse java -cp "$BENCH" io.github.civicdata.benchmarks.validation.PlainParse "$CSV"
    best rules java -jar "$JAR" validate --fail-on error ${CIVICDATA_ARGS:-} "$CSV"
    best schema java -jar "$JAR" validate --fail-on error --schema "$SCHEMA" ${CIVICDATA_ARGS:-} "$CSV"
    # the launcher's first run of a command writes its archive (JDK 17/18): not timed
    export CIVICDATA_JAR="$JAR" CIVICDATA_CACHE_DIR="$CDS_DIR"
    bin/civicdata validate --fail-on error ${CIVICDATA_ARGS:-} "$CSV" > /dev/null
    best rules-l bin/civicdata validate --fail-on error ${CIVICDATA_ARGS:-} "$CSV"
    # a --schema run has an archive of its own (its classes differ): its first run is not timed either
    bin/civicdata validate --fail-on error --schema "$SCHEMA" ${CIVICDATA_ARGS:-} "$CSV" > /dev/null
    best schema-l bin/civicdata validate --fail-on error --schema "$SCHEMA" ${CIVICDATA_ARGS:-} "$CSV"
} | awk -v bytes="$BYTES" -v rows="$ROWS" -v runs="$RUNS" '
    { name[NR] = $1; secs[NR] = $2; kb[NR] = $3; cpu[NR] = $4 }
    END {
        printf "%d rows, %.1f MB; best of %d whole-process runs\n", rows, bytes / 1e6, runs
        printf "%-8s %9s %9s %12s %14s %9s %14s\n", "command", "seconds", "MB/s", "peak RSS MB", "vs parse", "CPU s", "CPU vs parse"
        for (i = 1; i <= NR; i++) {
            printf "%-8s %9.2f %9.1f %12.0f %13.2fx %9.2f %13.2fx\n", name[i], secs[i], bytes / 1e6 / secs[i], kb[i] / 1024, secs[1] / secs[i], cpu[i], cpu[1] / cpu[i]
        }
    }'
echo "load after: $(cat /proc/loadavg)"
if [ "${BIG:-0}" = "1" ]; then
    benchmarks/scripts/validate-1gb.sh 10000000 "$DIR"
fi
