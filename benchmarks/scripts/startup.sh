#!/usr/bin/env bash
# Start-up figures of the civicdata command, as users run it: wall and CPU (user + system) time of
#   --version, code 131016, validate of one small file, validate of 30 small files in one run,
#   and 30 runs of validate on one small file each,
# for each configuration given, measured side by side (interleaved, so that the machine's load
# falls on every configuration alike) and printed as medians with the load average at the time.
#
#   mvn -B -q package -DskipTests && benchmarks/scripts/startup.sh [repetitions]
#
# Configurations (each a command that takes the civicdata arguments):
#   jar        java -jar cli/target/civicdata.jar                 (always)
#   launcher   bin/civicdata (AppCDS archive, C1 for small inputs) (always; its first run, which
#              writes the archive, is timed separately)
#   before     java -jar $BEFORE_JAR                                (when BEFORE_JAR is set: a jar
#              built from an older commit, to compare before and after a change)
# Extra configurations: CONFIGS="name=command;name=command" (e.g. "c1=java -XX:TieredStopAtLevel=1 -jar cli/target/civicdata.jar").
#
# Also prints, for each configuration run as "java …", how many classes each case loads
# (-Xshare:off -Xlog:class+load, one run; civicdata's own, picocli's and Jackson's among them).
#
# Figures: wall = elapsed time; cpu = user + system time of the process and its children (the
# JVM's compiler and GC threads included), which depends far less on other processes than wall
# time does. Each figure is the median of the repetitions (default 5). The load average (1 min)
# is read from /proc/loadavg before each measurement; the table shows its median.
set -euo pipefail
cd "$(dirname "$0")/../.."
REPS="${1:-5}"
JAR="${JAR:-cli/target/civicdata.jar}"
[ -f "$JAR" ] || { echo "no $JAR: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/civicdata-startup.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export CIVICDATA_CACHE_DIR="$WORK/cache"   # the launcher's archive lives here, not in ~/.cache

# 30 small files: the clean AED example with its rows rotated, so that no two files are equal
SMALL=examples/data/validation/aed_clean.csv
mkdir -p "$WORK/files"
HEADER="$(head -n 1 "$SMALL")"
mapfile -t ROWS < <(tail -n +2 "$SMALL")
for i in $(seq 1 30); do
    f="$WORK/files/aed_$(printf %02d "$i").csv"
    printf '%s\n' "$HEADER" > "$f"
    n=${#ROWS[@]}
    for j in $(seq 0 $((n - 1))); do
        printf '%s\n' "${ROWS[$(( (i + j) % n ))]}" >> "$f"
    done
done
ONE="$WORK/files/aed_01.csv"

declare -a NAMES CMDS
NAMES+=(jar); CMDS+=("java -jar $JAR")
NAMES+=(launcher); CMDS+=("bin/civicdata")
if [ -n "${BEFORE_JAR:-}" ]; then
    NAMES+=(before); CMDS+=("java -jar $BEFORE_JAR")
fi
if [ -n "${CONFIGS:-}" ]; then
    IFS=';' read -ra extra <<< "$CONFIGS"
    for e in "${extra[@]}"; do
        NAMES+=("${e%%=*}"); CMDS+=("${e#*=}")
    done
fi

CASES=(version help code one thirty-in-one thirty-runs)
case_args() {
    case "$1" in
        version) echo "--version" ;;
        help) echo "--help" ;;
        code) echo "code 131016" ;;
        one) echo "validate --fail-on never $ONE" ;;
        thirty-in-one) echo "validate --fail-on never $WORK/files" ;;
    esac
}

# measure NAME CASE -> appends "wall cpu load" to $WORK/NAME.CASE
measure() {
    local cmd="$1" kase="$2" out="$3" load t
    load="$(cut -d' ' -f1 /proc/loadavg)"
    TIMEFORMAT='%3R %3U %3S'
    if [ "$kase" = thirty-runs ]; then
        t="$( { time (for f in "$WORK"/files/*.csv; do $cmd validate --fail-on never "$f" > /dev/null; done) ; } 2>&1 )"
    else
        # shellcheck disable=SC2046
        t="$( { time ($cmd $(case_args "$kase") > /dev/null) ; } 2>&1 )"
    fi
    t="$(tail -n 1 <<< "$t")"
    read -r wall user sys <<< "$t"
    echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.3f", u+s}') $load" >> "$out"
}

median() { sort -g | awk '{a[NR]=$1} END{ if (NR==0) {print "-"} else if (NR%2) {print a[(NR+1)/2]} else {printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2} }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "java: $(java -version 2>&1 | head -n 1)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)   repetitions: $REPS   load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# the launcher's first run writes the archive; time it once, then it is warm
TIMEFORMAT='%3R %3U %3S'
first="$( { time (bin/civicdata validate --fail-on never "$ONE" > /dev/null) ; } 2>&1 | tail -n 1)"
echo "launcher first run (writes the AppCDS archive): wall/user/sys $first s, archive $(du -sh "$CIVICDATA_CACHE_DIR" | cut -f1)"
# warm the file cache of every configuration once
for i in "${!NAMES[@]}"; do ${CMDS[$i]} --version > /dev/null; done

for r in $(seq 1 "$REPS"); do
    for kase in "${CASES[@]}"; do
        for i in "${!NAMES[@]}"; do
            measure "${CMDS[$i]}" "$kase" "$WORK/${NAMES[$i]}.$kase"
        done
    done
done

echo
printf '%-14s %-10s %9s %9s %6s\n' case config "wall s" "cpu s" load
for kase in "${CASES[@]}"; do
    for i in "${!NAMES[@]}"; do
        f="$WORK/${NAMES[$i]}.$kase"
        printf '%-14s %-10s %9s %9s %6s\n' "$kase" "${NAMES[$i]}" \
            "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" "$(cut -d' ' -f3 "$f" | median)"
    done
done
echo
echo "ratio 30 runs / one run on 30 files (wall, cpu):"
for i in "${!NAMES[@]}"; do
    a="$WORK/${NAMES[$i]}.thirty-runs"; b="$WORK/${NAMES[$i]}.thirty-in-one"
    printf '  %-10s %s %s\n' "${NAMES[$i]}" \
        "$(awk -v x="$(cut -d' ' -f1 "$a" | median)" -v y="$(cut -d' ' -f1 "$b" | median)" 'BEGIN{printf "%.1fx", x/y}')" \
        "$(awk -v x="$(cut -d' ' -f2 "$a" | median)" -v y="$(cut -d' ' -f2 "$b" | median)" 'BEGIN{printf "%.1fx", x/y}')"
done
echo
echo "classes loaded (one run each, -Xshare:off): total / civicdata / picocli / jackson"
for i in "${!NAMES[@]}"; do
    case "${CMDS[$i]}" in java\ *) ;; *) continue ;; esac
    for kase in version help code one; do
        # shellcheck disable=SC2046
        ${CMDS[$i]/java /java -Xshare:off -Xlog:class+load=info } $(case_args "$kase") 2>/dev/null > "$WORK/classes" || true
        printf '  %-10s %-8s %5s / %4s / %4s / %4s\n' "${NAMES[$i]}" "$kase" "$(grep -c ' source: ' "$WORK/classes")" \
            "$(grep -c '\] io\.github\.civicdata\.' "$WORK/classes")" "$(grep -c '\] picocli\.' "$WORK/classes")" \
            "$(grep -c '\] com\.fasterxml\.' "$WORK/classes")"
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
