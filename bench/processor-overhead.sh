#!/usr/bin/env bash
# Processor overhead: a generated project of workflows x 10 scripts (bench/overhead-project.sh), compiled by
# javac without and with the Jera processor (which also writes the runners, as class files by default).
# The compilations alternate, in an order that reverses every round, so load that drifts during a run falls
# on each alike; it prints the medians of wall and CPU (user + sys) time, their ratios to the compilation
# without the processor, the lowest and highest of the rounds' CPU ratios (on two cores the same jar's ratio
# moves by 0.1x from run to run: the JIT's threads use more CPU than javac's own, and when they compile what
# varies), and the load average before and after.
#
# Usage: bench/processor-overhead.sh [options]
#   --rounds N       rounds to time (default 7; one untimed round warms the disk cache first)
#   --workflows N    workflows in the project (default 200; 10 is the "small project")
#   --bodies B       typical, minimal (one-line bodies: the worst case) or both (default)
#   --split          also time a processor that does nothing (the floor: javac's last round of annotation
#                    processing, which any processor brings), the processor writing runners as source
#                    (-Ajera.runners=source, which javac then compiles: the form before issue 13), -proc:only
#                    (the processor, no class files; with --baseline, the baseline's too: javac does less there,
#                    so the processors' difference stands out of the spread more) and
#                    -proc:none over the user's sources and the runners' sources (what compiling them costs)
#   --incremental    instead: Maven projects of the workflows, compiled once; each timed build edits one
#                    workflow (a comment line) and runs `mvn -o -q compile`, whose compiler plugin sees the
#                    change and recompiles the module (Maven's incremental build)
#   --baseline JAR   also time a processor jar built from another commit, as "baseline" (its dependencies are
#                    this build's); see BENCHMARKS.md for how the "before" numbers were made
#   --no-build       use the jars of the last build (bench/lib.sh's target/m2 and target/bench) as they are
#   --check          no timing and no build: generate a few workflows of each kind, compile them once with
#                    the processor and check every manifest and runner came out. Needs JERA_CHECK_CP (the
#                    compile class path: annotations and runner) and JERA_CHECK_PROCESSOR_PATH; run by
#                    processor's BenchmarkProjectTest so this script cannot break silently.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/overhead-project.sh"

ROUNDS=7
WORKFLOWS=200
BODIES=both
SPLIT=false
MODE=time
BUILD=true
BASELINE=
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --workflows) WORKFLOWS="$2"; shift 2 ;;
    --bodies) BODIES="$2"; shift 2 ;;
    --split) SPLIT=true; shift ;;
    --incremental) MODE=incremental; shift ;;
    --baseline) BASELINE="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --check) MODE=check; shift ;;
    --no-build) BUILD=false; shift ;;
    *) echo "unknown argument: $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
case "$BODIES" in typical | minimal) KINDS=("$BODIES") ;; both) KINDS=(typical minimal) ;;
  *) echo "--bodies takes typical, minimal or both, not '$BODIES'" >&2; exit 2 ;; esac
[ -z "$BASELINE" ] || [ -f "$BASELINE" ] || { echo "no baseline jar at $BASELINE" >&2; exit 2; }

