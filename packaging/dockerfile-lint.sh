#!/usr/bin/env bash
# Lints the Dockerfile without building it and without the network: with hadolint when it is on the
# PATH (its full rule set), and always with the checks below, which hold the image to what
# docs/integrations.md promises. Run by `mvn -B verify` (module cli, phase integration-test) and by
# .ci/run. Building the images needs the base images (network), so it is not done here.
#
#   packaging/dockerfile-lint.sh [Dockerfile]     lint (default: the repository's Dockerfile)
#   packaging/dockerfile-lint.sh --self-test      show that each check fails on a Dockerfile that breaks it
#
# Checks (hadolint's rule id where it has one):
#   every FROM names a tag, not :latest (DL3006, DL3007); every COPY --from names an earlier stage;
#   ADD is not used for local files (DL3020); ENTRYPOINT and CMD in exec (JSON) form (DL3025);
#   WORKDIR absolute (DL3000); no sudo (DL3004); apt-get install with --no-install-recommends and
#   the lists removed (DL3015, DL3009); a RUN with a pipe sets pipefail (DL4006);
#   each image stage (one with an ENTRYPOINT) has a USER that is not root, before its ENTRYPOINT,
#   WORKDIR /data, and an ENTRYPOINT that runs civicdata.jar; the build context leaves out target/
#   and .git (.dockerignore).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

