package dev.jera.runtime.local;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs a compiled workflow on this machine with Argo's semantics, read from its manifest: the entry
 * DAG or steps template, then the exit handler whatever the outcome. A run is Failed or Error when its
 * main flow is, or when the main flow succeeded and the exit handler did not; it is Failed when its
 * {@code activeDeadlineSeconds} passed before the main flow ended. The run holds the workflow-level
 * locks ({@code spec.synchronization}) from start to end.
 */
public final class LocalExecutor {
  /** The letters Kubernetes draws generated name suffixes from. */
  private static final String SUFFIX_LETTERS = "bcdfghjklmnpqrstvwxz2456789";
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private LocalExecutor() {}

  /**
   * Runs the request to its end and writes its record.
   *
   * @throws InvalidRunException if a parameter without a default has no value
   * @throws ManifestException if the manifest still refers to templates of other workflows
   *     ({@link TemplateReferences} resolves them; {@link Catalog} does it when it opens a workflow)
   */
  public static RunReport run(RunRequest request) {
    Manifest manifest = request.manifest;
    if (manifest.unresolved()) {
      throw new ManifestException("workflow '" + request.workflow + "' refers to templates of other workflows"
          + " (workflowTemplateRef or templateRef) that were not resolved; open it through the Catalog");
    }
    ManifestNames.check(manifest, request.workflow);
    Instant created = Instant.now();
    String workflowName = workflowName(manifest, request.workflow);
    String runId = RUN_ID_TIME.format(created) + "-" + workflowName;
    Map<String, String> parameters = parameters(request);
    RunRecorder recorder = new RunRecorder(RunHome.runs(request.home).resolve(runId));
    GlobalVariables globals =
        new GlobalVariables(manifest, workflowName, parameters, created, UUID.randomUUID().toString());
    Integer parallelism = parallelism(request);
    StepLauncher launcher = request.launcher != null
        ? request.launcher
        : request.isolated ? new IsolatedLauncher() : new InProcessLauncher(request.runners, request.advice);
    Launchers launchers = new Launchers(launcher);
    String exitKey = exitKey(manifest);
    request.listener.runStarted(new RunInfo(request.workflow, workflowName, runId, recorder.folder(),
        request.isolated, parallelism, stepNames(manifest, exitKey), request.retryBackoff));
    Map<String, StepReport> steps = new LinkedHashMap<>();
    Phase phase;
    String message = null;
    try (Coordinator coordinator = new Coordinator()) {
      Locks locks = new Locks(request.configMaps);
      locks.holdForRun(Locks.keys(manifest.synchronization(), globals.variables()));
      PodPool pool = new PodPool(parallelism, locks);
      WorkflowDeadline deadline = new WorkflowDeadline(created, manifest.activeDeadlineSeconds());
      RunContext run = new RunContext(request, workflowName, coordinator, pool, launchers, recorder, locks, deadline);
      TaskStarter starter = new TaskStarter(run);
      Template entry = manifest.entryTemplate();
      Flow main = entry instanceof DagTemplate
          ? new DagFlow((DagTemplate) entry, starter, globals.variables(), run)
          : new StepsFlow((StepsTemplate) entry, starter, globals.variables(), run);
      Duration remaining = deadline.remaining();
      if (remaining != null) {
        // Wakes the coordinator when the deadline passes, so that waiting steps are let go.
        coordinator.later(remaining, () -> { });
      }
      coordinator.drive(main, pool);
      phase = main.phase();
      if (deadline.exceeded()) {
        phase = Phase.FAILED;
        message = WorkflowDeadline.EXCEEDED;
      }
      deadline.lift();
      main.nodes().forEach(node -> steps.put(node.name, node.report()));
      if (exitKey != null) {
        globals.mainFlowEnded(phase, Failures.json(main.nodes(), workflowName));
        // Argo calls the exit handler with the workflow's arguments.
        Flow handler = new ExitFlow(Task.calling(exitKey, manifest.onExit(), parameters), starter, globals.variables());
        coordinator.drive(handler, pool);
        handler.nodes().forEach(node -> steps.put(node.name, node.report()));
        if (phase == Phase.SUCCEEDED && handler.phase().failedOrError()) {
          phase = handler.phase();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + workflowName, e);
    }
    RunReport report = new RunReport(request.workflow, workflowName, runId, phase, message, parameters, steps, created,
        Instant.now(), request.isolated || request.launcher instanceof IsolatedLauncher, recorder.folder());
    recorder.summary(ReportJson.write(report));
    request.listener.runFinished(report);
    return report;
  }

  /** A Workflow's {@code generateName} plus five random letters; other kinds their name, a dash and five. */
  private static String workflowName(Manifest manifest, String workflow) {
    StringBuilder name = new StringBuilder();
    if (manifest.generateName() != null) {
      name.append(manifest.generateName());
    } else {
      name.append(manifest.name() == null ? workflow : manifest.name()).append('-');
    }
    for (int i = 0; i < 5; i++) {
      name.append(SUFFIX_LETTERS.charAt(RANDOM.nextInt(SUFFIX_LETTERS.length())));
    }
    return name.toString();
  }

  private static Map<String, String> parameters(RunRequest request) {
    Map<String, String> values = new LinkedHashMap<>();
    for (WorkflowParameter parameter : request.manifest.parameters()) {
      String value = request.parameters.getOrDefault(parameter.name(), parameter.value());
      if (value == null) {
        throw new InvalidRunException("workflow '" + request.workflow + "' needs parameter '" + parameter.name() + "'");
      }
      values.put(parameter.name(), value);
    }
    return values;
  }

  /** {@code --parallelism} if given, else the tighter of the workflow's and the entry template's. */
  private static Integer parallelism(RunRequest request) {
    if (request.parallelism != null) {
      return request.parallelism;
    }
    Template entry = request.manifest.entryTemplate();
    Integer template = entry instanceof DagTemplate
        ? ((DagTemplate) entry).parallelism()
        : ((StepsTemplate) entry).parallelism();
    Integer workflow = request.manifest.parallelism();
    if (template == null) {
      return workflow;
    }
    return workflow == null ? template : Math.min(template, workflow);
  }

  /** The exit handler's name among the steps: its template's, unless a step has that name. */
  static String exitKey(Manifest manifest) {
    if (manifest.onExit() == null) {
      return null;
    }
    return stepNames(manifest, null).contains(manifest.onExit()) ? "onExit" : manifest.onExit();
  }

  private static List<String> stepNames(Manifest manifest, String exitKey) {
    List<String> names = new ArrayList<>();
    manifest.entryTasks().forEach(task -> names.add(task.name()));
    if (exitKey != null) {
      names.add(exitKey);
    }
    return names;
  }
}
