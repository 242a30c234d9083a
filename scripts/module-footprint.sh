#!/usr/bin/env bash
# What a consumer of each civicdata module gets at run time: the number of jars and their total
# size, the module's own jar included, as Maven resolves the module's runtime class path (the
# dependency plugin's build-classpath, scope runtime). Prints the Markdown table that README.md's
# module table quotes.
#
#   scripts/module-footprint.sh            # builds the jars (tests skipped), then measures
#   MVN="mvn -o" scripts/module-footprint.sh   # default: mvn if on the PATH, else ./mvnw
#
# Needs only what the build needs; writes nothing outside the modules' target/ folders.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-$(command -v mvn >/dev/null && echo mvn || echo ./mvnw)}
MODULES=(core metadata vocab rdf validation anonymize cli)

$MVN -B -q -DskipTests -Dinvoker.skip=true \
    -pl "$(IFS=,; echo "${MODULES[*]}")" -am \
    package dependency:build-classpath \
    -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt >/dev/null

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' bom/pom.xml | head -1)
printf '| module | jars | MB | third-party libraries |\n|---|---:|---:|---|\n'
for m in "${MODULES[@]}"; do
    own="$m/target/civicdata-$m-$version.jar"
    entries=("$own")
    if [[ -s "$m/target/runtime-classpath.txt" ]]; then
        # the file has no final newline, so read reports end of file: not an error
        IFS=: read -r -a deps < "$m/target/runtime-classpath.txt" || true
        entries+=("${deps[@]}")
    fi
    count=0
    bytes=0
    libs=()
    for e in "${entries[@]}"; do
        # a sibling module not packaged in this run is resolved to its classes folder: take its jar
        if [[ -d "$e" && "$e" == */target/classes ]]; then
            dir=${e%/target/classes}
            e="$dir/target/civicdata-$(basename "$dir")-$version.jar"
        fi
        [[ -f "$e" ]] || { echo "missing $e" >&2; exit 1; }
        count=$((count + 1))
        bytes=$((bytes + $(stat -c %s "$e")))
        name=$(basename "$e" .jar)
        [[ "$name" == civicdata-* ]] || libs+=("${name%-[0-9]*}")
    done
    mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
    list=$(printf '%s\n' "${libs[@]}" | sort -u | paste -sd, - | sed 's/,/, /g')
    printf '| `civicdata-%s` | %d | %s | %s |\n' "$m" "$count" "$mb" "$list"
done
