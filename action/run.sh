#!/usr/bin/env bash
# The GitHub Action's step (action.yml): finds or downloads civicdata.jar, runs `civicdata validate`
# with the action's inputs (CIVICDATA_* variables), and writes exit-code and report to
# $GITHUB_OUTPUT. Exits 0 itself when validation ran (the action's last step fails with the
# validation's exit code, after the SARIF upload), non-zero when it could not run.
#
# Runs outside GitHub too (action/test.sh does): without GITHUB_OUTPUT the outputs go to stdout.
set -euo pipefail

out="${GITHUB_OUTPUT:-/dev/stdout}"
java="java"
for h in "${JAVA_HOME_17_X64:-}" "${JAVA_HOME_17_ARM64:-}" "${JAVA_HOME:-}"; do
    if [ -n "$h" ] && [ -x "$h/bin/java" ]; then java="$h/bin/java"; break; fi
done

jar="${CIVICDATA_JAR:-}"
if [ -z "$jar" ]; then
    if [ -z "${CIVICDATA_VERSION:-}" ] || [ -z "${CIVICDATA_SHA256:-}" ]; then
        echo "::error::civicdata: give 'version' and 'sha256' of a civicdata release, or 'jar' (a civicdata.jar in the workspace)."
        exit 2
    fi
    jar="${CIVICDATA_ACTION_CACHE:-${TMPDIR:-/tmp}}/civicdata-${CIVICDATA_VERSION}.jar"
    if [ ! -f "$jar" ]; then
        url="https://github.com/civicdata/civicdata/releases/download/v${CIVICDATA_VERSION}/civicdata.jar"
        curl -fsSL --retry 3 -o "$jar.part" "$url"
        mv "$jar.part" "$jar"
    fi
    actual="$(sha256sum "$jar" | cut -d' ' -f1)"
    if [ "$actual" != "$CIVICDATA_SHA256" ]; then
        rm -f "$jar"
        echo "::error::civicdata: the downloaded civicdata.jar has SHA-256 $actual, not the pinned $CIVICDATA_SHA256."
        exit 3
    fi
fi
if [ ! -f "$jar" ]; then
    echo "::error::civicdata: $jar not found."
    exit 3
fi

args=(validate --fail-on "${CIVICDATA_FAIL_ON:-error}" --format "${CIVICDATA_FORMAT:-sarif}" --lang "${CIVICDATA_LANG:-ja}")
[ -n "${CIVICDATA_OUTPUT:-}" ] && args+=(--output "$CIVICDATA_OUTPUT")
[ -n "${CIVICDATA_TEMPLATE:-}" ] && args+=(--template "$CIVICDATA_TEMPLATE")
[ -n "${CIVICDATA_SCHEMA:-}" ] && args+=(--schema "$CIVICDATA_SCHEMA")
# files: split on white space, no shell globbing (the CLI expands patterns itself)
set -f
# shellcheck disable=SC2206
files=(${CIVICDATA_FILES:-.})
set +f
args+=(-- "${files[@]}")

rc=0
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "${args[@]}" || rc=$?
echo "exit-code=$rc" >> "$out"
if [ -n "${CIVICDATA_OUTPUT:-}" ] && [ -f "$CIVICDATA_OUTPUT" ]; then
    echo "report=$CIVICDATA_OUTPUT" >> "$out"
else
    echo "report=" >> "$out"
fi
case "$rc" in
    0 | 1) exit 0 ;;          # validation ran; the action's last step reports the result
    *) exit "$rc" ;;          # usage error or unreadable input: fail here
esac