# compile OUT [javac options...]: the sources listed in $PROJECT/sources.txt into OUT (emptied first).
compile() {
  local out="$1"; shift
  rm -rf "$out" && mkdir -p "$out/classes" "$out/generated"
  javac --release 17 -cp "$CP" -d "$out/classes" "$@" @"$PROJECT/sources.txt"
}
processor_options() {
  echo -processorpath "$1" -s "$PROJECT/out/generated" -Ajera.image=registry.example.com/bench:1.0
}
without() { compile "$PROJECT/out" -proc:none; }
# shellcheck disable=SC2046
with() { compile "$PROJECT/out" $(processor_options "$PROCESSOR_PATH"); }
# shellcheck disable=SC2046
with_source() { compile "$PROJECT/out" $(processor_options "$PROCESSOR_PATH") -Ajera.runners=source; }
# shellcheck disable=SC2046
baseline() { compile "$PROJECT/out" $(processor_options "$BASELINE:$DEPENDENCIES"); }
# shellcheck disable=SC2046
proc_only() { compile "$PROJECT/out" -proc:only $(processor_options "$PROCESSOR_PATH"); }
# shellcheck disable=SC2046
baseline_proc_only() { compile "$PROJECT/out" -proc:only $(processor_options "$BASELINE:$DEPENDENCIES"); }
# The floor: a processor that does nothing, for every annotation ("*"). Javac then runs annotation processing,
# whose last round enters every class of the compilation again, whatever the processor does.
noop() { compile "$PROJECT/out" -processorpath "$WORK/noop-processor.jar"; }
build_noop_processor() {
  local dir="$WORK/noop-processor"
  rm -rf "$dir" && mkdir -p "$dir/src/bench" "$dir/classes/META-INF/services"
  cat >"$dir/src/bench/Noop.java" <<'JAVA'
package bench;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
@SupportedAnnotationTypes("*")
public final class Noop extends AbstractProcessor {
  @Override public SourceVersion getSupportedSourceVersion() { return SourceVersion.latestSupported(); }
  @Override public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) { return false; }
}
JAVA
  javac --release 17 -d "$dir/classes" "$dir/src/bench/Noop.java"
  echo bench.Noop >"$dir/classes/META-INF/services/javax.annotation.processing.Processor"
  (cd "$dir/classes" && jar cf "$WORK/noop-processor.jar" .)
  rm -rf "$dir"
}
# The user's sources and the runners' sources a previous run of with_source() generated, compiled without the processor.
with_runners() {
  rm -rf "$PROJECT/out" && mkdir -p "$PROJECT/out"
  javac --release 17 -proc:none -cp "$CP" -d "$PROJECT/out" @"$PROJECT/sources.txt" @"$PROJECT/runners.txt"
}

# expect_outputs CLASSES WORKFLOWS: every workflow has its manifest and its runner's class file.
expect_outputs() {
  local manifests runners
  manifests=$( (find "$1/META-INF/argo" -name '*.yaml' 2>/dev/null || true) | wc -l)
  runners=$(find "$1" -name '*_JeraRunner.class' | wc -l)
  [ "$manifests" -eq "$2" ] || { echo "expected $2 manifests, got $manifests" >&2; exit 1; }
  [ "$runners" -eq "$2" ] || { echo "expected $2 runners, got $runners" >&2; exit 1; }
}

# time_one NAME: runs the function NAME once; appends "wall cpu" (seconds; cpu = user + sys) to $PROJECT/NAME.times.
time_one() {
  local TIMEFORMAT='%R %U %S' t
  t=$({ time "$1" >"$PROJECT/$1.log" 2>&1; } 2>&1) || { echo "$1 failed:" >&2; tail -20 "$PROJECT/$1.log" >&2; exit 1; }
  awk '{printf "%.3f %.3f\n", $1, $2 + $3}' <<<"$t" >>"$PROJECT/$1.times"
}

# median FILE COLUMN
median() {
  awk -v c="$2" '{print $c}' "$1" | sort -g |
    awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m}'
}

