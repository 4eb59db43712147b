package dev.jera.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs a workflow on this machine with Argo's semantics, as {@code jera run} does: compiles the project first,
 * checks every parameter, secret, ConfigMap key and input file before any step runs, prints each step as it
 * runs and a table of results, and keeps a record under {@code .jera/runs/}. A workflow that does not succeed
 * fails the build.
 *
 * <p>{@code mvn jera:run -Djera.workflow=etl -Djera.param.run-date=2024-01-31 -Djera.secret.warehouse/password=…}
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
public class RunMojo extends AbstractCommandMojo {
  /** {@code -Djera.param.NAME=VALUE}: a workflow parameter. */
  static final String PARAM_PREFIX = "jera.param.";
  /** {@code -Djera.secret.NAME/KEY=VALUE}: a key of a Kubernetes Secret. */
  static final String SECRET_PREFIX = "jera.secret.";
  /** {@code -Djera.configMap.NAME/KEY=VALUE}: a key of a ConfigMap. */
  static final String CONFIG_MAP_PREFIX = "jera.configMap.";
  /** {@code -Djera.semaphore.KEY=N}: the limit of a database semaphore. */
  static final String SEMAPHORE_PREFIX = "jera.semaphore.";
  /** {@code -Djera.artifact.STEP.INPUT=PATH}: a local copy of a step's input file. */
  static final String ARTIFACT_PREFIX = "jera.artifact.";

  /** The workflow to run, by name ({@code mvn jera:list} shows them). */
  @Parameter(property = "jera.workflow")
  String workflow;

  /**
   * Workflow parameters by name, e.g. {@code <parameters><run-date>2024-01-31</run-date></parameters>}; on the
   * command line {@code -Djera.param.run-date=2024-01-31}, which wins.
   */
  @Parameter
  Map<String, String> parameters;

  /** A YAML or JSON file of parameters by name ({@code -Djera.params=FILE} for short); {@link #parameters} win over it. */
  @Parameter(property = "jera.parametersFile")
  File parametersFile;

  /**
   * Keys of Kubernetes Secrets as {@code name/key=value}; on the command line
   * {@code -Djera.secret.name/key=value}, or the environment variable {@code JERA_SECRET_<NAME>_<KEY>}.
   */
  @Parameter
  List<String> secrets;

  /** Keys of ConfigMaps as {@code name/key=value}; on the command line {@code -Djera.configMap.name/key=value}. */
  @Parameter
  List<String> configMaps;

  /**
   * Limits of database semaphores ({@code @Synchronized(database = true)}) as {@code key=n}; on the command
   * line {@code -Djera.semaphore.key=n}.
   */
  @Parameter
  List<String> semaphores;

  /** Local copies of steps' input files as {@code step.input=path}; on the command line {@code -Djera.artifact.step.input=path}. */
  @Parameter
  List<String> artifacts;

  /**
   * Suspend steps to resume as soon as they are reached, as {@code step} or {@code step:output=value} (one value
   * each); on the command line {@code -Djera.resume=approve:message=yes} (several separated by commas).
   */
  @Parameter(property = "jera.resume")
  List<String> resume;

  /** Runs each step in a JVM of its own with its manifest's command, as its container would. */
  @Parameter(property = "jera.isolated", defaultValue = "false")
  boolean isolated;

  /**
   * While developing: wait at most this long before each retry (a Go duration such as {@code 1s}); the retry
   * limit, policy and {@code maxBackoff} decide as on Argo, so the same attempts run.
   */
  @Parameter(property = "jera.retryBackoff")
  String retryBackoff;

  /** While developing: retry at once, as {@code jera.retryBackoff=0}. */
  @Parameter(property = "jera.fastRetries", defaultValue = "false")
  boolean fastRetries;

  /** How many steps run at once, at most. */
  @Parameter(property = "jera.parallelism")
  Integer parallelism;

  /** {@code text} (a table) or {@code json} (exactly one JSON document on stdout; the table goes to stderr). */
  @Parameter(property = "jera.output", defaultValue = "text")
  String output;

