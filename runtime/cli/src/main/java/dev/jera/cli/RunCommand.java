package dev.jera.cli;

import dev.jera.argo.GoDuration;
import dev.jera.local.CompiledWorkflow;
import dev.jera.local.Phase;
import dev.jera.local.RunReport;
import dev.jera.local.artifacts.ArtifactOverrides;
import dev.jera.local.console.LineProgress;
import dev.jera.local.console.LiveProgress;
import dev.jera.local.console.SummaryTable;
import dev.jera.local.engine.LocalExecutor;
import dev.jera.local.engine.RunRequest;
import dev.jera.local.record.ReportJson;
import dev.jera.local.values.ParameterValues;
import dev.jera.local.values.SemaphoreLimits;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jera run NAME …}: checks every parameter, secret, ConfigMap key and input file given, runs the
 * workflow on this machine, and
 * prints its outcome: a table, or with {@code --output json} exactly one JSON document. Progress goes to
 * stderr; the steps' own output goes to their logs in the run's record.
 */
final class RunCommand {
  static final CommandHelp HELP = new CommandHelp("run", "NAME [options]", "run a workflow on this machine",
      List.of(
          "Runs workflow NAME on this machine with Argo's semantics, read from the manifest compiled onto the class",
          "path. Every parameter, secret, ConfigMap key and input file is checked before any step runs. Progress",
          "goes to stderr, the steps' output to their logs; the outcome, a table or one JSON document, to stdout.",
          "The run is recorded under $JERA_HOME/runs/ (default .jera/runs/)."),
      List.of(
          CommandLine.Option.valued("--param", "-p", "NAME=VALUE", "a workflow parameter (repeatable; wins over -f)"),
          CommandLine.Option.valued("--file", "-f", "FILE", "parameters from a YAML or JSON map of names to values"),
          CommandLine.Option.valued("--output", "-o", "text|json", "the outcome as a table (default) or one JSON document"),
          CommandLine.Option.flag("--isolated", "each step in a JVM of its own, started with its manifest's command"),
          CommandLine.Option.valued("--parallelism", null, "N", "at most N steps at once (default: the workflow's"
              + " parallelism, and steps that run as processes, --isolated or commands, one per core and per 512 MiB"
              + " of memory at most)"),
          CommandLine.Option.valued("--secret", null, "NAME/KEY=VALUE",
              "a key of a Secret (repeatable); else the variable JERA_SECRET_<NAME>_<KEY>"),
          CommandLine.Option.valued("--config-map", null, "NAME/KEY=VALUE",
              "a key of a ConfigMap (repeatable); else JERA_CONFIGMAP_<NAME>_<KEY>"),
          CommandLine.Option.valued("--semaphore", null, "KEY=N",
              "the limit of a database semaphore (repeatable; @Synchronized(database = true)); else 1"),
          CommandLine.Option.valued("--artifact", null, "STEP.INPUT=PATH", "a local copy of a step's input file (repeatable)"),
          CommandLine.Option.valued("--resume", null, "STEP[:OUTPUT=VALUE]", "resume suspend step STEP as soon as it is"
              + " reached, supplying VALUE to its output OUTPUT (repeatable; outputs left out take their defaults)"),
          CommandLine.Option.valued("--retry-backoff", null, "DURATION",
              "wait at most DURATION (1s, 500ms, 0) before a retry; Argo's limits still apply"),
          CommandLine.Option.flag("--fast-retries", "retry at once, as --retry-backoff 0"),
          CommandLine.Option.valued("--home", null, "DIR", "record the run in DIR/runs/ (default $JERA_HOME, else .jera)")),
      List.of(
          "0  the workflow succeeded",
          "1  the workflow failed or ended in error (the last line says which steps failed and why)",
          "2  bad usage or input: one line on stderr, and no step has run"));
  static final String USAGE = HELP.usage();

  private final Workflows workflows;
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final Path defaultHome;
  private final boolean terminal;

