package dev.jera.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jera.runtime.local.RunHome;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** {@code jera runs}: the most recent run records, newest first. */
final class RunsCommand {
  static final CommandHelp HELP = new CommandHelp("runs", "[options]", "the most recent runs",
      List.of("Lists the most recent run records, newest first: run id, workflow, phase, start and duration."),
      List.of(
          CommandLine.Option.valued("--limit", "-n", "N", "at most N runs (default 20)"),
          CommandLine.Option.valued("--home", null, "DIR", "the records in DIR/runs/ (default $JERA_HOME, else .jera)")),
      List.of("0  listed (none: a note on stderr)", "2  bad usage, or the records cannot be read"));
  static final String USAGE = HELP.usage();
  private static final ObjectMapper JSON = new ObjectMapper();

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
      return new String[] {id, "?", "unfinished", "-", "-"};
    }
    try {
      JsonNode json = JSON.readTree(summary.toFile());
      String started = json.path("run").path("startedAt").asText("-");
      String finished = json.path("run").path("finishedAt").asText(null);
      return new String[] {
        id, json.path("workflow").asText("?"), json.path("phase").asText("?"), started,
        finished == null ? "-" : Durations.between(Instant.parse(started), Instant.parse(finished))
      };
    } catch (IOException | DateTimeParseException e) {
      return new String[] {id, "?", "unreadable", "-", "-"};
    }
  }
}
