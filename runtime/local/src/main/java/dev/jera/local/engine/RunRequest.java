package dev.jera.local.engine;

import dev.jera.local.RunListener;
import dev.jera.local.artifacts.ArtifactOverrides;
import dev.jera.local.launch.RunnerRegistry;
import dev.jera.local.launch.StepLauncher;
import dev.jera.local.manifest.WorkflowManifest;
import dev.jera.local.record.RunHome;
import dev.jera.local.values.Advice;
import dev.jera.local.values.ConfigMapValues;
import dev.jera.local.values.ParameterValues;
import dev.jera.local.values.SemaphoreLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one local run needs: the workflow, checked parameter values, secrets, and how to run.
 * Build it with {@link #builder}; {@link LocalExecutor#run} runs it.
 */
public final class RunRequest {
  final String workflow;
  final WorkflowManifest manifest;
  final RunnerRegistry runners;
  final Map<String, String> parameters;
  final Map<String, String> secrets;
  final Map<String, String> configMaps;
  final Map<String, Integer> semaphoreLimits;
  final Map<String, Map<String, Path>> artifacts;
  final Integer parallelism;
  final boolean isolated;
  final Duration retryBackoff;
  final Advice advice;
  final StepLauncher launcher;
  final Map<String, String> stubs;
  /** The suspended steps to resume as soon as they are reached, by step name, with the values supplied to each. */
  final Map<String, Map<String, String>> resumes;
  final Path home;
  final RunListener listener;

  private RunRequest(Builder builder) {
    this.workflow = builder.workflow;
    this.manifest = builder.manifest;
    this.runners = builder.runners;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
    this.secrets = Map.copyOf(builder.secrets);
    this.configMaps = Collections.unmodifiableMap(new LinkedHashMap<>(builder.configMaps));
    this.semaphoreLimits = Map.copyOf(builder.semaphoreLimits);
    Map<String, Map<String, Path>> artifacts = new LinkedHashMap<>();
    builder.artifacts.forEach((step, files) -> artifacts.put(step, Map.copyOf(files)));
    this.artifacts = Collections.unmodifiableMap(artifacts);
    this.parallelism = builder.parallelism;
    this.isolated = builder.isolated;
    this.retryBackoff = builder.retryBackoff;
    this.advice = builder.advice;
    this.launcher = builder.launcher;
    this.stubs = Map.copyOf(builder.stubs);
    Map<String, Map<String, String>> resumes = new LinkedHashMap<>();
    builder.resumes.forEach((step, values) -> resumes.put(step, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    this.resumes = Collections.unmodifiableMap(resumes);
    this.home = builder.home;
    this.listener = builder.listener;
  }

  /**
   * Starts a request to run {@code manifest}, known as {@code workflow}, with the runners of {@code runners}.
   */
  public static Builder builder(String workflow, WorkflowManifest manifest, RunnerRegistry runners) {
    return new Builder(workflow, manifest, runners);
  }

  /** Builds a {@link RunRequest}. */
  public static final class Builder {
    private final String workflow;
    private final WorkflowManifest manifest;
    private final RunnerRegistry runners;
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, String> configMaps = new LinkedHashMap<>();
    private final Map<String, Integer> semaphoreLimits = new LinkedHashMap<>();
    private final Map<String, Map<String, Path>> artifacts = new LinkedHashMap<>();
    private final Map<String, String> stubs = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> resumes = new LinkedHashMap<>();
    private Integer parallelism;
    private boolean isolated;
    private Duration retryBackoff;
    private Advice advice = Advice.COMMAND_LINE;
    private StepLauncher launcher;
    private Path home = RunHome.fromEnvironment();
    private RunListener listener = new RunListener() {};

    private Builder(String workflow, WorkflowManifest manifest, RunnerRegistry runners) {
      this.workflow = Objects.requireNonNull(workflow, "workflow");
      this.manifest = Objects.requireNonNull(manifest, "manifest");
      this.runners = Objects.requireNonNull(runners, "runners");
    }

    /** Workflow parameter values (checked already, see {@link ParameterValues}); others take their default. */
    public Builder parameters(Map<String, String> values) {
      parameters.putAll(values);
      return this;
    }

    /** Secret values by {@code secret/key}. */
    public Builder secrets(Map<String, String> values) {
      secrets.putAll(values);
      return this;
    }

    /**
     * ConfigMap values by {@code configMap/key} (checked already, see {@link ConfigMapValues}): for
     * {@code configMapKeyRef}, {@code envFrom} and semaphore limits.
     */
    public Builder configMaps(Map<String, String> values) {
      configMaps.putAll(values);
      return this;
    }

    /**
     * The limits of database semaphores by key (checked already, see {@link SemaphoreLimits}); a key
     * with none has limit 1.
     */
    public Builder semaphoreLimits(Map<String, Integer> limits) {
      semaphoreLimits.putAll(limits);
      return this;
    }

    /**
     * Local copies of input files (checked already, see {@link ArtifactOverrides}), by step and input
     * name; they replace whatever the manifest says the input comes from.
     */
    public Builder artifacts(Map<String, Map<String, Path>> files) {
      files.forEach((step, byInput) -> artifacts.computeIfAbsent(step, s -> new LinkedHashMap<>()).putAll(byInput));
      return this;
    }

    /** The most steps that run at once, overriding the manifest's {@code parallelism}; {@code null} keeps it. */
    public Builder parallelism(Integer limit) {
      parallelism = limit;
      return this;
    }

    /** Whether each step runs in a JVM of its own. */
    public Builder isolated(boolean value) {
      isolated = value;
      return this;
    }

    /**
     * Waits at most {@code atMost} before a retry instead of the template's backoff ({@code null}: Argo's
     * backoff, the default). Every decision is still Argo's: the limit, the policy, and
     * {@code maxDuration}, against a clock that counts each wait as Argo's full backoff.
     *
     * @throws IllegalArgumentException if {@code atMost} is negative
     */
    public Builder retryBackoff(Duration atMost) {
      if (atMost != null && atMost.isNegative()) {
        throw new IllegalArgumentException("the retry backoff cannot be negative: " + atMost);
      }
      retryBackoff = atMost;
      return this;
    }

    /** How messages tell the user to give what a run needs (default: the command line's options). */
    public Builder advice(Advice value) {
      advice = Objects.requireNonNull(value, "advice");
      return this;
    }

    /** Runs steps with {@code value} instead of the launcher {@link #isolated} chooses. */
    public Builder launcher(StepLauncher value) {
      launcher = value;
      return this;
    }

    /** Gives step {@code step} the result {@code result} without running it. */
    public Builder stub(String step, String result) {
      stubs.put(step, result);
      return this;
    }

    /**
     * Resumes step {@code step}, a suspend, as soon as it is reached, supplying {@code values} to its outputs by
     * name (those left out take their defaults).
     */
    public Builder resume(String step, Map<String, String> values) {
      resumes.put(step, new LinkedHashMap<>(values));
      return this;
    }

    /** The folder whose {@code runs/} receives the run's record (default: see {@link RunHome}). */
    public Builder home(Path folder) {
      home = folder;
      return this;
    }

    /** Follows the run. */
    public Builder listener(RunListener value) {
      listener = value;
      return this;
    }

    /** The request. */
    public RunRequest build() {
      return new RunRequest(this);
    }
  }
}