  RunCommand(Workflows workflows, PrintStream out, PrintStream err, Map<String, String> environment, Path defaultHome,
      boolean terminal) {
    this.workflows = workflows;
    this.out = out;
    this.err = err;
    this.environment = environment;
    this.defaultHome = defaultHome;
    this.terminal = terminal;
  }

  int run(List<String> args) {
    CommandLine line = CommandLine.parse("run", args, HELP.options());
    String name = line.single("a workflow name", USAGE);
    String output = line.value("--output").orElse("text");
    if (!output.equals("text") && !output.equals("json")) {
      throw new UsageException("--output '" + output + "' is not one of text, json");
    }
    Integer parallelism = line.value("--parallelism").map(value -> positive(value, "--parallelism")).orElse(null);
    Duration retryBackoff = retryBackoff(line);
    Map<String, String> secrets = secrets(line.all("--secret"));
    Map<String, String> configMaps = configMaps(line.all("--config-map"));
    List<ArtifactOverrides.Given> artifacts = artifacts(line.all("--artifact"));
    Map<String, Map<String, String>> resumes = resumes(line.all("--resume"));
    Map<String, String> semaphores = semaphores(line.all("--semaphore"));
    Map<String, ParameterValues.Given> options = new LinkedHashMap<>();
    for (String parameter : line.all("--param")) {
      int equals = parameter.indexOf('=');
      if (equals <= 0) {
        throw new UsageException("-p '" + parameter + "': expected NAME=VALUE");
      }
      options.put(parameter.substring(0, equals),
          new ParameterValues.Given(parameter.substring(equals + 1), "-p " + parameter));
    }
    CompiledWorkflow workflow = workflows.open(name);
    Map<String, ParameterValues.Given> given = new LinkedHashMap<>();
    line.value("--file").ifPresent(file -> ParameterFile.read(Path.of(file))
        .forEach((key, value) -> given.put(key, new ParameterValues.Given(value, "-f " + file))));
    given.putAll(options);
    RunRequest.Builder request = workflow.request(given, secrets, configMaps, artifacts, environment)
        .semaphoreLimits(SemaphoreLimits.check(workflow.name(), workflow.manifest(), semaphores));
    LineProgress progress = terminal ? new LiveProgress(err, ZoneId.systemDefault()) : new LineProgress(err, ZoneId.systemDefault());
    request
        .parallelism(parallelism)
        .isolated(line.flag("--isolated"))
        .retryBackoff(retryBackoff)
        .home(line.value("--home").map(Path::of).orElse(defaultHome))
        .listener(progress.then(ended -> print(ended, output.equals("json"))));
    resumes.forEach(request::resume);
    RunReport report = LocalExecutor.run(request.build());
    return report.phase() == Phase.SUCCEEDED ? 0 : 1;
  }

  /**
   * Prints how the run ended: the table, or the JSON document (the table then going to stderr). Printed
   * as the run ends rather than once it has returned, so an interrupted run (SIGINT, SIGTERM) prints it
   * too before the JVM exits.
   */
  private void print(RunReport report, boolean json) {
    if (json) {
      err.print(SummaryTable.of(report));
      out.println(ReportJson.write(report));
    } else {
      out.print(SummaryTable.of(report));
    }
    out.flush();
    err.flush();
  }

  /**
   * {@code --retry-backoff DURATION} (a Go duration such as {@code 1s}, or whole seconds as Argo reads a
   * backoff) or {@code --fast-retries} (zero); {@code null} for Argo's backoff.
   */
  private static Duration retryBackoff(CommandLine line) {
    Optional<String> given = line.value("--retry-backoff");
    if (line.flag("--fast-retries")) {
      if (given.isPresent()) {
        throw new UsageException("--fast-retries retries at once and --retry-backoff " + given.get()
            + " after a wait: give one of them");
      }
      return Duration.ZERO;
    }
    if (given.isEmpty()) {
      return null;
    }
    String text = given.get().strip();
    Duration wait;
    if (GoDuration.isBareInteger(text)) {
      wait = Duration.ofSeconds(Long.parseLong(text));
    } else {
      Optional<String> problem = GoDuration.problem(text);
      if (problem.isPresent()) {
        throw new UsageException("--retry-backoff '" + given.get() + "': " + problem.get() + " (0 retries at once)");
      }
      wait = GoDuration.parse(text);
    }
    if (wait.isNegative()) {
      throw new UsageException("--retry-backoff '" + given.get() + "': a wait cannot be negative (0 retries at once)");
    }
    return wait;
  }

