#!/usr/bin/env bash
# pre-commit hook (.pre-commit-hooks.yaml): `civicdata validate` on the staged files pre-commit
# passes, with the hook's args before them (e.g. args: [--template, aed, --fail-on, warning]).
# The commit is refused when a finding is at or above --fail-on (default error).
#
# The CLI: $CIVICDATA_JAR (a civicdata.jar), else the `civicdata` launcher on the PATH (bin/civicdata
# of a release or a checkout), else the jar of this checkout when it has been built.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -eq 0 ]; then
    exit 0
fi
if [ -n "${CIVICDATA_JAR:-}" ]; then
    cmd=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$CIVICDATA_JAR")
elif command -v civicdata > /dev/null 2>&1; then
    cmd=(civicdata)
elif [ -f "$here/../cli/target/civicdata.jar" ]; then
    cmd=("$here/../bin/civicdata")
else
    echo "civicdata: civicdata.jar が見つかりません。CIVICDATA_JAR を設定するか、civicdata を PATH に置いてください。" >&2
    echo "civicdata: no civicdata.jar: set CIVICDATA_JAR or put the civicdata launcher on the PATH." >&2
    exit 3
fi
# the hook's args, then the file names pre-commit appends (picocli reads options among them)
exec "${cmd[@]}" validate "$@"
