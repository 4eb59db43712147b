# The project bench/processor-overhead.sh compiles: workflows of 10 scripts each, with a record type, a
# fan-out, fan-ins, `when`, `@Value` and a parameter, like a real project's steps. Sourced, not run.

# generate_workflows FOLDER PACKAGE FIRST LAST BODIES: writes FOLDER/PACKAGE/Flow<n>.java for n in FIRST..LAST.
#   BODIES typical: each script has a small body of business logic (a loop, a stream, formatting: 6-10 lines);
#   BODIES minimal: each script is a one-line return, the worst case for the ratio.
# Scripts s2, s4, s5, ... read the previous step's result as text through @Value (s1 returns a List<Row>, and
# s3, s6, s9 fan out over s1, so @From would give them typed lists); s3, s6, s9 take the previous String
# result through @From.
generate_workflows() {
  local folder="$1" package="$2" first="$3" last="$4" bodies="$5"
  local scripts=10
  mkdir -p "$folder/${package//.//}"
  for w in $(seq "$first" "$last"); do
    {
      echo "package $package;"
      echo "import dev.jera.*;"
      echo "import java.time.LocalDate;"
      echo "import java.util.List;"
      echo "@Workflow(name = \"${package//./-}-flow-$w\")"
      echo "@Param(value = \"day\", defaultValue = \"2024-01-01\")"
      echo "public class Flow$w {"
      echo "  public record Row(String id, long amount, LocalDate day) {}"
      if [ "$bodies" = minimal ]; then
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
      for s in $(seq 2 $scripts); do
        local prev=$((s - 1))
        if [ $((s % 3)) -eq 0 ]; then
          if [ "$bodies" = minimal ]; then
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
          local value="@Value(\"{{tasks.s$prev.outputs.result}}\") String before, @Value(\"{{workflow.name}}\") String run"
          if [ "$bodies" = minimal ]; then
            echo "  @Script(when = \"'{{workflow.parameters.day}}' != ''\") public static String s$s($value) { return before + run; }"
          else
            echo "  @Script(when = \"'{{workflow.parameters.day}}' != ''\")"
            echo "  public static String s$s($value) {"
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
    } > "$folder/${package//.//}/Flow$w.java"
  done
}
