# Shared by the benchmark scripts: build the project once and compute class paths.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${JERA_BENCH_DIR:-$ROOT/target/bench}"
mkdir -p "$WORK"

# Maven runs with a local repository of the benchmarks' own, so `install` never writes Jera's snapshots
# into ~/.m2, where other builds of the same version would pick them up. The first run seeds it with a
# copy of ~/.m2/repository (read only) so it does not download everything again.
M2="${JERA_BENCH_M2:-$ROOT/target/m2}"
if [ ! -d "$M2" ]; then
  if [ -d "$HOME/.m2/repository" ]; then
    mkdir -p "$(dirname "$M2")" && cp -r "$HOME/.m2/repository" "$M2.tmp" && rm -rf "$M2.tmp/dev/jera" && mv "$M2.tmp" "$M2"
  else
    mkdir -p "$M2"
  fi
fi
MVN=(mvn -Dmaven.repo.local="$M2")

# Arguments go to Maven: the benchmarks that need no image pass -Djib.skip=true.
build_project() {
  (cd "$ROOT" && "${MVN[@]}" -q -B install -DskipTests "$@")
  samples_classpath
}

# The run-time class path of samples (dependencies only), in $WORK/samples.cp.
samples_classpath() {
  (cd "$ROOT" && "${MVN[@]}" -q -B -pl samples dependency:build-classpath -Dmdep.outputFile="$WORK/samples.cp" -DincludeScope=runtime)
}

# The jera command's class path (jera-cli's jar and its run-time dependencies), in $WORK/cli.cp: a step needs
# none of it, the command adds it to the project's class path (as jera-maven-plugin does).
cli_classpath() {
  (cd "$ROOT" && "${MVN[@]}" -q -B -pl runtime/cli dependency:build-classpath -Dmdep.outputFile="$WORK/cli.deps" -DincludeScope=runtime)
  echo "$ROOT/runtime/cli/target/jera-cli-0.1.0-SNAPSHOT.jar:$(cat "$WORK/cli.deps")" > "$WORK/cli.cp"
}

# The processor's run-time class path (its dependencies), in $WORK/processor.cp.
processor_classpath() {
  (cd "$ROOT" && "${MVN[@]}" -q -B -pl processor dependency:build-classpath -Dmdep.outputFile="$WORK/processor.cp" -DincludeScope=runtime)
}

# The JVM flags a step runs with (the processor's default jera.javaOptions).
JVM_FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Xshare:auto"

# The currency sample's convert step: its inputs file and the result it must print.
CONVERT_INPUTS='[{"name":"quote","value":"{\"pair\":\"USD-THB\",\"hour\":6,\"rate\":35.23}"}]'
CONVERT_RESULT='{"pair":"USD-THB","hour":6,"per100":3523.00}'

# Compiles a class Hello printing "hello" into folder $1 (for Java 17, so it runs in the image too).
hello_class() {
  mkdir -p "$1"
  cat > "$1/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
JAVA
  javac --release 17 -d "$1" "$1/Hello.java"
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
