#!/usr/bin/env bash
# Anonymisation at scale (issue 17), whole process as users run it (the CLI), on generated
# resident registers (SyntheticPopulation, seed 20261207):
#   1) 1,000,000 rows x 24 columns, 9 quasi-identifiers, k=5, 2 % suppression, Loss, -Xmx256m
#   2) the same through the launcher cli/target/civicdata (-Xmx512m): resident memory
#   3) 10,000,000 rows x 9 columns, all quasi-identifiers, k=5, no suppression, Loss, -Xmx1g
#
#   mvn -B -q -Pbench package -DskipTests && benchmarks/scripts/anonymize-scale.sh [dir] [steps]
#
# dir defaults to /tmp/civicdata-scale; steps is any of "1 2 3" (default all). Prints, per run, the
# wall time, peak resident memory and exit status (GNU time), the CLI summary and the search
# figures of the JSON report; deletes the generated files at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR="${1:-/tmp/civicdata-scale}"
STEPS="${2:-1 2 3}"
GEN="java -Xmx512m -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.anonymize.SyntheticPopulation"
mkdir -p "$DIR"
trap 'rm -rf "$DIR/1m" "$DIR/10m"' EXIT

report() {
  grep -E "User time|System time|Elapsed|Maximum resident|Exit status" "$DIR/time.txt"
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); s=r['search']; print('search', s['strategy'], s['millis'], 'ms,', s['transformationsChecked'], 'checked of', s['latticeSize'], '; rows', r['inputRows'], 'in', r['outputRows'], 'out', r['suppressedRows'], 'suppressed')" "$1"
}

uptime
if [[ " $STEPS " == *" 1 "* || " $STEPS " == *" 2 "* ]]; then
  $GEN "$DIR/1m" 1000000 > /dev/null
  ls -l "$DIR/1m/population.csv"
fi
if [[ " $STEPS " == *" 1 "* ]]; then
  echo "== 1,000,000 x 24, java -Xmx256m -jar"
  /usr/bin/time -v java -Xmx256m -jar cli/target/civicdata.jar anonymize "$DIR/1m/population.csv" \
      --config "$DIR/1m/config-qi9.json" --output "$DIR/1m/out.csv" --report "$DIR/1m/report.json" \
      2> "$DIR/time.txt" | tail -n 6 || true
  report "$DIR/1m/report.json"
fi
if [[ " $STEPS " == *" 2 "* ]]; then
  echo "== 1,000,000 x 24, launcher cli/target/civicdata (default settings)"
  /usr/bin/time -v sh cli/target/civicdata anonymize "$DIR/1m/population.csv" \
      --config "$DIR/1m/config-qi9.json" --output "$DIR/1m/out.csv" --report "$DIR/1m/report.json" \
      2> "$DIR/time.txt" | tail -n 2 || true
  report "$DIR/1m/report.json"
fi
if [[ " $STEPS " == *" 3 "* ]]; then
  $GEN "$DIR/10m" 10000000 20261207 9 > /dev/null
  ls -l "$DIR/10m/population.csv"
  sed 's/"suppressionLimit": 0.02/"suppressionLimit": 0/' "$DIR/10m/config-qi9.json" > "$DIR/10m/config.json"
  echo "== 10,000,000 x 9 quasi-identifiers, java -Xmx1g -jar"
  /usr/bin/time -v java -Xmx1g -jar cli/target/civicdata.jar anonymize "$DIR/10m/population.csv" \
      --config "$DIR/10m/config.json" --output "$DIR/10m/out.csv" --report "$DIR/10m/report.json" \
      2> "$DIR/time.txt" | tail -n 6 || true
  report "$DIR/10m/report.json"
fi
uptime