lint() { # Dockerfile [dockerignore] -> prints problems, returns their count (0: clean)
    awk -v ignore="${2:-}" '
    function problem(msg) { printf "%s:%d: %s\n", FILENAME, NR, msg; n++ }
    function endstage() {
        if (stage != "" && entry) {
            if (!user) { printf "%s: stage %s: no USER before its ENTRYPOINT (runs as root)\n", FILENAME, stage; n++ }
            if (!data) { printf "%s: stage %s: no WORKDIR /data\n", FILENAME, stage; n++ }
            if (!jar) { printf "%s: stage %s: the ENTRYPOINT does not run civicdata.jar\n", FILENAME, stage; n++ }
        }
        user = 0; entry = 0; data = 0; jar = 0
    }
    # join continuation lines
    { line = $0; while (line ~ /\\$/ && (getline nxt) > 0) { sub(/\\$/, " ", line); line = line nxt } }
    line ~ /^[ \t]*#/ || line ~ /^[ \t]*$/ { next }
    { split(line, w, /[ \t]+/); ins = toupper(w[1]) }
    ins == "FROM" {
        endstage()
        image = w[2]; if (image ~ /^--platform/) image = w[3]
        if (image !~ /:/ && image !~ /@sha256:/ && !(image in stages)) problem("FROM " image ": no tag (DL3006)")
        if (image ~ /:latest$/) problem("FROM " image ": the tag latest (DL3007)")
        stage = "#" (++count)
        for (i = 3; i <= length(w); i++) if (toupper(w[i]) == "AS") { stage = w[i + 1]; stages[w[i + 1]] = 1 }
        next
    }
    ins == "COPY" && match(line, /--from=[^ \t]+/) {
        from = substr(line, RSTART + 7, RLENGTH - 7)
        if (!(from in stages) && from !~ /^[0-9]+$/ && from !~ /[:\/]/) problem("COPY --from=" from ": no such stage")
    }
    ins == "ADD" && line !~ /https?:\/\// && line !~ /\.(tar|tgz|tar\.gz|tar\.xz)/ { problem("ADD of local files: use COPY (DL3020)") }
    (ins == "ENTRYPOINT" || ins == "CMD") && w[2] !~ /^\[/ { problem(ins " in shell form: use the exec (JSON) form (DL3025)") }
    ins == "ENTRYPOINT" { entry = 1; if (line ~ /civicdata\.jar/) jar = 1 }
    ins == "WORKDIR" { if (w[2] !~ /^\// && w[2] !~ /^\$/) problem("WORKDIR " w[2] ": not absolute (DL3000)"); if (w[2] == "/data") data = 1 }
    ins == "USER" { if (w[2] == "root" || w[2] ~ /^0(:|$)/) { problem("USER " w[2]); user = 0 } else user = 1 }
    ins == "RUN" {
        if (line ~ /(^|[ \t;&|])sudo[ \t]/) problem("sudo in RUN (DL3004)")
        if (line ~ /apt-get[ \t]+(-[^ \t]+[ \t]+)*install/) {
            if (line !~ /--no-install-recommends/) problem("apt-get install without --no-install-recommends (DL3015)")
            if (line !~ /rm -rf \/var\/lib\/apt\/lists/) problem("apt-get lists not removed in the same RUN (DL3009)")
        }
        if (line ~ /[^|]\|[^|]/ && line !~ /pipefail/) problem("a pipe in RUN without set -o pipefail (DL4006)")
    }
    END {
        endstage()
        if (count == 0) { printf "%s: no FROM\n", FILENAME; n++ }
        if (ignore != "") {
            t = 0; g = 0
            while ((getline l < ignore) > 0) { if (l ~ /(^|\/)target\/?$/) t = 1; if (l ~ /^\.git\/?$/) g = 1 }
            if (!t) { printf "%s: target/ is not left out of the build context\n", ignore; n++ }
            if (!g) { printf "%s: .git is not left out of the build context\n", ignore; n++ }
        }
        exit (n > 255 ? 255 : n)
    }' "$1"
}

if [ "${1:-}" = "--self-test" ]; then
    t="$(mktemp -d "${TMPDIR:-/tmp}/civicdata-dockerlint.XXXXXX")"
    trap 'rm -rf "$t"' EXIT
    fails=0
    expect() { # name expected-text Dockerfile-content
        printf '%s\n' "$3" > "$t/Dockerfile"
        if out="$(lint "$t/Dockerfile")"; then
            echo "dockerfile-lint self-test: '$1' passed the lint"; fails=$((fails + 1))
        elif ! grep -q -- "$2" <<< "$out"; then
            echo "dockerfile-lint self-test: '$1' did not report '$2': $out"; fails=$((fails + 1))
        fi
    }
    good='FROM eclipse-temurin:17-jre AS jre
USER civicdata
WORKDIR /data
ENTRYPOINT ["java", "-jar", "/opt/civicdata/civicdata.jar"]'
    printf '%s\n' "$good" > "$t/Dockerfile"
    lint "$t/Dockerfile" > /dev/null || { echo "dockerfile-lint self-test: a good Dockerfile failed"; fails=$((fails + 1)); }
    expect "untagged base" "no tag" "${good/eclipse-temurin:17-jre/eclipse-temurin}"
    expect "latest" "latest" "${good/17-jre/latest}"
    expect "root user" "no USER" "${good/USER civicdata
/}"
    expect "user root" "USER root" "${good/USER civicdata/USER root}"
    expect "shell form" "DL3025" "${good/\[\"java\", \"-jar\", \"\/opt\/civicdata\/civicdata.jar\"\]/java -jar \/opt\/civicdata\/civicdata.jar}"
    expect "no /data" "WORKDIR /data" "${good/WORKDIR \/data/WORKDIR \/work}"
    expect "relative workdir" "DL3000" "${good/WORKDIR \/data/WORKDIR data}"
    expect "unknown stage" "no such stage" "$good
COPY --from=biuld /civicdata.jar /x.jar"
    expect "ADD" "DL3020" "$good
ADD civicdata.jar /opt/"
    expect "apt" "DL3015" "FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl
$good"
    expect "pipe" "DL4006" "FROM debian:bookworm-slim
RUN curl -s https://example.org/x | sh
$good"
    printf '.git\n' > "$t/.dockerignore"
    printf '%s\n' "$good" > "$t/Dockerfile"
    out="$(lint "$t/Dockerfile" "$t/.dockerignore")"
    grep -q "target/" <<< "$out" || { echo "dockerfile-lint self-test: .dockerignore without target/ passed"; fails=$((fails + 1)); }
    [ "$fails" = 0 ] && echo "dockerfile-lint self-test: 13 cases passed"
    exit "$fails"
fi

file="${1:-$root/Dockerfile}"
[ -f "$file" ] || { echo "dockerfile-lint: no $file" >&2; exit 2; }
ignore="$(dirname "$file")/.dockerignore"
[ -f "$ignore" ] || { echo "dockerfile-lint: no $ignore: the build context would hold target/ and .git" >&2; exit 1; }
rc=0
lint "$file" "$ignore" || rc=1
if command -v hadolint > /dev/null 2>&1; then
    hadolint "$file" || rc=1
    echo "dockerfile-lint: hadolint $(hadolint --version 2>/dev/null | head -n 1) run"
else
    echo "dockerfile-lint: hadolint is not installed; only the checks of this script were run"
fi
[ "$rc" = 0 ] && echo "dockerfile-lint: $file passed"
exit "$rc"
