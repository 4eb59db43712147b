#!/usr/bin/env bash
# Runner cold start: one script step that decodes a record and prints a record (the currency
# sample's convert step, started exactly as its manifest says), against a bare `java Hello` with the
# same JVM flags. Prints the median wall time of each and their ratio, and the step's class path: the
# jars of the samples' run-time dependencies (what the image carries besides the classes), their bytes.
# Usage: bench/runner-cold-start.sh [runs]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-21}"

build_project -Djib.skip=true
CP="$ROOT/samples/target/classes:$(cat "$WORK/samples.cp")"
FLAGS="$JVM_FLAGS"

mkdir -p "$WORK/cold" && cd "$WORK/cold"
hello_class .
echo "$CONVERT_INPUTS" > inputs.json

step() { java $FLAGS -cp "$CP" dev.jera.samples.CurrencyEtl_JeraRunner convert inputs.json; }
hello() { java $FLAGS -cp . Hello; }
[ "$(step)" = "$CONVERT_RESULT" ] || { echo "unexpected step output: $(step)" >&2; exit 1; }

t_hello=$(median_seconds "$RUNS" hello)
t_step=$(median_seconds "$RUNS" step)
ratio=$(echo "$t_step / $t_hello" | bc -l)
jars=$(tr ':' '\n' < "$WORK/samples.cp" | grep -c '\.jar$')
bytes=$(tr ':' '\n' < "$WORK/samples.cp" | xargs stat -c %s | awk '{s+=$1} END {print s+0}')
printf 'class path of a step: %d jars, %d bytes (%s)\n' "$jars" "$bytes" \
  "$(tr ':' '\n' < "$WORK/samples.cp" | xargs -n1 basename | tr '\n' ' ')"
printf 'runs=%d flags=%s\njava Hello:        %ss\nrunner step:       %ss\nratio: %.2f\n' "$RUNS" "$FLAGS" "$t_hello" "$t_step" "$ratio"
