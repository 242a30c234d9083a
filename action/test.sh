#!/usr/bin/env bash
# Runs the GitHub Action's script (action/run.sh) locally, as the action runs it, on sample folders:
# a clean one (exit-code 0), one with defects (exit-code 1, a SARIF report with results, the script
# itself succeeding so that the upload step can run), and a configuration without jar or version
# (the script fails with a message); and the SARIF upload path: the upload step's condition in
# action.yml evaluated with the script's outputs, and the report it would upload checked for what
# code scanning needs (SARIF 2.1.0, the tool's name, results with a rule, a line and a
# fingerprint, file URIs relative to the repository root). Run by `mvn -B verify` (module cli, phase integration-test)
# and by .ci/run.
#
#   action/test.sh [civicdata.jar]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${1:-$root/cli/target/civicdata.jar}"
[ -f "$jar" ] || { echo "action/test.sh: no $jar (build first)" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/civicdata-action.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "action/test.sh: FAILED: $*" >&2; exit 1; }

mkdir -p "$work/clean/sub" "$work/defects"
cp "$root/examples/data/validation/aed_clean.csv" "$work/clean/aed.csv"
cp "$root/examples/data/validation/aed_clean.csv" "$work/clean/sub/aed2.csv"
cp "$root/examples/data/validation/aed_defects_sjis.csv" "$work/defects/"

run() { # dir outputs-file [VAR=value ...]
    local dir="$1" outputs="$2"; shift 2
    (cd "$dir" && env -u JAVA_HOME_17_X64 GITHUB_OUTPUT="$outputs" CIVICDATA_JAR="$jar" \
        CIVICDATA_FILES="" CIVICDATA_FAIL_ON=error CIVICDATA_FORMAT=sarif CIVICDATA_OUTPUT=report.sarif \
        CIVICDATA_LANG=en "$@" bash "$root/action/run.sh")
}

# 1. clean folder, the action's defaults (files "."), with the template
run "$work/clean" "$work/out1" CIVICDATA_FILES=. CIVICDATA_TEMPLATE=aed > "$work/log1" 2>&1 || fail "clean run: $(cat "$work/log1")"
grep -qx 'exit-code=0' "$work/out1" || fail "clean: $(cat "$work/out1")"
grep -qx 'report=report.sarif' "$work/out1" || fail "clean: no report output"
grep -q '"version" : "2.1.0"' "$work/clean/report.sarif" || fail "clean: not SARIF 2.1.0"
# both files were validated (the directory is searched recursively)
grep -q 'aed2.csv' "$work/clean/report.sarif" || fail "clean: sub/aed2.csv not in the report"

# 2. defects: the script succeeds, exit-code 1, SARIF results name the file and a rule
run "$work/defects" "$work/out2" CIVICDATA_FILES="*.csv" > "$work/log2" 2>&1 || fail "defects run: $(cat "$work/log2")"
grep -qx 'exit-code=1' "$work/out2" || fail "defects: $(cat "$work/out2")"
grep -q '"ruleId" : "L1-' "$work/defects/report.sarif" || fail "defects: no L1 result in the SARIF report"
grep -q 'aed_defects_sjis.csv' "$work/defects/report.sarif" || fail "defects: file not named"

# 3. fail-on never: exit-code 0 on the same files
run "$work/defects" "$work/out3" CIVICDATA_FILES="aed_defects_sjis.csv" CIVICDATA_FAIL_ON=never > "$work/log3" 2>&1 || fail "never run"
grep -qx 'exit-code=0' "$work/out3" || fail "fail-on never: $(cat "$work/out3")"

# 4. neither jar nor version: the script fails with a message
if (cd "$work/clean" && env CIVICDATA_JAR= CIVICDATA_VERSION= GITHUB_OUTPUT="$work/out4" bash "$root/action/run.sh") > "$work/log4" 2>&1; then
    fail "no jar, no version: the script succeeded"
fi
grep -q "give 'version' and 'sha256'" "$work/log4" || fail "no jar, no version: $(cat "$work/log4")"

