#!/usr/bin/env bash
# Local executor overhead: a 1,000-step fan-out and a 1,000-step chain of trivial in-process steps
# (ExecutorBenchmark), and --isolated per step (a sample of 22 steps) against a bare JVM start.
# Usage: bench/executor-overhead.sh [runs]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-5}"

build_project -Djib.skip=true
# install compiled the executor's tests already (-DskipTests only skips running them).
(cd "$ROOT" && "${MVN[@]}" -q -B -pl runtime/local dependency:build-classpath -Dmdep.outputFile="$WORK/local-test.cp")
java -cp "$ROOT/runtime/local/target/test-classes:$ROOT/runtime/local/target/classes:$(cat "$WORK/local-test.cp")" \
  dev.jera.local.ExecutorBenchmark "$RUNS"

cli_classpath
CP="$ROOT/samples/target/classes:$(cat "$WORK/samples.cp"):$(cat "$WORK/cli.cp")"
mkdir -p "$WORK/isolated" && cd "$WORK/isolated"
hello_class .
FLAGS="$JVM_FLAGS"
isolated() { java -cp "$CP" dev.jera.cli.Jera run order-pricing -p orders=20 --isolated --home "$WORK/isolated/home"; }
in_process() { java -cp "$CP" dev.jera.cli.Jera run order-pricing -p orders=20 --home "$WORK/isolated/home"; }
hello() { java $FLAGS -cp . Hello; }
t_iso=$(median_seconds "$RUNS" isolated)
t_in=$(median_seconds "$RUNS" in_process)
t_hello=$(median_seconds "$RUNS" hello)
printf 'order-pricing, 22 steps: --isolated %ss, in-process %ss; --isolated adds %.3fs a step; bare JVM start (java Hello) %ss\n' \
  "$t_iso" "$t_in" "$(echo "($t_iso - $t_in) / 22" | bc -l)" "$t_hello"