# alternate NAME...: $ROUNDS rounds of every NAME, the order reversed every other round, after one untimed
# round; prints each one's medians and their ratios to the first.
alternate() {
  local names=("$@") reversed=() name
  for ((i = ${#names[@]} - 1; i >= 0; i--)); do reversed+=("${names[i]}"); done
  for name in "${names[@]}"; do "$name" >/dev/null 2>&1 || true; rm -f "$PROJECT/$name.times"; done
  for round in $(seq "$ROUNDS"); do
    if [ $((round % 2)) -eq 1 ]; then order=("${names[@]}"); else order=("${reversed[@]}"); fi
    for name in "${order[@]}"; do time_one "$name"; done
  done
  local wall0 cpu0 wall cpu
  wall0=$(median "$PROJECT/${names[0]}.times" 1); cpu0=$(median "$PROJECT/${names[0]}.times" 2)
  for name in "${names[@]}"; do
    wall=$(median "$PROJECT/$name.times" 1); cpu=$(median "$PROJECT/$name.times" 2)
    printf '  %-14s wall %6ss (%.2fx)  cpu %6ss (%.2fx; rounds %s)\n' "$name" "$wall" "$(bc -l <<<"$wall / $wall0")" \
      "$cpu" "$(bc -l <<<"$cpu / $cpu0")" "$(round_ratios "$PROJECT/$name.times" "$PROJECT/${names[0]}.times")"
  done
}

# round_ratios FILE FIRST: the lowest and highest of the rounds' CPU ratios, each round's time in FILE over
# the same round's in FIRST (timed minutes apart at most): how far one round can mislead.
round_ratios() {
  paste -d' ' "$1" "$2" | awk '{r = $2 / $4; if (NR == 1 || r < lo) lo = r; if (NR == 1 || r > hi) hi = r}
    END {printf "%.2f-%.2fx", lo, hi}'
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ "$MODE" = check ]; then
  : "${JERA_CHECK_CP:?the compile class path (jera-annotations and jera-runner)}"
  : "${JERA_CHECK_PROCESSOR_PATH:?the processor path (jera-processor and its run-time dependencies)}"
  CP="$JERA_CHECK_CP"
  PROCESSOR_PATH="$JERA_CHECK_PROCESSOR_PATH"
  PROJECT="${JERA_BENCH_DIR:?a folder to work in}/check"
  rm -rf "$PROJECT" && mkdir -p "$PROJECT"
  generate_workflows "$PROJECT/src" bench.typical 1 3 typical
  generate_workflows "$PROJECT/src" bench.minimal 1 2 minimal
  find "$PROJECT/src" -name '*.java' | sort >"$PROJECT/sources.txt"
  with 2>&1
  expect_outputs "$PROJECT/out/classes" 5
  with_source 2>&1
  expect_outputs "$PROJECT/out/classes" 5
  echo "check: 5 workflows compiled with the processor into 5 manifests and 5 runners, as class files and as source"
  exit 0
fi

source "$HERE/lib.sh"
if [ "$BUILD" = true ]; then
  build_project -Djib.skip=true
  processor_classpath
fi
CP="$(cat "$WORK/samples.cp")" # holds Jera's annotations and runner library
DEPENDENCIES="$(cat "$WORK/processor.cp")"
PROCESSOR_PATH="$ROOT/processor/target/jera-processor-0.1.0-SNAPSHOT.jar:$DEPENDENCIES"
echo "javac: $(javac -version 2>&1); processor path: $(tr ':' '\n' <<<"$PROCESSOR_PATH" | xargs -n1 basename | tr '\n' ' ')"
CONFIGS=(without with)
[ -z "$BASELINE" ] || CONFIGS=(without baseline with)

if [ "$MODE" = time ]; then
  for bodies in "${KINDS[@]}"; do
    PROJECT="$WORK/overhead/$bodies"
    rm -rf "$PROJECT" && mkdir -p "$PROJECT"
    generate_workflows "$PROJECT/src" bench 1 "$WORKFLOWS" "$bodies"
    find "$PROJECT/src" -name '*.java' | sort >"$PROJECT/sources.txt"
    with # once, to check it compiles and emits everything
    expect_outputs "$PROJECT/out/classes" "$WORKFLOWS"
    with_source # the runners' sources, for with_runners
    expect_outputs "$PROJECT/out/classes" "$WORKFLOWS"
    rm -rf "$PROJECT/runners" && cp -r "$PROJECT/out/generated" "$PROJECT/runners"
    find "$PROJECT/runners" -name '*.java' | sort >"$PROJECT/runners.txt"
    echo "workflows=$WORKFLOWS scripts=10 bodies=$bodies rounds=$ROUNDS load before: $(load)"
    if [ "$SPLIT" = true ]; then
      build_noop_processor
      if [ -n "$BASELINE" ]; then
        alternate "${CONFIGS[@]}" noop with_source proc_only baseline_proc_only with_runners
      else
        alternate "${CONFIGS[@]}" noop with_source proc_only with_runners
      fi
    else
      alternate "${CONFIGS[@]}"
    fi
    echo "  load after: $(load)"
  done
  exit 0
fi

# --incremental: copies of a Maven project of the workflows, one without the processor (<proc>none</proc>),
# one with it on its annotation processor path (and one with the baseline jar, installed into the benchmark's
# repository as version 0.1.0-baseline), each compiled once; then every timed build edits one workflow (a
# comment line above its record) and runs `mvn -o -q compile`, whose compiler plugin sees the change and
# recompiles the module.
maven_project() {
  local folder="$1" proc="$2" version="$3"
  generate_workflows "$folder/src/main/java" bench 1 "$WORKFLOWS" "$bodies"
  cat >"$folder/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>incremental</artifactId>
  <version>1</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <maven.compiler.release>17</maven.compiler.release>
  </properties>
  <dependencies>
    <dependency><groupId>dev.jera</groupId><artifactId>jera-annotations</artifactId><version>0.1.0-SNAPSHOT</version></dependency>
    <dependency><groupId>dev.jera</groupId><artifactId>jera-runner</artifactId><version>0.1.0-SNAPSHOT</version></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
        <configuration>
          <proc>$proc</proc>
          <annotationProcessorPaths>
            <path><groupId>dev.jera</groupId><artifactId>jera-processor</artifactId><version>$version</version></path>
          </annotationProcessorPaths>
          <compilerArgs><arg>-Ajera.image=registry.example.com/bench:1.0</arg></compilerArgs>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
  # Online: the first build fetches the plugins Maven defaults to (maven-resources-plugin and the like), which
  # the benchmark's repository, seeded from ~/.m2, may not hold yet; the timed rebuilds are offline.
  (cd "$folder" && "${MVN[@]}" -q -B compile)
}
# rebuild FOLDER: one workflow edited, then Maven's compile.
rebuild() {
  sed -i "s|^  public record Row|  // edited $(date +%s%N)\n  public record Row|" "$1/src/main/java/bench/Flow1.java"
  (cd "$1" && "${MVN[@]}" -o -q -B compile)
}
maven_without() { rebuild "$PROJECT/without"; }
maven_with() { rebuild "$PROJECT/with"; }
maven_baseline() { rebuild "$PROJECT/baseline"; }
if [ -n "$BASELINE" ]; then
  # Its pom lists this build's processor dependencies (each jar of processor.cp, by its place in the repository).
  {
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo '<groupId>dev.jera</groupId><artifactId>jera-processor</artifactId><version>0.1.0-baseline</version><dependencies>'
    tr ':' '\n' <<<"$DEPENDENCIES" | sed "s|^$M2/||" | awk -F/ '{v=$(NF-1); a=$(NF-2); g=$1; for (i=2; i<NF-2; i++) g=g"."$i;
      printf "<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>\n", g, a, v}'
    echo '</dependencies></project>'
  } >"$WORK/baseline-pom.xml"
  "${MVN[@]}" -o -q -B install:install-file -Dfile="$BASELINE" -DpomFile="$WORK/baseline-pom.xml"
fi
for bodies in "${KINDS[@]}"; do
  PROJECT="$WORK/incremental/$bodies"
  rm -rf "$PROJECT" && mkdir -p "$PROJECT"
  maven_project "$PROJECT/without" none 0.1.0-SNAPSHOT
  maven_project "$PROJECT/with" full 0.1.0-SNAPSHOT
  expect_outputs "$PROJECT/with/target/classes" "$WORKFLOWS"
  names=(maven_without maven_with)
  if [ -n "$BASELINE" ]; then
    maven_project "$PROJECT/baseline" full 0.1.0-baseline
    expect_outputs "$PROJECT/baseline/target/classes" "$WORKFLOWS"
    names=(maven_without maven_baseline maven_with)
  fi
  echo "incremental (mvn -o compile after editing one workflow): workflows=$WORKFLOWS bodies=$bodies rounds=$ROUNDS load before: $(load)"
  alternate "${names[@]}"
  echo "  load after: $(load)"
done
