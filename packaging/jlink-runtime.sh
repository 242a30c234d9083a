#!/usr/bin/env bash
# Builds a minimal Java runtime for the civicdata CLI with jlink and runs the CLI on it: the modules
# the jar needs (found by jdeps) plus those it loads by name (jdk.charsets for Shift_JIS/CP932 and
# EUC-JP input, jdk.localedata for Japanese, jdk.zipfs), without debug symbols, man pages or headers,
# with a CDS archive of the runtime's own classes. Then checks it: --version, a Shift_JIS file with
# defects (exit 1, its findings), a clean file against its template (exit 0).
#
#   mvn -B -q package -DskipTests && packaging/jlink-runtime.sh [output-dir]
#
# Default output: cli/target/runtime. Used by the Dockerfile's jlink stage and by .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="${CIVICDATA_JAR:-$root/cli/target/civicdata.jar}"
out="${1:-$root/cli/target/runtime}"
[ -f "$jar" ] || { echo "jlink-runtime.sh: no $jar: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
bin="${JAVA_HOME:+$JAVA_HOME/bin/}"

found="$("${bin}jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps "$jar")"
modules="$found,jdk.charsets,jdk.localedata,jdk.zipfs"
echo "modules: $modules"
rm -rf "$out"
cds=()
if "${bin}jlink" --list-plugins 2>/dev/null | grep -q -- '--generate-cds-archive'; then
    cds=(--generate-cds-archive)
fi
"${bin}jlink" --add-modules "$modules" --include-locales=en,ja \
    --strip-debug --no-man-pages --no-header-files --compress=2 "${cds[@]}" --output "$out"
echo "runtime: $out ($(du -sh "$out" | cut -f1)); jar $(du -sh "$jar" | cut -f1)"

java="$out/bin/java"
fail() { echo "jlink-runtime.sh: FAILED: $*" >&2; exit 1; }
v="$("$java" -jar "$jar" --version)" || fail "--version"
echo "$v" | grep -q civicdata || fail "--version printed: $v"
rc=0; log="$("$java" -jar "$jar" validate --lang en "$root/examples/data/validation/aed_defects_sjis.csv" 2>&1)" || rc=$?
[ "$rc" = 1 ] || fail "Shift_JIS file: exit $rc: $log"
echo "$log" | grep -q "encoding CP932" || fail "Shift_JIS file not read as CP932: $log"
echo "$log" | grep -q "ﾐﾄﾞﾘﾀﾞｲｼﾐﾝｾﾝﾀｰ" || fail "half-width katakana not decoded: $log"
"$java" -jar "$jar" validate --template aed "$root/examples/data/validation/aed_clean.csv" > /dev/null \
    || fail "clean file against its template"
"$java" -jar "$jar" code 131016 > /dev/null || fail "code 131016"
echo "jlink-runtime.sh: the CLI runs on the jlink runtime (version, Shift_JIS with findings, template, code)"
