package dev.jera.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.jera.local.console.Durations;
import dev.jera.local.console.TextTable;
import dev.jera.local.record.RunHome;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code jera runs}: the most recent run records, newest first, with their phase: Argo's for a run that
 * ended, {@code running} or {@code interrupted} (its process died, say by {@code kill -9}) for one that
 * has no summary.
 */
final class RunsCommand {
  static final CommandHelp HELP = new CommandHelp("runs", "[options]", "the most recent runs",
      List.of("Lists the most recent run records, newest first: run id, workflow, phase, start and duration. A run",
          "without a summary is 'running' while its process lives, else 'interrupted' (its process died)."),
      List.of(
          CommandLine.Option.valued("--limit", "-n", "N", "at most N runs (default 20)"),
          CommandLine.Option.valued("--home", null, "DIR", "the records in DIR/runs/ (default $JERA_HOME, else .jera)")),
      List.of("0  listed (none: a note on stderr)", "2  bad usage, or the records cannot be read"));
  static final String USAGE = HELP.usage();
  private static final JsonFactory JSON = new JsonFactory();
  private static final Pattern RUN_ID = Pattern.compile("\\d{8}-\\d{6}-(.+)-[a-z0-9]{5}");

  private final Path defaultHome;
  private final PrintStream out;
  private final PrintStream err;

  RunsCommand(Path defaultHome, PrintStream out, PrintStream err) {
    this.defaultHome = defaultHome;
    this.out = out;
    this.err = err;
  }

  int run(List<String> args) {
    CommandLine line = CommandLine.parse("runs", args, HELP.options());
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
      return unfinished(folder, id);
    }
    try {
      Map<String, String> fields = fields(summary, Set.of("workflow", "phase", "run.startedAt", "run.finishedAt"));
      String started = fields.getOrDefault("run.startedAt", "-");
      String finished = fields.get("run.finishedAt");
      return new String[] {
        id, fields.getOrDefault("workflow", "?"), fields.getOrDefault("phase", "?"), started,
        finished == null ? "-" : Durations.between(Instant.parse(started), Instant.parse(finished))
      };
    } catch (IOException | DateTimeParseException e) {
      return new String[] {id, "?", "unreadable", "-", "-"};
    }
  }

  /**
   * A run without a summary: {@code running} while the process its {@code run.json} names is alive (the
   * same process: same id and start), else {@code interrupted}, as its process died before it could write
   * one. A record older than {@code run.json} is {@code unfinished}, its workflow read from its id.
   */
  private static String[] unfinished(Path folder, String id) {
    Path start = RunHome.start(folder);
    if (!Files.isRegularFile(start)) {
      return new String[] {id, workflowOf(id), "unfinished", "-", "-"};
    }
    try {
      Map<String, String> fields = fields(start, Set.of("workflow", "startedAt", "pid", "processStartedAt"));
      boolean running = ProcessHandle.of(Long.parseLong(fields.getOrDefault("pid", "-1")))
          .filter(process -> process.info().startInstant().map(Instant::toString).orElse("")
              .equals(fields.getOrDefault("processStartedAt", "")))
          .isPresent();
      return new String[] {
        id, fields.getOrDefault("workflow", workflowOf(id)), running ? "running" : "interrupted",
        fields.getOrDefault("startedAt", "-"), "-"
      };
    } catch (IOException | NumberFormatException e) {
      return new String[] {id, workflowOf(id), "unreadable", "-", "-"};
    }
  }

  /** The workflow of a run id ({@code 20240101-120000-diamond-x7k2p}: {@code diamond}), or {@code ?}. */
  private static String workflowOf(String id) {
    Matcher matcher = RUN_ID.matcher(id);
    return matcher.matches() ? matcher.group(1) : "?";
  }

  /**
   * The {@code wanted} fields of a JSON object (a nested one's as {@code outer.inner}), read as a stream
   * that skips everything else unread: a record of any size takes little memory, and no limit on the
   * length of a string applies to what is skipped.
   */
  static Map<String, String> fields(Path file, Set<String> wanted) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException(file + " does not hold a JSON object");
      }
      readObject(parser, "", wanted, fields);
    }
    return fields;
  }

  private static void readObject(JsonParser parser, String prefix, Set<String> wanted, Map<String, String> fields)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = prefix + parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT && wanted.stream().anyMatch(field -> field.startsWith(name + "."))) {
        readObject(parser, name + ".", wanted, fields);
      } else if (value.isScalarValue() && value != JsonToken.VALUE_NULL && wanted.contains(name)) {
        fields.put(name, parser.getText());
      } else {
        parser.skipChildren();
      }
    }
    if (parser.currentToken() != JsonToken.END_OBJECT) {
      throw new IOException("malformed JSON");
    }
  }
}
