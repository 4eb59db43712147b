#!/usr/bin/env bash
# mvn jera:run against the jera command: the same sample workflow (order-pricing, in process) run by
# jera-maven-plugin in samples (Maven's start, the lifecycle up to process-classes with nothing to
# compile, then the command in a JVM of its own) and by `java … dev.jera.cli.Jera run` on the same
# class path (the project's and the command's, as the plugin builds it). Prints the median wall time of
# each and what the plugin adds. Offline (-o), so that no snapshot update check is timed.
# Usage: bench/plugin-run.sh [runs]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-7}"

build_project -Djib.skip=true
cli_classpath
CP="$ROOT/samples/target/classes:$(cat "$WORK/samples.cp"):$(cat "$WORK/cli.cp")"
HOME_RUNS="$WORK/plugin-runs"
cd "$ROOT/samples"

cli() { java -cp "$CP" dev.jera.cli.Jera run order-pricing --home "$HOME_RUNS"; }
plugin() { "${MVN[@]}" -q -B -o jera:run -Djera.workflow=order-pricing -Djera.home="$HOME_RUNS" -Djib.skip=true; }
grep -q '^order-pricing-[a-z0-9]* Succeeded' <<< "$(cli 2>&1)" || { echo "the jera command did not run order-pricing" >&2; exit 1; }
grep -q '^order-pricing-[a-z0-9]* Succeeded' <<< "$(plugin 2>&1)" || { echo "mvn jera:run did not run order-pricing" >&2; exit 1; }

t_cli=$(median_seconds "$RUNS" cli)
t_plugin=$(median_seconds "$RUNS" plugin)
printf 'runs=%d\njava … Jera run order-pricing:        %ss\nmvn jera:run -Djera.workflow=…:       %ss\nadded by Maven and the plugin:       %.3fs\n' \
  "$RUNS" "$t_cli" "$t_plugin" "$(echo "$t_plugin - $t_cli" | bc -l)"
