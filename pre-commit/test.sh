#!/usr/bin/env bash
# Runs the pre-commit hook script as pre-commit runs it: in a git repository, on the staged files
# matching the hook's `files` pattern, with the hook's args first. A clean staged CSV passes, a
# staged defective CSV is refused (exit 1), --fail-on never lets it through. Run by `mvn -B verify`
# (module cli, phase integration-test) and .ci/run. (pre-commit itself is not needed.)
#
#   pre-commit/test.sh [civicdata.jar]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export CIVICDATA_JAR="${1:-$root/cli/target/civicdata.jar}"
[ -f "$CIVICDATA_JAR" ] || { echo "pre-commit/test.sh: no $CIVICDATA_JAR (build first)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/civicdata-precommit.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "pre-commit/test.sh: FAILED: $*" >&2; exit 1; }

pattern="$(sed -n "s/^  files: '\(.*\)'$/\1/p" "$root/.pre-commit-hooks.yaml" | sed 's/^(?i)//')"
[ -n "$pattern" ] || fail "no files pattern in .pre-commit-hooks.yaml"
cd "$work"
git init -q .
cp "$root/examples/data/validation/aed_clean.csv" clean.csv
printf '# notes\n' > README.md
git add clean.csv README.md
staged() { git diff --cached --name-only | grep -iE "$pattern" || true; }

mapfile -t files < <(staged)
[ "${files[*]}" = "clean.csv" ] || fail "staged files matching the pattern: ${files[*]}"
"$root/pre-commit/civicdata-hook.sh" --template aed "${files[@]}" > log1 2>&1 || fail "clean file refused: $(cat log1)"

cp "$root/examples/data/validation/aed_defects_sjis.csv" "Defects.CSV"
git add Defects.CSV
mapfile -t files < <(staged)
rc=0; "$root/pre-commit/civicdata-hook.sh" "${files[@]}" > log2 2>&1 || rc=$?
[ "$rc" = 1 ] || fail "defective file: exit $rc, $(cat log2)"
grep -q 'Defects.CSV' log2 || fail "defective file not named in the output"
"$root/pre-commit/civicdata-hook.sh" --fail-on never "${files[@]}" > log3 2>&1 || fail "--fail-on never refused"

echo "pre-commit/test.sh: 3 cases passed"
