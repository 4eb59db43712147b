#!/usr/bin/env bash
# Processor overhead: a generated project of 200 workflows x 10 scripts, compiled by javac with and
# without the Jera processor (with it, javac also compiles the 200 generated runners).
# Prints the median wall time of each and their ratio.
# Usage: bench/processor-overhead.sh [runs] [typical|minimal]
#   typical: each script has a small body of business logic (a loop, a stream, formatting);
#   minimal: each script is a one-line return, the worst case for the ratio.
source "$(dirname "$0")/lib.sh"
RUNS="${1:-5}"
BODY="${2:-typical}"
WORKFLOWS=200
SCRIPTS=10

build_project -Djib.skip=true
processor_classpath
SRC="$WORK/overhead/src"
rm -rf "$WORK/overhead" && mkdir -p "$SRC/bench"
for w in $(seq $WORKFLOWS); do
  {
    echo "package bench;"
    echo "import dev.jera.*;"
    echo "import java.time.LocalDate;"
    echo "import java.util.List;"
    echo "@Workflow(name = \"flow-$w\")"
    echo "@Param(value = \"day\", defaultValue = \"2024-01-01\")"
    echo "public class Flow$w {"
    echo "  public record Row(String id, long amount, LocalDate day) {}"
    if [ "$BODY" = minimal ]; then
      echo "  @Script public static List<Row> s1(@Param(\"day\") LocalDate day) { return List.of(new Row(\"a\", 1, day)); }"
    else
      cat <<'JAVA'
  @Script
  public static List<Row> s1(@Param("day") LocalDate day) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String id = String.format("row-%03d", i);
      rows.add(new Row(id, (long) i * day.getDayOfMonth(), day.plusDays(i)));
    }
    rows.removeIf(row -> row.amount() < 0);
    return rows;
  }
JAVA
    fi
    for s in $(seq 2 $SCRIPTS); do
      prev=$((s - 1))
      if [ $((s % 3)) -eq 0 ]; then
        if [ "$BODY" = minimal ]; then
          echo "  @Script(forEach = \"s1\") public static Row s$s(@Item Row row, @From(\"s$prev\") String before) { return row; }"
        else
          echo "  @Script(forEach = \"s1\")"
          echo "  public static Row s$s(@Item Row row, @From(\"s$prev\") String before) {"
          echo "    long amount = row.amount() * 100 / Math.max(1, before.length());"
          echo "    String id = row.id().toUpperCase(java.util.Locale.ROOT).replace('-', '_');"
          echo "    LocalDate day = amount > 1000 ? row.day().plusMonths(1) : row.day();"
          echo "    return new Row(id, amount, day);"
          echo "  }"
        fi
      else
        if [ "$BODY" = minimal ]; then
          echo "  @Script(when = \"'{{workflow.parameters.day}}' != ''\") public static String s$s(@Value(\"{{tasks.s$prev.outputs.result}}\") String before, @Value(\"{{workflow.name}}\") String run) { return before + run; }"
        else
          echo "  @Script(when = \"'{{workflow.parameters.day}}' != ''\")"
          echo "  public static String s$s(@Value(\"{{tasks.s$prev.outputs.result}}\") String before, @Value(\"{{workflow.name}}\") String run) {"
          echo "    StringBuilder summary = new StringBuilder(run).append(':');"
          echo "    for (String word : before.split(\"[^A-Za-z0-9]+\")) {"
          echo "      if (!word.isEmpty()) {"
          echo "        summary.append(' ').append(word.length() > 8 ? word.substring(0, 8) : word);"
          echo "      }"
          echo "    }"
          echo "    return summary.toString().strip();"
          echo "  }"
        fi
      fi
    done
    echo "}"
  } > "$SRC/bench/Flow$w.java"
done
# The other scripts read the previous step's result as text through @Value (s1 returns a List<Row>, and
# s3, s6, s9 fan out, so @From would give them typed lists), which also makes it a dependency.
find "$SRC" -name '*.java' > "$WORK/overhead/sources.txt"

CP="$(cat "$WORK/samples.cp")"  # holds Jera's annotations and runner library
PROCESSOR_PATH="$ROOT/processor/target/jera-processor-0.1.0-SNAPSHOT.jar:$(cat "$WORK/processor.cp")"

without() {
  rm -rf "$WORK/overhead/out" && mkdir -p "$WORK/overhead/out"
  javac --release 17 -proc:none -cp "$CP" -d "$WORK/overhead/out" @"$WORK/overhead/sources.txt"
}
with() {
  rm -rf "$WORK/overhead/out" "$WORK/overhead/gen" && mkdir -p "$WORK/overhead/out" "$WORK/overhead/gen"
  javac --release 17 -cp "$CP" -processorpath "$PROCESSOR_PATH" -s "$WORK/overhead/gen" \
    -Ajera.image=registry.example.com/bench:1.0 -d "$WORK/overhead/out" @"$WORK/overhead/sources.txt"
}
with  # once, to check it compiles and emits everything
count=$(find "$WORK/overhead/out/META-INF/argo" -name '*.yaml' | wc -l)
[ "$count" -eq "$WORKFLOWS" ] || { echo "expected $WORKFLOWS manifests, got $count" >&2; exit 1; }

t_without=$(median_seconds "$RUNS" without)
t_with=$(median_seconds "$RUNS" with)
ratio=$(echo "$t_with / $t_without" | bc -l)
printf 'workflows=%d scripts=%d bodies=%s runs=%d\nwithout processor: %ss\nwith processor:    %ss\nratio: %.2f\n' \
  "$WORKFLOWS" "$SCRIPTS" "$BODY" "$RUNS" "$t_without" "$t_with" "$ratio"
