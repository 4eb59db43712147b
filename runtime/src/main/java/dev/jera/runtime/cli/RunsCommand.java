package dev.jera.runtime.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.jera.runtime.local.RunHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** {@code jera runs}: the most recent run records, newest first. */
final class RunsCommand {
  static final String USAGE = "jera runs [--limit N] [--home DIR]";
  private static final JsonFactory JSON = new JsonFactory();

  private final Path defaultHome;
  private final PrintStream out;
  private final PrintStream err;

  RunsCommand(Path defaultHome, PrintStream out, PrintStream err) {
    this.defaultHome = defaultHome;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    CommandLine line = CommandLine.parse("runs", args,
        List.of(CommandLine.Option.valued("--limit", "-n"), CommandLine.Option.valued("--home", null)));
    line.noOperands(USAGE);
    int limit = RunCommand.positive(line.value("--limit").orElse("20"), "--limit");
    Path runs = RunHome.runs(line.value("--home").map(Path::of).orElse(defaultHome));
    if (!Files.isDirectory(runs)) {
      err.println("jera: no runs recorded in " + runs);
      return 0;
    }
    TextTable table = new TextTable("RUN", "WORKFLOW", "PHASE", "STARTED", "DURATION");
    try (Stream<Path> folders = Files.list(runs)) {
      folders.filter(Files::isDirectory)
          .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
          .limit(limit)
          .forEach(folder -> table.row(row(folder)));
    } catch (IOException e) {
      throw new UsageException("cannot list " + runs + ": " + e.getMessage());
    }
    out.print(table);
    return 0;
  }

  private static String[] row(Path folder) {
    String id = folder.getFileName().toString();
    Path summary = RunHome.summary(folder);
    if (!Files.isRegularFile(summary)) {
      return new String[] {id, "?", "unfinished", "-", "-"};
    }
    try {
      Map<String, String> fields = summaryFields(summary);
      String started = fields.getOrDefault("startedAt", "-");
      String finished = fields.get("finishedAt");
      return new String[] {
        id, fields.getOrDefault("workflow", "?"), fields.getOrDefault("phase", "?"), started,
        finished == null ? "-" : Durations.between(Instant.parse(started), Instant.parse(finished))
      };
    } catch (IOException | DateTimeParseException e) {
      return new String[] {id, "?", "unreadable", "-", "-"};
    }
  }

  /**
   * The fields a row shows of a summary ({@code workflow}, {@code phase}, {@code run.startedAt},
   * {@code run.finishedAt}), read as a stream that skips everything else unread: a summary of any size
   * takes little memory and no limit on the length of a string applies to what is skipped.
   */
  static Map<String, String> summaryFields(Path summary) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(summary.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(summary + " does not hold a JSON object");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ((name.equals("workflow") || name.equals("phase")) && value == JsonToken.VALUE_STRING) {
          fields.put(name, parser.getText());
        } else if (name.equals("run") && value == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_STRING && (field.equals("startedAt") || field.equals("finishedAt"))) {
              fields.put(field, parser.getText());
            } else {
              parser.skipChildren();
            }
          }
        } else {
          parser.skipChildren();
        }
      }
    }
    return fields;
  }
}
