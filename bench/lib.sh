# Shared by the benchmark scripts: build the project once and compute class paths.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${JERA_BENCH_DIR:-$ROOT/target/bench}"
mkdir -p "$WORK"

build_project() {
  (cd "$ROOT" && mvn -q -B install -DskipTests)
  (cd "$ROOT" && mvn -q -B -pl processor dependency:build-classpath -Dmdep.outputFile="$WORK/processor.cp" -Dmdep.includeScope=runtime)
  (cd "$ROOT" && mvn -q -B -pl samples dependency:build-classpath -Dmdep.outputFile="$WORK/samples.cp" -Dmdep.includeScope=runtime)
}

# Median of the wall-clock seconds of running "$@" N times (first run discarded as warm-up of the disk cache).
median_seconds() {
  local runs="$1"; shift
  "$@" >/dev/null 2>&1 || true
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "benchmark command failed: $*" >&2; exit 1; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f\n", m}'
}
