#!/usr/bin/env bash
# The benchmarks in one command (docs/benchmarks.md): JMH engine benchmark, replay on one thread and
# on all cores, DuckDB SQL baseline, alert comparison, summary table.
#
#   ./tuodi-bench/run.sh --scale 0.1 [--months 12] [--seed 1] [--runs 3]   data from ./tuodi generate
#   ./tuodi-bench/run.sh --data samples/linying --runs 1 --no-jmh             any formats.md directory
#   ./tuodi-bench/run.sh --synthetic 100000                                  the module's stand-in data
#
# Builds tuodi-bench/target/benchmarks.jar (with tuodi-core and tuodi-data from this checkout, not
# from ~/.m2) when it is missing or older than a source, then runs org.tuodi.bench.BenchAll.
# Relative paths are resolved against the caller's directory.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$root/tuodi-bench/target/benchmarks.jar"

stale() {
    [[ ! -f "$jar" ]] && return 0
    [[ -n "$(find "$root"/pom.xml "$root"/tuodi-*/pom.xml "$root"/tuodi-core/src/main \
        "$root"/tuodi-data/src/main "$root"/tuodi-bench/src/main -newer "$jar" -type f -print -quit \
        2>/dev/null)" ]]
}

if stale; then
    echo "run.sh: building $jar ..." >&2
    (cd "$root" && ./mvnw -q -B -DskipTests package -pl tuodi-bench -am) >&2
fi

args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --data|--out)
            args+=("$1" "$(readlink -m "$2")")
            shift 2
            ;;
        *)
            args+=("$1")
            shift
            ;;
    esac
done

exec java -Djdk.attach.allowAttachSelf=true ${BENCH_JAVA_OPTS:-} -cp "$jar" org.tuodi.bench.BenchAll --root "$root" "${args[@]}"