# 5. an unknown template is a usage error: the script fails (exit 2)
rc=0; run "$work/clean" "$work/out5" CIVICDATA_FILES=. CIVICDATA_TEMPLATE=no-such > "$work/log5" 2>&1 || rc=$?
[ "$rc" = 2 ] || fail "unknown template: exit $rc, $(cat "$work/log5")"

# 6. the SARIF upload path, as in a dataset repository: files under data/, upload-sarif true.
#    The upload step runs when its condition holds (read from action.yml, evaluated with the
#    script's outputs), and the report it uploads must be one code scanning takes.
cond="$(grep -m1 "inputs.upload-sarif == 'true'" "$root/action.yml")"
for part in "inputs.upload-sarif == 'true'" "inputs.format == 'sarif'" "steps.validate.outputs.report != ''"; do
    case "$cond" in *"$part"*) ;; *) fail "upload condition in action.yml lacks: $part" ;; esac
done
upload_runs() { # upload-sarif format outputs-file: the condition of the upload step
    local report; report="$(sed -n 's/^report=//p' "$3")"
    [ "$1" = true ] && [ "$2" = sarif ] && [ -n "$report" ]
}
mkdir -p "$work/repo/data/2024" "$work/repo/.github"
cp "$root/examples/data/validation/aed_defects_sjis.csv" "$work/repo/data/2024/"
cp "$root/examples/data/validation/aed_clean.csv" "$work/repo/data/"
run "$work/repo" "$work/out6" CIVICDATA_FILES="data" CIVICDATA_OUTPUT=civicdata.sarif > "$work/log6" 2>&1 || fail "upload run: $(cat "$work/log6")"
grep -qx 'exit-code=1' "$work/out6" || fail "upload: $(cat "$work/out6")"
upload_runs true sarif "$work/out6" || fail "upload: the upload step would not run ($(cat "$work/out6"))"
sarif="$work/repo/$(sed -n 's/^report=//p' "$work/out6")"
[ -s "$sarif" ] || fail "upload: no report at $sarif"
grep -q '"version" : "2.1.0"' "$sarif" || fail "upload: not SARIF 2.1.0"
grep -q '"\$schema" : "https://docs.oasis-open.org/sarif/sarif/v2.1.0/' "$sarif" || fail "upload: no SARIF schema"
grep -q '"name" : "civicdata"' "$sarif" || fail "upload: no tool name"
results="$(grep -c '"ruleId" : ' "$sarif")"
[ "$results" -gt 0 ] || fail "upload: no results"
[ "$(grep -c '"civicdataFinding/v1" : ' "$sarif")" = "$results" ] || fail "upload: a result without a fingerprint"
grep -q '"startLine" : [1-9]' "$sarif" || fail "upload: no result with a line"
if grep -q '"startLine" : 0' "$sarif"; then fail "upload: a line 0"; fi
# every file URI relative to the repository root, as code scanning resolves them
grep -o '"uri" : "[^"]*"' "$sarif" | sort -u > "$work/uris6"
[ -s "$work/uris6" ] || fail "upload: no file URI"
if grep -v '"uri" : "data/' "$work/uris6"; then fail "upload: a URI not relative to the repository root"; fi
grep -q '"uri" : "data/2024/aed_defects_sjis.csv"' "$work/uris6" || fail "upload: $(cat "$work/uris6")"
# the upload step does not run for another format, nor without a report file
upload_runs true json "$work/out6" && fail "upload: condition holds for format json"
upload_runs false sarif "$work/out6" && fail "upload: condition holds without upload-sarif"

# 7. sarif without an output file: the report goes to the log, no report output, no upload
run "$work/repo" "$work/out7" CIVICDATA_FILES="data" CIVICDATA_OUTPUT= > "$work/log7" 2>&1 || fail "stdout run: $(cat "$work/log7")"
grep -qx 'report=' "$work/out7" || fail "stdout: $(cat "$work/out7")"
grep -q '"version" : "2.1.0"' "$work/log7" || fail "stdout: no SARIF in the log"
upload_runs true sarif "$work/out7" && fail "stdout: the upload step would run without a report file"

echo "action/test.sh: 7 cases passed"
