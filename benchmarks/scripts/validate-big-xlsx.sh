#!/usr/bin/env bash
# Validates a generated large workbook (default: 1,000,000 rows, 5 text columns of unique random
# strings, so 5,000,000 shared strings) with a 256 MB heap, to show that the shared-strings table
# does not need heap in proportion to its size (it goes to temporary files beyond 48 MB).
#
#   mvn -B -q -Pbench package -DskipTests && benchmarks/scripts/validate-big-xlsx.sh [rows] [text-columns] [chars] [dir]
#
# Writes <dir>/civicdata-big.xlsx (default dir /tmp), prints its size, the wall time, peak resident
# memory and the report summary, then deletes the file.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS="${1:-1000000}"
TEXTS="${2:-5}"
CHARS="${3:-24}"
DIR="${4:-/tmp}"
XLSX="$DIR/civicdata-big.xlsx"
trap 'rm -f "$XLSX" "$DIR/civicdata-big.time"' EXIT
uptime
java -cp benchmarks/target/benchmarks.jar io.github.civicdata.benchmarks.validation.BigXlsx "$XLSX" "$ROWS" "$TEXTS" "$CHARS"
ls -l "$XLSX"
set +e
/usr/bin/time -v java -Xmx256m -jar cli/target/civicdata.jar validate --fail-on never "$XLSX" \
    2> "$DIR/civicdata-big.time" | tail -n 8
echo "exit: ${PIPESTATUS[0]}"
set -e
grep -E "Elapsed|Maximum resident" "$DIR/civicdata-big.time"
grep -iE "OutOfMemory|Exception" "$DIR/civicdata-big.time" && echo "FAILED: see above" || true
uptime
