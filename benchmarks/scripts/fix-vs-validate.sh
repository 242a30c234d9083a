#!/usr/bin/env bash
# Whole-process figures for `civicdata fix` beside `civicdata validate`, as users run them, on the
# validator's benchmark file (ConformingCsv: 1,000,000 rows x 10 columns, ~124 MB UTF-8 by default).
#
#   mvn -B -q -Pbench package -DskipTests && benchmarks/scripts/fix-vs-validate.sh [rows] [runs] [heap] [dir]
#
# Each run validates the file, then fixes it (`fix IN -o OUT --changes LOG`, which also validates
# the written output again, as the CLI always does), both with -Xmx<heap> (default 256m, to show
# that memory does not grow with the file), one process after the other in the same run. Prints
# per process the wall time, the CPU time (user + system, all threads), the peak resident memory
# and the exit status, and per run the ratios validate/fix by wall and by CPU time (the fixer's
# throughput relative to the validator's, whole process). At the end: the best (lowest) of the
# runs for each command, and the ratios of the bests. On a machine shared with other work the CPU
# figures are the ones to compare (wall time depends on what else runs); the load average before
# and after each run is printed beside them. A fix that fails (exit status other than 0 or 1, or
# fewer rows written than read, e.g. out of memory) stops the script. The files are deleted at the end.
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
JAR="${CIVICDATA_JAR:-cli/target/civicdata.jar}" # another build to compare: CIVICDATA_JAR=path
java -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.validation.ConformingCsv "$CSV" "$ROWS"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); java: $(java -version 2>&1 | head -n 1); cores: $(nproc);" \
    "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); heap: -Xmx$HEAP"
measure() { # label, command...: prints "label wall cpu peakKB status"
    local label="$1"; shift
    local status=0
    /usr/bin/time -f "%e %U %S %M %x" -o "$TIME" "$@" > /dev/null 2>&1 || status=$?
    read -r wall user sys kb code < <(tail -n 1 "$TIME")
    echo "$label $wall $(echo "$user + $sys" | bc -l) $kb ${code:-$status}"
}
best_vw=; best_vc=; best_fw=; best_fc=
min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }
for run in $(seq 1 "$RUNS"); do
    echo "run $run, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    v=$(measure validate java "-Xmx$HEAP" -jar "$JAR" validate --fail-on never "$CSV")
    f=$(measure fix java "-Xmx$HEAP" -jar "$JAR" fix "$CSV" -o "$OUT" --changes "$LOG" --fail-on never)
    read -r _ vw vc vkb vx <<< "$v"
    read -r _ fw fc fkb fx <<< "$f"
    printf '  validate wall %6.1f s  cpu %6.1f s  peak RSS %4d MB  exit %s\n' "$vw" "$vc" $((vkb / 1024)) "$vx"
    printf '  fix      wall %6.1f s  cpu %6.1f s  peak RSS %4d MB  exit %s  (fix + validation of the output)\n' \
        "$fw" "$fc" $((fkb / 1024)) "$fx"
    written=$(($(wc -l < "$OUT") - 1))
    if [ "$fx" -gt 1 ] || [ "$written" -ne "$ROWS" ]; then
        echo "fix failed: exit $fx, $written rows written of $ROWS" >&2
        exit 1
    fi
    printf '  validate/fix throughput ratio: wall %.2f, cpu %.2f; load after: %s\n' "$(echo "$vw / $fw" | bc -l)" \
        "$(echo "$vc / $fc" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
    best_vw=$(min "$best_vw" "$vw"); best_vc=$(min "$best_vc" "$vc")
    best_fw=$(min "$best_fw" "$fw"); best_fc=$(min "$best_fc" "$fc")
done
printf 'best of %d: validate wall %.1f s cpu %.1f s; fix wall %.1f s cpu %.1f s; ratio wall %.2f, cpu %.2f\n' "$RUNS" \
    "$best_vw" "$best_vc" "$best_fw" "$best_fc" "$(echo "$best_vw / $best_fw" | bc -l)" "$(echo "$best_vc / $best_fc" | bc -l)"
echo "output rows: $(($(wc -l < "$OUT") - 1)); change log lines: $(($(wc -l < "$LOG") - 1))"