  /**
   * {@code --resume step} and {@code --resume step:output=value}s: the values supplied to each step's outputs, by
   * step, in order; one step may be named several times, once per output.
   */
  private static Map<String, Map<String, String>> resumes(List<String> options) {
    Map<String, Map<String, String>> resumes = new LinkedHashMap<>();
    for (String option : options) {
      int colon = option.indexOf(':');
      String step = colon < 0 ? option : option.substring(0, colon);
      if (step.isEmpty()) {
        throw new UsageException("--resume '" + option + "': expected STEP or STEP:OUTPUT=VALUE");
      }
      Map<String, String> values = resumes.computeIfAbsent(step, s -> new LinkedHashMap<>());
      if (colon < 0) {
        continue;
      }
      String value = option.substring(colon + 1);
      int equals = value.indexOf('=');
      if (equals <= 0) {
        throw new UsageException("--resume '" + option + "': expected STEP:OUTPUT=VALUE");
      }
      String output = value.substring(0, equals);
      if (values.put(output, value.substring(equals + 1)) != null) {
        throw new UsageException("--resume '" + option + "': output '" + output + "' of " + step + " is given twice");
      }
    }
    return resumes;
  }

  /** {@code --secret name/key=value}s by {@code name/key}; messages never show a value. */
  private static Map<String, String> secrets(List<String> options) {
    return keyValues("--secret", options, true);
  }

  /** {@code --config-map name/key=value}s by {@code name/key}. */
  private static Map<String, String> configMaps(List<String> options) {
    return keyValues("--config-map", options, false);
  }

  /** {@code NAME/KEY=VALUE} options by {@code NAME/KEY}; a bad one is named, its value hidden if {@code secret}. */
  private static Map<String, String> keyValues(String flag, List<String> options, boolean secret) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      String reference = equals < 0 ? option : option.substring(0, equals);
      int slash = reference.indexOf('/');
      if (equals < 0 || slash <= 0 || slash == reference.length() - 1) {
        String shown = !secret ? option : reference + (equals < 0 ? "" : "=…");
        throw new UsageException(flag + " '" + shown + "': expected NAME/KEY=VALUE");
      }
      values.put(reference, option.substring(equals + 1));
    }
    return values;
  }

  /** {@code --semaphore key=n}s by key, their limits as written (checked against the workflow later). */
  private static Map<String, String> semaphores(List<String> options) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      if (equals <= 0 || equals == option.length() - 1) {
        throw new UsageException("--semaphore '" + option + "': expected KEY=N");
      }
      values.put(option.substring(0, equals), option.substring(equals + 1));
    }
    return values;
  }

  /** {@code --artifact step.input=path}s, in order. */
  private static List<ArtifactOverrides.Given> artifacts(List<String> options) {
    List<ArtifactOverrides.Given> given = new ArrayList<>();
    for (String option : options) {
      int equals = option.indexOf('=');
      String reference = equals < 0 ? option : option.substring(0, equals);
      int dot = reference.indexOf('.');
      if (equals < 0 || dot <= 0 || dot == reference.length() - 1 || equals == option.length() - 1) {
        throw new UsageException("--artifact '" + option + "': expected STEP.INPUT=PATH");
      }
      Path path;
      try {
        path = Path.of(option.substring(equals + 1));
      } catch (InvalidPathException e) {
        throw new UsageException("--artifact '" + option + "': not a path: " + e.getMessage());
      }
      given.add(new ArtifactOverrides.Given(reference.substring(0, dot), reference.substring(dot + 1), path,
          "--artifact " + option));
    }
    return given;
  }

  static int positive(String value, String option) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new UsageException(option + " '" + value + "' is not a positive whole number");
  }
}
