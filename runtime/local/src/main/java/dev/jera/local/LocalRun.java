package dev.jera.local;

import dev.jera.argo.DidYouMean;
import dev.jera.local.artifacts.ArtifactOverrides;
import dev.jera.local.engine.ActiveRuns;
import dev.jera.local.engine.LocalExecutor;
import dev.jera.local.engine.RunRequest;
import dev.jera.local.launch.ContainerLauncher;
import dev.jera.local.launch.StepLauncher;
import dev.jera.local.record.RunHome;
import dev.jera.local.values.Advice;
import dev.jera.local.values.ParameterValues;
import dev.jera.local.values.SemaphoreLimits;
import dev.jera.runner.index.WorkflowIndex;
import dev.jera.local.manifest.PodTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a compiled workflow from a test, on this machine, with Argo's semantics:
 *
 * <pre>{@code
 * LocalReport report = LocalRun.of(CurrencyEtl.class)
 *     .param("run-date", "2024-02-29")
 *     .secret("warehouse", "password", "test")
 *     .configMap("warehouse", "host", "localhost")
 *     .artifact("load", "reference", Path.of("src/test/resources/rates.csv"))
 *     .stub("extract", List.of(new Quote("USD-THB", 0, new BigDecimal("35.10"))))
 *     .run();
 * assertThat(report.phase()).isEqualTo(Phase.SUCCEEDED);
 * Summary summary = report.result("load");
 * }</pre>
 *
 * <p>Steps run in this JVM unless {@link #isolated(boolean)} asks for a JVM per step. Run records go to
 * the folder {@link #home(Path)} names, else to {@code $JERA_HOME} when it is set, else to a temporary
 * folder of this JVM, removed with everything in it when the JVM exits; so tests leave nothing behind.
 */
public final class LocalRun {
  private final CompiledWorkflow workflow;
  private final Map<String, ParameterValues.Given> parameters = new LinkedHashMap<>();
  private final Map<String, String> secrets = new LinkedHashMap<>();
  private final Map<String, String> configMaps = new LinkedHashMap<>();
  private final Map<String, String> semaphoreLimits = new LinkedHashMap<>();
  private final List<ArtifactOverrides.Given> artifacts = new ArrayList<>();
  private final Map<String, String> stubs = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> resumes = new LinkedHashMap<>();
  private boolean isolated;
  private StepLauncher launcher;
  private Integer parallelism;
  private Duration retryBackoff;
  private Path home;
  private RunListener listener = new NotePrinter();

  private LocalRun(CompiledWorkflow workflow) {
    this.workflow = workflow;
  }

  /**
   * The workflow compiled from {@code workflowClass}, found through the index on its class loader.
   *
   * @throws IllegalArgumentException if no workflow was compiled from the class
   */
  public static LocalRun of(Class<?> workflowClass) {
    Catalog catalog = Catalog.load(workflowClass.getClassLoader());
    WorkflowIndex.Workflow found = catalog.findByClass(workflowClass.getName())
        .orElseThrow(() -> new IllegalArgumentException("no workflow was compiled from " + workflowClass.getName()
            + "; is it annotated @Workflow, with Jera's processor on the annotation processor path?"));
    return new LocalRun(catalog.open(Catalog.key(found)));
  }

  /** The workflow named {@code name} on the current thread's class path. */
  public static LocalRun of(String name) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Catalog catalog = Catalog.load(loader == null ? LocalRun.class.getClassLoader() : loader);
    if (catalog.find(name).isEmpty()) {
      throw new IllegalArgumentException("no workflow '" + name + "' on the class path"
          + DidYouMean.hint(name, catalog.names()));
    }
    return new LocalRun(catalog.open(name));
  }

  /** Sets workflow parameter {@code name}. */
  public LocalRun param(String name, String value) {
    parameters.put(name, new ParameterValues.Given(value, ".param(\"" + name + "\", \"" + value + "\")"));
    return this;
  }

  /** Sets key {@code key} of Secret {@code name}. */
  public LocalRun secret(String name, String key, String value) {
    secrets.put(name + "/" + key, value);
    return this;
  }

  /**
   * Sets key {@code key} of ConfigMap {@code name}: the value of a {@code configMapKeyRef} variable, a
   * key of an {@code envFrom} ConfigMap, or the limit of a semaphore held in that key.
   */
  public LocalRun configMap(String name, String key, String value) {
    configMaps.put(name + "/" + key, value);
    return this;
  }

  /**
   * Sets the limit of database semaphore {@code key} ({@code @Synchronized(semaphore = key, database = true)}),
   * which on Argo is a row of the synchronization database: how many steps (or runs) hold it at once.
   * Without one it is 1.
   */
  public LocalRun semaphore(String key, int limit) {
    semaphoreLimits.put(key, String.valueOf(limit));
    return this;
  }

  /**
   * Gives input file {@code input} of step {@code step} the local file or folder {@code path}, instead of
   * whatever the manifest says it comes from (needed for files from S3, GCS and other stores).
   */
  public LocalRun artifact(String step, String input, Path path) {
    artifacts.add(new ArtifactOverrides.Given(step, input, path,
        ".artifact(\"" + step + "\", \"" + input + "\", " + path + ")"));
    return this;
  }

  /**
   * Gives step {@code step} the result {@code value} without running it: the step is Succeeded after 0
   * attempts. The value is encoded as the step's own result would be; for a step that fans out, give
   * the {@code List} of its items' results. A {@code void} step takes {@code null}. A stubbed step
   * leaves no output file: give a step that takes one a copy with {@link #artifact}. A step that calls a
   * resource template (which needs a cluster) has no result: stub it with {@code null}, or with a
   * {@code Map} of the output parameters it reads from its object, by name.
   *
   * @throws IllegalArgumentException if the workflow has no such step, or {@code value} is not of the
   *     type the step returns; the message names the step and that type as the source writes it
   */
  public LocalRun stub(String step, Object value) {
    WorkflowIndex.Step declared = workflow.entry().steps().stream()
        .filter(s -> s.name().equals(step))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(".stub(\"" + step + "\", …): workflow '" + workflow.name()
            + "' has no step '" + step + "'" + DidYouMean.hint(step, stepNames())
            + " (its steps: " + String.join(", ", stepNames()) + ")"));
    PodTemplate resource = resourceTemplate(step);
    if (resource != null) {
      stubs.put(step, ResourceStub.encode(step, resource, value));
      return this;
    }
    StubResult result = new StubResult(declared, workflow.runner().resultCodec(step),
        workflow.runner().getClass().getClassLoader());
    stubs.put(step, result.encode(value));
    return this;
  }

  /**
   * Resumes step {@code step}, which calls a suspend template ({@code @Suspend}), as soon as it is reached,
   * supplying {@code values} to its outputs by name; an output left out takes its default. One machine has no one
   * to resume a step later, as {@code argo resume} or the UI would: a run whose steps suspend without a duration
   * needs this for each of them. A suspend with a duration that is resumed ends at once too.
   *
   * <p>The run checks, before any step runs, that {@code step} suspends, that each value names an output of its
   * template, within the values the input of the same name allows, and that every output left out has a default.
   */
  public LocalRun resume(String step, Map<String, String> values) {
    resumes.put(step, new LinkedHashMap<>(values));
    return this;
  }

  /** Resumes step {@code step} as soon as it is reached, its outputs at their defaults: {@code resume(step, Map.of())}. */
  public LocalRun resume(String step) {
    return resume(step, Map.of());
  }

  /** The resource template step {@code step} calls, or {@code null} when it calls none. */
  private PodTemplate resourceTemplate(String step) {
    return workflow.manifest().graphTasks().stream()
        .filter(task -> task.name().equals(step))
        .map(task -> workflow.manifest().templateOf(task))
        .filter(template -> template != null && template.resource() != null)
        .findFirst()
        .orElse(null);
  }

  /** Whether each step runs in a JVM of its own, as in its container (default: in this JVM). */
  public LocalRun isolated(boolean value) {
    isolated = value;
    return this;
  }

  /** The most steps that run at once, instead of the workflow's {@code parallelism}. */
  public LocalRun parallelism(int limit) {
    parallelism = limit;
    return this;
  }

  /**
   * Waits at most {@code atMost} before each retry, instead of the step's {@code @Retry} backoff, so a
   * test of a failing step does not sit out minutes of backoff. The limit, the policy and
   * {@code maxBackoff} still decide as on Argo: a wait cut short counts as the full backoff.
   *
   * @throws IllegalArgumentException if {@code atMost} is negative
   */
  public LocalRun retryBackoff(Duration atMost) {
    if (atMost == null || atMost.isNegative()) {
      throw new IllegalArgumentException("retryBackoff(" + atMost + "): give a duration of zero or more,"
          + " such as Duration.ofMillis(100)");
    }
    retryBackoff = atMost;
    return this;
  }

  /** Retries at once, without waiting any backoff: {@code retryBackoff(Duration.ZERO)}. */
  public LocalRun fastRetries() {
    return retryBackoff(Duration.ZERO);
  }

  /**
   * The folder whose {@code runs/} receives the run's record, to keep it (by default it goes to
   * {@code $JERA_HOME}, else to a temporary folder removed when the JVM exits).
   */
  public LocalRun home(Path folder) {
    home = folder;
    return this;
  }

  /** Runs each step with {@code value}, e.g. a {@link ContainerLauncher} for real containers. */
  public LocalRun launcher(StepLauncher value) {
    launcher = value;
    return this;
  }

  /** Follows the run, instead of the default, which prints the run's notes to {@code System.err}. */
  public LocalRun listener(RunListener value) {
    listener = value;
    return this;
  }

  /**
   * Runs the workflow to its end.
   *
   * @throws InvalidRunException if a parameter, secret, ConfigMap key or input file is missing or
   *     invalid; no step has run then
   */
  public LocalReport run() {
    RunRequest.Builder request = workflow.request(parameters, secrets, configMaps, artifacts, Map.of(), Advice.LOCAL_RUN)
        .semaphoreLimits(SemaphoreLimits.check(workflow.name(), workflow.manifest(), semaphoreLimits))
        .parallelism(parallelism)
        .isolated(isolated)
        .retryBackoff(retryBackoff)
        .home(home != null ? home : defaultHome())
        .listener(listener);
    if (launcher != null) {
      request.launcher(launcher);
    }
    stubs.forEach(request::stub);
    resumes.forEach(request::resume);
    return new LocalReport(LocalExecutor.run(request.build()), workflow);
  }

  private List<String> stepNames() {
    List<String> names = new ArrayList<>();
    workflow.entry().steps().forEach(s -> names.add(s.name()));
    return names;
  }

  /** Prints each note of a run to {@code System.err}, once per JVM: a test's log should say it once. */
  private static final class NotePrinter implements RunListener {
    private static final Set<String> PRINTED = ConcurrentHashMap.newKeySet();

    @Override
    public void runNote(String note) {
      if (PRINTED.add(note)) {
        System.err.println("jera: " + note);
      }
    }
  }

  /** {@code $JERA_HOME} when set, else this JVM's temporary home. */
  private static Path defaultHome() {
    String configured = System.getenv(RunHome.VARIABLE);
    return configured == null || configured.isBlank() ? TemporaryHome.FOLDER : Path.of(configured);
  }

  /** One temporary folder for the records of the runs of this JVM, removed when it exits. */
  private static final class TemporaryHome {
    static final Path FOLDER = create();

    private static Path create() {
      try {
        Path folder = Files.createTempDirectory("jera-runs-");
        ActiveRuns.removeAtExit(folder);
        return folder;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary folder for run records: " + e.getMessage(), e);
      }
    }
  }
}