  /**
   * A file for the command's output instead of stdout: the JSON document with {@code jera.output=json}, else the
   * table (progress stays on stderr). For scripts: Maven 3.8 in batch mode writes color codes around stdout.
   */
  @Parameter(property = "jera.outputFile")
  File outputFile;

  /** Where run records go (default {@code $JERA_HOME/runs}, else {@code .jera/runs} in the project's folder). */
  @Parameter(property = "jera.home")
  File home;

  @Override
  List<String> command() throws MojoFailureException {
    if (!output.equals("text") && !output.equals("json")) {
      throw new MojoFailureException("jera.output '" + output + "' is not one of text, json");
    }
    if (parallelism != null && parallelism < 1) {
      throw new MojoFailureException("jera.parallelism " + parallelism + " is not a positive whole number");
    }
    Properties given = session.getUserProperties();
    List<String> args = new ArrayList<>(List.of("run", Goals.workflow("run", workflow)));
    Goals.parameters(args, parametersFile, parameters, given);
    pairs(args, "--secret", secrets, prefixed(given, SECRET_PREFIX));
    pairs(args, "--config-map", configMaps, prefixed(given, CONFIG_MAP_PREFIX));
    pairs(args, "--semaphore", semaphores, prefixed(given, SEMAPHORE_PREFIX));
    pairs(args, "--artifact", artifacts, prefixed(given, ARTIFACT_PREFIX));
    if (resume != null) {
      resume.forEach(step -> args.addAll(List.of("--resume", step)));
    }
    if (isolated) {
      args.add("--isolated");
    }
    if (parallelism != null) {
      args.addAll(List.of("--parallelism", parallelism.toString()));
    }
    if (retryBackoff != null) {
      args.addAll(List.of("--retry-backoff", retryBackoff));
    }
    if (fastRetries) {
      args.add("--fast-retries");
    }
    args.addAll(List.of("--output", output));
    if (home != null) {
      args.addAll(List.of("--home", home.getPath()));
    }
    return args;
  }

  @Override
  boolean separateStreams() {
    return output.equals("json") || outputFile != null;
  }

  @Override
  Output output() throws IOException {
    if (outputFile == null) {
      return super.output();
    }
    Path file = outputFile.toPath().toAbsolutePath();
    Files.createDirectories(file.getParent());
    return new Output(new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8), true);
  }

  @Override
  String failure(List<String> command, JeraProcess.Ended ended) {
    if (ended.code() != 1 || ended.error() != null) {
      return super.failure(command, ended);
    }
    // The workflow ran and did not succeed: the table's last line says how it ended, e.g.
    // "etl-x7k2p Failed in 0.41s: …; record: .jera/runs/…". Another last line: the command did not get to run it.
    String outcome = output.equals("json") ? ended.lastErr() : ended.lastOut();
    if (workflowOutcome(outcome) != null) {
      return workflowOutcome(outcome);
    }
    return "jera run " + workflow + " ended with exit code 1" + (outcome == null ? "" : ": " + outcome);
  }

  /** The {@code -Dprefix…=value} properties, by what follows the prefix, in order of name. */
  static Map<String, String> prefixed(Properties properties, String prefix) {
    Map<String, String> values = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        values.put(name.substring(prefix.length()), properties.getProperty(name));
      }
    }
    return values;
  }

  /** {@code option key=value} for each {@code key=value} of the pom, then each of the command line (which wins). */
  private static void pairs(List<String> args, String option, List<String> fromPom, Map<String, String> fromCommandLine) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : fromPom == null ? List.<String>of() : fromPom) {
      int equals = pair.indexOf('=');
      values.put(equals < 0 ? pair : pair.substring(0, equals), pair);
    }
    fromCommandLine.forEach((key, value) -> values.put(key, key + "=" + value));
    values.values().forEach(pair -> args.addAll(List.of(option, pair)));
  }
}
